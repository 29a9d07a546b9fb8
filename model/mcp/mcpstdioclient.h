#pragma once

#include "expected.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

#include <atomic>
#include <functional>

namespace mcpdock::docker {
class AttachedStream;
} // namespace mcpdock::docker

namespace mcpdock::mcp {

// Why a request over stdio got no usable answer.
struct McpError
{
    enum class Kind
    {
        Docker,    // the attach stream failed
        Timeout,   // no answer within the time limit
        Exited,    // the server exited (or closed stdin) before answering
        Protocol,  // an answer that is not a JSON-RPC result
        Rpc,       // a JSON-RPC error response (code and message from the server)
        Cancelled, // stopped by the caller
    };
    Kind kind = Kind::Protocol;
    QString message;
    int code = 0; // the JSON-RPC error code for Kind::Rpc
};

// The MCP client side over a line-delimited JSON-RPC stdio stream: requests with ids, waiting for
// the matching response, passing server notifications to a handler and skipping non-JSON noise.
// Shared by McpVerifier and McpSession.
class McpStdioClient
{
public:
    enum class Direction
    {
        Sent,
        Received
    };
    using NotificationHandler = std::function<void(const QString& method, const QJsonObject& params)>;
    // Every protocol line, as written or read (without its newline).
    using TrafficHandler = std::function<void(Direction, const QByteArray& line)>;

    explicit McpStdioClient(docker::AttachedStream& stream);

    // Sends a request and waits up to timeoutMs for its response: the whole response object (with
    // "result" or "error").
    Expected<QJsonObject, McpError> request(const QString& method, const QJsonObject& params, int timeoutMs,
                                            const std::atomic_bool* cancel = nullptr);
    bool notify(const QString& method, const QJsonObject& params = {});
    QByteArray stderrBytes() const { return m_err; }

    void setNotificationHandler(NotificationHandler handler) { m_onNotification = std::move(handler); }
    void setTrafficHandler(TrafficHandler handler) { m_onTraffic = std::move(handler); }

    // The "result" of a response, or Kind::Rpc with the server's code and message.
    static Expected<QJsonObject, McpError> resultOf(const QString& method, const QJsonObject& response);

private:
    bool send(const QJsonObject& message);

    docker::AttachedStream& m_stream;
    int m_nextId = 1;
    QByteArray m_out;
    QByteArray m_err;
    NotificationHandler m_onNotification;
    TrafficHandler m_onTraffic;
};

} // namespace mcpdock::mcp
