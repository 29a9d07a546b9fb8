#pragma once

#include <QString>
#include <QStringList>

namespace mcpdock::docker {
class EngineClient;
}

namespace mcpdock::imagebuild {

// What a failed build could not clean up because the daemon was gone (killed, restarted, socket
// lost): its intermediate containers and the untagged images it committed. Kept in a small JSON
// file per user, keyed by the daemon's address, and swept the next time a build starts against
// that daemon, so a crash leaves nothing behind for good.
class CleanupJournal
{
public:
    explicit CleanupJournal(QString path = defaultPath());

    // $XDG_DATA_HOME/mcpdock/pending-cleanup.json (QStandardPaths::GenericDataLocation).
    static QString defaultPath();
    const QString& path() const { return m_path; }

    void add(const QString& daemon, const QStringList& containers, const QStringList& images);
    QStringList pendingContainers(const QString& daemon) const;
    QStringList pendingImages(const QString& daemon) const;

    // Removes the daemon's pending containers (forced) and images (only while untagged); what is
    // gone or removed leaves the journal, what cannot be reached stays. Returns what was removed.
    QStringList sweep(const QString& daemon, docker::EngineClient& client);

private:
    QString m_path;
};

} // namespace mcpdock::imagebuild
