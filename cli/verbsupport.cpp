#include "verbsupport.h"

#include "project/projectloader.h"

#include <QCoreApplication>
#include <QSaveFile>

#include <utility>

namespace mcpdock::cli {

QCommandLineOption helpOption()
{
    return QCommandLineOption({QStringLiteral("h"), QStringLiteral("help")},
                              QCoreApplication::translate("Cli", "Show this help."));
}

QCommandLineOption hostOption()
{
    return hostOption(QCoreApplication::translate(
        "Cli", "Daemon address (unix:///path, tcp://host:port, ssh://user@host); "
               "default: DOCKER_HOST, the Docker context, /var/run/docker.sock."));
}

QCommandLineOption hostOption(const QString& description)
{
    return QCommandLineOption({QStringLiteral("H"), QStringLiteral("host")}, description,
                              QStringLiteral("URL"));
}

std::optional<int> parseVerb(QCommandLineParser& parser, const QStringList& args, CliIo& io,
                             const QCommandLineOption& help, int maxPositionals)
{
    if (!parser.parse(args)) {
        io.err << args.value(0) << ": " << parser.errorText() << '\n';
        return Usage;
    }
    if (parser.isSet(help)) {
        // QCommandLineParser names the program by its path ("Usage: /usr/bin/mcpdock [options]");
        // the user typed "mcpdock VERB", which is what the usage line must show.
        QString text = parser.helpText();
        const qsizetype firstLineEnd = text.indexOf(QLatin1Char('\n'));
        const QString program =
            QCoreApplication::instance() ? QCoreApplication::arguments().value(0) : QString();
        if (!program.isEmpty()) {
            const qsizetype at = text.indexOf(program);
            if (at >= 0 && (firstLineEnd < 0 || at < firstLineEnd))
                text.replace(at, program.size(), args.value(0));
        }
        io.out << text;
        return Success;
    }
    return rejectExtraPositionals(parser, args, io, maxPositionals);
}

std::optional<int> rejectExtraPositionals(const QCommandLineParser& parser, const QStringList& args,
                                          CliIo& io, int maxPositionals)
{
    const QStringList positionals = parser.positionalArguments();
    if (maxPositionals == AnyPositionals || positionals.size() <= maxPositionals)
        return std::nullopt;
    io.err << QCoreApplication::translate("Cli", "%1: unexpected argument '%2'. Run '%1 --help'.")
                  .arg(args.value(0), positionals.at(maxPositionals))
           << '\n';
    return Usage;
}

std::optional<docker::Endpoint> endpointFor(const QCommandLineParser& parser, const QCommandLineOption& host,
                                            CliIo& io)
{
    auto endpoint = docker::resolveEndpoint(io.env, parser.value(host));
    if (!endpoint) {
        io.err << endpoint.error().message << '\n';
        return std::nullopt;
    }
    return std::move(endpoint.value());
}

std::optional<project::Project> loadProjectOrReport(const QString& pathOrReference, CliIo& io)
{
    auto loaded = project::loadProject(pathOrReference);
    if (!loaded) {
        for (const project::ProjectIssue& issue : loaded.error())
            io.err << issue.toString() << '\n';
        return std::nullopt;
    }
    return std::move(*loaded);
}

bool writeOutput(const QString& path, const QByteArray& bytes, CliIo& io)
{
    if (path.isEmpty() || path == QLatin1String("-")) {
        io.out << QString::fromUtf8(bytes);
        return true;
    }
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size() || !f.commit()) {
        io.err << QCoreApplication::translate("Cli", "%1: cannot be written: %2").arg(path, f.errorString())
               << '\n';
        return false;
    }
    io.err << QCoreApplication::translate("Cli", "Wrote %1").arg(path) << '\n';
    return true;
}

} // namespace mcpdock::cli
