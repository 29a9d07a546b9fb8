// mcpdock ping: is the Docker daemon there, which engine and API, where it was found.
#include "commands.h"

#include "docker/endpoint.h"
#include "docker/engineclient.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace mcpdock::cli {

int runPing(const QStringList& args, CliIo& io)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "Cli", "Checks that the Docker daemon answers and prints its engine version, "
               "the API version in use, OS/arch and the endpoint."));
    const QCommandLineOption helpOption({QStringLiteral("h"), QStringLiteral("help")},
                                        QCoreApplication::translate("Cli", "Show this help."));
    const QCommandLineOption hostOption(
        {QStringLiteral("H"), QStringLiteral("host")},
        QCoreApplication::translate("Cli", "Daemon address (unix:///path, tcp://host:port, ssh://user@host); "
                                           "default: DOCKER_HOST, the Docker context, /var/run/docker.sock."),
        QStringLiteral("URL"));
    parser.addOption(helpOption);
    parser.addOption(hostOption);
    if (!parser.parse(args)) {
        io.err << args.value(0) << ": " << parser.errorText() << '\n';
        return Usage;
    }
    if (parser.isSet(helpOption)) {
        io.out << parser.helpText();
        return Success;
    }
    if (!parser.positionalArguments().isEmpty()) {
        io.err << QCoreApplication::translate("Cli", "%1: unexpected argument '%2'. Run '%1 --help'.")
                      .arg(args.value(0), parser.positionalArguments().first())
               << '\n';
        return Usage;
    }

    const auto endpoint = docker::resolveEndpoint(io.env, parser.value(hostOption));
    if (!endpoint) {
        io.err << endpoint.error().message << '\n';
        return Failed;
    }
    docker::EngineClient client(endpoint.value());
    const auto ping = client.ping();
    if (!ping) {
        io.err << ping.error().message << '\n';
        return Failed;
    }
    const auto version = client.version();
    if (!version) {
        io.err << version.error().message << '\n';
        return Failed;
    }
    const docker::VersionInfo& v = version.value();
    io.out << QCoreApplication::translate("Cli", "Docker Engine %1").arg(v.version) << '\n'
           << QCoreApplication::translate(
                  "Cli", "API version:  %1 in use (server %2, minimum %3; mcpdock speaks %4-%5)")
                  .arg(client.negotiatedApiVersion(),
                       v.apiVersion.isEmpty() ? ping->apiVersion : v.apiVersion, v.minApiVersion,
                       QString::fromLatin1(docker::EngineClient::MinApiVersion),
                       QString::fromLatin1(docker::EngineClient::MaxApiVersion))
           << '\n'
           << QCoreApplication::translate("Cli", "OS/Arch:      %1/%2").arg(v.os, v.arch) << '\n'
           << (endpoint->origin == QLatin1String("default")
                   ? QCoreApplication::translate("Cli",
                                                 "Endpoint:     %1 (default: DOCKER_HOST and the Docker "
                                                 "context are not set)")
                         .arg(endpoint->displayAddress())
                   : QCoreApplication::translate("Cli", "Endpoint:     %1 (from %2)")
                         .arg(endpoint->displayAddress(), endpoint->origin))
           << '\n';
    return Success;
}

} // namespace mcpdock::cli
