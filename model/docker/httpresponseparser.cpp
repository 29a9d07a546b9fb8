#include "httpresponseparser.h"

#include <QCoreApplication>

#include <cstring>

namespace mcpdock::docker {
namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("HttpResponseParser", text);
}

bool isTokenChar(char c)
{
    // RFC 9110 tchar
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))
        return true;
    return std::strchr("!#$%&'*+-.^_`|~", c) != nullptr && c != '\0';
}

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

QByteArray trimmedOws(const QByteArray& value)
{
    qsizetype b = 0;
    qsizetype e = value.size();
    while (b < e && (value[b] == ' ' || value[b] == '\t'))
        ++b;
    while (e > b && (value[e - 1] == ' ' || value[e - 1] == '\t'))
        --e;
    return value.mid(b, e - b);
}

} // namespace

HttpResponseParser::HttpResponseParser(qsizetype maxHeaderBytes)
    : m_maxHeaderBytes(maxHeaderBytes)
{}

void HttpResponseParser::reset()
{
    const qsizetype maxHeader = m_maxHeaderBytes;
    const bool head = m_head;
    const bool stop = m_stopAfterHeaders;
    *this = HttpResponseParser(maxHeader);
    m_head = head;
    m_stopAfterHeaders = stop;
}

bool HttpResponseParser::fail(const QString& why)
{
    m_state = State::Error;
    m_error = why;
    return false;
}

