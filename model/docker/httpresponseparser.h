#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QPair>
#include <QString>

namespace mcpdock::docker {

// Incremental HTTP/1.1 response parser, fed whatever byte slices the socket gives. Strict and
// bounded: a malformed or oversized response ends in an error state, never in a crash, an
// unbounded buffer or a wait for bytes that cannot come. Handles Content-Length, chunked (with
// extensions and trailers), read-to-close bodies, interim 1xx responses and 101 upgrades.
class HttpResponseParser
{
public:
    static constexpr qsizetype DefaultMaxHeaderBytes = 64 * 1024;
    static constexpr qsizetype MaxChunkLineBytes = 4096;

    enum class State
    {
        StatusLine,
        Headers,
        Body, // Content-Length or read-to-close body
        ChunkSize,
        ChunkData,
        ChunkDataEnd, // the CRLF after a chunk's data
        Trailers,
        Complete,
        Error,
    };

    explicit HttpResponseParser(qsizetype maxHeaderBytes = DefaultMaxHeaderBytes);

    // Forget everything: ready for the next response on a kept-alive connection.
    void reset();
    // A response without a body is expected (HEAD).
    void setHeadRequest(bool head) { m_head = head; }
    // Hijacked connection (attach): a 101 or 2xx response completes at the end of its headers and
    // every byte after that belongs to the raw stream, not to an HTTP body.
    void setStopAfterHeaders(bool stop) { m_stopAfterHeaders = stop; }

    // Consumes bytes and appends decoded body bytes to *body (which may be null to drop them).
    // Returns how many bytes were consumed: fewer than size only when the response completed (the
    // rest belongs to what follows it) or an error occurred.
    qsizetype feed(const char* data, qsizetype size, QByteArray* body);
    qsizetype feed(QByteArrayView data, QByteArray* body) { return feed(data.data(), data.size(), body); }
    // The peer closed the connection: completes a read-to-close body, anything else unfinished is
    // an error (truncated() tells the two apart for messages).
    void finish();

    State state() const { return m_state; }
    bool headersComplete() const { return m_headersDone; }
    bool isComplete() const { return m_state == State::Complete; }
    bool hasError() const { return m_state == State::Error; }
    bool truncated() const { return m_truncated; } // the error is a connection closed too early
    QString errorString() const { return m_error; }

    int statusCode() const { return m_status; }
    QByteArray reasonPhrase() const { return m_reason; }
    int httpMinorVersion() const { return m_minor; }
    // First value of a header, case-insensitive name; null when absent.
    QByteArray header(QByteArrayView name) const;
    const QList<QPair<QByteArray, QByteArray>>& headers() const { return m_headers; }

    bool isChunked() const { return m_chunked; }
    qint64 contentLength() const { return m_contentLength; } // -1 when not given
    bool isUpgrade() const { return m_status == 101; }
    // The connection can carry another request after this response.
    bool keepAlive() const;

private:
    bool fail(const QString& why);
    // Collects one CRLF-terminated line; returns true when *line is complete.
    bool takeLine(const char* data, qsizetype size, qsizetype& i, qsizetype limit, const char* what);
    bool parseStatusLine(const QByteArray& line);
    bool parseHeaderLine(const QByteArray& line);
    bool endOfHeaders();
    bool parseChunkSize(const QByteArray& line);

    qsizetype m_maxHeaderBytes;
    State m_state = State::StatusLine;
    QByteArray m_line;
    qsizetype m_headerBytes = 0;
    bool m_headersDone = false;
    bool m_head = false;
    bool m_stopAfterHeaders = false;
    bool m_truncated = false;
    bool m_tooLong = false;
    bool m_chunked = false;
    bool m_readToClose = false;
    bool m_connectionClose = false;
    bool m_connectionKeepAlive = false;
    int m_status = 0;
    int m_minor = 1;
    QByteArray m_reason;
    QList<QPair<QByteArray, QByteArray>> m_headers;
    qint64 m_contentLength = -1;
    qint64 m_remaining = 0; // of the Content-Length body or of the current chunk
    int m_chunkEndSeen = 0;
    QString m_error;
};

} // namespace mcpdock::docker
