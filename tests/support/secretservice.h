#pragma once

#include <QString>
#include <QTemporaryDir>

#include <memory>

class QProcess;

namespace mcpdock::test {

// A private, real Secret Service for tests: its own D-Bus session bus (dbus-daemon --session) and a
// gnome-keyring-daemon with only the secrets component, unlocked with a throwaway password, keeping
// its keyrings in a temporary XDG_DATA_HOME. start() points DBUS_SESSION_BUS_ADDRESS of this process
// at the private bus; call it before the first QtKeychain use (libsecret keeps the first bus it
// connects to). The destructor stops exactly the two daemons it started and restores the variables.
class SecretService
{
public:
    SecretService();
    ~SecretService();
    SecretService(const SecretService&) = delete;
    SecretService& operator=(const SecretService&) = delete;

    // Empty on success, otherwise why it could not start.
    QString start();
    void stop();

    bool isRunning() const { return m_dbusPid > 0; }
    QString busAddress() const { return m_busAddress; }
    QString dataDir() const; // where the keyrings are (scan it for leaked secrets if you like)

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QProcess> m_keyring;
    qint64 m_dbusPid = 0;
    QString m_busAddress;
    QByteArray m_savedBus;
    QByteArray m_savedDataHome;
    QByteArray m_savedRuntimeDir;
    bool m_hadBus = false;
    bool m_hadDataHome = false;
    bool m_hadRuntimeDir = false;
    bool m_envChanged = false;
};

} // namespace mcpdock::test
