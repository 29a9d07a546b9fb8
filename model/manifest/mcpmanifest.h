#pragma once

#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace mcpdock::manifest {

// A tool or a connector: a name and a source file relative to the project folder.
struct ToolEntry
{
    enum class Language
    {
        JavaScript,
        TypeScript,
        Python
    };

    QString name;
    QString description;
    QString file; // relative to projectDir, normalised ("tools/forecast.js")
    Language language = Language::JavaScript;
    int line = 0; // where it was declared, for messages
};

struct Runtime
{
    enum class Transport
    {
        Stdio,
        Http
    };

    Transport transport = Transport::Stdio;
    int port = 8080;
    QString node = QStringLiteral("20");
    QString python = QStringLiteral("3.11");
};

// A validated MCP server project. Produced only by the loader (manifestloader.h); every field has
// passed validation, every path is inside projectDir.
struct MCPManifest
{
    QString manifestPath; // absolute path of mcp.yaml / mcp.yml / manifest.json
    QString projectDir;   // absolute, canonical folder holding it

    QString name;
    QString version;
    QString description;
    QString license; // optional SPDX expression
    QString source;  // optional repository URL
    QList<ToolEntry> tools;
    QList<ToolEntry> connectors;

    QMap<QString, QString> npmDependencies; // from the manifest
    QStringList pythonRequirements;         // from the manifest
    QString packageJson;                    // relative path when a package.json sits beside the manifest
    QString npmLockfile;                    // package-lock.json / npm-shrinkwrap.json when present
    QString requirementsTxt;                // requirements.txt when present

    QString configFile; // relative path of config.yaml, empty when none
    Runtime runtime;

    bool usesNode() const;       // any JS/TS tool or connector, or npm dependencies
    bool usesPython() const;     // any Python tool or connector, or Python requirements
    bool usesTypeScript() const; // any .ts file
};

} // namespace mcpdock::manifest
