#pragma once

#include "mcpsession.h"

#include <QObject>

#include <atomic>

class QThread;

namespace mcpdock::mcp {

// McpSession on its own QThread, for the GUI: every call is queued to the worker and answered by a
// signal, so the window never waits on the server. stop() cancels the call in flight and removes
// the container; the destructor does the same and joins the thread, so no container outlives it.
class McpSessionThread : public QObject
{
    Q_OBJECT

public:
    enum class Op
    {
        ListTools,
        CallTool,
        ListResources,
        ReadResource,
        ListPrompts,
        GetPrompt,
    };
    Q_ENUM(Op)

    explicit McpSessionThread(docker::Endpoint endpoint, QObject* parent = nullptr);
    ~McpSessionThread() override;

    void setTimeoutMs(int ms);
    void start(const StdioContainerOptions& options);
    // name: the tool or prompt name, or the resource URI. Returns a ticket for finished/failed.
    int submit(Op op, const QString& name = {}, const QJsonObject& arguments = {});
    void stop();

signals:
    void started(const mcpdock::mcp::ServerInfo& info);
    void startFailed(const mcpdock::mcp::McpError& error);
    void finished(int ticket, mcpdock::mcp::McpSessionThread::Op op, const mcpdock::mcp::CallResult& result);
    void failed(int ticket, mcpdock::mcp::McpSessionThread::Op op, const mcpdock::mcp::McpError& error);
    void stopped();
    void logMessage(const QString& level, const QString& logger, const QJsonValue& data);
    void progressed(const QJsonValue& token, double progress, double total, const QString& message);
    void traffic(bool sent, const QByteArray& line);

private:
    QThread* m_thread = nullptr;
    McpSession* m_session = nullptr; // lives on m_thread
    std::atomic_bool m_cancel{false};
    int m_nextTicket = 1;
};

} // namespace mcpdock::mcp
