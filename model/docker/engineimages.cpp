#include "engineclient_p.h"

namespace mcpdock::docker {

Result<QString> EngineClient::buildImage(const BuildOptions& options, const BodyProducer& produceBody,
                                         const MessageHandler& onMessage, const CancelFlag* cancel)
{
    Query q;
    for (const QString& tag : options.tags)
        q.add("t", tag);
    if (!options.dockerfile.isEmpty())
        q.add("dockerfile", options.dockerfile);
    const auto mapJson = [](const QMap<QString, QString>& map) {
        QJsonObject o;
        for (auto it = map.cbegin(); it != map.cend(); ++it)
            o.insert(it.key(), it.value());
        return QJsonDocument(o).toJson(QJsonDocument::Compact);
    };
    if (!options.labels.isEmpty())
        q.add("labels", mapJson(options.labels));
    if (!options.buildArgs.isEmpty())
        q.add("buildargs", mapJson(options.buildArgs));
    q.flag("rm", options.rm);
    q.flag("forcerm", options.forceRm);
    if (!options.networkMode.isEmpty())
        q.add("networkmode", options.networkMode);
    if (options.noCache)
        q.flag("nocache", true);
    if (options.pull)
        q.flag("pull", true);
    q.add("version", QStringLiteral("1")); // the classic builder: its output is the JSON stream

    JsonStreamReader reader;
    QString builtId;
    static const QRegularExpression successfullyBuilt(QStringLiteral("^Successfully built ([0-9a-f]+)"));
    const MessageHandler handler = [&](const JsonMessage& m) {
        if (!m.stream.isEmpty()) {
            const auto match = successfullyBuilt.match(m.stream);
            if (match.hasMatch())
                builtId = match.captured(1);
        }
        if (onMessage)
            onMessage(m);
    };
    auto r = d->messageStream("POST", "/build", q.str(), {}, &produceBody, reader, handler, cancel);
    if (!r)
        return r.error();
    if (reader.streamFailed())
        return makeError(DockerError::Kind::StreamError,
                         tr("The build failed: %1").arg(reader.streamError()));
    if (!reader.auxId().isEmpty())
        return reader.auxId();
    if (!builtId.isEmpty())
        return builtId;
    return protocolError(tr("the build finished without reporting an image ID"));
}

Result<QList<ImageSummary>> EngineClient::listImages(const ImageFilters& filters)
{
    QMap<QString, QStringList> f;
    if (!filters.references.isEmpty())
        f.insert(QStringLiteral("reference"), filters.references);
    if (!filters.labels.isEmpty())
        f.insert(QStringLiteral("label"), filters.labels);
    if (filters.dangling)
        f.insert(QStringLiteral("dangling"),
                 {*filters.dangling ? QStringLiteral("true") : QStringLiteral("false")});
    auto a = d->list("/images/json", filters.all, f);
    if (!a)
        return a.error();
    QList<ImageSummary> images;
    for (const QJsonValue& v : a.value()) {
        const QJsonObject o = v.toObject();
        ImageSummary s;
        s.id = o.value(QStringLiteral("Id")).toString();
        for (const QString& t : toStringList(o.value(QStringLiteral("RepoTags"))))
            if (t != QLatin1String("<none>:<none>"))
                s.repoTags << t;
        for (const QString& t : toStringList(o.value(QStringLiteral("RepoDigests"))))
            if (t != QLatin1String("<none>@<none>"))
                s.repoDigests << t;
        s.size = qint64(o.value(QStringLiteral("Size")).toDouble());
        s.created =
            QDateTime::fromSecsSinceEpoch(qint64(o.value(QStringLiteral("Created")).toDouble()), Qt::UTC);
        s.labels = toStringMap(o.value(QStringLiteral("Labels")));
        s.containers = o.value(QStringLiteral("Containers")).toInt(-1);
        images << s;
    }
    return images;
}

Result<QJsonObject> EngineClient::inspectImage(const QString& nameOrId)
{
    auto r = d->call("GET", "/images/" + encName(nameOrId) + "/json");
    if (!r)
        return r.error();
    return parseObject(r->body);
}

Result<QJsonObject> EngineClient::imageHistory(const QString& nameOrId)
{
    auto a = d->callArray("GET", "/images/" + encName(nameOrId) + "/history");
    if (!a)
        return a.error();
    return QJsonObject{{QStringLiteral("history"), a.value()}};
}

Result<RemovedImage> EngineClient::removeImage(const QString& nameOrId, bool force, bool noPrune)
{
    Query q;
    if (force)
        q.flag("force", true);
    if (noPrune)
        q.flag("noprune", true);
    auto a = d->callArray("DELETE", "/images/" + encName(nameOrId), q.str());
    if (!a)
        return a.error();
    RemovedImage removed;
    for (const QJsonValue& v : a.value()) {
        const QJsonObject o = v.toObject();
        if (o.contains(QStringLiteral("Untagged")))
            removed.untagged << o.value(QStringLiteral("Untagged")).toString();
        if (o.contains(QStringLiteral("Deleted")))
            removed.deleted << o.value(QStringLiteral("Deleted")).toString();
    }
    return removed;
}

Result<Done> EngineClient::tagImage(const QString& source, const QString& repository, const QString& tag)
{
    Query q;
    q.add("repo", repository);
    if (!tag.isEmpty())
        q.add("tag", tag);
    auto r = d->call("POST", "/images/" + encName(source) + "/tag", q.str());
    if (!r)
        return r.error();
    return Done{};
}

Result<QString> EngineClient::pushImage(const QString& repository, const QString& tag,
                                        const RegistryAuth& auth, const MessageHandler& onMessage,
                                        const CancelFlag* cancel)
{
    // Always one tag: without tag= the daemon pushes every local tag of the repository.
    const QString pushTag = tag.isEmpty() ? QStringLiteral("latest") : tag;
    Query q;
    q.add("tag", pushTag);
    JsonStreamReader reader;
    QString statusDigest;
    static const QRegularExpression digestLine(QStringLiteral("digest: (sha256:[0-9a-f]{64})"));
    const MessageHandler handler = [&](const JsonMessage& m) {
        if (!m.status.isEmpty()) {
            const auto match = digestLine.match(m.status);
            if (match.hasMatch())
                statusDigest = match.captured(1);
        }
        if (onMessage)
            onMessage(m);
    };
    auto r = d->messageStream("POST", "/images/" + encName(repository) + "/push", q.str(),
                              {{"X-Registry-Auth", auth.toHeaderValue()}}, nullptr, reader, handler, cancel);
    if (!r)
        return r.error();
    if (reader.streamFailed()) {
        const QString message = reader.streamError();
        const QString lower = message.toLower();
        if (lower.contains(QLatin1String("unauthorized")) ||
            lower.contains(QLatin1String("authentication required")) ||
            lower.contains(QLatin1String("no basic auth credentials")) ||
            lower.contains(QLatin1String("denied")))
            return makeError(DockerError::Kind::Unauthorized,
                             tr("The registry refused the push of %1:%2: %3. Log in to the registry (mcpdock "
                                "login) and try again.")
                                 .arg(repository, pushTag, message));
        return makeError(DockerError::Kind::StreamError,
                         tr("The push of %1:%2 failed: %3").arg(repository, pushTag, message));
    }
    if (!reader.auxDigest().isEmpty())
        return reader.auxDigest();
    if (!statusDigest.isEmpty())
        return statusDigest;
    return protocolError(tr("the push finished without reporting a digest"));
}

Result<PruneReport> EngineClient::pruneImages(bool danglingOnly, const QStringList& labelFilters)
{
    QMap<QString, QStringList> f;
    f.insert(QStringLiteral("dangling"), {danglingOnly ? QStringLiteral("true") : QStringLiteral("false")});
    if (!labelFilters.isEmpty())
        f.insert(QStringLiteral("label"), labelFilters);
    Query q;
    q.add("filters", filtersJson(f));
    auto r = d->call("POST", "/images/prune", q.str());
    if (!r)
        return r.error();
    auto o = parseObject(r->body);
    if (!o)
        return o.error();
    PruneReport report;
    for (const QJsonValue& v : o->value(QStringLiteral("ImagesDeleted")).toArray()) {
        const QJsonObject e = v.toObject();
        if (e.contains(QStringLiteral("Untagged")))
            report.untagged << e.value(QStringLiteral("Untagged")).toString();
        if (e.contains(QStringLiteral("Deleted")))
            report.deleted << e.value(QStringLiteral("Deleted")).toString();
    }
    report.spaceReclaimed = qint64(o->value(QStringLiteral("SpaceReclaimed")).toDouble());
    return report;
}

} // namespace mcpdock::docker
