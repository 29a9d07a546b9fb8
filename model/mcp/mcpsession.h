#pragma once

#include "expected.h"

#include "docker/endpoint.h"
#include "mcpstdioclient.h"
#include "stdiocontainer.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QMetaType>
#include <QObject>
#include <QString>
#include <QStringList>

#include <atomic>
#include <memory>

namespace mcpdock::mcp {

struct ServerInfo
{
    QString name;
    QString version;
    QString title;
    QString protocolVersion; // what the server answered to initialize
    QJsonObject capabilities;
    QString instructions;
};

struct CallResult
{
    QJsonObject result; // the JSON-RPC result (list results: every page's items in one array)
    qint64 elapsedMs = 0;
    int pages = 1;
    bool isError() const { return result.value(QStringLiteral("isError")).toBool(); }
};

// A client session with one MCP server image over stdio, as `docker run -i --rm --network none`
// would start it: initialize handshake (2024-11-05 .. 2025-11-25, the version negotiated), then the
// tools, resources and prompts requests, every list paginated through nextCursor. Calls are
// blocking (the CLI uses them directly; McpSessionThread runs them on a worker thread for the
// GUI). The container is stopped and removed by stop() and by the destructor.
class McpSession : public QObject
{
    Q_OBJECT

public:
    static constexpr const char* ProtocolVersion = "2025-11-25";
    // The initialize-era versions, newest first: what we offer and what we accept in the answer.
    static QStringList supportedVersions();

    explicit McpSession(docker::Endpoint endpoint, QObject* parent = nullptr);
    ~McpSession() override;

    void setTimeoutMs(int ms) { m_timeoutMs = ms; }
    Expected<ServerInfo, McpError> start(const StdioContainerOptions& options,
                                         const std::atomic_bool* cancel = nullptr);
    bool isRunning() const { return m_client != nullptr; }
    ServerInfo serverInfo() const { return m_info; }
    QString containerId() const { return m_container ? m_container->id() : QString(); }
    QString serverStderr() const;

    Expected<CallResult, McpError> listTools(const std::atomic_bool* cancel = nullptr);
    Expected<CallResult, McpError> callTool(const QString& name, const QJsonObject& arguments,
                                            const std::atomic_bool* cancel = nullptr);
    Expected<CallResult, McpError> listResources(const std::atomic_bool* cancel = nullptr);
    Expected<CallResult, McpError> readResource(const QString& uri, const std::atomic_bool* cancel = nullptr);
    Expected<CallResult, McpError> listPrompts(const std::atomic_bool* cancel = nullptr);
    Expected<CallResult, McpError> getPrompt(const QString& name, const QJsonObject& arguments,
                                             const std::atomic_bool* cancel = nullptr);
    // Any request; the result object or the error.
    Expected<CallResult, McpError> request(const QString& method, const QJsonObject& params,
                                           const std::atomic_bool* cancel = nullptr);
    // All pages of a list method (tools/list...): the items under key, concatenated.
    Expected<CallResult, McpError> listAll(const QString& method, const QString& key,
                                           const std::atomic_bool* cancel = nullptr);

    // Closes stdin and force-removes the container. Idempotent.
    void stop();

signals:
    // notifications/message
    void logMessage(const QString& level, const QString& logger, const QJsonValue& data);
    // notifications/progress
    void progressed(const QJsonValue& token, double progress, double total, const QString& message);
    // Every notification, the two above included.
    void notification(const QString& method, const QJsonObject& params);
    // Each JSON-RPC line, as sent (sent = true) or received.
    void traffic(bool sent, const QByteArray& line);

private:
    McpError notRunning() const;

    docker::Endpoint m_endpoint;
    int m_timeoutMs = 60000;
    int m_nextProgressToken = 1;
    std::unique_ptr<StdioContainer> m_container;
    std::unique_ptr<McpStdioClient> m_client;
    ServerInfo m_info;
};

} // namespace mcpdock::mcp

Q_DECLARE_METATYPE(mcpdock::mcp::ServerInfo)
Q_DECLARE_METATYPE(mcpdock::mcp::CallResult)
Q_DECLARE_METATYPE(mcpdock::mcp::McpError)
