#include "engineclient_p.h"

namespace mcpdock::docker {

namespace {

class AttachedStreamImpl : public AttachedStream
{
public:
    AttachedStreamImpl(std::unique_ptr<Connection> conn, bool tty, QByteArray initial)
        : m_conn(std::move(conn))
        , m_tty(tty)
        , m_initial(std::move(initial))
    {}

    bool writeStdin(const QByteArray& data) override
    {
        if (m_stdinClosed || m_end)
            return false;
        if (!m_conn->write(data) || !m_conn->flush()) {
            m_error = m_conn->error();
            return false;
        }
        return true;
    }

    void closeStdin() override
    {
        if (m_stdinClosed)
            return;
        m_stdinClosed = true;
        m_conn->shutdownWrite();
    }

    bool waitForOutput(QByteArray* out, QByteArray* err, int timeoutMs) override
    {
        if (m_end)
            return false;
        if (!m_initial.isEmpty()) {
            const QByteArray initial = std::move(m_initial);
            m_initial.clear();
            return deliver(initial.constData(), initial.size(), out, err);
        }
        char buffer[ReadBufferBytes];
        const qint64 n = m_conn->read(buffer, sizeof buffer, timeoutMs);
        if (n == 0)
            return true;
        if (n < 0) {
            m_end = true;
            if (!m_conn->atEnd())
                m_error = m_conn->error();
            else if (!m_tty && !m_demux.atFrameBoundary())
                m_error = Connection::lostError(m_conn->endpoint(),
                                                tr("the output stopped in the middle of a frame"));
            return false;
        }
        return deliver(buffer, n, out, err);
    }

    bool atEnd() const override { return m_end; }
    DockerError lastError() const override { return m_error; }

private:
    bool deliver(const char* data, qint64 size, QByteArray* out, QByteArray* err)
    {
        if (m_tty) {
            if (out)
                out->append(data, size);
            return true;
        }
        if (!m_demux.feed(data, size, out, err)) {
            m_error = protocolError(m_demux.errorString());
            m_end = true;
            return false;
        }
        return true;
    }

