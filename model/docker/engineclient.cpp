#include "engineclient.h"

#include "apiversion.h"
#include "connection.h"
#include "httprequest.h"
#include "httpresponseparser.h"
#include "jsonstreamreader.h"
#include "streamdemuxer.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QThread>
#include <QUrl>

namespace mcpdock::docker {
namespace {

constexpr int ShortCallIdleTimeoutMs = 5 * 60 * 1000; // no byte for this long: the daemon is stuck
constexpr qint64 MaxShortBodyBytes = 256 * 1024 * 1024;
constexpr qint64 MaxErrorBodyBytes = 1024 * 1024;
constexpr qint64 ReadBufferBytes = 64 * 1024;

QString tr(const char* text)
{
    return QCoreApplication::translate("EngineClient", text);
}

DockerError makeError(DockerError::Kind kind, const QString& message, int status = 0)
{
    return DockerError{kind, message, status};
}

bool isCancelled(const CancelFlag* cancel)
{
    return cancel && cancel->load(std::memory_order_relaxed);
}

// Percent-encodes one query value or path segment; image references keep their '/' and ':'.
QByteArray enc(const QString& s)
{
    return QUrl::toPercentEncoding(s);
}
QByteArray encName(const QString& s)
{
    return QUrl::toPercentEncoding(s, "/:@");
}

class Query
{
public:
    Query& add(const char* key, const QString& value)
    {
        m_q += (m_q.isEmpty() ? '?' : '&') + QByteArray(key) + '=' + enc(value);
        return *this;
    }
    Query& add(const char* key, const QByteArray& value) { return add(key, QString::fromUtf8(value)); }
    Query& flag(const char* key, bool value)
    {
        return add(key, value ? QStringLiteral("1") : QStringLiteral("0"));
    }
    QByteArray str() const { return m_q; }

private:
    QByteArray m_q;
};

// The Engine's filters parameter: {"label":{"a=b":true},...}, the map form every API version reads.
QByteArray filtersJson(const QMap<QString, QStringList>& filters)
{
    QJsonObject root;
    for (auto it = filters.cbegin(); it != filters.cend(); ++it) {
        QJsonObject values;
        for (const QString& v : it.value())
            values.insert(v, true);
        root.insert(it.key(), values);
    }
    return QJsonDocument(root).toJson(QJsonDocument::Compact);
}

QString daemonMessage(const QByteArray& body)
{
    const QJsonDocument doc = QJsonDocument::fromJson(body);
    QString message;
    if (doc.isObject())
        message = doc.object().value(QStringLiteral("message")).toString();
    if (message.isEmpty())
        message = QString::fromUtf8(body.left(300)).trimmed();
    while (message.endsWith(QLatin1Char('.')))
        message.chop(1);
    return message;
}

DockerError httpError(int status, const QByteArray& body, const QByteArray& method, const QByteArray& target)
{
    QString message = daemonMessage(body);
    if (message.isEmpty())
        message = tr("no reason given");
    const QString what = QString::fromLatin1(method + ' ' + target.left(200));
    if (status == 404)
        return makeError(DockerError::Kind::NotFound,
                         tr("Docker could not find it: %1 (%2).").arg(message, what), status);
    if (status == 409)
        return makeError(DockerError::Kind::Conflict,
                         tr("Docker reports a conflict: %1. Remove or stop what is in the way and try again.")
                             .arg(message),
                         status);
    if (status == 401 || status == 403)
        return makeError(
            DockerError::Kind::Unauthorized,
            tr("Access denied: %1. Check the registry credentials (mcpdock login) and try again.")
                .arg(message),
            status);
    if (status >= 500)
        return makeError(DockerError::Kind::ServerError,
                         tr("The Docker daemon failed: %1 (HTTP %2 for %3). Check the daemon's log.")
                             .arg(message)
                             .arg(status)
                             .arg(what),
                         status);
    return makeError(
        DockerError::Kind::BadRequest,
        tr("Docker rejected the request: %1 (HTTP %2 for %3).").arg(message).arg(status).arg(what), status);
}

DockerError protocolError(const QString& detail)
{
    return makeError(DockerError::Kind::Protocol,
                     tr("Docker sent a response mcpdock cannot read (%1). Check that DOCKER_HOST points at a "
                        "Docker daemon, or report this with the daemon's version.")
                         .arg(detail));
}

Result<QJsonObject> parseObject(const QByteArray& body)
{
    QJsonParseError e;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &e);
    if (!doc.isObject())
        return protocolError(tr("expected a JSON object: %1").arg(e.errorString()));
    return doc.object();
}

Result<QJsonArray> parseArray(const QByteArray& body)
{
    QJsonParseError e;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &e);
    if (!doc.isArray())
        return protocolError(tr("expected a JSON array: %1").arg(e.errorString()));
    return doc.array();
}

