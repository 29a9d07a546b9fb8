#include "keychainstore.h"

#include <qt6keychain/keychain.h>

#include <QEventLoop>
#include <QPointer>

#include <cstring>

namespace mcpdock::registry {
namespace {

KeychainError toError(const QKeychain::Job& job, const QString& key)
{
    KeychainError e;
    switch (job.error()) {
    case QKeychain::EntryNotFound:
        e.kind = KeychainError::Kind::NotFound;
        e.message = QCoreApplication::translate("KeychainStore", "No secret is saved in the keychain for %1.")
                        .arg(key);
        break;
    case QKeychain::AccessDeniedByUser:
    case QKeychain::AccessDenied:
        e.kind = KeychainError::Kind::AccessDenied;
        e.message =
            QCoreApplication::translate("KeychainStore",
                                        "The keychain refused access (%1): unlock it, or allow MCP Dock, and "
                                        "try again.")
                .arg(job.errorString());
        break;
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        e.kind = KeychainError::Kind::NoBackend;
        e.message = QCoreApplication::translate(
                        "KeychainStore",
                        "No keychain is available (%1): start a Secret Service (GNOME Keyring or KWallet) in "
                        "your session, or use docker login and a credential helper instead.")
                        .arg(job.errorString());
        break;
    default:
        e.kind = KeychainError::Kind::Other;
        e.message =
            QCoreApplication::translate("KeychainStore", "The keychain failed: %1").arg(job.errorString());
        break;
    }
    // Without a session bus, libsecret reports a generic error; name the usual cause.
    if (e.kind == KeychainError::Kind::Other &&
        job.errorString().contains(QLatin1String("D-Bus"), Qt::CaseInsensitive)) {
        e.kind = KeychainError::Kind::NoBackend;
    }
    return e;
}

template <typename Job>
void prepare(Job* job, const QString& key)
{
    job->setAutoDelete(false);
    // Never write a secret to a plain settings file when the keychain is missing.
    job->setInsecureFallback(false);
    job->setKey(key);
}

// Runs a job to the end on the calling thread. QtKeychain jobs complete through the event loop
// (D-Bus replies, libsecret callbacks), so a local loop is what makes them synchronous.
void runBlocking(QKeychain::Job* job)
{
    QEventLoop loop;
    QObject::connect(job, &QKeychain::Job::finished, &loop, &QEventLoop::quit);
    job->start();
    loop.exec(QEventLoop::ExcludeUserInputEvents);
}

} // namespace

void wipeSecret(QString& secret)
{
    // Only a sole owner can be overwritten in place; data() on a shared copy would detach and wipe
    // a fresh copy instead.
    if (secret.isDetached() && !secret.isEmpty()) {
        volatile char16_t* p = reinterpret_cast<volatile char16_t*>(secret.data());
        for (qsizetype i = 0; i < secret.size(); ++i)
            p[i] = 0;
    }
    secret.clear();
}

void wipeSecret(QByteArray& secret)
{
    if (secret.isDetached() && !secret.isEmpty()) {
        volatile char* p = secret.data();
        for (qsizetype i = 0; i < secret.size(); ++i)
            p[i] = 0;
    }
    secret.clear();
}

KeychainStore::KeychainStore(QString service)
    : m_service(std::move(service))
{}

QString KeychainStore::keyFor(const QString& credentialKey)
{
    return QStringLiteral("registry:") + credentialKey;
}

KeychainResult<QString> KeychainStore::readSecret(const QString& credentialKey) const
{
    QKeychain::ReadPasswordJob job(m_service);
    prepare(&job, keyFor(credentialKey));
    runBlocking(&job);
    if (job.error() != QKeychain::NoError)
        return toError(job, credentialKey);
    return job.textData();
}

KeychainResult<Done> KeychainStore::writeSecret(const QString& credentialKey, const QString& secret) const
{
    QKeychain::WritePasswordJob job(m_service);
    prepare(&job, keyFor(credentialKey));
    job.setTextData(secret);
    runBlocking(&job);
    // The job keeps its own copy of the data until destroyed; overwrite it now.
    job.setTextData(QString());
    if (job.error() != QKeychain::NoError)
        return toError(job, credentialKey);
    return Done{};
}

KeychainResult<Done> KeychainStore::deleteSecret(const QString& credentialKey) const
{
    QKeychain::DeletePasswordJob job(m_service);
    prepare(&job, keyFor(credentialKey));
    runBlocking(&job);
    if (job.error() != QKeychain::NoError && job.error() != QKeychain::EntryNotFound)
        return toError(job, credentialKey);
    return Done{};
}

namespace {

// Reads the job's outcome on the job's thread, then hands it to done on context's thread, or not at
// all when context is gone by then (QMetaObject::invokeMethod drops calls to a dead receiver).
template <typename T, typename Extract>
void finishAsync(QKeychain::Job* job, QObject* context, std::function<void(KeychainResult<T>)> done,
                 Extract extract)
{
    QPointer<QObject> guard(context);
    QObject::connect(
        job, &QKeychain::Job::finished, job,
        [job, guard, done = std::move(done), extract](QKeychain::Job*) mutable {
            KeychainResult<T> result = extract(job);
            job->deleteLater();
            if (!guard)
                return;
            QMetaObject::invokeMethod(
                guard.data(),
                [done = std::move(done), result = std::move(result)]() mutable { done(std::move(result)); },
                Qt::AutoConnection);
        });
    job->start();
}

} // namespace

void KeychainStore::readSecretAsync(const QString& credentialKey, QObject* context,
                                    std::function<void(KeychainResult<QString>)> done) const
{
    auto* job = new QKeychain::ReadPasswordJob(m_service);
    prepare(job, keyFor(credentialKey));
    finishAsync<QString>(job, context, std::move(done),
                         [credentialKey](QKeychain::Job* j) -> KeychainResult<QString> {
                             if (j->error() != QKeychain::NoError)
                                 return toError(*j, credentialKey);
                             return static_cast<QKeychain::ReadPasswordJob*>(j)->textData();
                         });
}

void KeychainStore::writeSecretAsync(const QString& credentialKey, const QString& secret, QObject* context,
                                     std::function<void(KeychainResult<Done>)> done) const
{
    auto* job = new QKeychain::WritePasswordJob(m_service);
    prepare(job, keyFor(credentialKey));
    job->setTextData(secret);
    finishAsync<Done>(job, context, std::move(done),
                      [credentialKey](QKeychain::Job* j) -> KeychainResult<Done> {
                          static_cast<QKeychain::WritePasswordJob*>(j)->setTextData(QString());
                          if (j->error() != QKeychain::NoError)
                              return toError(*j, credentialKey);
                          return Done{};
                      });
}

void KeychainStore::deleteSecretAsync(const QString& credentialKey, QObject* context,
                                      std::function<void(KeychainResult<Done>)> done) const
{
    auto* job = new QKeychain::DeletePasswordJob(m_service);
    prepare(job, keyFor(credentialKey));
    finishAsync<Done>(job, context, std::move(done),
                      [credentialKey](QKeychain::Job* j) -> KeychainResult<Done> {
                          if (j->error() != QKeychain::NoError && j->error() != QKeychain::EntryNotFound)
                              return toError(*j, credentialKey);
                          return Done{};
                      });
}

} // namespace mcpdock::registry