QByteArray HttpResponseParser::header(QByteArrayView name) const
{
    for (const auto& h : m_headers)
        if (QByteArrayView(h.first).compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    return {};
}

bool HttpResponseParser::keepAlive() const
{
    if (m_state != State::Complete || m_readToClose || isUpgrade() || m_stopAfterHeaders)
        return false;
    if (m_minor == 0)
        return m_connectionKeepAlive;
    return !m_connectionClose;
}

bool HttpResponseParser::takeLine(const char* data, qsizetype size, qsizetype& i, qsizetype limit,
                                  const char* what)
{
    const char* nl = static_cast<const char*>(std::memchr(data + i, '\n', size_t(size - i)));
    const qsizetype end = nl ? (nl - data) + 1 : size;
    const qsizetype count = end - i;
    if (m_line.size() + count > limit) {
        m_tooLong = true;
        fail(tr("the %1 is longer than %2 bytes").arg(QString::fromLatin1(what)).arg(limit));
        return false;
    }
    m_line.append(data + i, count);
    i = end;
    if (!nl)
        return false;
    // Strict: every line ends in CRLF, and a bare CR inside a line is not allowed.
    if (m_line.size() < 2 || m_line[m_line.size() - 2] != '\r') {
        fail(tr("a %1 does not end in CRLF").arg(QString::fromLatin1(what)));
        return false;
    }
    m_line.chop(2);
    if (m_line.contains('\r')) {
        fail(tr("a %1 contains a bare CR").arg(QString::fromLatin1(what)));
        return false;
    }
    return true;
}

bool HttpResponseParser::parseStatusLine(const QByteArray& line)
{
    // HTTP/1.x SP 3DIGIT [SP reason]
    if (line.size() < 12 || !line.startsWith("HTTP/1.") || line[8] != ' ')
        return fail(tr("bad status line \"%1\"").arg(QString::fromLatin1(line.left(80))));
    if (line[7] != '0' && line[7] != '1')
        return fail(tr("unsupported HTTP version in \"%1\"").arg(QString::fromLatin1(line.left(80))));
    m_minor = line[7] - '0';
    int status = 0;
    for (int k = 9; k < 12; ++k) {
        if (line[k] < '0' || line[k] > '9')
            return fail(tr("bad status code in \"%1\"").arg(QString::fromLatin1(line.left(80))));
        status = status * 10 + (line[k] - '0');
    }
    if (status < 100)
        return fail(tr("bad status code %1").arg(status));
    if (line.size() > 12 && line[12] != ' ')
        return fail(tr("bad status line \"%1\"").arg(QString::fromLatin1(line.left(80))));
    m_status = status;
    m_reason = line.size() > 13 ? line.mid(13) : QByteArray();
    return true;
}

bool HttpResponseParser::parseHeaderLine(const QByteArray& line)
{
    if (line.startsWith(' ') || line.startsWith('\t'))
        return fail(tr("folded header lines are not allowed"));
    const qsizetype colon = line.indexOf(':');
    if (colon <= 0)
        return fail(tr("bad header line \"%1\"").arg(QString::fromLatin1(line.left(80))));
    for (qsizetype k = 0; k < colon; ++k)
        if (!isTokenChar(line[k]))
            return fail(tr("bad header name \"%1\"").arg(QString::fromLatin1(line.left(colon).left(80))));
    const QByteArray name = line.left(colon);
    const QByteArray value = trimmedOws(line.mid(colon + 1));
    for (char c : value)
        if ((static_cast<unsigned char>(c) < 0x20 && c != '\t') || c == 0x7f)
            return fail(tr("control character in header \"%1\"").arg(QString::fromLatin1(name)));
    m_headers.append({name, value});
    return true;
}

bool HttpResponseParser::endOfHeaders()
{
    // Interim responses (100 Continue) are followed by the real one.
    if (m_status >= 100 && m_status < 200 && m_status != 101) {
        m_headers.clear();
        m_state = State::StatusLine;
        return true;
    }
    m_headersDone = true;
    qint64 length = -1;
    bool hasTransferEncoding = false;
    for (const auto& [name, value] : std::as_const(m_headers)) {
        if (name.compare("Content-Length", Qt::CaseInsensitive) == 0) {
            if (value.isEmpty() || value.size() > 18)
                return fail(tr("bad Content-Length \"%1\"").arg(QString::fromLatin1(value.left(40))));
            qint64 v = 0;
            for (char c : value) {
                if (c < '0' || c > '9')
                    return fail(tr("bad Content-Length \"%1\"").arg(QString::fromLatin1(value.left(40))));
                v = v * 10 + (c - '0');
            }
            if (length >= 0 && length != v)
                return fail(tr("conflicting Content-Length headers"));
            length = v;
        } else if (name.compare("Transfer-Encoding", Qt::CaseInsensitive) == 0) {
            hasTransferEncoding = true;
            const QList<QByteArray> codings = value.split(',');
            const QByteArray last = trimmedOws(codings.last()).toLower();
            if (last != "chunked" || codings.size() > 1)
                return fail(
                    tr("unsupported Transfer-Encoding \"%1\"").arg(QString::fromLatin1(value.left(40))));
            m_chunked = true;
        } else if (name.compare("Connection", Qt::CaseInsensitive) == 0) {
            for (const QByteArray& token : value.split(',')) {
                const QByteArray t = trimmedOws(token).toLower();
                if (t == "close")
                    m_connectionClose = true;
                else if (t == "keep-alive")
                    m_connectionKeepAlive = true;
            }
        }
    }
    // Transfer-Encoding overrides Content-Length (RFC 9112 6.3).
    m_contentLength = hasTransferEncoding ? -1 : length;

    const bool success = m_status == 101 || (m_status >= 200 && m_status < 300);
    if (m_status == 101 || (m_stopAfterHeaders && success)) {
        m_state = State::Complete;
        return true;
    }
    if (m_head || m_status == 204 || m_status == 304) {
        m_state = State::Complete;
        return true;
    }
    if (m_chunked) {
        m_state = State::ChunkSize;
    } else if (m_contentLength >= 0) {
        m_remaining = m_contentLength;
        m_state = m_remaining == 0 ? State::Complete : State::Body;
    } else {
        m_readToClose = true;
        m_state = State::Body;
    }
    return true;
}

bool HttpResponseParser::parseChunkSize(const QByteArray& line)
{
    // chunk-size [ chunk-ext ]; the extensions carry nothing we use.
    qsizetype k = 0;
    qint64 size = 0;
    int digits = 0;
    while (k < line.size() && hexValue(line[k]) >= 0) {
        if (++digits > 15)
            return fail(tr("chunk size \"%1\" is too large").arg(QString::fromLatin1(line.left(40))));
        size = size * 16 + hexValue(line[k]);
        ++k;
    }
    if (digits == 0)
        return fail(tr("bad chunk size \"%1\"").arg(QString::fromLatin1(line.left(40))));
    while (k < line.size() && (line[k] == ' ' || line[k] == '\t'))
        ++k;
    if (k < line.size() && line[k] != ';')
        return fail(tr("bad chunk size \"%1\"").arg(QString::fromLatin1(line.left(40))));
    m_remaining = size;
    m_state = size == 0 ? State::Trailers : State::ChunkData;
    return true;
}

qsizetype HttpResponseParser::feed(const char* data, qsizetype size, QByteArray* body)
{
    qsizetype i = 0;
    while (i < size) {
        switch (m_state) {
        case State::Complete:
        case State::Error:
            return i;
        case State::StatusLine:
        case State::Headers: {
            const qsizetype before = i;
            const bool done = takeLine(data, size, i, m_maxHeaderBytes - m_headerBytes + m_line.size(),
                                       m_state == State::StatusLine ? "status line" : "header section");
            m_headerBytes += i - before;
            if (m_state == State::Error) {
                if (m_tooLong)
                    m_error = tr("the response headers are larger than %1 bytes").arg(m_maxHeaderBytes);
                return i;
            }
            if (!done)
                break;
            const QByteArray line = m_line;
            m_line.clear();
            if (m_state == State::StatusLine) {
                if (!parseStatusLine(line))
                    return i;
                m_state = State::Headers;
            } else if (line.isEmpty()) {
                if (!endOfHeaders())
                    return i;
            } else if (!parseHeaderLine(line)) {
                return i;
            }
            break;
        }
        case State::Body: {
            qsizetype n = size - i;
            if (!m_readToClose && n > m_remaining)
                n = qsizetype(m_remaining);
            if (body)
                body->append(data + i, n);
            i += n;
            if (!m_readToClose) {
                m_remaining -= n;
                if (m_remaining == 0)
                    m_state = State::Complete;
            }
            break;
        }
        case State::ChunkSize: {
            if (!takeLine(data, size, i, MaxChunkLineBytes, "chunk size line"))
                break;
            const QByteArray line = m_line;
            m_line.clear();
            if (!parseChunkSize(line))
                return i;
            break;
        }
        case State::ChunkData: {
            qsizetype n = size - i;
            if (n > m_remaining)
                n = qsizetype(m_remaining);
            if (body)
                body->append(data + i, n);
            i += n;
            m_remaining -= n;
            if (m_remaining == 0) {
                m_state = State::ChunkDataEnd;
                m_chunkEndSeen = 0;
            }
            break;
        }
        case State::ChunkDataEnd: {
            const char expected = m_chunkEndSeen == 0 ? '\r' : '\n';
            if (data[i] != expected) {
                fail(tr("chunk data is longer than its size says"));
                return i;
            }
            ++i;
            if (++m_chunkEndSeen == 2)
                m_state = State::ChunkSize;
            break;
        }
        case State::Trailers: {
            const qsizetype before = i;
            const bool done =
                takeLine(data, size, i, m_maxHeaderBytes - m_headerBytes + m_line.size(), "trailer");
            m_headerBytes += i - before;
            if (m_state == State::Error) {
                if (m_tooLong)
                    m_error = tr("the response trailers are larger than %1 bytes").arg(m_maxHeaderBytes);
                return i;
            }
            if (!done)
                break;
            const QByteArray line = m_line;
            m_line.clear();
            if (line.isEmpty()) {
                m_state = State::Complete;
            } else if (line.indexOf(':') <= 0) {
                fail(tr("bad trailer line \"%1\"").arg(QString::fromLatin1(line.left(80))));
                return i;
            }
            break;
        }
        }
    }
    return i;
}

void HttpResponseParser::finish()
{
    if (m_state == State::Complete || m_state == State::Error)
        return;
    if (m_state == State::Body && m_readToClose) {
        m_state = State::Complete;
        return;
    }
    m_truncated = true;
    if (m_state == State::StatusLine && m_line.isEmpty() && m_headerBytes == 0)
        fail(tr("the connection closed before a response arrived"));
    else if (!m_headersDone)
        fail(tr("the connection closed in the middle of the response headers"));
    else
        fail(tr("the connection closed in the middle of the response body"));
}

} // namespace mcpdock::docker
