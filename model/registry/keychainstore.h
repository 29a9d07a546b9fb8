#pragma once

#include "expected.h"

#include <QCoreApplication>
#include <QObject>
#include <QString>

#include <functional>

namespace mcpdock::registry {

struct KeychainError
{
    enum class Kind
    {
        NotFound,     // nothing saved under that key
        AccessDenied, // the user refused, or the keychain is locked
        NoBackend,    // no Secret Service / keychain reachable (no D-Bus session, no daemon)
        Other,
    };
    Kind kind = Kind::Other;
    QString message; // shown as written; says what to do next
};

template <typename T>
using KeychainResult = Expected<T, KeychainError>;

// Overwrites the characters of a secret before releasing them, where Qt lets us (a shared copy
// elsewhere cannot be reached; keep secrets in one owner).
void wipeSecret(QString& secret);
void wipeSecret(QByteArray& secret);

// Secrets in the OS keychain through QtKeychain, service "mcpdock": one entry per registry (key
// "registry:" + RegistryEntry::credentialKey()), and, with Kind::ServerSecret, the secrets MCP
// servers declare (key "server:" + "<image repository>/<VARIABLE>", see mcpdock run).
//
// The synchronous calls work in the CLI and on worker threads: QtKeychain (0.13) is not thread-safe,
// so every job runs on the application thread, in a local QEventLoop when called there, or posted
// there while the worker waits (the application thread must be running its event loop, as the GUI's
// is; otherwise the call fails after two minutes). The async calls are for the GUI thread: the
// callback runs on context's thread, and not at all when context was destroyed first.
class KeychainStore
{
    Q_DECLARE_TR_FUNCTIONS(KeychainStore)

public:
    static constexpr const char* DefaultService = "mcpdock";

    enum class Kind
    {
        RegistryCredential,
        ServerSecret
    };

    explicit KeychainStore(QString service = QString::fromLatin1(DefaultService),
                           Kind kind = Kind::RegistryCredential);

    QString service() const { return m_service; }
    QString keyFor(const QString& credentialKey) const;

    KeychainResult<QString> readSecret(const QString& credentialKey) const;
    KeychainResult<Done> writeSecret(const QString& credentialKey, const QString& secret) const;
    // Deleting a missing entry succeeds.
    KeychainResult<Done> deleteSecret(const QString& credentialKey) const;

    void readSecretAsync(const QString& credentialKey, QObject* context,
                         std::function<void(KeychainResult<QString>)> done) const;
    void writeSecretAsync(const QString& credentialKey, const QString& secret, QObject* context,
                          std::function<void(KeychainResult<Done>)> done) const;
    void deleteSecretAsync(const QString& credentialKey, QObject* context,
                           std::function<void(KeychainResult<Done>)> done) const;

private:
    QString m_service;
    Kind m_kind;
};

} // namespace mcpdock::registry
