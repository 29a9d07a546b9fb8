#pragma once

#include "docker/engineclient.h"
#include "reference.h"

#include <QCoreApplication>
#include <QLocale>
#include <QMetaType>
#include <QString>

#include <functional>

namespace mcpdock::registry {

struct RegistryEntry;

// Where a local image goes: registry/namespace/name:tag.
struct PushTarget
{
    QString registryHost; // "127.0.0.1:5000", "docker.io", "ghcr.io"
    QString repository;   // path in the registry: "acme/weather"
    QString tag;          // always one tag

    // "127.0.0.1:5000/acme/weather:v1"; for Docker Hub "docker.io/acme/weather:v1".
    QString reference() const;
    QString repositoryReference() const; // without the tag
};

struct PushProgress
{
    qint64 bytesDone = 0;
    qint64 bytesTotal = 0;  // sum of the layer sizes known so far (grows while layers are announced)
    int layersDone = 0;     // pushed or already present
    int layersExisting = 0; // of those, already in the registry (nothing to upload)
    int layers = 0;
    QString status; // last status line, "Pushing", "Layer already exists"...

    // "2 of 5 layers, 12 MB of 40 MB (3 already in the registry)"; when every layer was already
    // there, "all 5 layers already in the registry" instead of "0 bytes of 0 bytes". Sizes in the given
    // locale's units.
    QString text(const QLocale& locale) const;
};

struct PushError
{
    enum class Kind
    {
        InvalidReference, // the local image or the target cannot be a reference
        ImageNotFound,    // no such local image
        Unauthorized,     // wrong credentials, token without push scope
        NameUnknown,      // the repository does not exist / namespace not ours
        Unreachable,      // connection refused, no such host, timeout
        Tls,              // HTTPS to a plain-HTTP registry, certificate errors
        Daemon,           // the Docker daemon itself failed (not reachable etc.)
        Failed,           // other stream errors
        Cancelled,
    };
    Kind kind = Kind::Failed;
    QString message; // the registry's / daemon's own words
    QString hint;    // the next step for the user

    QString text() const; // message + " " + hint
};

struct PushResult
{
    QString reference; // what was pushed
    QString digest;    // sha256:... of the manifest in the registry
    qint64 size = 0;   // from the final aux message when given
};

// Tags a local image for a registry and pushes exactly that one tag.
class ImagePusher
{
    Q_DECLARE_TR_FUNCTIONS(ImagePusher)

public:
    using ProgressHandler = std::function<void(const PushProgress&)>;

    // registry/namespace/name:tag from a local image reference ("weather:v1"): name is the last
    // path component of the local repository; namespace defaults to the entry's defaultNamespace;
    // tag defaults to the local tag (or latest). Docker Hub without a namespace is an error.
    static Expected<PushTarget, PushError> targetFor(const QString& localImage, const RegistryEntry& registry,
                                                     const QString& nameSpace = {}, const QString& tag = {});

    // Classifies a stream / daemon error into a kind with a hint.
    static PushError classify(const QString& message, const QString& registryHost);
    static PushError fromDockerError(const docker::DockerError& error, const QString& registryHost);

    // Tags localImage as target (POST /images/{name}/tag) and pushes target.tag only. The digest
    // is that of the pushed manifest; any error in the stream is a failure (never a half success).
    static Expected<PushResult, PushError> push(docker::EngineClient& client, const QString& localImage,
                                                const PushTarget& target, const docker::RegistryAuth& auth,
                                                const ProgressHandler& onProgress = {},
                                                const docker::CancelFlag* cancel = nullptr);
};

// Folds the daemon's per-layer push messages into one figure.
class PushProgressAggregator
{
public:
    // Returns true when the figure changed.
    bool add(const docker::JsonMessage& message);
    PushProgress progress() const;

private:
    struct Layer
    {
        qint64 current = 0;
        qint64 total = 0;
        bool done = false;
        bool existed = false;
    };
    QMap<QString, Layer> m_layers;
    QStringList m_order;
    QString m_status;
};

} // namespace mcpdock::registry

Q_DECLARE_METATYPE(mcpdock::registry::PushTarget)
Q_DECLARE_METATYPE(mcpdock::registry::PushProgress)
Q_DECLARE_METATYPE(mcpdock::registry::PushError)
Q_DECLARE_METATYPE(mcpdock::registry::PushResult)