    std::unique_ptr<Connection> m_conn;
    bool m_tty;
    QByteArray m_initial;
    StreamDemuxer m_demux;
    bool m_end = false;
    bool m_stdinClosed = false;
    DockerError m_error{DockerError::Kind::ConnectionLost, QString(), 0};
};

} // namespace

Result<QList<ContainerSummary>> EngineClient::listContainers(bool all, const QStringList& filters)
{
    QMap<QString, QStringList> f;
    for (const QString& filter : filters) {
        const qsizetype eq = filter.indexOf(QLatin1Char('='));
        if (eq <= 0)
            return makeError(
                DockerError::Kind::BadRequest,
                tr("The container filter \"%1\" is not key=value (for example label=app=x).").arg(filter));
        f[filter.left(eq)] << filter.mid(eq + 1);
    }
    auto a = d->list("/containers/json", all, f);
    if (!a)
        return a.error();
    QList<ContainerSummary> containers;
    for (const QJsonValue& v : a.value()) {
        const QJsonObject o = v.toObject();
        ContainerSummary c;
        c.id = o.value(QStringLiteral("Id")).toString();
        c.names = toStringList(o.value(QStringLiteral("Names")));
        c.image = o.value(QStringLiteral("Image")).toString();
        c.imageId = o.value(QStringLiteral("ImageID")).toString();
        c.state = o.value(QStringLiteral("State")).toString();
        c.labels = toStringMap(o.value(QStringLiteral("Labels")));
        containers << c;
    }
    return containers;
}

Result<QString> EngineClient::createContainer(const QJsonObject& config, const QString& name)
{
    Query q;
    if (!name.isEmpty())
        q.add("name", name);
    auto r = d->call("POST", "/containers/create", q.str(), &config);
    if (!r)
        return r.error();
    auto o = parseObject(r->body);
    if (!o)
        return o.error();
    const QString id = o->value(QStringLiteral("Id")).toString();
    if (id.isEmpty())
        return protocolError(tr("/containers/create returned no Id"));
    return id;
}

Result<Done> EngineClient::startContainer(const QString& id)
{
    auto r = d->call("POST", "/containers/" + enc(id) + "/start");
    if (!r)
        return r.error();
    return Done{};
}

Result<int> EngineClient::waitContainer(const QString& id, const CancelFlag* cancel)
{
    QByteArray body;
    const auto onBody = [&](const char* data, qint64 size) {
        if (body.size() < MaxErrorBodyBytes)
            body.append(data, size);
        return true;
    };
    auto r =
        d->stream("POST", "/containers/" + enc(id) + "/wait", {}, {}, nullptr, {}, onBody, cancel, nullptr);
    if (!r)
        return r.error();
    auto o = parseObject(body);
    if (!o)
        return o.error();
    const QString waitError =
        o->value(QStringLiteral("Error")).toObject().value(QStringLiteral("Message")).toString();
    if (!waitError.isEmpty())
        return makeError(DockerError::Kind::ServerError,
                         tr("Waiting for container %1 failed: %2").arg(id.left(12), waitError));
    if (!o->value(QStringLiteral("StatusCode")).isDouble())
        return protocolError(tr("/containers/wait returned no StatusCode"));
    return o->value(QStringLiteral("StatusCode")).toInt();
}

Result<ContainerLogs> EngineClient::containerLogs(const QString& id)
{
    auto r = d->call("GET", "/containers/" + enc(id) + "/logs",
                     Query().flag("stdout", true).flag("stderr", true).str());
    if (!r)
        return r.error();
    ContainerLogs logs;
    // A TTY container's log is one raw stream; every other is multiplexed stdout/stderr frames.
    if (r->header("Content-Type").startsWith("application/vnd.docker.raw-stream")) {
        logs.out = r->body;
        return logs;
    }
    StreamDemuxer demux;
    if (!demux.feed(r->body, &logs.out, &logs.err))
        return protocolError(demux.errorString());
    if (!demux.atFrameBoundary())
        return protocolError(tr("the log ends in the middle of a frame"));
    return logs;
}

Result<Done> EngineClient::killContainer(const QString& id)
{
    auto r = d->call("POST", "/containers/" + enc(id) + "/kill");
    if (!r)
        return r.error();
    return Done{};
}

Result<Done> EngineClient::removeContainer(const QString& id, bool force)
{
    Query q;
    q.flag("v", true);
    if (force)
        q.flag("force", true);
    auto r = d->call("DELETE", "/containers/" + enc(id), q.str());
    if (!r)
        return r.error();
    return Done{};
}

Result<std::unique_ptr<AttachedStream>> EngineClient::attachContainer(const QString& id)
{
    // Whether the output is multiplexed depends on the container's TTY, not on the Content-Type:
    // daemons before API 1.42 call a multiplexed attach stream "raw-stream".
    auto inspected = d->call("GET", "/containers/" + enc(id) + "/json");
    if (!inspected)
        return inspected.error();
    auto container = parseObject(inspected->body);
    if (!container)
        return container.error();
    const bool tty =
        container->value(QStringLiteral("Config")).toObject().value(QStringLiteral("Tty")).toBool();

    HttpRequest request(
        "POST",
        d->versioned("/containers/" + enc(id) + "/attach") +
            Query().flag("stream", true).flag("stdin", true).flag("stdout", true).flag("stderr", true).str());
    request.setHeader("Connection", "Upgrade");
    request.setHeader("Upgrade", "tcp");
    auto opened = d->openConnection(nullptr);
    if (!opened)
        return opened.error();
    std::unique_ptr<Connection> conn = std::move(opened.value());
    if (!conn->write(request.head(d->hostHeader())) || !conn->flush())
        return conn->error();
    HttpResponseParser parser;
    parser.setStopAfterHeaders(true);
    QByteArray errorBody;
    QByteArray initial;
    char buffer[ReadBufferBytes];
    while (!parser.isComplete() && !parser.hasError()) {
        const qint64 n = conn->read(buffer, sizeof buffer, ShortCallIdleTimeoutMs);
        if (n == 0)
            return makeError(DockerError::Kind::Timeout, tr("Docker did not answer the attach request."));
        if (n < 0) {
            if (!conn->atEnd())
                return conn->error();
            parser.finish();
            break;
        }
        const qsizetype used = parser.feed(buffer, n, &errorBody);
        if (parser.isComplete() && used < n)
            initial = QByteArray(buffer + used, n - used);
    }
    if (parser.hasError())
        return parser.truncated() ? Connection::lostError(d->endpoint, parser.errorString())
                                  : protocolError(parser.errorString());
    const int status = parser.statusCode();
    if (status != 101 && status != 200)
        return httpError(status, errorBody, request.method(), request.target());
    return std::unique_ptr<AttachedStream>(new AttachedStreamImpl(std::move(conn), tty, std::move(initial)));
}

} // namespace mcpdock::docker
