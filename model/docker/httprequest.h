#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>

#include <utility>

namespace mcpdock::docker {

// One HTTP/1.1 request as it goes on the wire: the head, then either a Content-Length body or a
// chunked body written piece by piece (chunk()), ended by lastChunk().
class HttpRequest
{
public:
    HttpRequest(QByteArray method, QByteArray target)
        : m_method(std::move(method))
        , m_target(std::move(target))
    {}

    // Header values must not carry CR or LF (no header injection): such a header is dropped.
    HttpRequest& setHeader(const QByteArray& name, const QByteArray& value);
    HttpRequest& setBody(const QByteArray& body, const QByteArray& contentType);
    HttpRequest& setChunked(const QByteArray& contentType); // the body follows as chunk() pieces

    const QByteArray& method() const { return m_method; }
    const QByteArray& target() const { return m_target; }
    const QByteArray& body() const { return m_body; }
    bool isChunked() const { return m_chunked; }

    // Request line and headers up to the blank line, with Host and User-Agent; the body follows.
    QByteArray head(const QByteArray& host) const;

    static QByteArray chunkHeader(qint64 size); // "<hex>\r\n"
    static QByteArray lastChunk() { return QByteArrayLiteral("0\r\n\r\n"); }

private:
    QByteArray m_method;
    QByteArray m_target;
    QList<QPair<QByteArray, QByteArray>> m_headers;
    QByteArray m_body;
    bool m_hasBody = false;
    bool m_chunked = false;
};

} // namespace mcpdock::docker
