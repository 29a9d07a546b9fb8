// mcpdock verify: run the image without network, MCP handshake over stdio, compare tools/list with
// the image's label.
#include "commands.h"

#include "mcp/mcpverifier.h"
#include "verbsupport.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace mcpdock::cli {
namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("Cli", text);
}

QJsonObject toJson(const mcp::VerifyResult& r)
{
    return QJsonObject{{QStringLiteral("image"), r.image},
                       {QStringLiteral("handshake"), r.handshake},
                       {QStringLiteral("protocolVersion"), r.protocolVersion},
                       {QStringLiteral("server"), r.serverName},
                       {QStringLiteral("serverVersion"), r.serverVersion},
                       {QStringLiteral("tools"), QJsonArray::fromStringList(r.tools)},
                       {QStringLiteral("expectedTools"), QJsonArray::fromStringList(r.expectedTools)},
                       {QStringLiteral("missing"), QJsonArray::fromStringList(r.missing)},
                       {QStringLiteral("unexpected"), QJsonArray::fromStringList(r.unexpected)},
                       {QStringLiteral("elapsedMs"), r.elapsedMs}};
}

} // namespace

int runVerify(const QStringList& args, CliIo& io)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Runs the image with no network, completes the MCP handshake over stdio (server/discover, or "
           "initialize for older servers), lists its tools without calling any, compares them with the "
           "image's label and removes the container. Exit 1 on timeout or a different tool list."));
    const QCommandLineOption help = helpOption();
    const QCommandLineOption host = hostOption();
    const QCommandLineOption timeoutOption(QStringLiteral("timeout"),
                                           tr("Seconds the server has to answer (default 30)."),
                                           QStringLiteral("S"), QStringLiteral("30"));
    const QCommandLineOption jsonOption(QStringLiteral("json"), tr("Print the result as one JSON object."));
    parser.addOptions({help, host, timeoutOption, jsonOption});
    parser.addPositionalArgument(QStringLiteral("IMAGE"), tr("Image ID or reference, e.g. weather:latest."));
    if (const auto stop = parseVerb(parser, args, io, help, AnyPositionals))
        return *stop;
    if (parser.positionalArguments().size() != 1) {
        io.err << tr("%1: give exactly one image. Run '%1 --help'.").arg(args.value(0)) << '\n';
        return Usage;
    }
    bool ok = false;
    const double seconds = parser.value(timeoutOption).toDouble(&ok);
    if (!ok || seconds <= 0 || seconds > 3600) {
        io.err << tr("%1: --timeout takes a number of seconds between 0 and 3600.").arg(args.value(0))
               << '\n';
        return Usage;
    }
    const auto endpoint = endpointFor(parser, host, io);
    if (!endpoint)
        return Failed;
    const bool json = parser.isSet(jsonOption);
    mcp::McpVerifier verifier(*endpoint);
    verifier.setTimeoutMs(static_cast<int>(seconds * 1000));
    if (!json)
        verifier.setProgressHandler([&io](const QString& line) {
            io.out << line << '\n';
            io.out.flush();
        });
    const auto result = verifier.verify(parser.positionalArguments().first());
    if (!result) {
        const mcp::VerifyError& e = result.error();
        if (json) {
            QJsonObject o = toJson(e.partial);
            o.insert(QStringLiteral("error"), mcp::VerifyError::kindName(e.kind));
            o.insert(QStringLiteral("message"), e.message);
            io.out << QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)) << '\n';
        } else {
            if (!e.partial.tools.isEmpty())
                io.out << tr("Tools listed by the server: %1").arg(e.partial.tools.join(QStringLiteral(", ")))
                       << '\n';
            io.err << tr("verify failed: %1").arg(e.message) << '\n';
        }
        return Failed;
    }
    if (json) {
        io.out << QString::fromUtf8(QJsonDocument(toJson(*result)).toJson(QJsonDocument::Compact)) << '\n';
        return Success;
    }
    io.out << QCoreApplication::translate("Cli", "%n tool(s):", nullptr,
                                          static_cast<int>(result->tools.size()))
           << '\n';
    for (const QString& t : result->tools)
        io.out << "  " << t << '\n';
    io.out << tr("OK: %1 answers over stdio (%2, protocol %3) and lists the tools its label names.")
                  .arg(result->image, result->handshake, result->protocolVersion)
           << '\n';
    return Success;
}

} // namespace mcpdock::cli