QStringList toStringList(const QJsonValue& v)
{
    QStringList out;
    for (const QJsonValue& item : v.toArray())
        out << item.toString();
    return out;
}

QMap<QString, QString> toStringMap(const QJsonValue& v)
{
    QMap<QString, QString> out;
    const QJsonObject o = v.toObject();
    for (auto it = o.begin(); it != o.end(); ++it)
        out.insert(it.key(), it.value().toString());
    return out;
}

struct Response
{
    int status = 0;
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;

    QByteArray header(QByteArrayView name) const
    {
        for (const auto& h : headers)
            if (QByteArrayView(h.first).compare(name, Qt::CaseInsensitive) == 0)
                return h.second;
        return {};
    }
};

// Sends a chunked body, one HTTP chunk per write. While the body goes out it also reads what the
// daemon already answers, so a daemon that rejects the request early is heard instead of blocking.
class ChunkWriter : public BodyWriter
{
public:
    ChunkWriter(Connection& conn, const CancelFlag* cancel, std::function<bool(const char*, qint64)> consume)
        : m_conn(conn)
        , m_cancel(cancel)
        , m_consume(std::move(consume))
    {}

    bool write(const char* data, qint64 size) override
    {
        if (m_stopped)
            return false;
        if (isCancelled(m_cancel)) {
            m_stopped = true;
            return false;
        }
        if (size <= 0)
            return true;
        if (!m_conn.write(HttpRequest::chunkHeader(size), m_cancel) || !m_conn.write(data, size, m_cancel) ||
            !m_conn.write("\r\n", 2, m_cancel)) {
            m_failed = true;
            m_stopped = true;
            return false;
        }
        char buffer[4096];
        qint64 n;
        while ((n = m_conn.readAvailable(buffer, sizeof buffer)) > 0) {
            if (!m_consume(buffer, n)) {
                m_answered = true;
                m_stopped = true;
                return false;
            }
        }
        return true;
    }

    bool failed() const { return m_failed; }
    bool answered() const { return m_answered; }

private:
    Connection& m_conn;
    const CancelFlag* m_cancel;
    std::function<bool(const char*, qint64)> m_consume;
    bool m_stopped = false;
    bool m_failed = false;
    bool m_answered = false;
};

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

class EngineClient::Private
{
public:
    explicit Private(Endpoint ep)
        : endpoint(std::move(ep))
    {}

    Endpoint endpoint;
    int connectTimeoutMs = 5000;
    QString apiVersion;
    std::unique_ptr<Connection> idle; // kept alive between short calls
    QThread* idleThread = nullptr;

    QByteArray hostHeader() const
    {
        if (endpoint.kind == Endpoint::Kind::Tcp) {
            const QString h = endpoint.host.contains(QLatin1Char(':'))
                                  ? QStringLiteral("[%1]").arg(endpoint.host)
                                  : endpoint.host;
            return (h + QLatin1Char(':') + QString::number(endpoint.port)).toUtf8();
        }
        // The docker CLI's placeholder host for socket and ssh transports.
        return QByteArrayLiteral("api.moby.localhost");
    }

    QByteArray versioned(const QByteArray& path) const { return "/v" + apiVersion.toLatin1() + path; }

    Result<std::unique_ptr<Connection>> openConnection(const CancelFlag* cancel)
    {
        auto c = Connection::open(endpoint, connectTimeoutMs, cancel);
        if (!c)
            return c.error();
        return std::move(c.value());
    }

