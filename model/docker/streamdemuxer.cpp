#include "streamdemuxer.h"

#include <QCoreApplication>

namespace mcpdock::docker {

bool StreamDemuxer::feed(const char* data, qsizetype size, QByteArray* out, QByteArray* err)
{
    if (hasError())
        return false;
    qsizetype i = 0;
    while (i < size) {
        if (m_remaining == 0) {
            while (m_headerFill < 8 && i < size)
                m_header[m_headerFill++] = data[i++];
            if (m_headerFill < 8)
                break;
            m_headerFill = 0;
            const auto* h = reinterpret_cast<const unsigned char*>(m_header);
            m_stream = h[0];
            m_remaining =
                (quint32(h[4]) << 24) | (quint32(h[5]) << 16) | (quint32(h[6]) << 8) | quint32(h[7]);
            // 0 stdin (echoed), 1 stdout, 2 stderr, 3 the daemon's own error (newer engines).
            if (m_stream > 3 || h[1] != 0 || h[2] != 0 || h[3] != 0 || m_remaining > MaxFrameBytes) {
                m_error = QCoreApplication::translate(
                    "StreamDemuxer", "the Docker daemon sent a malformed output frame header");
                return false;
            }
            continue;
        }
        const qsizetype n = qMin<qsizetype>(size - i, m_remaining);
        QByteArray* target = m_stream == 2 || m_stream == 3 ? err : out;
        if (target)
            target->append(data + i, n);
        i += n;
        m_remaining -= quint32(n);
    }
    return true;
}

} // namespace mcpdock::docker
