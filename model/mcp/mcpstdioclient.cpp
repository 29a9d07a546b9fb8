#include "mcpstdioclient.h"

#include "docker/engineclient.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QJsonDocument>

namespace mcpdock::mcp {
namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("McpStdioClient", text);
}

McpError makeError(McpError::Kind kind, const QString& message, int code = 0)
{
    McpError e;
    e.kind = kind;
    e.message = message;
    e.code = code;
    return e;
}

} // namespace

McpStdioClient::McpStdioClient(docker::AttachedStream& stream)
    : m_stream(stream)
{}

bool McpStdioClient::send(const QJsonObject& message)
{
    // MCP over stdio: one JSON-RPC message per line, no embedded newlines (compact JSON has none).
    const QByteArray line = QJsonDocument(message).toJson(QJsonDocument::Compact);
    if (m_onTraffic)
        m_onTraffic(Direction::Sent, line);
    return m_stream.writeStdin(line + '\n');
}

bool McpStdioClient::notify(const QString& method, const QJsonObject& params)
{
    QJsonObject msg{{QStringLiteral("jsonrpc"), QStringLiteral("2.0")}, {QStringLiteral("method"), method}};
    if (!params.isEmpty())
        msg.insert(QStringLiteral("params"), params);
    return send(msg);
}

Expected<QJsonObject, McpError> McpStdioClient::resultOf(const QString& method, const QJsonObject& response)
{
    if (response.contains(QStringLiteral("error"))) {
        const QJsonObject error = response.value(QStringLiteral("error")).toObject();
        return makeError(McpError::Kind::Rpc,
                         tr("%1 failed: %2 (code %3)")
                             .arg(method, error.value(QStringLiteral("message")).toString())
                             .arg(error.value(QStringLiteral("code")).toInt()),
                         error.value(QStringLiteral("code")).toInt());
    }
    if (!response.value(QStringLiteral("result")).isObject())
        return makeError(McpError::Kind::Protocol, tr("The answer to %1 has no result object.").arg(method));
    return response.value(QStringLiteral("result")).toObject();
}

Expected<QJsonObject, McpError> McpStdioClient::request(const QString& method, const QJsonObject& params,
                                                        int timeoutMs, const std::atomic_bool* cancel)
{
    const int id = m_nextId++;
    QJsonObject msg{{QStringLiteral("jsonrpc"), QStringLiteral("2.0")},
                    {QStringLiteral("id"), id},
                    {QStringLiteral("method"), method}};
    msg.insert(QStringLiteral("params"), params);
    if (!send(msg))
        return makeError(McpError::Kind::Exited,
                         tr("The server's standard input is closed: it exited before %1.").arg(method));
    QDeadlineTimer deadline(timeoutMs);
    for (;;) {
        qsizetype nl;
        while ((nl = m_out.indexOf('\n')) >= 0) {
            const QByteArray line = m_out.left(nl).trimmed();
            m_out.remove(0, nl + 1);
            if (line.isEmpty())
                continue;
            if (m_onTraffic)
                m_onTraffic(Direction::Received, line);
            QJsonParseError parseError;
            const QJsonDocument doc = QJsonDocument::fromJson(line, &parseError);
            if (!doc.isObject())
                continue; // a stray log line on stdout; the protocol messages are objects
            const QJsonObject o = doc.object();
            if (o.contains(QStringLiteral("method"))) {
                // A notification; requests from the server (with an id) are not served.
                if (!o.contains(QStringLiteral("id")) && m_onNotification)
                    m_onNotification(o.value(QStringLiteral("method")).toString(),
                                     o.value(QStringLiteral("params")).toObject());
                continue;
            }
            if (o.value(QStringLiteral("id")).toInt(-1) != id)
                continue; // a late answer to a request that timed out
            return o;
        }
        if (cancel && cancel->load())
            return makeError(McpError::Kind::Cancelled, tr("%1 was cancelled.").arg(method));
        if (deadline.hasExpired())
            return makeError(
                McpError::Kind::Timeout,
                tr("The server did not answer %1 within %2 s.").arg(method).arg(timeoutMs / 1000.0));
        if (m_stream.atEnd())
            return makeError(McpError::Kind::Exited,
                             tr("The server exited before answering %1.").arg(method));
        const int wait = static_cast<int>(qMin<qint64>(200, qMax<qint64>(1, deadline.remainingTime())));
        if (!m_stream.waitForOutput(&m_out, &m_err, wait) && !m_stream.atEnd()) {
            const auto err = m_stream.lastError();
            if (!err.message.isEmpty() && err.kind != docker::DockerError::Kind::Timeout)
                return makeError(McpError::Kind::Docker, err.message);
        }
    }
}

} // namespace mcpdock::mcp