    // One short request/response, on a kept-alive connection when there is one.
    Result<Response> exchange(const HttpRequest& request, const CancelFlag* cancel = nullptr)
    {
        for (int attempt = 0; attempt < 2; ++attempt) {
            std::unique_ptr<Connection> conn;
            bool reused = false;
            // A socket belongs to the thread that made it; an instance that moved to another
            // thread starts over with a fresh connection.
            if (idle && (idleThread != QThread::currentThread() || !idle->isOpen()))
                idle.reset();
            if (idle) {
                conn = std::move(idle);
                reused = true;
            } else {
                idle.reset();
                auto opened = openConnection(cancel);
                if (!opened)
                    return opened.error();
                conn = std::move(opened.value());
            }
            const QByteArray wire = request.head(hostHeader()) + request.body();
            if (!conn->write(wire, cancel) || !conn->flush(cancel)) {
                if (reused && !isCancelled(cancel))
                    continue; // the daemon closed the idle connection: once more on a fresh one
                return conn->error();
            }
            HttpResponseParser parser;
            if (request.method() == "HEAD")
                parser.setHeadRequest(true);
            Response response;
            bool gotAny = false;
            bool retry = false;
            bool extraBytes = false;
            char buffer[ReadBufferBytes];
            while (!parser.isComplete() && !parser.hasError()) {
                const qint64 n = conn->read(buffer, sizeof buffer, ShortCallIdleTimeoutMs, cancel);
                if (n == 0)
                    return makeError(
                        DockerError::Kind::Timeout,
                        tr("Docker at %1 accepted the request %2 but sent nothing for %3 minutes. "
                           "Check that the daemon is healthy.")
                            .arg(endpoint.displayAddress(), QString::fromLatin1(request.target()))
                            .arg(ShortCallIdleTimeoutMs / 60000));
                if (n < 0) {
                    if (isCancelled(cancel))
                        return Connection::cancelledError();
                    if (!gotAny && reused) {
                        retry = true;
                        break;
                    }
                    if (!conn->atEnd())
                        return conn->error();
                    parser.finish();
                    break;
                }
                gotAny = true;
                const qsizetype used = parser.feed(buffer, n, &response.body);
                if (response.body.size() > MaxShortBodyBytes)
                    return protocolError(
                        tr("the response is larger than %1 MiB").arg(MaxShortBodyBytes >> 20));
                if (parser.isComplete() && used < n)
                    extraBytes = true; // more than one response: this connection is not reusable
            }
            if (retry)
                continue;
            if (parser.hasError()) {
                if (parser.truncated())
                    return Connection::lostError(endpoint, parser.errorString());
                return protocolError(parser.errorString());
            }
            response.status = parser.statusCode();
            response.headers = parser.headers();
            if (!extraBytes && parser.keepAlive()) {
                idle = std::move(conn);
                idleThread = QThread::currentThread();
            }
            return response;
        }
        return Connection::lostError(endpoint, tr("the daemon closed the connection twice"));
    }

    Result<PingInfo> doPing()
    {
        HttpRequest request("GET", "/_ping");
        auto r = exchange(request);
        if (!r)
            return r.error();
        if (r->status >= 400)
            return httpError(r->status, r->body, request.method(), request.target());
        PingInfo info;
        info.apiVersion = QString::fromLatin1(r->header("Api-Version"));
        info.osType = QString::fromLatin1(r->header("Ostype"));
        info.builderVersion = QString::fromLatin1(r->header("Builder-Version"));
        auto negotiated = negotiateApiVersion(info.apiVersion, endpoint.displayAddress());
        if (!negotiated)
            return negotiated.error();
        apiVersion = negotiated.value();
        return info;
    }

    Result<Done> negotiate()
    {
        if (!apiVersion.isEmpty())
            return Done{};
        auto p = doPing();
        if (!p)
            return p.error();
        return Done{};
    }

    // A call whose answer is a JSON array (lists, removals, history).
    Result<QJsonArray> callArray(const QByteArray& method, const QByteArray& path,
                                 const QByteArray& query = {})
    {
        auto r = call(method, path, query);
        if (!r)
            return r.error();
        return parseArray(r->body);
    }

    // A list endpoint (/images/json, /containers/json) with its all flag and filters.
    Result<QJsonArray> list(const QByteArray& path, bool all, const QMap<QString, QStringList>& filters)
    {
        Query q;
        if (all)
            q.flag("all", true);
        if (!filters.isEmpty())
            q.add("filters", filtersJson(filters));
        return callArray("GET", path, q.str());
    }

