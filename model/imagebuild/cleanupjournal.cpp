#include "cleanupjournal.h"

#include "docker/engineclient.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QStandardPaths>

namespace mcpdock::imagebuild {
namespace {

const QLatin1String ContainersKey("containers");
const QLatin1String ImagesKey("images");

QJsonObject readJournal(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(f.readAll()).object();
}

void writeJournal(const QString& path, const QJsonObject& journal)
{
    if (journal.isEmpty()) {
        QFile::remove(path);
        return;
    }
    QDir().mkpath(QFileInfo(path).absolutePath());
    QSaveFile f(path);
    if (f.open(QIODevice::WriteOnly)) {
        f.write(QJsonDocument(journal).toJson(QJsonDocument::Indented));
        f.commit();
    }
}

QStringList merged(const QJsonValue& existing, const QStringList& more)
{
    QStringList all;
    for (const QJsonValue& v : existing.toArray())
        all.append(v.toString());
    for (const QString& id : more)
        if (!id.isEmpty() && !all.contains(id))
            all.append(id);
    return all;
}

// Gone already counts as done; only an unreachable daemon keeps an entry for the next sweep.
bool settled(const docker::DockerError& e)
{
    return e.kind == docker::DockerError::Kind::NotFound;
}

} // namespace

CleanupJournal::CleanupJournal(QString path)
    : m_path(std::move(path))
{}

QString CleanupJournal::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) +
           QStringLiteral("/mcpdock/pending-cleanup.json");
}

void CleanupJournal::add(const QString& daemon, const QStringList& containers, const QStringList& images)
{
    if (containers.isEmpty() && images.isEmpty())
        return;
    QJsonObject journal = readJournal(m_path);
    QJsonObject entry = journal.value(daemon).toObject();
    entry.insert(ContainersKey, QJsonArray::fromStringList(merged(entry.value(ContainersKey), containers)));
    entry.insert(ImagesKey, QJsonArray::fromStringList(merged(entry.value(ImagesKey), images)));
    journal.insert(daemon, entry);
    writeJournal(m_path, journal);
}

QStringList CleanupJournal::pendingContainers(const QString& daemon) const
{
    return merged(readJournal(m_path).value(daemon).toObject().value(ContainersKey), {});
}

QStringList CleanupJournal::pendingImages(const QString& daemon) const
{
    return merged(readJournal(m_path).value(daemon).toObject().value(ImagesKey), {});
}

QStringList CleanupJournal::sweep(const QString& daemon, docker::EngineClient& client)
{
    QJsonObject journal = readJournal(m_path);
    if (!journal.contains(daemon))
        return {};
    QStringList removed;
    QStringList keptContainers;
    for (const QString& id : pendingContainers(daemon)) {
        const auto r = client.removeContainer(id, true);
        if (r)
            removed.append(id);
        else if (!settled(r.error()))
            keptContainers.append(id);
    }
    // Newest first (they were recorded in build order): a child before its parent.
    QStringList keptImages;
    const QStringList images = pendingImages(daemon);
    for (auto it = images.crbegin(); it != images.crend(); ++it) {
        const auto inspected = client.inspectImage(*it);
        if (!inspected) {
            if (!settled(inspected.error()))
                keptImages.prepend(*it);
            continue;
        }
        if (!inspected->value(QStringLiteral("RepoTags")).toArray().isEmpty())
            continue; // tagged since: someone's image now, not a leftover
        const auto r = client.removeImage(*it, false, true);
        if (r)
            removed.append(*it);
        else if (r.error().kind != docker::DockerError::Kind::Conflict && !settled(r.error()))
            keptImages.prepend(*it);
    }
    if (keptContainers.isEmpty() && keptImages.isEmpty()) {
        journal.remove(daemon);
    } else {
        journal.insert(daemon, QJsonObject{{ContainersKey, QJsonArray::fromStringList(keptContainers)},
                                           {ImagesKey, QJsonArray::fromStringList(keptImages)}});
    }
    writeJournal(m_path, journal);
    return removed;
}

} // namespace mcpdock::imagebuild
