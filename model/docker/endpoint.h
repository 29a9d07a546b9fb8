#pragma once

#include "dockererror.h"
#include "expected.h"

#include <QProcessEnvironment>
#include <QString>

namespace mcpdock::docker {

// Where the Docker daemon is, resolved like the docker CLI does: an explicit host, DOCKER_HOST,
// DOCKER_CONTEXT, the current context of ~/.docker/config.json (contexts' meta.json), the default
// unix socket.
struct Endpoint
{
    enum class Kind
    {
        Unix,
        Tcp,
        Ssh
    };

    Kind kind = Kind::Unix;
    QString socketPath = QStringLiteral("/var/run/docker.sock"); // Unix
    QString host;                                                // Tcp, Ssh
    quint16 port = 0;                                            // Tcp (2375, or 2376 with TLS), Ssh (22)
    bool tls = false;      // Tcp: DOCKER_TLS_VERIFY / DOCKER_CERT_PATH / tcp+tls
    bool tlsVerify = true; // verify the server certificate
    QString certPath;      // folder with ca.pem, cert.pem, key.pem
    QString sshUser;       // Ssh
    QString origin; // how it was chosen, for messages: "DOCKER_HOST=tcp://...", "context \"x\"", "default"

    QString displayAddress() const; // unix:///var/run/docker.sock, tcp://host:port, ssh://user@host
};

// envOverride: the environment to read (tests pass their own); explicitHost: a setting or a --host
// flag that wins over everything else; dockerConfigDir: DOCKER_CONFIG or ~/.docker when empty.
Expected<Endpoint, DockerError> resolveEndpoint(const QProcessEnvironment& env,
                                                const QString& explicitHost = {});

// Parses one host URL (unix://, tcp://, ssh://, npipe is refused); origin goes into messages.
Expected<Endpoint, DockerError> parseHost(const QString& hostUrl, const QString& origin);

} // namespace mcpdock::docker