    // A short versioned call; HTTP errors become DockerErrors.
    Result<Response> call(const QByteArray& method, const QByteArray& path, const QByteArray& query = {},
                          const QJsonObject* json = nullptr,
                          const QList<QPair<QByteArray, QByteArray>>& headers = {}, bool mapErrors = true)
    {
        auto n = negotiate();
        if (!n)
            return n.error();
        HttpRequest request(method, versioned(path) + query);
        for (const auto& [name, value] : headers)
            request.setHeader(name, value);
        if (json)
            request.setBody(QJsonDocument(*json).toJson(QJsonDocument::Compact), "application/json");
        auto r = exchange(request);
        if (!r)
            return r.error();
        if (mapErrors && r->status >= 400)
            return httpError(r->status, r->body, method, request.target());
        return r;
    }

    // A long call on its own connection: the body (if any) streamed chunked from produceBody, the
    // response body handed to onBody as it arrives. Cancelling closes the connection.
    Result<Response> stream(const QByteArray& method, const QByteArray& path, const QByteArray& query,
                            const QList<QPair<QByteArray, QByteArray>>& headers,
                            const BodyProducer* produceBody, const QByteArray& contentType,
                            const std::function<bool(const char*, qint64)>& onBody, const CancelFlag* cancel,
                            QString* consumerError)
    {
        auto n = negotiate();
        if (!n)
            return n.error();
        HttpRequest request(method, versioned(path) + query);
        for (const auto& [name, value] : headers)
            request.setHeader(name, value);
        if (produceBody)
            request.setChunked(contentType);
        auto opened = openConnection(cancel);
        if (!opened)
            return opened.error();
        std::unique_ptr<Connection> conn = std::move(opened.value());

        HttpResponseParser parser;
        Response response;
        QByteArray piece;
        bool consumerFailed = false;
        // Feeds response bytes to the parser; false when no more bytes should be read or sent.
        const auto consume = [&](const char* data, qint64 size) -> bool {
            piece.clear();
            parser.feed(data, size, &piece);
            if (parser.hasError())
                return false;
            if (!piece.isEmpty()) {
                const bool success = parser.statusCode() >= 200 && parser.statusCode() < 300;
                if (success) {
                    if (onBody && !onBody(piece.constData(), piece.size())) {
                        consumerFailed = true;
                        return false;
                    }
                } else if (response.body.size() < MaxErrorBodyBytes) {
                    response.body.append(piece.left(MaxErrorBodyBytes - response.body.size()));
                }
            }
            return !parser.isComplete();
        };

        if (!conn->write(request.head(hostHeader()), cancel))
            return isCancelled(cancel) ? Connection::cancelledError() : conn->error();
        if (produceBody) {
            ChunkWriter writer(*conn, cancel, consume);
            QString producerError;
            const bool produced = (*produceBody)(writer, &producerError);
            if (isCancelled(cancel))
                return Connection::cancelledError();
            if (consumerFailed) {
                if (consumerError)
                    *consumerError = tr("stopped reading the response");
                return response;
            }
            if (produced && !writer.failed() && !writer.answered()) {
                if (!conn->write(HttpRequest::lastChunk(), cancel) || !conn->flush(cancel))
                    if (!parser.headersComplete() && conn->atEnd())
                        return conn->error();
            } else if (!produced && !writer.failed() && !writer.answered()) {
                // Our own side failed to produce the body (an unreadable file, say): the daemon
                // gets a truncated upload when the connection closes and discards it.
                return makeError(DockerError::Kind::Config,
                                 producerError.isEmpty() ? tr("The request body could not be produced.")
                                                         : producerError);
            }
            // A write failure is often the daemon answering early and closing: read its answer.
        } else if (!conn->flush(cancel)) {
            return isCancelled(cancel) ? Connection::cancelledError() : conn->error();
        }

        char buffer[ReadBufferBytes];
        while (!parser.isComplete() && !parser.hasError() && !consumerFailed) {
            const qint64 got = conn->read(buffer, sizeof buffer, -1, cancel);
            if (got < 0) {
                if (isCancelled(cancel))
                    return Connection::cancelledError();
                if (!conn->atEnd())
                    return conn->error();
                parser.finish();
                break;
            }
            if (got > 0 && !consume(buffer, got))
                break;
        }
        if (consumerFailed) {
            if (consumerError && consumerError->isEmpty())
                *consumerError = tr("stopped reading the response");
            response.status = parser.statusCode();
            return response;
        }
        if (parser.hasError()) {
            if (parser.truncated())
                return Connection::lostError(endpoint, parser.errorString());
            return protocolError(parser.errorString());
        }
        response.status = parser.statusCode();
        response.headers = parser.headers();
        if (response.status >= 400)
            return httpError(response.status, response.body, method, request.target());
        return response;
    }

