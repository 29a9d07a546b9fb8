#include "stdiocontainer.h"

#include "docker/engineclient.h"

#include <QDeadlineTimer>
#include <QJsonArray>
#include <QJsonObject>
#include <QThread>
#include <QUuid>

namespace mcpdock::mcp {

StdioContainer::StdioContainer(docker::Endpoint endpoint)
    : m_client(std::make_unique<docker::EngineClient>(std::move(endpoint)))
{}

StdioContainer::~StdioContainer()
{
    remove();
}

QJsonObject StdioContainer::containerConfig(const StdioContainerOptions& options)
{
    const QString network = options.network.isEmpty() ? QStringLiteral("none") : options.network;
    QJsonObject labels;
    for (auto it = options.labels.cbegin(); it != options.labels.cend(); ++it)
        labels.insert(it.key(), it.value());
    QJsonObject hostConfig{{QStringLiteral("NetworkMode"), network},
                           {QStringLiteral("AutoRemove"), options.autoRemove}};
    QJsonObject config{
        {QStringLiteral("Image"), options.image},
        {QStringLiteral("AttachStdin"), true},
        {QStringLiteral("AttachStdout"), true},
        {QStringLiteral("AttachStderr"), true},
        {QStringLiteral("OpenStdin"), true},
        {QStringLiteral("StdinOnce"), true},
        {QStringLiteral("Tty"), false},
        {QStringLiteral("NetworkDisabled"), network == QLatin1String("none")},
        {QStringLiteral("Labels"), labels},
    };
    if (!options.publishPort.isEmpty()) {
        const QString key = options.publishPort + QStringLiteral("/tcp");
        config.insert(QStringLiteral("ExposedPorts"), QJsonObject{{key, QJsonObject{}}});
        hostConfig.insert(
            QStringLiteral("PortBindings"),
            QJsonObject{{key, QJsonArray{QJsonObject{{QStringLiteral("HostIp"), QStringLiteral("127.0.0.1")},
                                                     {QStringLiteral("HostPort"), options.publishPort}}}}});
    }
    config.insert(QStringLiteral("HostConfig"), hostConfig);
    if (!options.env.isEmpty())
        config.insert(QStringLiteral("Env"), QJsonArray::fromStringList(options.env));
    return config;
}

Expected<Done, docker::DockerError> StdioContainer::start(const StdioContainerOptions& options)
{
    remove();
    const QString name = options.namePrefix + QUuid::createUuid().toString(QUuid::Id128).left(12);
    auto created = m_client->createContainer(containerConfig(options), name);
    if (!created)
        return created.error();
    m_id = *created;
    auto attached = m_client->attachContainer(m_id);
    if (!attached)
        return attached.error();
    m_stream = std::move(*attached);
    auto started = m_client->startContainer(m_id);
    if (!started)
        return started.error();
    return Done{};
}

void StdioContainer::remove()
{
    m_stream.reset();
    if (m_id.isEmpty())
        return;
    // Force: kill and remove in one call. With AutoRemove the daemon may be removing it already
    // (the server exited), and then the call fails with "removal in progress" while the container
    // is still listed: wait until it is gone, so "no container left" holds when this returns.
    if (!m_client->removeContainer(m_id, true)) {
        QDeadlineTimer deadline(10000);
        while (!deadline.hasExpired()) {
            auto listed = m_client->listContainers(true, {QStringLiteral("id=") + m_id});
            if (!listed || listed->isEmpty())
                break;
            QThread::msleep(50);
        }
    }
    m_id.clear();
}

} // namespace mcpdock::mcp
