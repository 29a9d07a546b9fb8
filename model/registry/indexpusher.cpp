#include "indexpusher.h"

namespace mcpdock::registry {

QString PlatformImage::tagSuffix() const
{
    return os + QLatin1Char('-') + architecture +
           (variant.isEmpty() ? QString() : QLatin1Char('-') + variant);
}

PushError IndexPusher::fromRegistryError(const RegistryError& error)
{
    PushError e;
    switch (error.kind) {
    case RegistryError::Kind::Unauthorized:
        e.kind = PushError::Kind::Unauthorized;
        break;
    case RegistryError::Kind::NotFound:
        e.kind = PushError::Kind::NameUnknown;
        break;
    case RegistryError::Kind::Unreachable:
        e.kind = PushError::Kind::Unreachable;
        break;
    case RegistryError::Kind::Tls:
        e.kind = PushError::Kind::Tls;
        break;
    default:
        e.kind = PushError::Kind::Failed;
    }
    e.message = error.message;
    e.hint = error.hint;
    return e;
}

Expected<IndexPushResult, PushError>
IndexPusher::push(docker::EngineClient& client, const QList<PlatformImage>& images, const PushTarget& target,
                  const docker::RegistryAuth& auth, const ProgressHandler& onProgress,
                  const docker::CancelFlag* cancel)
{
    IndexPushResult result;
    result.reference = target.reference();
    RegistryClient registry(target.registryHost, auth);
    for (const PlatformImage& image : images) {
        PushTarget one = target;
        one.tag = target.tag + QLatin1Char('-') + image.tagSuffix();
        auto pushed = ImagePusher::push(
            client, image.localImage, one, auth,
            [&](const PushProgress& p) {
                if (onProgress)
                    onProgress(image, p);
            },
            cancel);
        if (!pushed)
            return pushed.error();
        // The index needs the manifest's media type and size exactly as the registry holds it.
        auto manifest = registry.getManifest(target.repository, pushed->digest);
        if (!manifest)
            return fromRegistryError(manifest.error());
        result.platforms.append(*pushed);
        result.entries.append({manifest->mediaType, manifest->digest, qint64(manifest->body.size()), image.os,
                               image.architecture, image.variant});
    }
    if (cancel && cancel->load()) {
        PushError e;
        e.kind = PushError::Kind::Cancelled;
        e.message = tr("Cancelled before the image index was written.");
        return e;
    }
    const QByteArray index = RegistryClient::imageIndex(result.entries);
    auto digest = registry.putManifest(target.repository, target.tag, index,
                                       QString::fromLatin1(RegistryClient::OciIndexMediaType));
    if (!digest)
        return fromRegistryError(digest.error());
    result.digest = *digest;
    return result;
}

} // namespace mcpdock::registry
