#include "commands.h"

#include "catalog/clientconfig.h"
#include "catalog/serverjson.h"
#include "docker/engineclient.h"
#include "dockerfile/labels.h"
#include "mcp/stdiocontainer.h"
#include "registry/keychainstore.h"
#include "registry/reference.h"
#include "verbsupport.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <atomic>
#include <csignal>
#include <fcntl.h>
#include <poll.h>
#include <termios.h>
#include <unistd.h>

namespace mcpdock::cli {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("Cli", text);
}

std::atomic<bool> interrupted{false};
void onRunInterrupt(int)
{
    interrupted = true;
}

struct Input
{
    QString name;
    QString description;
    QString defaultValue;
    bool required = false;
    bool secret = false;
};

QList<Input> declaredInputs(const QJsonObject& labels)
{
    QList<Input> inputs;
    const QJsonArray a =
        QJsonDocument::fromJson(labels.value(QLatin1String(dockerfile::labels::Env)).toString().toUtf8())
            .array();
    for (const QJsonValue& v : a) {
        const QJsonObject o = v.toObject();
        Input i;
        i.name = o.value(QStringLiteral("name")).toString();
        i.description = o.value(QStringLiteral("description")).toString();
        i.defaultValue = o.value(QStringLiteral("default")).toString();
        i.required = o.value(QStringLiteral("required")).toBool();
        i.secret = o.value(QStringLiteral("secret")).toBool();
        if (!i.name.isEmpty())
            inputs.append(i);
    }
    return inputs;
}

// Asks on the controlling terminal (never stdin: that is the server's protocol stream), without
// echo for a secret. Returns nothing when there is no terminal.
std::optional<QString> askTerminal(const QString& prompt, bool secret)
{
    const int fd = ::open("/dev/tty", O_RDWR | O_CLOEXEC | O_NOCTTY);
    if (fd < 0)
        return std::nullopt;
    const QByteArray p = prompt.toUtf8();
    [[maybe_unused]] ssize_t w = ::write(fd, p.constData(), size_t(p.size()));
    termios saved{};
    const bool haveTermios = ::tcgetattr(fd, &saved) == 0;
    if (secret && haveTermios) {
        termios quiet = saved;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        ::tcsetattr(fd, TCSAFLUSH, &quiet);
    }
    QByteArray line;
    char c = 0;
    while (::read(fd, &c, 1) == 1 && c != '\n')
        line.append(c);
    if (secret && haveTermios) {
        ::tcsetattr(fd, TCSAFLUSH, &saved);
        w = ::write(fd, "\n", 1);
    }
    ::close(fd);
    QString value = QString::fromUtf8(line);
    registry::wipeSecret(line);
    return value;
}

void writeAll(int fd, const QByteArray& bytes)
{
    qsizetype done = 0;
    while (done < bytes.size()) {
        const ssize_t n = ::write(fd, bytes.constData() + done, size_t(bytes.size() - done));
        if (n <= 0)
            return;
        done += n;
    }
}

} // namespace

