#pragma once

#include <QCoreApplication>
#include <QString>

namespace mcpdock::docker {

// Every failure the Engine client reports: a kind the code can branch on and a sentence the user
// reads as written, with the next step to take.
struct DockerError
{
    enum class Kind
    {
        DaemonNotRunning,  // socket file missing / host unreachable
        ConnectionRefused, // socket exists but nobody listens
        PermissionDenied,  // cannot open the socket (docker group)
        ConnectionLost,    // the daemon went away mid-request
        Timeout,
        Tls,
        BadRequest,   // 400
        Unauthorized, // 401 / 403 or auth failure in a stream
        NotFound,     // 404
        Conflict,     // 409
        ServerError,  // 5xx
        StreamError,  // errorDetail inside a 200 stream (build/push failed)
        Protocol,     // malformed HTTP or JSON from the daemon
        UnsupportedApi,
        Cancelled,
        Config, // DOCKER_HOST, context or certificate configuration is wrong
    };

    Kind kind = Kind::Protocol;
    QString message;    // one or two sentences, shown as written
    int httpStatus = 0; // when the error came from an HTTP response

    static QString kindName(Kind kind);
};

} // namespace mcpdock::docker
