#include "commands.h"

#include "catalog/serverjson.h"
#include "project/projectloader.h"
#include "verbsupport.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QSaveFile>

namespace mcpdock::cli {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("Cli", text);
}

int check(const QString& path, CliIo& io)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        io.err << tr("%1: cannot be read: %2").arg(path, f.errorString()) << '\n';
        return Failed;
    }
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(f.readAll(), &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject()) {
        io.err
            << tr("%1: not a JSON object: %2 (at byte %3)").arg(path, error.errorString()).arg(error.offset)
            << '\n';
        return Failed;
    }
    const QList<catalog::ServerJsonProblem> problems = catalog::validateServerJson(doc.object());
    for (const catalog::ServerJsonProblem& p : problems)
        io.err << path << ": " << p.toString() << '\n';
    if (!problems.isEmpty())
        return Failed;
    io.out << tr("%1: valid for the MCP Registry (schema 2025-12-11 and its OCI package rules)").arg(path)
           << '\n';
    return Success;
}

} // namespace

// mcpdock server-json MANIFEST --image REF [-o FILE]    the MCP Registry's server.json
// mcpdock server-json --check FILE                      validate one
int runServerJson(const QStringList& args, CliIo& io)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr(
        "Write the MCP Registry's server.json for a project's published image (the OCI package, its "
        "transport and environment variables), validated against the registry's schema 2025-12-11 and its "
        "rules for OCI packages. The image must carry the label io.modelcontextprotocol.server.name, which "
        "MCP Dock sets when the manifest gives mcpName."));
    const QCommandLineOption help = helpOption();
    const QCommandLineOption image(QStringLiteral("image"),
                                   tr("The published image: docker.io/OWNER/NAME:TAG or ghcr.io/... "
                                      "(optionally @sha256:...)"),
                                   QStringLiteral("ref"));
    const QCommandLineOption output({QStringLiteral("o"), QStringLiteral("output")},
                                    tr("Write to FILE instead of printing"), QStringLiteral("file"));
    const QCommandLineOption checkOption(QStringLiteral("check"),
                                         tr("Validate an existing server.json instead of writing one"),
                                         QStringLiteral("file"));
    parser.addOptions({help, image, output, checkOption});
    parser.addPositionalArgument(QStringLiteral("manifest"), tr("mcp.yaml or the project folder"));
    if (const auto stop = parseVerb(parser, args, io, help, 1))
        return *stop;
    if (parser.isSet(checkOption))
        return check(parser.value(checkOption), io);
    if (parser.positionalArguments().size() != 1 || !parser.isSet(image)) {
        io.err
            << tr("mcpdock server-json: give a manifest and --image REF. Run 'mcpdock server-json --help'.")
            << '\n';
        return Usage;
    }
    const auto loaded = loadProjectOrReport(parser.positionalArguments().first(), io);
    if (!loaded)
        return Failed;
    const auto made = catalog::makeServerJson(*loaded, parser.value(image));
    if (!made) {
        for (const catalog::ServerJsonProblem& p : made.error())
            io.err << loaded->manifestPath << ": " << p.toString() << '\n';
        return Failed;
    }
    return writeOutput(parser.value(output), QJsonDocument(*made).toJson(QJsonDocument::Indented), io)
               ? Success
               : Failed;
}

} // namespace mcpdock::cli
