#pragma once

#include "expected.h"

#include "docker/dockererror.h"
#include "docker/endpoint.h"

#include <QMap>
#include <QString>
#include <QStringList>

#include <memory>

namespace mcpdock::docker {
class AttachedStream;
class EngineClient;
} // namespace mcpdock::docker

namespace mcpdock::mcp {

struct StdioContainerOptions
{
    QString image;
    QString network = QStringLiteral("none"); // "none" disables networking; else a network name
    QStringList env;                          // K=V
    QString namePrefix = QStringLiteral("mcpdock-");
    QMap<QString, QString> labels;
    bool autoRemove = false; // HostConfig.AutoRemove (docker run --rm)
    QString publishPort;     // "8080": the container's TCP port published on 127.0.0.1 (http servers)
};

// An MCP server image run as `docker run -i` (stdin open, no TTY: it would mangle the JSON lines),
// attached before it starts so no output is lost. The container is force-removed by remove() and by
// the destructor, whatever happened before. Shared by McpVerifier, McpSession and mcpdock run.
class StdioContainer
{
public:
    explicit StdioContainer(docker::Endpoint endpoint);
    ~StdioContainer();
    StdioContainer(const StdioContainer&) = delete;
    StdioContainer& operator=(const StdioContainer&) = delete;

    // Create, attach, start. On failure the daemon's sentence (with the next step).
    Expected<Done, docker::DockerError> start(const StdioContainerOptions& options);
    docker::AttachedStream* stream() const { return m_stream.get(); }
    QString id() const { return m_id; }
    docker::EngineClient& client() { return *m_client; }
    // Force-removes the container (and waits until the daemon lists it no more). Idempotent.
    void remove();

    // The container config the Engine API gets for these options (a pure function, for tests).
    static QJsonObject containerConfig(const StdioContainerOptions& options);

private:
    std::unique_ptr<docker::EngineClient> m_client;
    std::unique_ptr<docker::AttachedStream> m_stream;
    QString m_id;
};

} // namespace mcpdock::mcp
