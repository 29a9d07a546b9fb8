#include "keychainstore.h"

#include <qt6keychain/keychain.h>

#include <QDeadlineTimer>
#include <QEventLoop>
#include <QMutex>
#include <QPointer>
#include <QThread>
#include <QWaitCondition>

#include <cstring>

namespace mcpdock::registry {
namespace {

template <typename Job>
void prepare(Job* job, const QString& key)
{
    job->setAutoDelete(false);
    // Never write a secret to a plain settings file when the keychain is missing.
    job->setInsecureFallback(false);
    job->setKey(key);
}

struct Outcome
{
    QKeychain::Error error = QKeychain::OtherError;
    QString errorString;
    QString text;
};

// Creates, starts and deletes one job, handing its outcome to done on the thread it runs on.
void startJob(const std::function<QKeychain::Job*()>& make, bool wantText, std::function<void(Outcome)> done)
{
    QKeychain::Job* job = make();
    QObject::connect(job, &QKeychain::Job::finished, job,
                     [job, wantText, done = std::move(done)](QKeychain::Job*) {
                         Outcome o;
                         o.error = job->error();
                         o.errorString = job->errorString();
                         if (wantText && o.error == QKeychain::NoError)
                             o.text = static_cast<QKeychain::ReadPasswordJob*>(job)->textData();
                         if (auto* write = qobject_cast<QKeychain::WritePasswordJob*>(job))
                             write->setTextData(QString()); // the job's own copy of the secret
                         job->deleteLater();
                         done(std::move(o));
                     });
    job->start();
}

// Runs a job to the end and returns its outcome. QtKeychain 0.13 queues every job in one executor
// object living on the application thread and talks to it with queued calls, so a job driven from
// another thread can be used after it is gone. Jobs therefore always run on the application thread:
// there with a local event loop (CLI, GUI), from a worker thread by posting the job over and waiting
// (the application thread must be running its event loop then, as the GUI's is).
Outcome runBlocking(const std::function<QKeychain::Job*()>& make, bool wantText)
{
    QCoreApplication* app = QCoreApplication::instance();
    if (!app || QThread::currentThread() == app->thread()) {
        Outcome result;
        bool finished = false;
        QEventLoop loop;
        startJob(make, wantText, [&](Outcome o) {
            result = std::move(o);
            finished = true;
            loop.quit();
        });
        if (!finished)
            loop.exec(QEventLoop::ExcludeUserInputEvents);
        return result;
    }
    struct Shared
    {
        QMutex mutex;
        QWaitCondition condition;
        bool done = false;
        Outcome outcome;
    };
    auto shared = std::make_shared<Shared>();
    QMetaObject::invokeMethod(
        app,
        [make, wantText, shared] {
            startJob(make, wantText, [shared](Outcome o) {
                QMutexLocker lock(&shared->mutex);
                shared->outcome = std::move(o);
                shared->done = true;
                shared->condition.wakeAll();
            });
        },
        Qt::QueuedConnection);
    QMutexLocker lock(&shared->mutex);
    const QDeadlineTimer deadline(120000);
    while (!shared->done) {
        if (!shared->condition.wait(&shared->mutex, deadline)) {
            Outcome timeout;
            timeout.errorString = QCoreApplication::translate(
                "KeychainStore",
                "the keychain did not answer within two minutes (is the application thread busy?)");
            return timeout;
        }
    }
    return shared->outcome;
}

KeychainError toError(const Outcome& o, const QString& key)
{
    KeychainError e;
    switch (o.error) {
    case QKeychain::EntryNotFound:
        e.kind = KeychainError::Kind::NotFound;
        e.message = QCoreApplication::translate("KeychainStore", "No secret is saved in the keychain for %1.")
                        .arg(key);
        return e;
    case QKeychain::AccessDeniedByUser:
    case QKeychain::AccessDenied:
        e.kind = KeychainError::Kind::AccessDenied;
        e.message =
            QCoreApplication::translate("KeychainStore",
                                        "The keychain refused access (%1): unlock it, or allow MCP Dock, and "
                                        "try again.")
                .arg(o.errorString);
        return e;
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        e.kind = KeychainError::Kind::NoBackend;
        break;
    default:
        e.kind = o.errorString.contains(QLatin1String("D-Bus"), Qt::CaseInsensitive)
                     ? KeychainError::Kind::NoBackend
                     : KeychainError::Kind::Other;
        break;
    }
    if (e.kind == KeychainError::Kind::NoBackend)
        e.message =
            QCoreApplication::translate(
                "KeychainStore",
                "No keychain is available (%1): start a Secret Service (GNOME Keyring or KWallet) in your "
                "session, or use docker login and a credential helper instead.")
                .arg(o.errorString);
    else
        e.message =
            QCoreApplication::translate("KeychainStore", "The keychain failed: %1").arg(o.errorString);
    return e;
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

KeychainStore::KeychainStore(QString service, Kind kind)
    : m_service(std::move(service))
    , m_kind(kind)
{}

QString KeychainStore::keyFor(const QString& credentialKey) const
{
    return (m_kind == Kind::ServerSecret ? QStringLiteral("server:") : QStringLiteral("registry:")) +
           credentialKey;
}

KeychainResult<QString> KeychainStore::readSecret(const QString& credentialKey) const
{
    const QString service = m_service;
    const QString key = keyFor(credentialKey);
    Outcome o = runBlocking(
        [service, key]() -> QKeychain::Job* {
            auto* job = new QKeychain::ReadPasswordJob(service);
            prepare(job, key);
            return job;
        },
        true);
    if (o.error != QKeychain::NoError)
        return toError(o, credentialKey);
    return std::move(o.text);
}

KeychainResult<Done> KeychainStore::writeSecret(const QString& credentialKey, const QString& secret) const
{
    const QString service = m_service;
    const QString key = keyFor(credentialKey);
    const Outcome o = runBlocking(
        [service, key, secret]() -> QKeychain::Job* {
            auto* job = new QKeychain::WritePasswordJob(service);
            prepare(job, key);
            job->setTextData(secret);
            return job;
        },
        false);
    if (o.error != QKeychain::NoError)
        return toError(o, credentialKey);
    return Done{};
}

KeychainResult<Done> KeychainStore::deleteSecret(const QString& credentialKey) const
{
    const QString service = m_service;
    const QString key = keyFor(credentialKey);
    const Outcome o = runBlocking(
        [service, key]() -> QKeychain::Job* {
            auto* job = new QKeychain::DeletePasswordJob(service);
            prepare(job, key);
            return job;
        },
        false);
    if (o.error != QKeychain::NoError && o.error != QKeychain::EntryNotFound)
        return toError(o, credentialKey);
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
                                 return toError(Outcome{j->error(), j->errorString(), {}}, credentialKey);
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
                              return toError(Outcome{j->error(), j->errorString(), {}}, credentialKey);
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
                              return toError(Outcome{j->error(), j->errorString(), {}}, credentialKey);
                          return Done{};
                      });
}

} // namespace mcpdock::registry
