// mcpdock ping: is the Docker daemon there, which engine and API, where it was found.
#include "commands.h"

#include "docker/engineclient.h"
#include "verbsupport.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace mcpdock::cli {

int runPing(const QStringList& args, CliIo& io)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "Cli", "Checks that the Docker daemon answers and prints its engine version, "
               "the API version in use, OS/arch and the endpoint."));
    const QCommandLineOption help = helpOption();
    const QCommandLineOption host = hostOption();
    parser.addOptions({help, host});
    if (const auto stop = parseVerb(parser, args, io, help, 0))
        return *stop;

    const auto endpoint = endpointFor(parser, host, io);
    if (!endpoint)
        return Failed;
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