    // Runs a JSON-message stream (build, push) through a reader.
    Result<Response> messageStream(const QByteArray& method, const QByteArray& path, const QByteArray& query,
                                   const QList<QPair<QByteArray, QByteArray>>& headers,
                                   const BodyProducer* produceBody, JsonStreamReader& reader,
                                   const MessageHandler& onMessage, const CancelFlag* cancel)
    {
        QString consumerError;
        const auto onBody = [&](const char* data, qint64 size) {
            return reader.feed(data, size, onMessage);
        };
        auto r = stream(method, path, query, headers, produceBody, "application/x-tar", onBody, cancel,
                        &consumerError);
        if (!r)
            return r;
        if (reader.hasError() || !reader.finish())
            return protocolError(reader.errorString());
        return r;
    }
};

EngineClient::EngineClient(Endpoint endpoint)
    : d(std::make_unique<Private>(std::move(endpoint)))
{}

EngineClient::~EngineClient() = default;

const Endpoint& EngineClient::endpoint() const
{
    return d->endpoint;
}

void EngineClient::setConnectTimeout(int ms)
{
    d->connectTimeoutMs = qMax(1, ms);
}

QString EngineClient::negotiatedApiVersion() const
{
    return d->apiVersion;
}

Result<PingInfo> EngineClient::ping()
{
    return d->doPing();
}

Result<VersionInfo> EngineClient::version()
{
    auto r = d->call("GET", "/version");
    if (!r)
        return r.error();
    auto o = parseObject(r->body);
    if (!o)
        return o.error();
    VersionInfo v;
    v.version = o->value(QStringLiteral("Version")).toString();
    v.apiVersion = o->value(QStringLiteral("ApiVersion")).toString();
    v.minApiVersion = o->value(QStringLiteral("MinAPIVersion")).toString();
    v.os = o->value(QStringLiteral("Os")).toString();
    v.arch = o->value(QStringLiteral("Arch")).toString();
    v.kernelVersion = o->value(QStringLiteral("KernelVersion")).toString();
    v.negotiatedApiVersion = d->apiVersion;
    if (v.version.isEmpty())
        return protocolError(tr("/version has no Version"));
    return v;
}

Result<QJsonObject> EngineClient::info()
{
    auto r = d->call("GET", "/info");
    if (!r)
        return r.error();
    return parseObject(r->body);
}

Result<QString> EngineClient::buildImage(const BuildOptions& options, const BodyProducer& produceBody,
                                         const MessageHandler& onMessage, const CancelFlag* cancel)
{
    Query q;
    for (const QString& tag : options.tags)
        q.add("t", tag);
    if (!options.dockerfile.isEmpty())
        q.add("dockerfile", options.dockerfile);
    const auto mapJson = [](const QMap<QString, QString>& map) {
        QJsonObject o;
        for (auto it = map.cbegin(); it != map.cend(); ++it)
            o.insert(it.key(), it.value());
        return QJsonDocument(o).toJson(QJsonDocument::Compact);
    };
    if (!options.labels.isEmpty())
        q.add("labels", mapJson(options.labels));
    if (!options.buildArgs.isEmpty())
        q.add("buildargs", mapJson(options.buildArgs));
    q.flag("rm", options.rm);
    q.flag("forcerm", options.forceRm);
    if (!options.networkMode.isEmpty())
        q.add("networkmode", options.networkMode);
    if (options.noCache)
        q.flag("nocache", true);
    if (options.pull)
        q.flag("pull", true);
    if (!options.platform.isEmpty())
        q.add("platform", options.platform);
    q.add("version", QStringLiteral("1")); // the classic builder: its output is the JSON stream

    JsonStreamReader reader;
    QString builtId;
    static const QRegularExpression successfullyBuilt(QStringLiteral("^Successfully built ([0-9a-f]+)"));
    const MessageHandler handler = [&](const JsonMessage& m) {
        if (!m.stream.isEmpty()) {
            const auto match = successfullyBuilt.match(m.stream);
            if (match.hasMatch())
                builtId = match.captured(1);
        }
        if (onMessage)
            onMessage(m);
    };
    auto r = d->messageStream("POST", "/build", q.str(), {}, &produceBody, reader, handler, cancel);
    if (!r)
        return r.error();
    if (reader.streamFailed())
        return makeError(DockerError::Kind::StreamError,
                         tr("The build failed: %1").arg(reader.streamError()));
    if (!reader.auxId().isEmpty())
        return reader.auxId();
    if (!builtId.isEmpty())
        return builtId;
    return protocolError(tr("the build finished without reporting an image ID"));
}

