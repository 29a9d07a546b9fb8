#include "dockererror.h"

namespace mcpdock::docker {

QString DockerError::kindName(Kind kind)
{
    // Stable identifiers for logs and tests; the sentence in `message` is what users read.
    switch (kind) {
    case Kind::DaemonNotRunning:
        return QStringLiteral("DaemonNotRunning");
    case Kind::ConnectionRefused:
        return QStringLiteral("ConnectionRefused");
    case Kind::PermissionDenied:
        return QStringLiteral("PermissionDenied");
    case Kind::ConnectionLost:
        return QStringLiteral("ConnectionLost");
    case Kind::Timeout:
        return QStringLiteral("Timeout");
    case Kind::Tls:
        return QStringLiteral("Tls");
    case Kind::BadRequest:
        return QStringLiteral("BadRequest");
    case Kind::Unauthorized:
        return QStringLiteral("Unauthorized");
    case Kind::NotFound:
        return QStringLiteral("NotFound");
    case Kind::Conflict:
        return QStringLiteral("Conflict");
    case Kind::ServerError:
        return QStringLiteral("ServerError");
    case Kind::StreamError:
        return QStringLiteral("StreamError");
    case Kind::Protocol:
        return QStringLiteral("Protocol");
    case Kind::UnsupportedApi:
        return QStringLiteral("UnsupportedApi");
    case Kind::Cancelled:
        return QStringLiteral("Cancelled");
    case Kind::Config:
        return QStringLiteral("Config");
    }
    return QStringLiteral("Unknown");
}

} // namespace mcpdock::docker
