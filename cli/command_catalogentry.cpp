#include "commands.h"

#include "catalog/catalogentry.h"
#include "project/projectloader.h"
#include "verbsupport.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QProcess>

namespace mcpdock::cli {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("Cli", text);
}

// The commit the project folder is at, when it is a git checkout with nothing uncommitted.
QString headCommit(const QString& dir, QString* note)
{
    QProcess git;
    git.setWorkingDirectory(dir);
    git.start(QStringLiteral("git"), {QStringLiteral("status"), QStringLiteral("--porcelain"),
                                      QStringLiteral("--"), QStringLiteral(".")});
    if (!git.waitForFinished(10000) || git.exitStatus() != QProcess::NormalExit || git.exitCode() != 0)
        return {};
    if (!git.readAllStandardOutput().trimmed().isEmpty()) {
        *note = tr("note: the project has uncommitted changes; source.commit is left out (commit, or give "
                   "--commit)");
        return {};
    }
    git.start(QStringLiteral("git"), {QStringLiteral("rev-parse"), QStringLiteral("HEAD")});
    if (!git.waitForFinished(10000) || git.exitCode() != 0)
        return {};
    return QString::fromLatin1(git.readAllStandardOutput().trimmed());
}

} // namespace

// mcpdock catalog-entry MANIFEST --image REF --category C [--tag T]... [--commit SHA] [-o DIR]
int runCatalogEntry(const QStringList& args, CliIo& io)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Write the server.yaml (and tools.json) that a pull request to docker/mcp-registry adds under "
           "servers/NAME/, for a project whose image is published. Without -o, server.yaml is printed."));
    const QCommandLineOption help = helpOption();
    const QCommandLineOption image(QStringLiteral("image"),
                                   tr("The published image (OWNER/NAME or a full reference)"),
                                   QStringLiteral("ref"));
    const QCommandLineOption category(QStringLiteral("category"),
                                      tr("The catalog category (devops, database, productivity, search...)"),
                                      QStringLiteral("name"));
    const QCommandLineOption tag(QStringLiteral("tag"),
                                 tr("A catalog tag (repeatable; default: the category)"),
                                 QStringLiteral("tag"));
    const QCommandLineOption commit(QStringLiteral("commit"),
                                    tr("source.commit (default: the project's git HEAD when it is clean)"),
                                    QStringLiteral("sha"));
    const QCommandLineOption output({QStringLiteral("o"), QStringLiteral("output")},
                                    tr("Write server.yaml and tools.json into this folder"),
                                    QStringLiteral("dir"));
    parser.addOptions({help, image, category, tag, commit, output});
    parser.addPositionalArgument(QStringLiteral("manifest"), tr("mcp.yaml or the project folder"));
    if (const auto stop = parseVerb(parser, args, io, help, 1))
        return *stop;
    if (parser.positionalArguments().size() != 1 || !parser.isSet(image)) {
        io.err << tr("mcpdock catalog-entry: give a manifest and --image REF. Run 'mcpdock catalog-entry "
                     "--help'.")
               << '\n';
        return Usage;
    }
    const auto loaded = loadProjectOrReport(parser.positionalArguments().first(), io);
    if (!loaded)
        return Failed;
    catalog::CatalogEntryOptions options;
    options.image = parser.value(image);
    options.category = parser.value(category);
    options.tags = parser.values(tag);
    QString note;
    options.commit = parser.isSet(commit) ? parser.value(commit) : headCommit(loaded->projectDir, &note);
    if (!note.isEmpty())
        io.err << note << '\n';
    const auto entry = catalog::makeCatalogEntry(*loaded, options);
    if (!entry) {
        for (const QString& p : entry.error())
            io.err << p << '\n';
        return Failed;
    }
    if (!parser.isSet(output))
        return writeOutput({}, entry->serverYaml.toUtf8(), io) ? Success : Failed;
    const QDir dir(parser.value(output));
    if (!QDir().mkpath(dir.path())) {
        io.err << tr("%1: cannot create the folder").arg(dir.path()) << '\n';
        return Failed;
    }
    return writeOutput(dir.filePath(QStringLiteral("server.yaml")), entry->serverYaml.toUtf8(), io) &&
                   writeOutput(dir.filePath(QStringLiteral("tools.json")), entry->toolsJson.toUtf8(), io)
               ? Success
               : Failed;
}

} // namespace mcpdock::cli
