#include "secretservice.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QThread>

#include <csignal>
#include <sys/types.h>

namespace mcpdock::test {
namespace {

bool secretsNameOwned(const QProcessEnvironment& env)
{
    QProcess p;
    p.setProcessEnvironment(env);
    p.start(QStringLiteral("dbus-send"),
            {QStringLiteral("--session"), QStringLiteral("--print-reply"),
             QStringLiteral("--dest=org.freedesktop.DBus"), QStringLiteral("/org/freedesktop/DBus"),
             QStringLiteral("org.freedesktop.DBus.NameHasOwner"),
             QStringLiteral("string:org.freedesktop.secrets")});
    if (!p.waitForFinished(5000))
        return false;
    return p.exitCode() == 0 && p.readAllStandardOutput().contains("boolean true");
}

void saveEnv(const char* name, QByteArray* saved, bool* had)
{
    *had = qEnvironmentVariableIsSet(name);
    *saved = qgetenv(name);
}

void restoreEnv(const char* name, const QByteArray& saved, bool had)
{
    if (had)
        qputenv(name, saved);
    else
        qunsetenv(name);
}

} // namespace

SecretService::SecretService() = default;

SecretService::~SecretService()
{
    stop();
}

QString SecretService::dataDir() const
{
    return m_dir ? m_dir->filePath(QStringLiteral("data")) : QString();
}

QString SecretService::start()
{
    if (isRunning())
        return {};
    m_dir = std::make_unique<QTemporaryDir>();
    if (!m_dir->isValid())
        return QStringLiteral("cannot create a temporary directory");
    QDir(m_dir->path()).mkpath(QStringLiteral("data"));
    QDir(m_dir->path()).mkpath(QStringLiteral("runtime"));
    QFile::setPermissions(m_dir->filePath(QStringLiteral("runtime")),
                          QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);

    // The bus: --fork returns once it listens; address and pid come on stdout, one a line.
    QProcess dbus;
    dbus.start(QStringLiteral("dbus-daemon"),
               {QStringLiteral("--session"), QStringLiteral("--fork"), QStringLiteral("--print-address=1"),
                QStringLiteral("--print-pid=1")});
    if (!dbus.waitForFinished(15000) || dbus.exitCode() != 0)
        return QStringLiteral("dbus-daemon --session --fork failed: ") +
               QString::fromLocal8Bit(dbus.readAllStandardError());
    const QStringList lines =
        QString::fromLocal8Bit(dbus.readAllStandardOutput()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    if (lines.size() < 2)
        return QStringLiteral("dbus-daemon did not print its address and pid");
    m_busAddress = lines.at(0).trimmed();
    m_dbusPid = lines.at(1).trimmed().toLongLong();
    if (m_busAddress.isEmpty() || m_dbusPid <= 0)
        return QStringLiteral("dbus-daemon printed no usable address/pid");

    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), m_busAddress);
    env.insert(QStringLiteral("XDG_DATA_HOME"), dataDir());
    env.insert(QStringLiteral("XDG_RUNTIME_DIR"), m_dir->filePath(QStringLiteral("runtime")));
    env.remove(QStringLiteral("GNOME_KEYRING_CONTROL"));

    // The keyring in the foreground, so we own its process and can stop exactly it. --unlock reads
    // the login keyring password from stdin (a new keyring is created with it).
    m_keyring = std::make_unique<QProcess>();
    m_keyring->setProcessEnvironment(env);
    m_keyring->setProcessChannelMode(QProcess::ForwardedErrorChannel);
    m_keyring->start(
        QStringLiteral("gnome-keyring-daemon"),
        {QStringLiteral("--foreground"), QStringLiteral("--unlock"), QStringLiteral("--components=secrets")});
    if (!m_keyring->waitForStarted(10000)) {
        const QString why = m_keyring->errorString();
        stop();
        return QStringLiteral("gnome-keyring-daemon did not start: ") + why;
    }
    QByteArray unlock = QByteArray::number(QRandomGenerator::global()->generate64(), 36);
    m_keyring->write(unlock);
    // Nothing reaches the pipe without an event loop unless we wait for it here.
    m_keyring->waitForBytesWritten(5000);
    m_keyring->closeWriteChannel();
    unlock.fill('\0');

    QDeadlineTimer deadline(20000);
    while (!secretsNameOwned(env)) {
        if (deadline.hasExpired() || m_keyring->state() != QProcess::Running) {
            const QString state = m_keyring->state() == QProcess::Running
                                      ? QStringLiteral("still running")
                                      : QStringLiteral("exited with %1").arg(m_keyring->exitCode());
            stop();
            return QStringLiteral(
                       "gnome-keyring-daemon did not take org.freedesktop.secrets on the private bus (") +
                   state + QLatin1Char(')');
        }
        QThread::msleep(100);
    }

    saveEnv("DBUS_SESSION_BUS_ADDRESS", &m_savedBus, &m_hadBus);
    saveEnv("XDG_DATA_HOME", &m_savedDataHome, &m_hadDataHome);
    saveEnv("XDG_RUNTIME_DIR", &m_savedRuntimeDir, &m_hadRuntimeDir);
    qputenv("DBUS_SESSION_BUS_ADDRESS", m_busAddress.toLocal8Bit());
    qputenv("XDG_DATA_HOME", dataDir().toLocal8Bit());
    qputenv("XDG_RUNTIME_DIR", m_dir->filePath(QStringLiteral("runtime")).toLocal8Bit());
    m_envChanged = true;
    return {};
}

void SecretService::stop()
{
    if (m_keyring) {
        if (m_keyring->state() != QProcess::NotRunning) {
            m_keyring->terminate();
            if (!m_keyring->waitForFinished(5000)) {
                m_keyring->kill();
                m_keyring->waitForFinished(2000);
            }
        }
        m_keyring.reset();
    }
    if (m_dbusPid > 0) {
        ::kill(pid_t(m_dbusPid), SIGTERM);
        m_dbusPid = 0;
    }
    if (m_envChanged) {
        restoreEnv("DBUS_SESSION_BUS_ADDRESS", m_savedBus, m_hadBus);
        restoreEnv("XDG_DATA_HOME", m_savedDataHome, m_hadDataHome);
        restoreEnv("XDG_RUNTIME_DIR", m_savedRuntimeDir, m_hadRuntimeDir);
        m_envChanged = false;
    }
    m_busAddress.clear();
}

} // namespace mcpdock::test
