#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace mcpdock {

// Decides which dropped or opened URLs are MCP manifests. Pure (only looks at the file system), so
// the window's drag and drop and the command line share one tested rule.
struct DropDecision
{
    QStringList manifests; // absolute paths of manifest files to load, in drop order, no duplicates
    QStringList refused;   // what was refused, as the user named it (a path or a URL)

    bool acceptedAny() const { return !manifests.isEmpty(); }
    // Empty when nothing was refused; otherwise the sentence telling the user what is accepted,
    // naming the refused items.
    QString message() const;
};

class DropPolicy
{
public:
    // The manifest file names, in the order a folder is searched.
    static QStringList manifestFileNames();
    static bool isManifestFileName(const QString& fileName);

    // The manifest inside dir, or empty when it holds none.
    static QString manifestInFolder(const QString& dir);

    static DropDecision decide(const QList<QUrl>& urls);
    // Command-line arguments: paths, relative to workingDir, or file:// URLs.
    static DropDecision decidePaths(const QStringList& paths, const QString& workingDir);

    // The sentence saying what is accepted.
    static QString acceptedMessage();
};

} // namespace mcpdock
