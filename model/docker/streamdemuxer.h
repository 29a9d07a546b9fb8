#pragma once

#include <QByteArray>
#include <QString>

namespace mcpdock::docker {

// Decodes the Engine's multiplexed stdout/stderr stream (logs and attach without a TTY): frames of
// an 8-byte header [stream, 0, 0, 0, size as big-endian uint32] followed by size bytes.
class StreamDemuxer
{
public:
    static constexpr quint32 MaxFrameBytes = 64 * 1024 * 1024;

    // Appends stdout frames to *out and stderr frames to *err. Returns false on a malformed header.
    bool feed(const char* data, qsizetype size, QByteArray* out, QByteArray* err);
    bool feed(const QByteArray& data, QByteArray* out, QByteArray* err)
    {
        return feed(data.constData(), data.size(), out, err);
    }
    // True when the stream stopped between frames.
    bool atFrameBoundary() const { return m_headerFill == 0 && m_remaining == 0; }
    bool hasError() const { return !m_error.isEmpty(); }
    QString errorString() const { return m_error; }

private:
    char m_header[8] = {};
    int m_headerFill = 0;
    quint32 m_remaining = 0;
    int m_stream = 0;
    QString m_error;
};

} // namespace mcpdock::docker
