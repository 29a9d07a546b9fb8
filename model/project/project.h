#pragma once

#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace mcpdock::project {

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

// What is being built: one model for every kind of MCP server, produced by one loader
// (projectloader.h) and consumed by the Dockerfile generator, the build context, the verifier, the
// Manifests pane and the CLI alike. Every field has passed validation, every path is inside
// projectDir. A new kind of server is a new loader and a new generator strategy
// (dockerfile/dockerfilestrategy.h), not a branch in each consumer.
struct Project
{
    enum class Kind
    {
        ToolContract, // mcp.yaml with tools: served by MCP Dock's runtime
    };
    Kind kind = Kind::ToolContract;

    QString origin;       // what the user named: a manifest, a folder
    QString manifestPath; // absolute path of mcp.yaml / mcp.yml / manifest.json; empty when none
    QString projectDir;   // absolute, canonical project folder

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

} // namespace mcpdock::project
