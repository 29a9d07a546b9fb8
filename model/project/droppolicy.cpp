#include "droppolicy.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace mcpdock {

QStringList DropPolicy::manifestFileNames()
{
    return {QStringLiteral("mcp.yaml"), QStringLiteral("mcp.yml"), QStringLiteral("manifest.json")};
}

bool DropPolicy::isManifestFileName(const QString& fileName)
{
    // Case-sensitive like the loader: "MCP.YAML" is not our file on a case-sensitive system.
    return manifestFileNames().contains(fileName);
}

QString DropPolicy::manifestInFolder(const QString& dir)
{
    const QDir d(dir);
    for (const QString& name : manifestFileNames()) {
        const QFileInfo fi(d.filePath(name));
        if (fi.isFile() && fi.isReadable())
            return fi.absoluteFilePath();
    }
    return {};
}

QString DropPolicy::acceptedMessage()
{
    return QCoreApplication::translate("DropPolicy",
                                       "Drop an mcp.yaml, mcp.yml or manifest.json, or a folder holding one "
                                       "(or an MCP server's package.json or pyproject.toml)");
}

QString DropDecision::message() const
{
    if (refused.isEmpty())
        return {};
    QStringList names;
    for (const QString& r : refused) {
        const QString file = QFileInfo(r).fileName();
        names << (file.isEmpty() ? r : file);
    }
    return QCoreApplication::translate("DropPolicy", "%1 cannot be opened. %2.", nullptr, int(refused.size()))
        .arg(names.join(QStringLiteral(", ")), DropPolicy::acceptedMessage());
}

namespace {

void consider(DropDecision& d, const QString& localPath, const QString& asNamed)
{
    const QFileInfo fi(localPath);
    QString manifest;
    if (fi.isDir()) {
        manifest = DropPolicy::manifestInFolder(fi.absoluteFilePath());
        // A folder without a manifest may hold an SDK-based server: the loader decides (and says
        // what it looked for when it is not one).
        const QDir folder(fi.absoluteFilePath());
        if (manifest.isEmpty() && (QFileInfo(folder.filePath(QStringLiteral("package.json"))).isFile() ||
                                   QFileInfo(folder.filePath(QStringLiteral("pyproject.toml"))).isFile()))
            manifest = fi.absoluteFilePath();
    } else if (fi.isFile() && DropPolicy::isManifestFileName(fi.fileName()))
        manifest = fi.absoluteFilePath();
    if (manifest.isEmpty()) {
        d.refused << asNamed;
        return;
    }
    const QString canonical = QFileInfo(manifest).canonicalFilePath();
    const QString path = canonical.isEmpty() ? manifest : canonical;
    if (!d.manifests.contains(path))
        d.manifests << path;
}

} // namespace

DropDecision DropPolicy::decide(const QList<QUrl>& urls)
{
    DropDecision d;
    for (const QUrl& url : urls) {
        if (!url.isLocalFile()) {
            d.refused << url.toDisplayString();
            continue;
        }
        consider(d, url.toLocalFile(), url.toLocalFile());
    }
    return d;
}

DropDecision DropPolicy::decidePaths(const QStringList& paths, const QString& workingDir)
{
    QList<QUrl> urls;
    for (const QString& p : paths) {
        if (p.startsWith(QLatin1String("file:")))
            urls << QUrl(p);
        else
            urls << QUrl::fromLocalFile(QDir(workingDir).absoluteFilePath(p));
    }
    DropDecision d = decide(urls);
    return d;
}

} // namespace mcpdock
