#include "mcpsession.h"

#include "docker/engineclient.h"

#include <QCoreApplication>
#include <QElapsedTimer>

namespace mcpdock::mcp {
namespace {

McpError makeError(McpError::Kind kind, const QString& message)
{
    McpError e;
    e.kind = kind;
    e.message = message;
    return e;
}

} // namespace

QStringList McpSession::supportedVersions()
{
    return {QStringLiteral("2025-11-25"), QStringLiteral("2025-06-18"), QStringLiteral("2025-03-26"),
            QStringLiteral("2024-11-05")};
}

McpSession::McpSession(docker::Endpoint endpoint, QObject* parent)
    : QObject(parent)
    , m_endpoint(std::move(endpoint))
{}

McpSession::~McpSession()
{
    stop();
}

QString McpSession::serverStderr() const
{
    return m_client ? QString::fromUtf8(m_client->stderrBytes()) : QString();
}

McpError McpSession::notRunning() const
{
    return makeError(McpError::Kind::Exited, McpSession::tr("The server is not running; start it first."));
}

void McpSession::stop()
{
    m_client.reset();
    m_container.reset(); // closes stdin, force-removes the container
}

Expected<ServerInfo, McpError> McpSession::start(const StdioContainerOptions& options,
                                                 const std::atomic_bool* cancel)
{
    stop();
    m_info = {};
    StdioContainerOptions run = options;
    run.autoRemove = true; // --rm: gone even if this process dies before stop()
    run.labels.insert(QStringLiteral("io.mcpdock.try"), QStringLiteral("true"));
    if (run.namePrefix == QLatin1String("mcpdock-"))
        run.namePrefix = QStringLiteral("mcpdock-try-");
    m_container = std::make_unique<StdioContainer>(m_endpoint);
    if (auto started = m_container->start(run); !started) {
        m_container.reset();
        return makeError(McpError::Kind::Docker, started.error().message);
    }
    m_client = std::make_unique<McpStdioClient>(*m_container->stream());
    m_client->setTrafficHandler([this](McpStdioClient::Direction d, const QByteArray& line) {
        emit traffic(d == McpStdioClient::Direction::Sent, line);
    });
    m_client->setNotificationHandler([this](const QString& method, const QJsonObject& params) {
        if (method == QLatin1String("notifications/message"))
            emit logMessage(params.value(QStringLiteral("level")).toString(),
                            params.value(QStringLiteral("logger")).toString(),
                            params.value(QStringLiteral("data")));
        else if (method == QLatin1String("notifications/progress"))
            emit progressed(params.value(QStringLiteral("progressToken")),
                            params.value(QStringLiteral("progress")).toDouble(),
                            params.value(QStringLiteral("total")).toDouble(-1),
                            params.value(QStringLiteral("message")).toString());
        emit notification(method, params);
    });

    const QJsonObject params{
        {QStringLiteral("protocolVersion"), QLatin1String(ProtocolVersion)},
        {QStringLiteral("capabilities"), QJsonObject{}},
        {QStringLiteral("clientInfo"),
         QJsonObject{{QStringLiteral("name"), QStringLiteral("mcpdock-try")},
                     {QStringLiteral("version"), QStringLiteral(MCPDOCK_VERSION)}}},
    };
    auto fail = [this](McpError e) {
        const QString said = serverStderr().trimmed().right(600);
        if (!said.isEmpty())
            e.message += QLatin1Char(' ') + tr("The server said: %1").arg(said);
        stop();
        return e;
    };
    auto init = m_client->request(QStringLiteral("initialize"), params, m_timeoutMs, cancel);
    if (!init)
        return fail(init.error());
    auto result = McpStdioClient::resultOf(QStringLiteral("initialize"), *init);
    if (!result)
        return fail(result.error());
    const QString version = result->value(QStringLiteral("protocolVersion")).toString();
    if (!supportedVersions().contains(version))
        return fail(
            makeError(McpError::Kind::Protocol,
                      tr("The server answered initialize with protocol version \"%1\"; MCP Dock speaks "
                         "%2.")
                          .arg(version, supportedVersions().join(QStringLiteral(", ")))));
    const QJsonObject info = result->value(QStringLiteral("serverInfo")).toObject();
    m_info.name = info.value(QStringLiteral("name")).toString();
    m_info.version = info.value(QStringLiteral("version")).toString();
    m_info.title = info.value(QStringLiteral("title")).toString();
    m_info.protocolVersion = version;
    m_info.capabilities = result->value(QStringLiteral("capabilities")).toObject();
    m_info.instructions = result->value(QStringLiteral("instructions")).toString();
    m_client->notify(QStringLiteral("notifications/initialized"));
    // Every log line live: the server filters notifications/message by the client's level.
    if (m_info.capabilities.contains(QStringLiteral("logging"))) {
        auto level = m_client->request(QStringLiteral("logging/setLevel"),
                                       QJsonObject{{QStringLiteral("level"), QStringLiteral("debug")}},
                                       m_timeoutMs, cancel);
        if (!level)
            return fail(level.error());
    }
    return m_info;
}

Expected<CallResult, McpError> McpSession::request(const QString& method, const QJsonObject& params,
                                                   const std::atomic_bool* cancel)
{
    if (!m_client)
        return notRunning();
    QElapsedTimer timer;
    timer.start();
    auto response = m_client->request(method, params, m_timeoutMs, cancel);
    if (!response)
        return response.error();
    auto result = McpStdioClient::resultOf(method, *response);
    if (!result)
        return result.error();
    CallResult r;
    r.result = *result;
    r.elapsedMs = timer.elapsed();
    return r;
}

Expected<CallResult, McpError> McpSession::listAll(const QString& method, const QString& key,
                                                   const std::atomic_bool* cancel)
{
    QElapsedTimer timer;
    timer.start();
    QJsonArray items;
    QJsonObject params;
    CallResult all;
    all.pages = 0;
    for (int page = 0; page < 1000; ++page) {
        auto r = request(method, params, cancel);
        if (!r)
            return r.error();
        ++all.pages;
        for (const QJsonValue& v : r->result.value(key).toArray())
            items.append(v);
        all.result = r->result;
        const QString cursor = r->result.value(QStringLiteral("nextCursor")).toString();
        if (cursor.isEmpty())
            break;
        params.insert(QStringLiteral("cursor"), cursor);
    }
    all.result.remove(QStringLiteral("nextCursor"));
    all.result.insert(key, items);
    all.elapsedMs = timer.elapsed();
    return all;
}

Expected<CallResult, McpError> McpSession::listTools(const std::atomic_bool* cancel)
{
    return listAll(QStringLiteral("tools/list"), QStringLiteral("tools"), cancel);
}

Expected<CallResult, McpError> McpSession::callTool(const QString& name, const QJsonObject& arguments,
                                                    const std::atomic_bool* cancel)
{
    // A progress token, so a tool that reports progress can be watched.
    const QJsonObject params{
        {QStringLiteral("name"), name},
        {QStringLiteral("arguments"), arguments},
        {QStringLiteral("_meta"), QJsonObject{{QStringLiteral("progressToken"), m_nextProgressToken++}}}};
    return request(QStringLiteral("tools/call"), params, cancel);
}

Expected<CallResult, McpError> McpSession::listResources(const std::atomic_bool* cancel)
{
    return listAll(QStringLiteral("resources/list"), QStringLiteral("resources"), cancel);
}

Expected<CallResult, McpError> McpSession::readResource(const QString& uri, const std::atomic_bool* cancel)
{
    return request(QStringLiteral("resources/read"), QJsonObject{{QStringLiteral("uri"), uri}}, cancel);
}

Expected<CallResult, McpError> McpSession::listPrompts(const std::atomic_bool* cancel)
{
    return listAll(QStringLiteral("prompts/list"), QStringLiteral("prompts"), cancel);
}

Expected<CallResult, McpError> McpSession::getPrompt(const QString& name, const QJsonObject& arguments,
                                                     const std::atomic_bool* cancel)
{
    QJsonObject params{{QStringLiteral("name"), name}};
    if (!arguments.isEmpty())
        params.insert(QStringLiteral("arguments"), arguments);
    return request(QStringLiteral("prompts/get"), params, cancel);
}

} // namespace mcpdock::mcp
