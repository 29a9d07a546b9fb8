#include "imagepusher.h"

#include "registrystore.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace mcpdock::registry {
namespace {

bool containsAny(const QString& text, std::initializer_list<const char*> needles)
{
    for (const char* n : needles) {
        if (text.contains(QLatin1String(n), Qt::CaseInsensitive))
            return true;
    }
    return false;
}

PushError makeError(PushError::Kind kind, const QString& message, const QString& hint)
{
    PushError e;
    e.kind = kind;
    e.message = message;
    e.hint = hint;
    return e;
}

// "v1: digest: sha256:abc... size: 528": the classic status line with the pushed digest.
QString digestFromStatus(const QString& status)
{
    static const QRegularExpression re(QStringLiteral("digest: (sha256:[a-f0-9]{64})"));
    const auto m = re.match(status);
    return m.hasMatch() ? m.captured(1) : QString();
}

} // namespace

QString PushTarget::repositoryReference() const
{
    return registryHost + QLatin1Char('/') + repository;
}

QString PushTarget::reference() const
{
    return repositoryReference() + QLatin1Char(':') + tag;
}

QString PushError::text() const
{
    if (hint.isEmpty())
        return message;
    const QString m = message.trimmed();
    const bool ends =
        m.endsWith(QLatin1Char('.')) || m.endsWith(QLatin1Char('!')) || m.endsWith(QLatin1Char('?'));
    return m + (ends ? QStringLiteral(" ") : QStringLiteral(". ")) + hint;
}

Expected<PushTarget, PushError> ImagePusher::targetFor(const QString& localImage,
                                                       const RegistryEntry& registry,
                                                       const QString& nameSpace, const QString& tag)
{
    // An ID ("sha256:<hex>", or its short form) would parse as repository "sha256": a push needs a name.
    static const QRegularExpression idLike(QStringLiteral("^(sha256:)?[a-f0-9]{12,64}$"));
    if (idLike.match(localImage).hasMatch())
        return makeError(PushError::Kind::InvalidReference,
                         tr("\"%1\" is an image ID; a push needs the image's name.").arg(localImage),
                         tr("Give the name and tag, for example weather:v1 (see mcpdock images)."));
    const auto local = ReferenceParser::parse(localImage);
    if (!local)
        return makeError(PushError::Kind::InvalidReference, local.error().message,
                         local.error().suggestion.isEmpty()
                             ? QString()
                             : tr("Did you mean \"%1\"?").arg(local.error().suggestion));
    const QString hostProblem = RegistryEntry::validateHost(registry.host);
    if (!hostProblem.isEmpty())
        return makeError(PushError::Kind::InvalidReference, hostProblem, QString());

    PushTarget t;
    t.registryHost = RegistryEntry::normaliseHost(registry.host);
    const QString ns = (nameSpace.isEmpty() ? registry.defaultNamespace : nameSpace).trimmed();
    if (ns.isEmpty() && registry.namespaceRequired())
        return makeError(PushError::Kind::InvalidReference,
                         tr("Docker Hub needs a namespace (your user or organisation name) for %1.")
                             .arg(local->familiarName()),
                         tr("Give one with --namespace, or set it for Docker Hub in the registry settings."));
    const QString name = local->path.section(QLatin1Char('/'), -1);
    t.repository = ns.isEmpty() ? name : ns + QLatin1Char('/') + name;
    t.tag = tag.isEmpty() ? local->tagOrLatest() : tag;

    const auto check = ReferenceParser::parse(t.reference());
    if (!check)
        return makeError(PushError::Kind::InvalidReference, check.error().message,
                         check.error().suggestion.isEmpty()
                             ? QString()
                             : tr("Did you mean \"%1\"?").arg(check.error().suggestion));
    return t;
}

PushError ImagePusher::classify(const QString& message, const QString& registryHost)
{
    if (containsAny(message,
                    {"unauthorized", "authentication required", "no basic auth credentials",
                     "incorrect username or password", "access to the resource is denied", "denied:"}))
        return makeError(PushError::Kind::Unauthorized, message,
                         tr("Check the credentials for %1 (mcpdock login %1), that a token has push (write) "
                            "scope, and that the namespace belongs to that account.")
                             .arg(registryHost));
    if (containsAny(message, {"name unknown", "name_unknown", "repository name not known",
                              "repository does not exist"}))
        return makeError(PushError::Kind::NameUnknown, message,
                         tr("Create the repository in %1 first, or check the namespace.").arg(registryHost));
    if (containsAny(message, {"server gave http response to https client", "x509", "tls:", "certificate",
                              "first record does not look like a tls handshake"}))
        return makeError(
            PushError::Kind::Tls, message,
            tr("Check the address of %1: the daemon speaks HTTPS to it. A plain-HTTP registry must be "
               "listed in the daemon's insecure-registries; otherwise fix its certificate.")
                .arg(registryHost));
    if (containsAny(message, {"connection refused", "no such host", "i/o timeout", "network is unreachable",
                              "no route to host", "dial tcp", "server misbehaving", "connection reset",
                              "context deadline exceeded", "broken pipe", "eof"}))
        return makeError(
            PushError::Kind::Unreachable, message,
            tr("Check the registry address %1 (host and port) and that the registry is running and "
               "reachable from the Docker daemon.")
                .arg(registryHost));
    return makeError(PushError::Kind::Failed, message, QString());
}