Result<QList<ImageSummary>> EngineClient::listImages(const ImageFilters& filters)
{
    QMap<QString, QStringList> f;
    if (!filters.references.isEmpty())
        f.insert(QStringLiteral("reference"), filters.references);
    if (!filters.labels.isEmpty())
        f.insert(QStringLiteral("label"), filters.labels);
    if (filters.dangling)
        f.insert(QStringLiteral("dangling"),
                 {*filters.dangling ? QStringLiteral("true") : QStringLiteral("false")});
    auto a = d->list("/images/json", filters.all, f);
    if (!a)
        return a.error();
    QList<ImageSummary> images;
    for (const QJsonValue& v : a.value()) {
        const QJsonObject o = v.toObject();
        ImageSummary s;
        s.id = o.value(QStringLiteral("Id")).toString();
        for (const QString& t : toStringList(o.value(QStringLiteral("RepoTags"))))
            if (t != QLatin1String("<none>:<none>"))
                s.repoTags << t;
        for (const QString& t : toStringList(o.value(QStringLiteral("RepoDigests"))))
            if (t != QLatin1String("<none>@<none>"))
                s.repoDigests << t;
        s.size = qint64(o.value(QStringLiteral("Size")).toDouble());
        s.created =
            QDateTime::fromSecsSinceEpoch(qint64(o.value(QStringLiteral("Created")).toDouble()), Qt::UTC);
        s.labels = toStringMap(o.value(QStringLiteral("Labels")));
        s.containers = o.value(QStringLiteral("Containers")).toInt(-1);
        images << s;
    }
    return images;
}

Result<QJsonObject> EngineClient::inspectImage(const QString& nameOrId)
{
    auto r = d->call("GET", "/images/" + encName(nameOrId) + "/json");
    if (!r)
        return r.error();
    return parseObject(r->body);
}

Result<QJsonObject> EngineClient::imageHistory(const QString& nameOrId)
{
    auto a = d->callArray("GET", "/images/" + encName(nameOrId) + "/history");
    if (!a)
        return a.error();
    return QJsonObject{{QStringLiteral("history"), a.value()}};
}

Result<RemovedImage> EngineClient::removeImage(const QString& nameOrId, bool force, bool noPrune)
{
    Query q;
    if (force)
        q.flag("force", true);
    if (noPrune)
        q.flag("noprune", true);
    auto a = d->callArray("DELETE", "/images/" + encName(nameOrId), q.str());
    if (!a)
        return a.error();
    RemovedImage removed;
    for (const QJsonValue& v : a.value()) {
        const QJsonObject o = v.toObject();
        if (o.contains(QStringLiteral("Untagged")))
            removed.untagged << o.value(QStringLiteral("Untagged")).toString();
        if (o.contains(QStringLiteral("Deleted")))
            removed.deleted << o.value(QStringLiteral("Deleted")).toString();
    }
    return removed;
}

Result<Done> EngineClient::tagImage(const QString& source, const QString& repository, const QString& tag)
{
    Query q;
    q.add("repo", repository);
    if (!tag.isEmpty())
        q.add("tag", tag);
    auto r = d->call("POST", "/images/" + encName(source) + "/tag", q.str());
    if (!r)
        return r.error();
    return Done{};
}

