#include "commands.h"

#include "dockerfile/dockerfilegenerator.h"
#include "manifest/manifestloader.h"
#include "project/projectloader.h"
#include "verbsupport.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace mcpdock::cli {

// mcpdock dockerfile MANIFEST [--base-node IMG] [--base-python IMG] [--base-node-debian IMG]
// Prints the Dockerfile the build would use; manifest problems go to stderr as file:line:col.
int runDockerfile(const QStringList& args, CliIo& io)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("Cli", "Print the Dockerfile generated for an MCP server manifest."));
    const QCommandLineOption help = helpOption();
    parser.addOption(help);
    parser.addPositionalArgument(
        QStringLiteral("manifest"),
        QCoreApplication::translate("Cli", "mcp.yaml, mcp.yml, manifest.json, a folder holding one, a folder "
                                           "with an SDK-based server (package.json / pyproject.toml), or "
                                           "npm:NAME[@VERSION]; arguments after -- are the server's"));
    const QCommandLineOption baseNode(
        QStringLiteral("base-node"),
        QCoreApplication::translate(
            "Cli", "Base image for JavaScript-only images (default node:<runtime.node>-alpine)"),
        QStringLiteral("image"));
    const QCommandLineOption basePython(
        QStringLiteral("base-python"),
        QCoreApplication::translate(
            "Cli", "Base image for images with Python (default python:<runtime.python>-slim)"),
        QStringLiteral("image"));
    const QCommandLineOption baseNodeDebian(
        QStringLiteral("base-node-debian"),
        QCoreApplication::translate("Cli", "Debian-based node image that mixed images take node from "
                                           "(default node:<runtime.node>-bookworm-slim)"),
        QStringLiteral("image"));
    const QCommandLineOption writeContext(
        QStringLiteral("write-context"),
        QCoreApplication::translate(
            "Cli", "Also write a complete build context (Dockerfile, project files, runtime) "
                   "into this new or empty folder, for a plain 'docker build FOLDER'"),
        QStringLiteral("folder"));
    parser.addOption(writeContext);
    parser.addOption(baseNode);
    parser.addOption(basePython);
    parser.addOption(baseNodeDebian);

    QStringList serverArgs;
    const QStringList verbArgs = splitServerArgs(args, &serverArgs);
    if (const auto stop = parseVerb(parser, verbArgs, io, help, AnyPositionals))
        return *stop;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1) {
        io.err << QCoreApplication::translate("Cli", "mcpdock dockerfile: give exactly one manifest. "
                                                     "Run 'mcpdock dockerfile --help'.")
               << '\n';
        return Usage;
    }

    const auto loaded = project::loadProject(positional.first(), serverArgs);
    if (!loaded) {
        for (const project::ProjectIssue& issue : loaded.error())
            io.err << issue.toString() << '\n';
        return Failed;
    }
    dockerfile::GeneratorOptions options;
    options.bases.node = parser.value(baseNode);
    options.bases.python = parser.value(basePython);
    options.bases.nodeDebian = parser.value(baseNodeDebian);
    const auto generated = dockerfile::generateDockerfile(*loaded, options);
    if (!generated) {
        for (const QString& e : generated.error())
            io.err << QCoreApplication::translate("Cli", "error: %1").arg(e) << '\n';
        return Failed;
    }
    for (const QString& note : generated->notes)
        io.err << QCoreApplication::translate("Cli", "note: %1").arg(note) << '\n';
    if (parser.isSet(writeContext)) {
        const QString dir = parser.value(writeContext);
        if (QDir(dir).exists() && !QDir(dir).isEmpty()) {
            io.err << QCoreApplication::translate(
                          "Cli", "mcpdock dockerfile: %1 is not empty; give a new or empty folder.")
                          .arg(dir)
                   << '\n';
            return Failed;
        }
        const QDir project(loaded->projectDir);
        const auto write = [&](const QString& rel, const QByteArray& bytes) {
            const QString path = QDir(dir).filePath(rel);
            QDir().mkpath(QFileInfo(path).absolutePath());
            QFile f(path);
            if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size()) {
                io.err << QCoreApplication::translate("Cli", "mcpdock dockerfile: cannot write %1: %2")
                              .arg(path, f.errorString())
                       << '\n';
                return false;
            }
            return true;
        };
        bool ok = write(QStringLiteral("Dockerfile"), generated->text.toUtf8());
        for (const QString& rel : generated->projectFiles) {
            QFile src(project.filePath(rel));
            if (!src.open(QIODevice::ReadOnly)) {
                io.err << QCoreApplication::translate("Cli", "mcpdock dockerfile: cannot read %1: %2")
                              .arg(src.fileName(), src.errorString())
                       << '\n';
                return Failed;
            }
            ok = ok && write(rel, src.readAll());
        }
        for (auto it = generated->generatedFiles.cbegin(); it != generated->generatedFiles.cend(); ++it)
            ok = ok && write(it.key(), it.value());
        if (!ok)
            return Failed;
    }
    io.out << generated->text;
    return Success;
}

} // namespace mcpdock::cli
