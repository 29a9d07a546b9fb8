#pragma once

#include "dockerignore.h"
#include "expected.h"
#include "regularfile.h"

#include <QByteArray>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>

namespace mcpdock::docker {
class BodyWriter;
}

namespace mcpdock::imagebuild {

struct ContextError
{
    enum class Kind
    {
        OutsideProject, // a path (or a symlink on it) leads out of the project folder
        LinkToExcluded, // a symlink leads to what the context keeps out (.env, .dockerignore'd)
        InvalidPath,    // absolute, empty, or "..": not a context path
        NotFound,
        Unreadable,
        NotRegular,  // a FIFO, socket or device: never read (a FIFO would block the build)
        Duplicate,   // two entries for one context path
        FileChanged, // a file changed size while it was being sent, or was replaced after its check
        Archive,     // libarchive refused an entry
        SinkFailed,  // the connection failed or the build was cancelled
        Cancelled,
    };
    Kind kind = Kind::Archive;
    QString path; // the context path concerned, if any
    QString message;
};

struct ContextStats
{
    qint64 bytesWritten = 0; // tar bytes handed to the sink
    QStringList entries;     // context paths in the order written (folders end in '/')
    QStringList excluded;    // project files .dockerignore kept out
};

// Writes a Docker build context as a tar stream, straight into a sink (the chunked request body of
// POST /build): no temporary tarball, memory flat however large the files are. The output is
// reproducible: entries sorted by path, parent folders included, owner 0:0, one fixed mtime, modes
// 0644 / 0755 (executables and folders), so the same project gives the same bytes on every machine
// and the daemon's build cache can hit.
class BuildContextWriter
{
public:
    using Sink = std::function<bool(const char* data, qint64 size)>;

    // 2000-01-01T00:00:00Z: any fixed value works; the epoch itself upsets some tools.
    static constexpr qint64 FixedMtime = 946684800;
    static constexpr qint64 BlockSize = 64 * 1024;

    explicit BuildContextWriter(const QString& projectDir);

    QString projectDir() const { return m_projectDir; }

    // Project files are filtered through this (.dockerignore semantics); in-memory files are not.
    void setIgnore(const DockerIgnore& ignore) { m_ignore = ignore; }
    void setCompress(bool gzip) { m_gzip = gzip; }

    // A file whose bytes we generated (the Dockerfile, the MCP runtime); never excluded.
    Expected<Done, ContextError> addMemoryFile(const QString& contextPath, const QByteArray& data,
                                               bool executable = false);
    // A file or folder (recursively) of the project, by its path relative to the project folder; it
    // lands at the same path in the context. Refused when it, or a symlink on the way, resolves
    // outside the project folder. Excluded files are recorded in ContextStats::excluded.
    Expected<Done, ContextError> addProjectPath(const QString& relativePath);

    // Project paths .dockerignore kept out so far (folders end in '/').
    QStringList excluded() const { return m_excluded; }
    // The context paths of all files that will be written, sorted.
    QStringList files() const;

    // Streams the tar into sink in blocks of at most BlockSize bytes. Can be called again: the same
    // inputs give the same bytes.
    Expected<ContextStats, ContextError> write(const Sink& sink,
                                               const std::atomic_bool* cancel = nullptr) const;
    Expected<ContextStats, ContextError> write(docker::BodyWriter& out,
                                               const std::atomic_bool* cancel = nullptr) const;

private:
    struct Entry
    {
        QByteArray data;       // memory file
        QString diskPath;      // project file (canonical path relative to the project folder)
        FileIdentity identity; // device and inode when it was checked: the file written must be it
        bool fromDisk = false;
        bool executable = false;
    };

    Expected<QString, ContextError> normalise(const QString& path) const;
    Expected<QString, ContextError> resolveInside(const QString& relativePath) const;
    Expected<Done, ContextError> addDiskFile(const QString& contextPath, const QString& canonical);
    Expected<Done, ContextError> addDiskTree(const QString& contextPath, const QString& canonical,
                                             QStringList& ancestors);

    QString m_projectDir; // canonical
    DockerIgnore m_ignore;
    bool m_gzip = false;
    QMap<QString, Entry> m_files; // sorted by context path
    QStringList m_excluded;
};

} // namespace mcpdock::imagebuild