PushError ImagePusher::fromDockerError(const docker::DockerError& error, const QString& registryHost)
{
    using K = docker::DockerError::Kind;
    switch (error.kind) {
    case K::Cancelled:
        return makeError(
            PushError::Kind::Cancelled, error.message,
            tr("The push was cancelled; the registry may hold some layers but no tag was written."));
    case K::DaemonNotRunning:
    case K::ConnectionRefused:
    case K::PermissionDenied:
    case K::Config:
    case K::UnsupportedApi:
        return makeError(PushError::Kind::Daemon, error.message, QString());
    case K::NotFound:
        // Before the stream starts, 404 means the local image is missing.
        return makeError(PushError::Kind::ImageNotFound, error.message,
                         tr("Build the image first, or check its name with mcpdock images."));
    default:
        break;
    }
    PushError e = classify(error.message, registryHost);
    if (e.kind == PushError::Kind::Failed && error.kind == K::Unauthorized)
        return classify(QStringLiteral("unauthorized: ") + error.message, registryHost);
    return e;
}

bool PushProgressAggregator::add(const docker::JsonMessage& m)
{
    if (m.id.isEmpty() || m.status.isEmpty()) {
        if (!m.status.isEmpty())
            m_status = m.status;
        return false;
    }
    // Only layer lines carry an id; "The push refers to ..." and the digest line do not.
    if (!m_layers.contains(m.id))
        m_order << m.id;
    Layer& l = m_layers[m.id];
    const QString s = m.status;
    if (s == QLatin1String("Pushing")) {
        if (m.total > 0)
            l.total = m.total;
        if (m.current >= 0)
            l.current = qMin(m.current, l.total > 0 ? l.total : m.current);
    } else if (s == QLatin1String("Pushed")) {
        l.done = true;
        l.current = l.total;
    } else if (s == QLatin1String("Layer already exists") || s.startsWith(QLatin1String("Mounted from"))) {
        l.done = true;
        l.existed = true;
        l.current = l.total;
    }
    m_status = s;
    return true;
}

PushProgress PushProgressAggregator::progress() const
{
    PushProgress p;
    p.status = m_status;
    p.layers = int(m_layers.size());
    for (const Layer& l : m_layers) {
        p.bytesDone += l.current;
        p.bytesTotal += l.total;
        if (l.done)
            ++p.layersDone;
        if (l.existed)
            ++p.layersExisting;
    }
    return p;
}

QString PushProgress::text(const QLocale& locale) const
{
    if (layers == 1 && layersExisting == 1)
        return QCoreApplication::translate("PushProgress", "the one layer is already in the registry");
    if (layers > 1 && layersExisting == layers)
        return QCoreApplication::translate("PushProgress", "all %1 layers already in the registry")
            .arg(layers);
    QString t = QCoreApplication::translate("PushProgress", "%1 of %2 layers, %3 of %4")
                    .arg(layersDone)
                    .arg(layers)
                    .arg(locale.formattedDataSize(bytesDone), locale.formattedDataSize(bytesTotal));
    if (layersExisting > 0)
        t += QLatin1Char(' ') +
             QCoreApplication::translate("PushProgress", "(%1 already in the registry)").arg(layersExisting);
    return t;
}

Expected<PushResult, PushError> ImagePusher::push(docker::EngineClient& client, const QString& localImage,
                                                  const PushTarget& target, const docker::RegistryAuth& auth,
                                                  const ProgressHandler& onProgress,
                                                  const docker::CancelFlag* cancel)
{
    const QString repo = target.repositoryReference();
    // A registry tag we add only for this push goes again when the push fails, so a failed push
    // leaves the image list as it was.
    const bool targetExisted = client.inspectImage(target.reference()).ok();
    const auto tagged = client.tagImage(localImage, repo, target.tag);
    if (!tagged) {
        if (tagged.error().kind == docker::DockerError::Kind::NotFound)
            return makeError(PushError::Kind::ImageNotFound,
                             tr("There is no local image \"%1\".").arg(localImage),
                             tr("Build it first, or check the name with mcpdock images."));
        return fromDockerError(tagged.error(), target.registryHost);
    }

    PushProgressAggregator aggregator;
    QString streamError;
    QString statusDigest;
    QString auxDigest;
    qint64 auxSize = 0;
    const auto handler = [&](const docker::JsonMessage& m) {
        if (m.isError()) {
            streamError = m.error;
            return;
        }
        if (!m.auxDigest.isEmpty()) {
            auxDigest = m.auxDigest;
            auxSize = m.raw.value(QStringLiteral("aux")).toObject().value(QStringLiteral("Size")).toInteger();
        }
        if (statusDigest.isEmpty())
            statusDigest = digestFromStatus(m.status);
        if (aggregator.add(m) && onProgress)
            onProgress(aggregator.progress());
    };
    const auto pushed = client.pushImage(repo, target.tag, auth, handler, cancel);
    if ((!streamError.isEmpty() || !pushed) && !targetExisted)
        client.removeImage(target.reference(), false, true); // untag only; the image keeps its names
    // A stream error is a failure even when the client handed back something; its words are the
    // registry's own, so they go to the user unwrapped.
    if (!streamError.isEmpty())
        return classify(streamError, target.registryHost);
    if (!pushed)
        return fromDockerError(pushed.error(), target.registryHost);

    PushResult r;
    r.reference = target.reference();
    r.digest = !pushed->isEmpty() ? *pushed : (!auxDigest.isEmpty() ? auxDigest : statusDigest);
    r.size = auxSize;
    if (!ReferenceParser::isValidDigest(r.digest))
        return makeError(
            PushError::Kind::Failed,
            tr("The daemon finished pushing %1 without reporting a manifest digest.").arg(r.reference),
            tr("Check the registry with docker manifest inspect before relying on this push."));
    if (onProgress) {
        PushProgress done = aggregator.progress();
        done.status = tr("Pushed");
        onProgress(done);
    }
    return r;
}

} // namespace mcpdock::registry
