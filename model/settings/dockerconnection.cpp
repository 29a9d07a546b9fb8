#include "dockerconnection.h"

#include <QCoreApplication>

namespace mcpdock::settings {

Expected<docker::Endpoint, docker::DockerError> endpointFor(const QString& mode, const QString& socketPath,
                                                            const QString& tcpHost, const QString& certFolder,
                                                            const QProcessEnvironment& env)
{
    if (mode == QLatin1String("socket")) {
        return docker::parseHost(QStringLiteral("unix://") + socketPath,
                                 QCoreApplication::translate("Settings", "the socket set in Settings"));
    }
    if (mode == QLatin1String("tcp")) {
        QString host = tcpHost.trimmed();
        if (!host.contains(QStringLiteral("://")))
            host.prepend(QStringLiteral("tcp://"));
        // The docker CLI's default ports: 2376 with TLS, 2375 without.
        const QString authority = host.section(QStringLiteral("://"), 1);
        if (!authority.contains(QLatin1Char(':')) && !authority.isEmpty())
            host += certFolder.isEmpty() ? QStringLiteral(":2375") : QStringLiteral(":2376");
        auto ep =
            docker::parseHost(host, QCoreApplication::translate("Settings", "the TCP host set in Settings"));
        if (!ep)
            return ep;
        if (!certFolder.isEmpty()) {
            ep->tls = true;
            ep->tlsVerify = true;
            ep->certPath = certFolder;
        }
        return ep;
    }
    return docker::resolveEndpoint(env);
}

Expected<docker::Endpoint, docker::DockerError> endpointFromSettings(const Settings& settings,
                                                                     const QProcessEnvironment& env)
{
    return endpointFor(
        settings.string(Settings::Key::DockerHostMode), settings.string(Settings::Key::DockerSocket),
        settings.string(Settings::Key::DockerTcpHost), settings.string(Settings::Key::DockerCertFolder), env);
}

} // namespace mcpdock::settings