// mcpdock run IMAGE [-e NAME=VALUE]... [--network MODE] [--print-config]
int runRun(const QStringList& args, CliIo& io)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr(
        "Run an MCP server image with the inputs it declares (the manifest's env:), stdio attached to this "
        "terminal's stdin and stdout, so an MCP client can use this command as its server. Values come from "
        "-e NAME=VALUE, then this process's environment, then the default; a secret comes from the "
        "environment or the OS keychain, or is asked for on the terminal (never on the command line) and "
        "saved in the keychain. The client configuration to paste into an MCP client is printed first, on "
        "stderr. No network unless --network says otherwise; the container is removed when it ends."));
    const QCommandLineOption help = helpOption();
    const QCommandLineOption host = hostOption();
    const QCommandLineOption env({QStringLiteral("e"), QStringLiteral("env")},
                                 tr("Set a declared non-secret input (repeatable)"),
                                 QStringLiteral("name=value"));
    const QCommandLineOption network(
        QStringLiteral("network"),
        tr("Network mode for the container (default none; bridge for http images)"), QStringLiteral("mode"));
    const QCommandLineOption printConfig(QStringLiteral("print-config"),
                                         tr("Only print the MCP client configuration for this image"));
    parser.addOptions({help, host, env, network, printConfig});
    parser.addPositionalArgument(QStringLiteral("image"), tr("The image (name:tag or ID)"));
    if (const auto stop = parseVerb(parser, args, io, help, 1))
        return *stop;
    if (parser.positionalArguments().size() != 1) {
        io.err << tr("mcpdock run: give one image. Run 'mcpdock run --help'.") << '\n';
        return Usage;
    }
    const QString image = parser.positionalArguments().first();
    const auto endpoint = endpointFor(parser, host, io);
    if (!endpoint)
        return Failed;
    docker::EngineClient client(*endpoint);
    const auto inspected = client.inspectImage(image);
    if (!inspected) {
        io.err << (inspected.error().kind == docker::DockerError::Kind::NotFound
                       ? tr("No image %1 on the daemon: build it with mcpdock build, or pull it.").arg(image)
                       : inspected.error().message)
               << '\n';
        return Failed;
    }
    const QJsonObject config = inspected->value(QStringLiteral("Config")).toObject();
    const QJsonObject labels = config.value(QStringLiteral("Labels")).toObject();
    const QList<Input> inputs = declaredInputs(labels);
    const bool http =
        labels.value(QLatin1String(dockerfile::labels::Transport)).toString() == QLatin1String("http");
    const QString serverName = labels.value(QLatin1String(dockerfile::labels::Project)).toString().isEmpty()
                                   ? QStringLiteral("mcp-server")
                                   : labels.value(QLatin1String(dockerfile::labels::Project)).toString();
    const auto ref = registry::ReferenceParser::parse(image);
    const QString repository = ref.ok() ? ref->familiarName() : serverName;

    // -e: only declared, non-secret inputs.
    QHash<QString, QString> given;
    for (const QString& pair : parser.values(env)) {
        const qsizetype eq = pair.indexOf(QLatin1Char('='));
        const QString name = eq > 0 ? pair.left(eq) : pair;
        const auto it =
            std::find_if(inputs.cbegin(), inputs.cend(), [&](const Input& i) { return i.name == name; });
        if (eq <= 0) {
            io.err << tr("-e %1: give NAME=VALUE").arg(pair) << '\n';
            return Usage;
        }
        if (it == inputs.cend()) {
            io.err << tr("-e %1: %2 declares no input %1 (it declares: %3)")
                          .arg(name, image,
                               inputs.isEmpty() ? tr("none") : [&] {
                                   QStringList n;
                                   for (const Input& i : inputs)
                                       n << i.name;
                                   return n.join(QStringLiteral(", "));
                               }())
                   << '\n';
            return Usage;
        }
        if (it->secret) {
            io.err << tr("-e %1: %1 is a secret, and a secret is never taken from the command line (shell "
                         "history, "
                         "process list). Set it in the environment, or let mcpdock run ask for it and keep "
                         "it in "
                         "the keychain.")
                          .arg(name)
                   << '\n';
            return Usage;
        }
        given.insert(name, pair.mid(eq + 1));
    }

    const QString mode = parser.isSet(network) ? parser.value(network)
                         : http                ? QStringLiteral("bridge")
                                               : QStringLiteral("none");
    const project::Project described = catalog::projectFromImage(*inspected);
    const QString port = described.runtime.port > 0 ? QString::number(described.runtime.port) : QString();
    const QJsonObject snippet = catalog::clientConfiguration(described, image, given, mode);
    const QString snippetText = QString::fromUtf8(QJsonDocument(snippet).toJson(QJsonDocument::Indented));
    if (parser.isSet(printConfig)) {
        io.out << snippetText;
        return Success;
    }
    io.err << tr("MCP client configuration for %1:").arg(image) << '\n' << snippetText;
    io.err.flush();

    // The values, in order: -e, this process's environment, the keychain (secrets), the default,
    // the terminal.
    QStringList containerEnv;
    const registry::KeychainStore keychain(QString::fromLatin1(registry::KeychainStore::DefaultService),
                                           registry::KeychainStore::Kind::ServerSecret);
    for (const Input& i : inputs) {
        std::optional<QString> value;
        if (given.contains(i.name))
            value = given.value(i.name);
        else if (io.env.contains(i.name))
            value = io.env.value(i.name);
        else if (i.secret) {
            const auto saved = keychain.readSecret(repository + QLatin1Char('/') + i.name);
            if (saved.ok())
                value = *saved;
        } else if (!i.defaultValue.isEmpty()) {
            value = i.defaultValue;
        }
        if (!value && i.required) {
            const QString what =
                i.description.isEmpty() ? i.name : QStringLiteral("%1 (%2)").arg(i.name, i.description);
            value = askTerminal(tr("%1 needs %2: ").arg(serverName, what), i.secret);
            if (!value) {
                io.err << tr("%1 needs %2, and there is no terminal to ask on: set %2 in the environment%3.")
                              .arg(serverName, i.name,
                                   i.secret
                                       ? tr(" or save it in the keychain by running mcpdock run %1 once in a "
                                            "terminal")
                                             .arg(image)
                                       : tr(" or give -e %1=VALUE").arg(i.name))
                       << '\n';
                return Failed;
            }
            if (i.secret) {
                const auto answer =
                    askTerminal(tr("Save %1 in the keychain for %2? [Y/n] ").arg(i.name, repository), false);
                if (answer && !answer->trimmed().startsWith(QLatin1Char('n'), Qt::CaseInsensitive)) {
                    const auto saved = keychain.writeSecret(repository + QLatin1Char('/') + i.name, *value);
                    io.err << (saved.ok() ? tr("Saved %1 in the keychain.").arg(i.name)
                                          : tr("Not saved: %1").arg(saved.error().message))
                           << '\n';
                }
            }
        }
        if (value)
            containerEnv << i.name + QLatin1Char('=') + *value;
    }

    mcp::StdioContainerOptions run;
    run.image = image;
    run.network = mode;
    run.env = containerEnv;
    run.namePrefix = QStringLiteral("mcpdock-run-");
    run.labels.insert(QStringLiteral("io.mcpdock.run"), QStringLiteral("true"));
    if (http)
        run.publishPort = port;
    for (QString& e : containerEnv)
        registry::wipeSecret(e);
    mcp::StdioContainer container(*endpoint); // removed when this returns, whatever happened
    if (auto started = container.start(run); !started) {
        io.err << started.error().message << '\n';
        for (QString& e : run.env)
            registry::wipeSecret(e);
        return Failed;
    }
    for (QString& e : run.env)
        registry::wipeSecret(e);
    if (http)
        io.err << tr("Serving on http://127.0.0.1:%1/mcp; Ctrl-C stops it.").arg(port) << '\n';
    io.err.flush();

    interrupted = false;
    std::signal(SIGINT, onRunInterrupt);
    std::signal(SIGTERM, onRunInterrupt);
    docker::AttachedStream& stream = *container.stream();
    bool stdinOpen = !http;
    char buffer[65536];
    while (!stream.atEnd() && !interrupted) {
        if (stdinOpen) {
            pollfd p{STDIN_FILENO, POLLIN, 0};
            if (::poll(&p, 1, 0) > 0) {
                const ssize_t n = ::read(STDIN_FILENO, buffer, sizeof buffer);
                if (n > 0) {
                    stream.writeStdin(QByteArray(buffer, n));
                } else {
                    stream.closeStdin(); // EOF: the server sees it and ends
                    stdinOpen = false;
                }
            }
        }
        QByteArray out, err;
        stream.waitForOutput(&out, &err, 20);
        writeAll(STDOUT_FILENO, out);
        writeAll(STDERR_FILENO, err);
    }
    std::signal(SIGINT, SIG_DFL);
    std::signal(SIGTERM, SIG_DFL);
    if (interrupted)
        return Failed; // the container is removed (killed) on the way out
    const auto code = container.client().waitContainer(container.id());
    return code && *code == 0 ? Success : Failed;
}

} // namespace mcpdock::cli
