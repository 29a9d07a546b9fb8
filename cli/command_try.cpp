// mcpdock try: run an image as an MCP client would (docker run -i --rm --network none), then read
// one command a line from stdin and print each answer as pretty-printed JSON on stdout. Progress,
// isError marks and errors go to stderr, so a script can read stdout as a stream of JSON documents.
#include "commands.h"

#include "mcp/mcpsession.h"
#include "verbsupport.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace mcpdock::cli {
namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("Cli", text);
}

QString commandsHelp()
{
    return tr("Commands (one a line on stdin):\n"
              "  tools                    list the tools (every page)\n"
              "  call NAME [JSON_ARGS]    call a tool, e.g. call convert_temperature {\"value\": 20}\n"
              "  resources                list the resources\n"
              "  read URI                 read a resource\n"
              "  prompts                  list the prompts\n"
              "  get NAME [JSON_ARGS]     render a prompt with its arguments\n"
              "  quit                     stop the server and remove its container (as EOF does)");
}

} // namespace

int runTry(const QStringList& args, CliIo& io)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Starts the image like an MCP client (docker run -i --rm, no network unless --network), does the "
           "initialize handshake and then runs the commands read from stdin, one a line. Answers are "
           "printed as JSON on stdout; isError results and errors are marked on stderr. The container is "
           "removed on quit or end of input.\n\n") +
        commandsHelp());
    const QCommandLineOption help = helpOption();
    const QCommandLineOption host = hostOption();
    const QCommandLineOption networkOption(QStringLiteral("network"),
                                           tr("Network for the container (default none)."),
                                           QStringLiteral("NAME"), QStringLiteral("none"));
    const QCommandLineOption envOption(QStringList{QStringLiteral("e"), QStringLiteral("env")},
                                       tr("Environment variable for the server, repeatable."),
                                       QStringLiteral("K=V"));
    const QCommandLineOption timeoutOption(QStringLiteral("timeout"),
                                           tr("Seconds the server has to answer each request (default 60)."),
                                           QStringLiteral("S"), QStringLiteral("60"));
    parser.addOptions({help, host, networkOption, envOption, timeoutOption});
    parser.addPositionalArgument(QStringLiteral("IMAGE"), tr("Image ID or reference, e.g. weather:latest."));
    if (const auto stop = parseVerb(parser, args, io, help, AnyPositionals))
        return *stop;
    const QString verb = args.value(0);
    if (parser.positionalArguments().size() != 1) {
        io.err << tr("%1: give exactly one image. Run '%1 --help'.").arg(verb) << '\n';
        return Usage;
    }
    static const QRegularExpression envRe(QStringLiteral("^[A-Za-z_][A-Za-z0-9_]*=.*$"),
                                          QRegularExpression::DotMatchesEverythingOption);
    const QStringList env = parser.values(envOption);
    for (const QString& e : env)
        if (!envRe.match(e).hasMatch()) {
            io.err << tr("%1: -e takes NAME=VALUE with a name of letters, digits and _; got \"%2\".")
                          .arg(verb, e)
                   << '\n';
            return Usage;
        }
    bool ok = false;
    const double seconds = parser.value(timeoutOption).toDouble(&ok);
    if (!ok || seconds <= 0 || seconds > 3600) {
        io.err << tr("%1: --timeout takes a number of seconds between 0 and 3600.").arg(verb) << '\n';
        return Usage;
    }
    if (!io.in) {
        io.err << tr("%1: no standard input to read commands from.").arg(verb) << '\n';
        return Usage;
    }
    const auto endpoint = endpointFor(parser, host, io);
    if (!endpoint)
        return Failed;

    mcp::McpSession session(*endpoint);
    session.setTimeoutMs(static_cast<int>(seconds * 1000));
    QObject::connect(
        &session, &mcp::McpSession::logMessage, &session,
        [&io](const QString& level, const QString& logger, const QJsonValue& data) {
            const QString text =
                data.isString()
                    ? data.toString()
                    : QString::fromUtf8(
                          QJsonDocument::fromVariant(data.toVariant()).toJson(QJsonDocument::Compact));
            io.err << "[" << level << (logger.isEmpty() ? QString() : QStringLiteral(" ") + logger) << "] "
                   << text << '\n';
            io.err.flush();
        });
    QObject::connect(&session, &mcp::McpSession::progressed, &session,
                     [&io](const QJsonValue&, double progress, double total, const QString& message) {
                         io.err << tr("progress %1%2 %3")
                                       .arg(progress)
                                       .arg(total >= 0 ? QStringLiteral("/") + QString::number(total)
                                                       : QString())
                                       .arg(message)
                                       .trimmed()
                                << '\n';
                         io.err.flush();
                     });
    mcp::StdioContainerOptions run;
    run.image = parser.positionalArguments().first();
    run.network = parser.value(networkOption);
    run.env = env;
    const auto info = session.start(run);
    if (!info) {
        io.err << tr("%1: %2").arg(verb, info.error().message) << '\n';
        return Failed;
    }
    io.err
        << tr("%1 %2 (protocol %3), container %4, network %5. Type a command; quit or end of input stops it.")
               .arg(info->name, info->version, info->protocolVersion, session.containerId().left(12),
                    run.network)
        << '\n';
    io.err.flush();

    auto print = [&io](const mcp::CallResult& r) {
        io.out << QString::fromUtf8(QJsonDocument(r.result).toJson(QJsonDocument::Indented));
        io.out.flush();
        if (r.isError())
            io.err << tr("isError: the tool reported an error (%1 ms)").arg(r.elapsedMs) << '\n';
        else
            io.err << tr("(%1 ms)").arg(r.elapsedMs) << '\n';
        io.err.flush();
    };
    // Name and optional JSON object after the command word.
    auto splitArgs = [&](const QString& rest, int lineNo, QString* name, QJsonObject* arguments) {
        const QString trimmed = rest.trimmed();
        const qsizetype space = trimmed.indexOf(QRegularExpression(QStringLiteral("\\s")));
        *name = space < 0 ? trimmed : trimmed.left(space);
        const QString json = space < 0 ? QString() : trimmed.mid(space).trimmed();
        if (name->isEmpty()) {
            io.err << tr("stdin line %1: give a name.").arg(lineNo) << '\n';
            return false;
        }
        if (json.isEmpty())
            return true;
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(json.toUtf8(), &error);
        if (!doc.isObject()) {
            io.err
                << tr("stdin line %1: the arguments must be one JSON object on the line (%2 at column %3).")
                       .arg(lineNo)
                       .arg(error.error == QJsonParseError::NoError ? tr("not an object")
                                                                    : error.errorString())
                       .arg(error.offset + 1)
                << '\n';
            return false;
        }
        *arguments = doc.object();
        return true;
    };

    int lineNo = 0;
    int failures = 0;
    while (true) {
        const QByteArray raw = io.in->readLine();
        if (raw.isEmpty()) // end of input (an empty line still has its newline)
            break;
        ++lineNo;
        const QString line = QString::fromUtf8(raw).trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        const qsizetype space = line.indexOf(QRegularExpression(QStringLiteral("\\s")));
        const QString command = space < 0 ? line : line.left(space);
        const QString rest = space < 0 ? QString() : line.mid(space + 1);
        Expected<mcp::CallResult, mcp::McpError> r = mcp::McpError{};
        if (command == QLatin1String("quit") || command == QLatin1String("exit")) {
            break;
        } else if (command == QLatin1String("tools")) {
            r = session.listTools();
        } else if (command == QLatin1String("resources")) {
            r = session.listResources();
        } else if (command == QLatin1String("prompts")) {
            r = session.listPrompts();
        } else if (command == QLatin1String("read")) {
            if (rest.trimmed().isEmpty()) {
                io.err << tr("stdin line %1: read takes a resource URI.").arg(lineNo) << '\n';
                ++failures;
                continue;
            }
            r = session.readResource(rest.trimmed());
        } else if (command == QLatin1String("call") || command == QLatin1String("get")) {
            QString name;
            QJsonObject arguments;
            if (!splitArgs(rest, lineNo, &name, &arguments)) {
                ++failures;
                continue;
            }
            r = command == QLatin1String("call") ? session.callTool(name, arguments)
                                                 : session.getPrompt(name, arguments);
        } else if (command == QLatin1String("help")) {
            io.err << commandsHelp() << '\n';
            continue;
        } else {
            io.err << tr("stdin line %1: unknown command \"%2\"; type help for the list.")
                          .arg(lineNo)
                          .arg(command)
                   << '\n';
            ++failures;
            continue;
        }
        if (r) {
            print(*r);
            continue;
        }
        ++failures;
        io.err << tr("stdin line %1: %2").arg(lineNo).arg(r.error().message) << '\n';
        io.err.flush();
        if (r.error().kind == mcp::McpError::Kind::Exited || r.error().kind == mcp::McpError::Kind::Docker) {
            const QString said = session.serverStderr().trimmed().right(600);
            if (!said.isEmpty())
                io.err << tr("The server said: %1").arg(said) << '\n';
            session.stop();
            return Failed;
        }
    }
    session.stop();
    io.err << tr("Stopped; container removed.") << '\n';
    return Success;
}

} // namespace mcpdock::cli
