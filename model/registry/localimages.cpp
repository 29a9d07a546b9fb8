#include "localimages.h"

#include "dockerfile/labels.h"
#include "reference.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

#include <algorithm>

namespace mcpdock::registry {
namespace {

namespace labels = dockerfile::labels;

QString repositoryOf(const QString& tagRef)
{
    // "127.0.0.1:5000/a/b:v1" -> "127.0.0.1:5000/a/b": the tag starts after the last '/'.
    const qsizetype slash = tagRef.lastIndexOf(QLatin1Char('/'));
    const qsizetype colon = tagRef.indexOf(QLatin1Char(':'), slash + 1);
    return colon < 0 ? tagRef : tagRef.left(colon);
}

bool isManaged(const docker::ImageSummary& s)
{
    return s.labels.value(QLatin1String(labels::Managed)) == QLatin1String("true");
}

QStringList realTags(const QStringList& repoTags)
{
    QStringList out;
    for (const QString& t : repoTags) {
        if (t != QLatin1String("<none>:<none>") && !t.isEmpty())
            out << t;
    }
    return out;
}

// The image's groups for pruning: each repository it is tagged in, or its project when untagged
// (an older build whose tags all moved to newer ones).
QStringList groupsOf(const LocalImage& image)
{
    QStringList groups;
    for (const QString& t : image.tags) {
        const QString r = repositoryOf(t);
        if (!groups.contains(r))
            groups << r;
    }
    if (groups.isEmpty())
        groups << QStringLiteral("<untagged>/") + image.projectName;
    return groups;
}

} // namespace

QStringList toolsFromLabel(const QString& label)
{
    const QString trimmed = label.trimmed();
    if (trimmed.isEmpty())
        return {};
    QStringList out;
    if (trimmed.startsWith(QLatin1Char('['))) {
        const QJsonArray arr = QJsonDocument::fromJson(trimmed.toUtf8()).array();
        for (const QJsonValue& v : arr) {
            const QString name =
                v.isObject() ? v.toObject().value(QStringLiteral("name")).toString() : v.toString();
            if (!name.isEmpty())
                out << name;
        }
        return out;
    }
    for (const QString& part : trimmed.split(QLatin1Char(','), Qt::SkipEmptyParts))
        out << part.trimmed();
    return out;
}

LocalImage localImageFromSummary(const docker::ImageSummary& s)
{
    LocalImage img;
    img.id = s.id;
    img.tags = realTags(s.repoTags);
    // The local name first ("weather:v1" before "127.0.0.1:5000/acme/weather:v1"), so the
    // repository shown is the one the user built, not where a copy was pushed.
    std::stable_sort(img.tags.begin(), img.tags.end(), [](const QString& a, const QString& b) {
        const bool aLocal = ReferenceParser::splitDomain(a).first.isEmpty();
        const bool bLocal = ReferenceParser::splitDomain(b).first.isEmpty();
        return aLocal && !bLocal;
    });
    img.repository = img.tags.isEmpty() ? QString() : repositoryOf(img.tags.first());
    img.size = s.size;
    img.created = s.created;
    img.projectName = s.labels.value(QLatin1String(labels::Project));
    img.projectVersion = s.labels.value(QLatin1String(labels::Version));
    img.tools = toolsFromLabel(s.labels.value(QLatin1String(labels::Tools)));
    img.containers = qMax(0, s.containers);
    return img;
}

docker::Result<QList<LocalImage>> listLocalImages(docker::EngineClient& client, const QString& prefix)
{
    docker::ImageFilters filters;
    filters.labels << QLatin1String(labels::Managed) + QStringLiteral("=true");
    const auto images = client.listImages(filters);
    if (!images)
        return images.error();
    const auto containers = client.listContainers(true);
    if (!containers)
        return containers.error();
    QHash<QString, int> useCount;
    for (const docker::ContainerSummary& c : *containers)
        ++useCount[c.imageId];

    QList<LocalImage> out;
    for (const docker::ImageSummary& s : *images) {
        // The daemon filtered already; checking again keeps a foreign image out whatever it does.
        if (!isManaged(s))
            continue;
        LocalImage img = localImageFromSummary(s);
        img.containers = useCount.value(s.id);
        if (!prefix.isEmpty()) {
            const bool match = std::any_of(img.tags.begin(), img.tags.end(), [&](const QString& t) {
                return repositoryOf(t).startsWith(prefix);
            });
            if (!match)
                continue;
        }
        out << img;
    }
    std::stable_sort(out.begin(), out.end(), [](const LocalImage& a, const LocalImage& b) {
        return a.created != b.created ? a.created > b.created : a.id < b.id;
    });
    return out;
}

docker::Result<ImagePruneReport> pruneOldImages(docker::EngineClient& client, int keepCount, bool dryRun,
                                                const QString& prefix)
{
    ImagePruneReport report;
    report.dryRun = dryRun;
    report.keepCount = qMax(0, keepCount);
    const auto listed = listLocalImages(client, prefix);
    if (!listed)
        return listed.error();
    const QList<LocalImage>& images = *listed; // newest first

    // An image is kept when it is among the newest N of any repository it is tagged in.
    QHash<QString, int> seenPerGroup;
    QSet<QString> keep;
    for (const LocalImage& img : images) {
        for (const QString& g : groupsOf(img)) {
            if (seenPerGroup[g]++ < report.keepCount)
                keep.insert(img.id);
        }
    }

    for (const LocalImage& img : images) {
        if (keep.contains(img.id)) {
            report.kept << img;
            continue;
        }
        if (img.containers > 0) {
            report.skipped << img;
            report.skippedReasons << QCoreApplication::translate("LocalImages", "used by %n container(s)",
                                                                 nullptr, img.containers);
            continue;
        }
        if (dryRun) {
            report.removed << img;
            report.spaceReclaimed += img.size;
            continue;
        }
        // Untag one reference at a time without force: the daemon deletes the image with its last
        // tag and refuses anything a container (started since we looked) still needs.
        bool deleted = false;
        QString failure;
        const QStringList refs = img.tags.isEmpty() ? QStringList{img.id} : img.tags;
        for (const QString& ref : refs) {
            const auto r = client.removeImage(ref, false, false);
            if (!r) {
                failure = r.error().message;
                break;
            }
            if (r->deleted.contains(img.id))
                deleted = true;
        }
        if (!failure.isEmpty()) {
            report.errors << QCoreApplication::translate("LocalImages", "%1 (%2) was not removed: %3")
                                 .arg(img.tags.value(0, img.id), img.id.left(19), failure);
            continue;
        }
        report.removed << img;
        if (deleted)
            report.spaceReclaimed += img.size;
    }
    return report;
}

} // namespace mcpdock::registry
