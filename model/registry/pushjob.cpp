#include "pushjob.h"

#include "keychainstore.h"

namespace mcpdock::registry {

PushJob::PushJob(docker::Endpoint endpoint, QString localImage, PushTarget target, docker::RegistryAuth auth,
                 QObject* parent)
    : QObject(parent)
    , m_endpoint(std::move(endpoint))
    , m_localImage(std::move(localImage))
    , m_target(std::move(target))
    , m_auth(std::move(auth))
{
    qRegisterMetaType<mcpdock::registry::PushProgress>();
    qRegisterMetaType<mcpdock::registry::PushResult>();
    qRegisterMetaType<mcpdock::registry::PushError>();
}

PushJob::~PushJob()
{
    wipeSecret(m_auth.password);
    wipeSecret(m_auth.identityToken);
}

void PushJob::cancel()
{
    m_cancel.store(true);
}

void PushJob::start()
{
    docker::EngineClient client(m_endpoint);
    const auto result = ImagePusher::push(
        client, m_localImage, m_target, m_auth,
        [this](const PushProgress& p) {
            Q_EMIT progress(p.bytesDone, p.bytesTotal);
            Q_EMIT progressDetail(p);
        },
        &m_cancel);
    wipeSecret(m_auth.password);
    wipeSecret(m_auth.identityToken);
    if (result)
        Q_EMIT finished(result.value());
    else
        Q_EMIT failed(result.error());
}

} // namespace mcpdock::registry
