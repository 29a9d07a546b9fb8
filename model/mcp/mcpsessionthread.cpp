#include "mcpsessionthread.h"

#include <QThread>

namespace mcpdock::mcp {

McpSessionThread::McpSessionThread(docker::Endpoint endpoint, QObject* parent)
    : QObject(parent)
    , m_thread(new QThread)
    , m_session(new McpSession(std::move(endpoint)))
{
    qRegisterMetaType<ServerInfo>();
    qRegisterMetaType<CallResult>();
    qRegisterMetaType<McpError>();
    m_thread->setObjectName(QStringLiteral("McpSession"));
    m_session->moveToThread(m_thread);
    connect(m_session, &McpSession::logMessage, this, &McpSessionThread::logMessage);
    connect(m_session, &McpSession::progressed, this, &McpSessionThread::progressed);
    connect(m_session, &McpSession::traffic, this, &McpSessionThread::traffic);
    m_thread->start();
}

McpSessionThread::~McpSessionThread()
{
    m_cancel = true; // the call in flight returns within its poll interval
    m_thread->quit();
    m_thread->wait();
    delete m_session; // the thread has ended: stops the server and removes its container
    delete m_thread;
}

void McpSessionThread::setTimeoutMs(int ms)
{
    QMetaObject::invokeMethod(m_session, [session = m_session, ms] { session->setTimeoutMs(ms); });
}

void McpSessionThread::start(const StdioContainerOptions& options)
{
    m_cancel = false;
    QMetaObject::invokeMethod(m_session, [this, options] {
        auto info = m_session->start(options, &m_cancel);
        if (info)
            emit started(*info);
        else
            emit startFailed(info.error());
    });
}

int McpSessionThread::submit(Op op, const QString& name, const QJsonObject& arguments)
{
    const int ticket = m_nextTicket++;
    QMetaObject::invokeMethod(m_session, [this, op, name, arguments, ticket] {
        Expected<CallResult, McpError> r = McpError{};
        switch (op) {
        case Op::ListTools:
            r = m_session->listTools(&m_cancel);
            break;
        case Op::CallTool:
            r = m_session->callTool(name, arguments, &m_cancel);
            break;
        case Op::ListResources:
            r = m_session->listResources(&m_cancel);
            break;
        case Op::ReadResource:
            r = m_session->readResource(name, &m_cancel);
            break;
        case Op::ListPrompts:
            r = m_session->listPrompts(&m_cancel);
            break;
        case Op::GetPrompt:
            r = m_session->getPrompt(name, arguments, &m_cancel);
            break;
        }
        if (r)
            emit finished(ticket, op, *r);
        else
            emit failed(ticket, op, r.error());
    });
    return ticket;
}

void McpSessionThread::stop()
{
    m_cancel = true;
    QMetaObject::invokeMethod(m_session, [this] {
        m_session->stop();
        m_cancel = false;
        emit stopped();
    });
}

} // namespace mcpdock::mcp
