#pragma once

#include "imagepusher.h"
#include "registryclient.h"

#include <QList>
#include <QString>

#include <functional>

namespace mcpdock::registry {

// One platform's local image, to be one entry of the index.
struct PlatformImage
{
    QString localImage; // "weather:latest-linux-arm64" or an image ID
    QString os;         // "linux"
    QString architecture;
    QString variant;
    QString tagSuffix() const; // "linux-arm64"
};

struct IndexPushResult
{
    QString reference;           // registry/name:tag of the index
    QString digest;              // of the index
    QList<IndexEntry> entries;   // what it references
    QList<PushResult> platforms; // each platform's push (tag TAG-<os>-<arch>)
};

// A multi-platform push: each platform's image is pushed through the daemon as TAG-<os>-<arch>
// (ImagePusher, so credentials and progress are those of a single push), then an OCI image index of
// their manifests, by digest, is PUT as TAG through the registry's HTTP API with the same
// credentials. Nothing is put under TAG unless every platform arrived.
class IndexPusher
{
    Q_DECLARE_TR_FUNCTIONS(IndexPusher)

public:
    using ProgressHandler = std::function<void(const PlatformImage&, const PushProgress&)>;

    static Expected<IndexPushResult, PushError>
    push(docker::EngineClient& client, const QList<PlatformImage>& images, const PushTarget& target,
         const docker::RegistryAuth& auth, const ProgressHandler& onProgress = {},
         const docker::CancelFlag* cancel = nullptr);

    static PushError fromRegistryError(const RegistryError& error);
};

} // namespace mcpdock::registry
