// The Engine client's own pieces, shared by its source files (engineclient.cpp: connections,
// the request machinery, system calls; engineimages.cpp: build, images, push, prune;
// enginecontainers.cpp: containers and attach). Not for use outside model/docker/.
#pragma once

#include "apiversion.h"
#include "connection.h"
#include "engineclient.h"
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
namespace detail {

inline constexpr int ShortCallIdleTimeoutMs = 5 * 60 * 1000; // no byte for this long: the daemon is stuck
inline constexpr qint64 MaxShortBodyBytes = 256 * 1024 * 1024;
inline constexpr qint64 MaxErrorBodyBytes = 1024 * 1024;
inline constexpr qint64 ReadBufferBytes = 64 * 1024;

inline QString tr(const char* text)
{
    return QCoreApplication::translate("EngineClient", text);
}

inline DockerError makeError(DockerError::Kind kind, const QString& message, int status = 0)
{
    return DockerError{kind, message, status};
}

inline bool isCancelled(const CancelFlag* cancel)
{
    return cancel && cancel->load(std::memory_order_relaxed);
}

// Percent-encodes one query value or path segment; image references keep their '/' and ':'.
inline QByteArray enc(const QString& s)
{
    return QUrl::toPercentEncoding(s);
}
inline QByteArray encName(const QString& s)
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
inline QByteArray filtersJson(const QMap<QString, QStringList>& filters)
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

inline QString daemonMessage(const QByteArray& body)
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

inline DockerError httpError(int status, const QByteArray& body, const QByteArray& method,
                             const QByteArray& target)
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

inline DockerError protocolError(const QString& detail)
{
    return makeError(DockerError::Kind::Protocol,
                     tr("Docker sent a response mcpdock cannot read (%1). Check that DOCKER_HOST points at a "
                        "Docker daemon, or report this with the daemon's version.")
                         .arg(detail));
}

inline Result<QJsonObject> parseObject(const QByteArray& body)
{
    QJsonParseError e;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &e);
    if (!doc.isObject())
        return protocolError(tr("expected a JSON object: %1").arg(e.errorString()));
    return doc.object();
}

inline Result<QJsonArray> parseArray(const QByteArray& body)
{
    QJsonParseError e;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &e);
    if (!doc.isArray())
        return protocolError(tr("expected a JSON array: %1").arg(e.errorString()));
    return doc.array();
}

inline QStringList toStringList(const QJsonValue& v)
{
    QStringList out;
    for (const QJsonValue& item : v.toArray())
        out << item.toString();
    return out;
}

inline QMap<QString, QString> toStringMap(const QJsonValue& v)
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

} // namespace detail

// Only the engine client's three source files include this header.
using namespace detail;

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

} // namespace mcpdock::docker
