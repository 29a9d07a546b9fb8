#include "connection.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QLocalSocket>
#include <QProcess>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslSocket>
#include <QTcpSocket>

#include <sys/socket.h>

namespace mcpdock::docker {
namespace {

constexpr qint64 WriteBacklogBytes = 256 * 1024;

QString tr(const char* text)
{
    return QCoreApplication::translate("DockerConnection", text);
}

bool isCancelled(const std::atomic_bool* cancel)
{
    return cancel && cancel->load(std::memory_order_relaxed);
}

enum class WaitOutcome
{
    Done,
    Cancelled,
    TimedOut
};

// Waits in slices (each slice a blocking wait of at most Connection::SliceMs) until done() holds,
// checking the cancel flag between slices and giving up after timeoutMs.
template <typename DoneFn, typename SliceFn>
WaitOutcome waitSliced(DoneFn done, SliceFn slice, int timeoutMs, const std::atomic_bool* cancel)
{
    QElapsedTimer timer;
    timer.start();
    while (!done()) {
        if (isCancelled(cancel))
            return WaitOutcome::Cancelled;
        if (timer.elapsed() >= timeoutMs)
            return WaitOutcome::TimedOut;
        slice();
    }
    return WaitOutcome::Done;
}

// "from DOCKER_HOST=...", or that the default was used because nothing was set.
QString originPhrase(const Endpoint& ep)
{
    if (ep.origin.isEmpty() || ep.origin == QLatin1String("default"))
        return tr("the default; DOCKER_HOST is not set");
    return tr("from %1").arg(ep.origin);
}

DockerError makeError(DockerError::Kind kind, const QString& message)
{
    return DockerError{kind, message, 0};
}

} // namespace

Connection::Connection(const Endpoint& endpoint)
    : m_endpoint(endpoint)
{}

Connection::~Connection()
{
    if (auto* process = qobject_cast<QProcess*>(m_device.get())) {
        process->closeWriteChannel();
        if (!process->waitForFinished(200)) {
            process->terminate();
            if (!process->waitForFinished(500))
                process->kill();
            process->waitForFinished(500);
        }
    } else if (m_device) {
        m_device->close();
    }
}

DockerError Connection::lostError(const Endpoint& endpoint, const QString& detail)
{
    return makeError(DockerError::Kind::ConnectionLost,
                     tr("The connection to Docker was lost (%1, %2). Check that the daemon is still "
                        "running and try again.")
                         .arg(endpoint.displayAddress(), detail));
}

DockerError Connection::cancelledError()
{
    return makeError(DockerError::Kind::Cancelled, tr("Cancelled: the request to Docker was stopped."));
}

Expected<std::unique_ptr<Connection>, DockerError>
Connection::open(const Endpoint& endpoint, int connectTimeoutMs, const std::atomic_bool* cancel)
{
    std::unique_ptr<Connection> c(new Connection(endpoint));
    bool ok = false;
    switch (endpoint.kind) {
    case Endpoint::Kind::Unix:
        ok = c->connectUnix(connectTimeoutMs, cancel);
        break;
    case Endpoint::Kind::Tcp:
        ok = c->connectTcp(connectTimeoutMs, cancel);
        break;
    case Endpoint::Kind::Ssh:
        ok = c->connectSsh(connectTimeoutMs, cancel);
        break;
    }
    if (!ok)
        return c->m_error;
    return c;
}

bool Connection::connectUnix(int timeoutMs, const std::atomic_bool* cancel)
{
    auto* socket = new QLocalSocket;
    m_device.reset(socket);
    const QString path = m_endpoint.socketPath;
    socket->connectToServer(path);
    const WaitOutcome waited =
        waitSliced([socket] { return socket->state() != QLocalSocket::ConnectingState; },
                   [socket] { socket->waitForConnected(SliceMs); }, timeoutMs, cancel);
    if (waited == WaitOutcome::Cancelled) {
        m_error = cancelledError();
        return false;
    }
    if (socket->state() == QLocalSocket::ConnectedState)
        return true;

    switch (socket->error()) {
    case QLocalSocket::SocketAccessError:
        m_error = makeError(DockerError::Kind::PermissionDenied,
                            tr("Permission denied on %1 (%2): add your user to the docker group "
                               "(sudo usermod -aG docker $USER) and log in again.")
                                .arg(path, originPhrase(m_endpoint)));
        break;
    case QLocalSocket::ConnectionRefusedError:
        m_error =
            makeError(DockerError::Kind::ConnectionRefused,
                      tr("Docker is not running: the socket %1 (%2) exists but no daemon answers on it. "
                         "Start Docker (sudo systemctl start docker) or set DOCKER_HOST.")
                          .arg(path, originPhrase(m_endpoint)));
        break;
    case QLocalSocket::ServerNotFoundError:
        if (QFileInfo::exists(path) && !QFileInfo(path).isDir())
            m_error =
                makeError(DockerError::Kind::ConnectionRefused,
                          tr("Docker is not running: %1 (%2) exists but is not a socket a daemon listens "
                             "on. Start Docker or set DOCKER_HOST.")
                              .arg(path, originPhrase(m_endpoint)));
        else
            m_error =
                makeError(DockerError::Kind::DaemonNotRunning,
                          tr("Docker is not running: no socket at %1 (%2). Start Docker or set DOCKER_HOST.")
                              .arg(path, originPhrase(m_endpoint)));
        break;
    case QLocalSocket::SocketTimeoutError:
    case QLocalSocket::UnknownSocketError:
        if (socket->state() == QLocalSocket::ConnectingState || waited == WaitOutcome::TimedOut) {
            m_error = makeError(DockerError::Kind::Timeout,
                                tr("Docker did not accept a connection on %1 (%2) within %3 seconds. "
                                   "Check that the daemon is healthy, or restart it.")
                                    .arg(path, originPhrase(m_endpoint))
                                    .arg(timeoutMs / 1000.0));
            break;
        }
        [[fallthrough]];
    default:
        m_error = makeError(DockerError::Kind::DaemonNotRunning,
                            tr("Cannot connect to Docker at %1 (%2): %3. Start Docker or set DOCKER_HOST.")
                                .arg(path, originPhrase(m_endpoint), socket->errorString()));
        break;
    }
    return false;
}

bool Connection::connectTcp(int timeoutMs, const std::atomic_bool* cancel)
{
    const QString address = m_endpoint.displayAddress();
    QSslSocket* ssl = nullptr;
    QTcpSocket* socket = nullptr;
    if (m_endpoint.tls) {
        ssl = new QSslSocket;
        socket = ssl;
        m_device.reset(ssl);
        QSslConfiguration config = QSslConfiguration::defaultConfiguration();
        const QString dir = m_endpoint.certPath;
        const QString caPath = dir + QStringLiteral("/ca.pem");
        const QString certPath = dir + QStringLiteral("/cert.pem");
        const QString keyPath = dir + QStringLiteral("/key.pem");
        const auto configFail = [&](const QString& why) {
            m_error =
                makeError(DockerError::Kind::Config,
                          tr("Cannot use TLS for Docker at %1 (%2): %3. Point DOCKER_CERT_PATH at a folder "
                             "with ca.pem, cert.pem and key.pem.")
                              .arg(address, originPhrase(m_endpoint), why));
            return false;
        };
        if (m_endpoint.tlsVerify) {
            if (!QFileInfo::exists(caPath))
                return configFail(tr("%1 is missing").arg(caPath));
            const QList<QSslCertificate> cas = QSslCertificate::fromPath(caPath, QSsl::Pem);
            if (cas.isEmpty())
                return configFail(tr("%1 holds no PEM certificate").arg(caPath));
            config.setCaCertificates(cas);
            config.setPeerVerifyMode(QSslSocket::VerifyPeer);
        } else {
            config.setPeerVerifyMode(QSslSocket::VerifyNone);
        }
        const bool haveCert = QFileInfo::exists(certPath);
        const bool haveKey = QFileInfo::exists(keyPath);
        if (haveCert != haveKey)
            return configFail(tr("%1 needs both cert.pem and key.pem").arg(dir));
        if (haveCert) {
            const QList<QSslCertificate> certs = QSslCertificate::fromPath(certPath, QSsl::Pem);
            if (certs.isEmpty())
                return configFail(tr("%1 holds no PEM certificate").arg(certPath));
            QFile keyFile(keyPath);
            if (!keyFile.open(QIODevice::ReadOnly))
                return configFail(tr("%1 cannot be read (%2)").arg(keyPath, keyFile.errorString()));
            const QByteArray keyPem = keyFile.readAll();
            QSslKey key(keyPem, QSsl::Rsa, QSsl::Pem, QSsl::PrivateKey);
            if (key.isNull())
                key = QSslKey(keyPem, QSsl::Ec, QSsl::Pem, QSsl::PrivateKey);
            if (key.isNull())
                return configFail(tr("%1 holds no RSA or EC private key").arg(keyPath));
            config.setLocalCertificate(certs.first());
            if (certs.size() > 1)
                config.setLocalCertificateChain(certs);
            config.setPrivateKey(key);
        }
        ssl->setSslConfiguration(config);
        ssl->connectToHostEncrypted(m_endpoint.host, m_endpoint.port);
    } else {
        socket = new QTcpSocket;
        m_device.reset(socket);
        socket->connectToHost(m_endpoint.host, m_endpoint.port);
    }

    const auto done = [&] {
        if (ssl)
            return ssl->isEncrypted() || socket->state() == QAbstractSocket::UnconnectedState;
        return socket->state() == QAbstractSocket::ConnectedState ||
               socket->state() == QAbstractSocket::UnconnectedState;
    };
    const auto slice = [&] {
        if (ssl && socket->state() == QAbstractSocket::ConnectedState)
            ssl->waitForEncrypted(SliceMs);
        else
            socket->waitForConnected(SliceMs);
    };
    switch (waitSliced(done, slice, timeoutMs, cancel)) {
    case WaitOutcome::Cancelled:
        m_error = cancelledError();
        return false;
    case WaitOutcome::TimedOut:
        m_error = makeError(DockerError::Kind::Timeout,
                            tr("Docker at %1 (%2) did not answer within %3 seconds. Check the address, "
                               "the firewall and that the daemon listens there.")
                                .arg(address, originPhrase(m_endpoint))
                                .arg(timeoutMs / 1000.0));
        return false;
    case WaitOutcome::Done:
        break;
    }
    if (ssl ? ssl->isEncrypted() : socket->state() == QAbstractSocket::ConnectedState)
        return true;

    if (ssl) {
        QStringList reasons;
        for (const QSslError& e : ssl->sslHandshakeErrors())
            reasons << e.errorString();
        if (reasons.isEmpty() && (socket->error() == QAbstractSocket::SslHandshakeFailedError ||
                                  socket->error() == QAbstractSocket::SslInternalError ||
                                  socket->error() == QAbstractSocket::SslInvalidUserDataError ||
                                  socket->error() == QAbstractSocket::RemoteHostClosedError))
            reasons << socket->errorString();
        if (!reasons.isEmpty()) {
            m_error = makeError(DockerError::Kind::Tls,
                                tr("The TLS connection to Docker at %1 (%2) failed: %3. Check that ca.pem, "
                                   "cert.pem and key.pem in %4 belong to this daemon.")
                                    .arg(address, originPhrase(m_endpoint),
                                         reasons.join(QStringLiteral("; ")), m_endpoint.certPath));
            return false;
        }
    }
    switch (socket->error()) {
    case QAbstractSocket::ConnectionRefusedError:
        m_error =
            makeError(DockerError::Kind::ConnectionRefused,
                      tr("Docker is not listening at %1 (%2): the connection was refused. Start the daemon "
                         "or correct DOCKER_HOST.")
                          .arg(address, originPhrase(m_endpoint)));
        break;
    case QAbstractSocket::HostNotFoundError:
        m_error = makeError(DockerError::Kind::DaemonNotRunning,
                            tr("Cannot reach Docker at %1 (%2): the host name does not resolve. Correct "
                               "DOCKER_HOST or the context.")
                                .arg(address, originPhrase(m_endpoint)));
        break;
    case QAbstractSocket::SocketAccessError:
        m_error = makeError(DockerError::Kind::PermissionDenied,
                            tr("Permission denied connecting to Docker at %1 (%2). Check firewall rules.")
                                .arg(address, originPhrase(m_endpoint)));
        break;
    default:
        m_error = makeError(DockerError::Kind::DaemonNotRunning,
                            tr("Cannot connect to Docker at %1 (%2): %3. Check that the daemon runs and "
                               "DOCKER_HOST is right.")
                                .arg(address, originPhrase(m_endpoint), socket->errorString()));
        break;
    }
    return false;
}

bool Connection::connectSsh(int timeoutMs, const std::atomic_bool* cancel)
{
    auto* process = new QProcess;
    m_device.reset(process);
    // As the docker CLI's connhelper: no TTY, never prompt (BatchMode), the daemon's socket through
    // `docker system dial-stdio` on the remote side.
    QStringList args{QStringLiteral("-o"), QStringLiteral("BatchMode=yes"), QStringLiteral("-o"),
                     QStringLiteral("ConnectTimeout=%1").arg(qMax(1, (timeoutMs + 999) / 1000)),
                     QStringLiteral("-T")};
    if (m_endpoint.port != 0 && m_endpoint.port != 22)
        args << QStringLiteral("-p") << QString::number(m_endpoint.port);
    if (!m_endpoint.sshUser.isEmpty())
        args << QStringLiteral("-l") << m_endpoint.sshUser;
    args << QStringLiteral("--") << m_endpoint.host << QStringLiteral("docker") << QStringLiteral("system")
         << QStringLiteral("dial-stdio");
    process->setProgram(QStringLiteral("ssh"));
    process->setArguments(args);
    process->setReadChannel(QProcess::StandardOutput);
    process->start(QIODevice::ReadWrite);
    if (waitSliced([process] { return process->state() != QProcess::Starting; },
                   [process] { process->waitForStarted(SliceMs); }, timeoutMs,
                   cancel) == WaitOutcome::Cancelled) {
        m_error = cancelledError();
        return false;
    }
    if (process->state() == QProcess::Running)
        return true;
    m_error =
        makeError(DockerError::Kind::Config,
                  tr("Cannot run ssh to reach Docker at %1 (%2): %3. Install the OpenSSH client.")
                      .arg(m_endpoint.displayAddress(), originPhrase(m_endpoint), process->errorString()));
    return false;
}

bool Connection::connected() const
{
    if (auto* local = qobject_cast<QLocalSocket*>(m_device.get()))
        return local->state() == QLocalSocket::ConnectedState;
    if (auto* tcp = qobject_cast<QAbstractSocket*>(m_device.get()))
        return tcp->state() == QAbstractSocket::ConnectedState;
    if (auto* process = qobject_cast<QProcess*>(m_device.get()))
        return process->state() == QProcess::Running;
    return false;
}

bool Connection::isOpen() const
{
    return m_device && connected() && !m_atEnd;
}

QString Connection::deviceError() const
{
    if (auto* process = qobject_cast<QProcess*>(m_device.get())) {
        const QString err = QString::fromLocal8Bit(process->readAllStandardError()).trimmed();
        if (!err.isEmpty())
            return tr("ssh said: %1").arg(err.section(QLatin1Char('\n'), -3));
        if (process->state() == QProcess::NotRunning)
            return tr("ssh exited with code %1").arg(process->exitCode());
    }
    return m_device ? m_device->errorString() : QString();
}

void Connection::setLost()
{
    auto* process = qobject_cast<QProcess*>(m_device.get());
    if (!process || m_receivedAny || process->state() != QProcess::NotRunning) {
        m_error = lostError(m_endpoint, deviceError());
        return;
    }
    // ssh never got us to the daemon: say so, with ssh's own words.
    process->waitForFinished(1000);
    QString said = deviceError();
    while (said.endsWith(QLatin1Char('.')))
        said.chop(1);
    const bool denied = said.contains(QLatin1String("Permission denied"));
    m_error = makeError(
        denied ? DockerError::Kind::PermissionDenied : DockerError::Kind::DaemonNotRunning,
        tr("Cannot reach Docker over ssh at %1 (%2): %3. Check that 'ssh %4 docker system "
           "dial-stdio' works in a terminal (SSH key or agent, Docker installed and running on "
           "the remote host).")
            .arg(m_endpoint.displayAddress(), originPhrase(m_endpoint), said,
                 m_endpoint.sshUser.isEmpty() ? m_endpoint.host
                                              : m_endpoint.sshUser + QLatin1Char('@') + m_endpoint.host));
}

qintptr Connection::descriptor() const
{
    if (auto* local = qobject_cast<QLocalSocket*>(m_device.get()))
        return local->socketDescriptor();
    if (auto* tcp = qobject_cast<QAbstractSocket*>(m_device.get()))
        return tcp->socketDescriptor();
    return -1;
}

bool Connection::write(const char* data, qint64 size, const std::atomic_bool* cancel)
{
    if (!m_device || !connected()) {
        setLost();
        return false;
    }
    if (m_device->write(data, size) != size) {
        setLost();
        return false;
    }
    while (m_device->bytesToWrite() > WriteBacklogBytes) {
        if (isCancelled(cancel)) {
            m_error = cancelledError();
            return false;
        }
        if (!connected()) {
            setLost();
            return false;
        }
        m_device->waitForBytesWritten(SliceMs);
    }
    return true;
}

bool Connection::flush(const std::atomic_bool* cancel)
{
    while (m_device && m_device->bytesToWrite() > 0) {
        if (isCancelled(cancel)) {
            m_error = cancelledError();
            return false;
        }
        if (!connected()) {
            setLost();
            return false;
        }
        m_device->waitForBytesWritten(SliceMs);
    }
    return m_device != nullptr;
}

qint64 Connection::readAvailable(char* buffer, qint64 maxSize)
{
    if (!m_device || m_device->bytesAvailable() <= 0)
        return 0;
    return m_device->read(buffer, maxSize);
}

qint64 Connection::read(char* buffer, qint64 maxSize, int timeoutMs, const std::atomic_bool* cancel)
{
    if (!m_device)
        return -1;
    QElapsedTimer timer;
    timer.start();
    for (;;) {
        if (m_device->bytesAvailable() > 0) {
            const qint64 n = m_device->read(buffer, maxSize);
            if (n > 0) {
                m_receivedAny = true;
                return n;
            }
        }
        if (isCancelled(cancel)) {
            m_error = cancelledError();
            return -1;
        }
        if (!connected()) {
            // A closed socket may still hold bytes that arrived with the close.
            if (m_device->bytesAvailable() > 0)
                continue;
            if (auto* process = qobject_cast<QProcess*>(m_device.get());
                process && process->exitStatus() == QProcess::NormalExit && process->exitCode() != 0) {
                setLost();
                return -1;
            }
            m_atEnd = true;
            m_error = lostError(m_endpoint, tr("the daemon closed the connection"));
            return -1;
        }
        int slice = SliceMs;
        if (timeoutMs >= 0) {
            const qint64 left = timeoutMs - timer.elapsed();
            if (left <= 0)
                return 0;
            slice = int(qMin<qint64>(slice, left));
        }
        m_device->waitForReadyRead(slice);
    }
}

void Connection::shutdownWrite()
{
    flush();
    if (auto* process = qobject_cast<QProcess*>(m_device.get())) {
        process->closeWriteChannel();
        return;
    }
    const qintptr fd = descriptor();
    if (fd >= 0)
        ::shutdown(int(fd), SHUT_WR);
}

} // namespace mcpdock::docker
