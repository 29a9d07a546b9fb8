#include "httprequest.h"

namespace mcpdock::docker {
namespace {

bool safe(const QByteArray& s)
{
    return !s.contains('\r') && !s.contains('\n') && !s.contains('\0');
}

} // namespace

HttpRequest& HttpRequest::setHeader(const QByteArray& name, const QByteArray& value)
{
    if (!safe(name) || !safe(value) || name.contains(':') || name.isEmpty())
        return *this;
    for (auto& h : m_headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0) {
            h.second = value;
            return *this;
        }
    }
    m_headers.append({name, value});
    return *this;
}

HttpRequest& HttpRequest::setBody(const QByteArray& body, const QByteArray& contentType)
{
    m_body = body;
    m_hasBody = true;
    m_chunked = false;
    if (!contentType.isEmpty())
        setHeader("Content-Type", contentType);
    return *this;
}

HttpRequest& HttpRequest::setChunked(const QByteArray& contentType)
{
    m_body.clear();
    m_hasBody = true;
    m_chunked = true;
    if (!contentType.isEmpty())
        setHeader("Content-Type", contentType);
    return *this;
}

QByteArray HttpRequest::head(const QByteArray& host) const
{
    QByteArray out;
    out.reserve(256);
    out += m_method + ' ' + m_target + " HTTP/1.1\r\nHost: " + host +
           "\r\nUser-Agent: mcpdock/" MCPDOCK_VERSION "\r\n";
    for (const auto& [name, value] : m_headers)
        out += name + ": " + value + "\r\n";
    if (m_chunked)
        out += "Transfer-Encoding: chunked\r\n";
    else if (m_hasBody || m_method == "POST" || m_method == "PUT")
        out += "Content-Length: " + QByteArray::number(m_body.size()) + "\r\n";
    out += "\r\n";
    return out;
}

QByteArray HttpRequest::chunkHeader(qint64 size)
{
    return QByteArray::number(size, 16) + "\r\n";
}

} // namespace mcpdock::docker
