#pragma once

#include "docker/endpoint.h"
#include "docker/engineclient.h"
#include "imagepusher.h"

#include <QObject>

#include <atomic>

namespace mcpdock::registry {

// One push, for the GUI: move to a QThread, connect, call start() (queued). Emits progress while
// pushing, then exactly one of finished/failed. cancel() is safe from any thread. The auth is wiped
// from the job when the push ends.
class PushJob : public QObject
{
    Q_OBJECT

public:
    PushJob(docker::Endpoint endpoint, QString localImage, PushTarget target, docker::RegistryAuth auth,
            QObject* parent = nullptr);
    ~PushJob() override;

    const PushTarget& target() const { return m_target; }
    bool isCancelled() const { return m_cancel.load(); }

public Q_SLOTS:
    void start();
    void cancel(); // thread-safe

Q_SIGNALS:
    void progress(qint64 bytesDone, qint64 bytesTotal);
    void progressDetail(const mcpdock::registry::PushProgress& progress);
    void finished(const mcpdock::registry::PushResult& result);
    void failed(const mcpdock::registry::PushError& error);

private:
    docker::Endpoint m_endpoint;
    QString m_localImage;
    PushTarget m_target;
    docker::RegistryAuth m_auth;
    std::atomic_bool m_cancel{false};
};

} // namespace mcpdock::registry
