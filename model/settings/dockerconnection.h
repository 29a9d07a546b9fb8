#pragma once

#include "docker/dockererror.h"
#include "docker/endpoint.h"
#include "expected.h"
#include "settings.h"

#include <QProcessEnvironment>

namespace mcpdock::settings {

// The Docker endpoint the settings choose. "auto" resolves like the docker CLI (DOCKER_HOST,
// contexts, the default socket); "socket" is the configured unix socket; "tcp" is host:port, with
// TLS when a certificate folder (ca.pem, cert.pem, key.pem) is set.
Expected<docker::Endpoint, docker::DockerError>
endpointFromSettings(const Settings& settings,
                     const QProcessEnvironment& env = QProcessEnvironment::systemEnvironment());

// Same, from the individual values (the settings dialog tests a connection before saving).
Expected<docker::Endpoint, docker::DockerError> endpointFor(const QString& mode, const QString& socketPath,
                                                            const QString& tcpHost, const QString& certFolder,
                                                            const QProcessEnvironment& env);

} // namespace mcpdock::settings