Result<QString> EngineClient::pushImage(const QString& repository, const QString& tag,
                                        const RegistryAuth& auth, const MessageHandler& onMessage,
                                        const CancelFlag* cancel)
{
    // Always one tag: without tag= the daemon pushes every local tag of the repository.
    const QString pushTag = tag.isEmpty() ? QStringLiteral("latest") : tag;
    Query q;
    q.add("tag", pushTag);
    JsonStreamReader reader;
    QString statusDigest;
    static const QRegularExpression digestLine(QStringLiteral("digest: (sha256:[0-9a-f]{64})"));
    const MessageHandler handler = [&](const JsonMessage& m) {
        if (!m.status.isEmpty()) {
            const auto match = digestLine.match(m.status);
            if (match.hasMatch())
                statusDigest = match.captured(1);
        }
        if (onMessage)
            onMessage(m);
    };
    auto r = d->messageStream("POST", "/images/" + encName(repository) + "/push", q.str(),
                              {{"X-Registry-Auth", auth.toHeaderValue()}}, nullptr, reader, handler, cancel);
    if (!r)
        return r.error();
    if (reader.streamFailed()) {
        const QString message = reader.streamError();
        const QString lower = message.toLower();
        if (lower.contains(QLatin1String("unauthorized")) ||
            lower.contains(QLatin1String("authentication required")) ||
            lower.contains(QLatin1String("no basic auth credentials")) ||
            lower.contains(QLatin1String("denied")))
            return makeError(DockerError::Kind::Unauthorized,
                             tr("The registry refused the push of %1:%2: %3. Log in to the registry (mcpdock "
                                "login) and try again.")
                                 .arg(repository, pushTag, message));
        return makeError(DockerError::Kind::StreamError,
                         tr("The push of %1:%2 failed: %3").arg(repository, pushTag, message));
    }
    if (!reader.auxDigest().isEmpty())
        return reader.auxDigest();
    if (!statusDigest.isEmpty())
        return statusDigest;
    return protocolError(tr("the push finished without reporting a digest"));
}

Result<PruneReport> EngineClient::pruneImages(bool danglingOnly, const QStringList& labelFilters)
{
    QMap<QString, QStringList> f;
    f.insert(QStringLiteral("dangling"), {danglingOnly ? QStringLiteral("true") : QStringLiteral("false")});
    if (!labelFilters.isEmpty())
        f.insert(QStringLiteral("label"), labelFilters);
    Query q;
    q.add("filters", filtersJson(f));
    auto r = d->call("POST", "/images/prune", q.str());
    if (!r)
        return r.error();
    auto o = parseObject(r->body);
    if (!o)
        return o.error();
    PruneReport report;
    for (const QJsonValue& v : o->value(QStringLiteral("ImagesDeleted")).toArray()) {
        const QJsonObject e = v.toObject();
        if (e.contains(QStringLiteral("Untagged")))
            report.untagged << e.value(QStringLiteral("Untagged")).toString();
        if (e.contains(QStringLiteral("Deleted")))
            report.deleted << e.value(QStringLiteral("Deleted")).toString();
    }
    report.spaceReclaimed = qint64(o->value(QStringLiteral("SpaceReclaimed")).toDouble());
    return report;
}

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

Result<AuthCheck> EngineClient::checkAuth(const RegistryAuth& auth)
{
    const QJsonObject body = auth.toJson();
    auto r = d->call("POST", "/auth", {}, &body, {}, false);
    if (!r)
        return r.error();
    // Daemons answer a failed login with 401, some older ones with 500 and the registry's words.
    const QString message = daemonMessage(r->body);
    const bool refused = r->status == 401 || r->status == 403 ||
                         (r->status == 500 &&
                          (message.contains(QLatin1String("unauthorized"), Qt::CaseInsensitive) ||
                           message.contains(QLatin1String("authentication required"), Qt::CaseInsensitive)));
    if (refused)
        return makeError(
            DockerError::Kind::Unauthorized,
            tr("The registry %1 refused the login: %2. Check the user name and password.")
                .arg(auth.serverAddress.isEmpty() ? QStringLiteral("Docker Hub") : auth.serverAddress,
                     message),
            r->status);
    if (r->status >= 400)
        return httpError(r->status, r->body, "POST", "/auth");
    auto o = parseObject(r->body);
    if (!o)
        return o.error();
    AuthCheck check;
    check.status = o->value(QStringLiteral("Status")).toString();
    check.identityToken = o->value(QStringLiteral("IdentityToken")).toString();
    return check;
}

} // namespace mcpdock::docker
