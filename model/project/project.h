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

// A resource the server lists (resources/list): static content from a project file, or a handler
// module that reads it (read(uri, context)).
struct ResourceEntry
{
    QString uri;
    QString name;
    QString title;
    QString description;
    QString mimeType;
    QString file;    // static content (project-relative); empty when a handler serves it
    QString handler; // module (project-relative); empty for static content
    ToolEntry::Language language = ToolEntry::Language::JavaScript; // of the handler
    int line = 0;
};

// A parameterised resource (resources/templates/list): an RFC 6570 level-1 URI template served by
// a handler (read(uri, params, context), optionally complete()/list()).
struct ResourceTemplateEntry
{
    QString uriTemplate;
    QString name;
    QString title;
    QString description;
    QString mimeType;
    QString handler;
    ToolEntry::Language language = ToolEntry::Language::JavaScript;
    int line = 0;
};

struct PromptArgument
{
    QString name;
    QString description;
    bool required = false;
};

// A prompt (prompts/list, prompts/get): a module whose get(args, context) returns its messages.
struct PromptEntry
{
    QString name;
    QString title;
    QString description;
    QList<PromptArgument> arguments;
    QString file;
    ToolEntry::Language language = ToolEntry::Language::JavaScript;
    int line = 0;
};

// A run-time input of the server: an environment variable the container needs (an API key, a
// base URL). Secrets never have a value in the manifest; whoever runs the image supplies them.
struct EnvVar
{
    enum class Format
    {
        String,
        Number,
        Boolean,
        FilePath
    };
    QString name; // ^[A-Za-z_][A-Za-z0-9_]*$
    QString description;
    QString defaultValue; // never for a secret
    Format format = Format::String;
    bool required = false;
    bool secret = false;
    int line = 0;
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

// How a project that brings its own MCP server (an SDK-based server, a published package) starts.
struct ServerCommand
{
    enum class Language
    {
        Node,
        Python
    };
    Language language = Language::Node;
    // argv inside the image, relative to /app ("node", "dist/index.js"), or the name of a script a
    // Python package installs ("my-server"); never passed through a shell.
    QStringList command;
    bool buildScript = false; // package.json has scripts.build: npm run build in the builder stage
    QString pyproject;        // pyproject.toml (relative) when the project is a Python package
    QByteArray pipConf;       // the user's pip configuration (index URL, auth): builder stage only
};

// A published package: npm:NAME[@RANGE] or pypi:NAME[==VERSION], resolved to one exact version.
struct PackageReference
{
    enum class Registry
    {
        Npm,
        PyPI
    };
    Registry registry = Registry::Npm;
    QString name;            // "@modelcontextprotocol/server-memory"
    QString requested;       // what the user asked for ("", "2026.8.31", "^2026")
    QString resolvedVersion; // the exact version the image installs
    QString bin;             // the bin (npm) / console script (PyPI) that starts the server
    QString binPath;         // npm: the bin's file inside the package ("dist/index.js")
    QStringList args;        // given after --, baked into the entry point
    QString resolvedBy;      // how the version was found ("npm view NAME@RANGE version bin --json")
    QByteArray npmrc;        // the user's ~/.npmrc, for the builder stage only
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
        SdkServer,    // a project with its own server command (mcp.yaml server:, or detected)
        Package,      // a published npm / PyPI package (npm:NAME, pypi:NAME)
    };
    Kind kind = Kind::ToolContract;

    QString origin;       // what the user named: a manifest, a folder
    QString manifestPath; // absolute path of mcp.yaml / mcp.yml / manifest.json; empty when none
    QString projectDir;   // absolute, canonical project folder

    QString name;
    QString version;
    QString description;
    QString license;  // optional SPDX expression
    QString source;   // optional repository URL
    QString title;    // optional human-readable name
    QString mcpName;  // optional MCP Registry name, reverse-DNS with one slash: io.github.acme/weather
    QString icon;     // optional: a project file (png, jpeg, svg, webp) or an https URL
    QString homepage; // optional http(s) URL
    QList<EnvVar> env;
    QList<ToolEntry> tools;
    QList<ToolEntry> connectors;
    QList<ResourceEntry> resources;
    QList<ResourceTemplateEntry> resourceTemplates;
    QList<PromptEntry> prompts;

    QMap<QString, QString> npmDependencies; // from the manifest
    QStringList pythonRequirements;         // from the manifest
    QString packageJson;                    // relative path when a package.json sits beside the manifest
    QString npmLockfile;                    // package-lock.json / npm-shrinkwrap.json when present
    QString requirementsTxt;                // requirements.txt when present

    QString configFile; // relative path of config.yaml, empty when none
    Runtime runtime;

    ServerCommand server;     // SdkServer and Package
    PackageReference package; // Package
    // Where each value came from, for the Manifests pane: field -> "package.json", "mcp.yaml:4",
    // "npm registry".
    QMap<QString, QString> provenance;

    // The languages of every module the runtime loads (tools, connectors, resource handlers and
    // templates, prompts).
    QList<ToolEntry::Language> moduleLanguages() const;
    bool usesNode() const;       // any JS/TS module, or npm dependencies
    bool usesPython() const;     // any Python module, or Python requirements
    bool usesTypeScript() const; // any .ts module
};

} // namespace mcpdock::project
