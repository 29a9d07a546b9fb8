#pragma once

#include "dockererror.h"
#include "endpoint.h"
#include "expected.h"
#include "jsonmessage.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QMap>
#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>
#include <memory>
#include <optional>

namespace mcpdock::docker {

template <typename T>
using Result = Expected<T, DockerError>;

// Set from any thread to abort a long call; the call returns DockerError::Kind::Cancelled within a
// second.
using CancelFlag = std::atomic_bool;

// Receives a request body while it is produced (the build context tar): each write goes out as one
// HTTP chunk, so no body is ever held in memory whole.
class BodyWriter
{
public:
    virtual ~BodyWriter() = default;
    // false when the connection failed or the call was cancelled; stop producing then.
    virtual bool write(const char* data, qint64 size) = 0;
};
// Writes the whole body; returns false (with *error set) when producing failed.
using BodyProducer = std::function<bool(BodyWriter& out, QString* error)>;
using MessageHandler = std::function<void(const JsonMessage&)>;

struct PingInfo
{
    QString apiVersion; // what the server says it speaks
    QString osType;
    QString builderVersion;
};

struct VersionInfo
{
    QString version; // engine version, "20.10.24+dfsg1"
    QString apiVersion;
    QString minApiVersion;
    QString os;
    QString arch;
    QString kernelVersion;
    QString negotiatedApiVersion; // what every path of ours is pinned to
};

struct ImageSummary
{
    QString id; // sha256:...
    QStringList repoTags;
    QStringList repoDigests;
    qint64 size = 0;
    QDateTime created;
    QMap<QString, QString> labels;
    int containers = -1; // -1 when the daemon did not count
};

struct ImageFilters
{
    QStringList references; // reference=repo or repo:tag patterns
    QStringList labels;     // label=key or label=key=value
    std::optional<bool> dangling;
    bool all = false;
};

struct ContainerSummary
{
    QString id;
    QStringList names;
    QString image;
    QString imageId;
    QString state;
    QMap<QString, QString> labels;
};

struct BuildOptions
{
    QStringList tags; // t=, repeatable; empty: the image stays untagged until the caller tags it
    QString dockerfile = QStringLiteral("Dockerfile");
    QMap<QString, QString> labels;
    QMap<QString, QString> buildArgs;
    QString networkMode; // "host", "none", empty for the daemon's default
    bool noCache = false;
    bool pull = false;
    QString platform; // "linux/arm64": build for that platform (and pull its base); empty: the daemon's
    bool rm = true;
    bool forceRm = true; // remove intermediate containers even when the build fails
};

struct PruneReport
{
    QStringList deleted;
    QStringList untagged;
    qint64 spaceReclaimed = 0;
};

struct RemovedImage
{
    QStringList untagged;
    QStringList deleted;
};

struct ContainerLogs
{
    QByteArray out;
    QByteArray err;
};

// The body of X-Registry-Auth and POST /auth.
struct RegistryAuth
{
    QString username;
    QString password;
    QString serverAddress;
    QString identityToken;

    // base64url with padding of the JSON object, as the daemon expects; an empty object for no auth.
    QByteArray toHeaderValue() const;
    QJsonObject toJson() const;
};

struct AuthCheck
{
    QString status;        // "Login Succeeded"
    QString identityToken; // when the registry issued one
};

// A running container's stdio, attached (hijacked connection). Output frames are demultiplexed.
class AttachedStream
{
public:
    virtual ~AttachedStream() = default;
    virtual bool writeStdin(const QByteArray& data) = 0;
    virtual void closeStdin() = 0; // half-close, so the process sees EOF
    // Waits up to timeoutMs for more output; appends to out/err. Returns false on error or EOF
    // (check atEnd()).
    virtual bool waitForOutput(QByteArray* out, QByteArray* err, int timeoutMs) = 0;
    virtual bool atEnd() const = 0;
    virtual DockerError lastError() const = 0;
};

// Blocking client of the Docker Engine HTTP API, for worker threads and the CLI. One instance is
// used by one thread at a time; instances are cheap. The API version is negotiated on first use
// (GET /_ping, Api-Version) and every path is pinned to /v{min(ours, server)}.
class EngineClient
{
public:
    static constexpr const char* MinApiVersion = "1.41";
    static constexpr const char* MaxApiVersion = "1.51";

    explicit EngineClient(Endpoint endpoint);
    ~EngineClient();
    EngineClient(const EngineClient&) = delete;
    EngineClient& operator=(const EngineClient&) = delete;

    const Endpoint& endpoint() const;
    void setConnectTimeout(int ms);       // default 5000
    QString negotiatedApiVersion() const; // empty before the first call

    Result<PingInfo> ping();
    Result<VersionInfo> version();
    Result<QJsonObject> info();

    // POST /build. The body (a tar) is streamed chunked from produceBody; every JSON message of the
    // response goes to onMessage as it arrives. Returns the image ID from aux.ID. A stream that ends
    // in errorDetail is a StreamError carrying the daemon's message. Cancelling closes the
    // connection, which makes the daemon abort the build.
    Result<QString> buildImage(const BuildOptions& options, const BodyProducer& produceBody,
                               const MessageHandler& onMessage, const CancelFlag* cancel = nullptr);

    Result<QList<ImageSummary>> listImages(const ImageFilters& filters = {});
    Result<QJsonObject> inspectImage(const QString& nameOrId);
    Result<QJsonObject> imageHistory(const QString& nameOrId); // {"history": [...]} wrapper
    Result<RemovedImage> removeImage(const QString& nameOrId, bool force = false, bool noPrune = false);
    Result<Done> tagImage(const QString& source, const QString& repository, const QString& tag);
    // POST /images/{name}/push?tag=: always one tag. Returns the pushed manifest digest.
    Result<QString> pushImage(const QString& repository, const QString& tag, const RegistryAuth& auth,
                              const MessageHandler& onMessage, const CancelFlag* cancel = nullptr);
    Result<PruneReport> pruneImages(bool danglingOnly, const QStringList& labelFilters = {});

    Result<QList<ContainerSummary>> listContainers(bool all, const QStringList& filters = {});
    // config: the API's container config object (Image, Cmd, HostConfig...). Returns the ID.
    Result<QString> createContainer(const QJsonObject& config, const QString& name = {});
    Result<Done> startContainer(const QString& id);
    Result<int> waitContainer(const QString& id, const CancelFlag* cancel = nullptr); // exit code
    Result<ContainerLogs> containerLogs(const QString& id);
    Result<Done> killContainer(const QString& id);
    Result<Done> removeContainer(const QString& id, bool force = false);
    // POST /containers/{id}/attach with stdin, stdout, stderr; call before startContainer.
    Result<std::unique_ptr<AttachedStream>> attachContainer(const QString& id);

    // POST /auth: checks credentials against a registry through the daemon.
    Result<AuthCheck> checkAuth(const RegistryAuth& auth);

private:
    class Private;
    std::unique_ptr<Private> d;
};

} // namespace mcpdock::docker
