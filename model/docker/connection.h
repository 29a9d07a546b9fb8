#pragma once

#include "dockererror.h"
#include "endpoint.h"
#include "expected.h"

#include <QByteArray>
#include <QString>

#include <atomic>
#include <memory>

class QIODevice;

namespace mcpdock::docker {

// One byte stream to the daemon: a unix socket (QLocalSocket), TCP (QTcpSocket), TLS (QSslSocket)
// or `ssh host docker system dial-stdio` (QProcess). Blocking, for worker threads without an event
// loop: every wait runs in slices of at most 100 ms so a cancel flag is seen within a second.
class Connection
{
public:
    static constexpr int SliceMs = 100;

    static Expected<std::unique_ptr<Connection>, DockerError>
    open(const Endpoint& endpoint, int connectTimeoutMs, const std::atomic_bool* cancel = nullptr);
    ~Connection();
    Connection(const Connection&) = delete;
    Connection& operator=(const Connection&) = delete;

    // Queues the bytes and waits while more than a bounded backlog is unsent. False on failure
    // (error()) or cancel.
    bool write(const char* data, qint64 size, const std::atomic_bool* cancel = nullptr);
    bool write(const QByteArray& data, const std::atomic_bool* cancel = nullptr)
    {
        return write(data.constData(), data.size(), cancel);
    }
    // Waits until everything queued has gone out.
    bool flush(const std::atomic_bool* cancel = nullptr);
    // Waits up to timeoutMs (-1: no limit) for bytes. Returns the count read, 0 on timeout, -1 at the
    // end of the stream (atEnd()) or on failure/cancel (error()).
    qint64 read(char* buffer, qint64 maxSize, int timeoutMs, const std::atomic_bool* cancel = nullptr);
    // Reads what is already there without waiting.
    qint64 readAvailable(char* buffer, qint64 maxSize);
    // Half-close: the daemon sees EOF on what we send, we keep reading.
    void shutdownWrite();

    bool atEnd() const { return m_atEnd; }
    bool isOpen() const;
    DockerError error() const { return m_error; }
    const Endpoint& endpoint() const { return m_endpoint; }

    // The sentence for a connection that broke while a request was under way.
    static DockerError lostError(const Endpoint& endpoint, const QString& detail);
    static DockerError cancelledError();

private:
    explicit Connection(const Endpoint& endpoint);
    bool connectUnix(int timeoutMs, const std::atomic_bool* cancel);
    bool connectTcp(int timeoutMs, const std::atomic_bool* cancel);
    bool connectSsh(int timeoutMs, const std::atomic_bool* cancel);
    bool connected() const;
    QString deviceError() const;
    void setLost();
    qintptr descriptor() const;

    Endpoint m_endpoint;
    std::unique_ptr<QIODevice> m_device;
    DockerError m_error;
    bool m_atEnd = false;
    bool m_receivedAny = false;
};

} // namespace mcpdock::docker
