#include "buildcontextwriter.h"

#include "docker/engineclient.h"
#include "project/contextrule.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSet>

#include <archive.h>
#include <archive_entry.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <memory>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace mcpdock::imagebuild {
namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("BuildContextWriter", text);
}

ContextError makeError(ContextError::Kind kind, const QString& path, const QString& message)
{
    return ContextError{kind, path, message};
}

struct ArchiveDeleter
{
    void operator()(archive* a) const { archive_write_free(a); }
};
struct EntryDeleter
{
    void operator()(archive_entry* e) const { archive_entry_free(e); }
};

// What libarchive's write callback needs: the sink, the byte count, why it stopped.
struct SinkState
{
    const BuildContextWriter::Sink* sink = nullptr;
    const std::atomic_bool* cancel = nullptr;
    qint64 written = 0;
    bool failed = false;
    bool cancelled = false;
    bool stopped = false; // write() returned: nothing more reaches the sink
};

la_ssize_t writeCallback(archive*, void* client, const void* buffer, size_t length)
{
    auto* state = static_cast<SinkState*>(client);
    if (state->failed || state->cancelled || state->stopped)
        return -1; // libarchive flushes again when it is freed: the sink must not see more
    if (state->cancel && state->cancel->load()) {
        state->cancelled = true;
        return -1;
    }
    if (!(*state->sink)(static_cast<const char*>(buffer), static_cast<qint64>(length))) {
        state->failed = true;
        return -1;
    }
    state->written += static_cast<qint64>(length);
    return static_cast<la_ssize_t>(length);
}

qint64 readSome(int fd, char* data, qint64 size)
{
    for (;;) {
        const ssize_t n = ::read(fd, data, static_cast<size_t>(size));
        if (n < 0 && errno == EINTR)
            continue;
        return n;
    }
}

bool isExecutable(const QFileInfo& info)
{
    return info.permissions() & (QFileDevice::ExeOwner | QFileDevice::ExeGroup | QFileDevice::ExeOther);
}

} // namespace

BuildContextWriter::BuildContextWriter(const QString& projectDir)
{
    const QString canonical = QFileInfo(projectDir).canonicalFilePath();
    m_projectDir = canonical.isEmpty() ? QDir::cleanPath(QDir(projectDir).absolutePath()) : canonical;
}

Expected<QString, ContextError> BuildContextWriter::normalise(const QString& path) const
{
    QString p = path;
    p.replace(QLatin1Char('\\'), QLatin1Char('/'));
    if (p.isEmpty() || p.startsWith(QLatin1Char('/')))
        return makeError(ContextError::Kind::InvalidPath, path,
                         tr("'%1' is not a path relative to the project folder.").arg(path));
    const QString cleaned = DockerIgnore::cleanPath(p);
    if (cleaned == QLatin1String(".") || cleaned == QLatin1String("..") ||
        cleaned.startsWith(QLatin1String("../")))
        return makeError(ContextError::Kind::OutsideProject, path,
                         tr("'%1' is outside the project folder %2; only files inside it can go into the "
                            "image.")
                             .arg(path, m_projectDir));
    return cleaned;
}

Expected<QString, ContextError> BuildContextWriter::resolveInside(const QString& relativePath) const
{
    const QString absolute = m_projectDir + QLatin1Char('/') + relativePath;
    const QFileInfo info(absolute);
    if (!info.exists() && !info.isSymLink())
        return makeError(ContextError::Kind::NotFound, relativePath,
                         tr("'%1' does not exist in the project folder %2.").arg(relativePath, m_projectDir));
    // canonicalFilePath resolves every symlink on the way, so a link anywhere in the path that
    // leaves the project is caught here.
    const QString canonical = info.canonicalFilePath();
    if (canonical.isEmpty())
        return makeError(ContextError::Kind::NotFound, relativePath,
                         tr("'%1' is a broken symbolic link.").arg(relativePath));
    if (canonical != m_projectDir && !canonical.startsWith(m_projectDir + QLatin1Char('/')))
        return makeError(ContextError::Kind::OutsideProject, relativePath,
                         tr("'%1' leads outside the project folder (to %2); only files inside it can go "
                            "into the image. Copy the file into the project instead of linking it.")
                             .arg(relativePath, canonical));
    // A link inside the project: what it points at is what goes into the tar, so the rules that
    // keep secrets and ignored files out apply to the target's own path (tools/readme.txt ->
    // ../.env would otherwise carry the .env under an innocent name).
    if (canonical != absolute) {
        const QString target = canonical == m_projectDir ? QString() : canonical.mid(m_projectDir.size() + 1);
        const QString skipped = project::skippedComponent(target);
        if (!skipped.isEmpty())
            return makeError(ContextError::Kind::LinkToExcluded, relativePath,
                             tr("'%1' is a symbolic link to '%2', which never goes into an image (%3 is left "
                                "out: secrets, dependency trees and caches stay out of the build context). "
                                "Remove the link, or copy what the image needs into a file of its own.")
                                 .arg(relativePath, target, skipped));
        if (!target.isEmpty() && !DockerIgnore::isBuildControlFile(target) && m_ignore.isExcluded(target))
            return makeError(
                ContextError::Kind::LinkToExcluded, relativePath,
                tr("'%1' is a symbolic link to '%2', which .dockerignore keeps out of the image. "
                   "Remove the link, or change .dockerignore if the file may be shipped.")
                    .arg(relativePath, target));
    }
    return canonical;
}

Expected<Done, ContextError> BuildContextWriter::addMemoryFile(const QString& contextPath,
                                                               const QByteArray& data, bool executable)
{
    auto path = normalise(contextPath);
    if (!path)
        return path.error();
    if (m_files.contains(*path))
        return makeError(ContextError::Kind::Duplicate, *path,
                         tr("'%1' is in the build context twice.").arg(*path));
    Entry entry;
    entry.data = data;
    entry.executable = executable;
    m_files.insert(*path, entry);
    return Done{};
}

Expected<Done, ContextError> BuildContextWriter::addDiskFile(const QString& contextPath,
                                                             const QString& canonical)
{
    if (!DockerIgnore::isBuildControlFile(contextPath) && m_ignore.isExcluded(contextPath)) {
        m_excluded.append(contextPath);
        return Done{};
    }
    if (m_files.contains(contextPath))
        return makeError(ContextError::Kind::Duplicate, contextPath,
                         tr("'%1' is in the build context twice.").arg(contextPath));
    const QFileInfo info(canonical);
    Entry entry;
    QString problem;
    if (!regularFileIdentity(canonical, contextPath, &entry.identity, &problem))
        return makeError(ContextError::Kind::NotRegular, contextPath, problem);
    if (!info.isReadable())
        return makeError(ContextError::Kind::Unreadable, contextPath,
                         tr("Cannot read '%1': check its permissions.").arg(contextPath));
    entry.fromDisk = true;
    entry.diskPath = canonical.mid(m_projectDir.size() + 1);
    entry.executable = isExecutable(info);
    m_files.insert(contextPath, entry);
    return Done{};
}

Expected<Done, ContextError> BuildContextWriter::addDiskTree(const QString& contextPath,
                                                             const QString& canonical, QStringList& ancestors)
{
    // A folder excluded with no exception pattern cannot hold an included file: skip the walk
    // (node_modules can be huge), like the docker CLI.
    if (m_ignore.isExcluded(contextPath) && !m_ignore.hasExceptions()) {
        m_excluded.append(contextPath + QLatin1Char('/'));
        return Done{};
    }
    if (ancestors.contains(canonical))
        return makeError(ContextError::Kind::InvalidPath, contextPath,
                         tr("'%1' is a symbolic link to one of its own parent folders.").arg(contextPath));
    ancestors.append(canonical);
    const QDir dir(canonical);
    const QStringList names =
        dir.entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot, QDir::Name);
    for (const QString& name : names) {
        const QString childContext = contextPath + QLatin1Char('/') + name;
        auto resolved = resolveInside(childContext);
        if (!resolved) {
            ancestors.removeLast();
            return resolved.error();
        }
        const QFileInfo info(*resolved);
        auto added = info.isDir() ? addDiskTree(childContext, *resolved, ancestors)
                                  : addDiskFile(childContext, *resolved);
        if (!added) {
            ancestors.removeLast();
            return added;
        }
    }
    ancestors.removeLast();
    return Done{};
}

Expected<Done, ContextError> BuildContextWriter::addProjectPath(const QString& relativePath)
{
    auto path = normalise(relativePath);
    if (!path)
        return path.error();
    auto resolved = resolveInside(*path);
    if (!resolved)
        return resolved.error();
    if (QFileInfo(*resolved).isDir()) {
        QStringList ancestors;
        return addDiskTree(*path, *resolved, ancestors);
    }
    return addDiskFile(*path, *resolved);
}

QStringList BuildContextWriter::files() const
{
    return m_files.keys();
}

Expected<ContextStats, ContextError> BuildContextWriter::write(docker::BodyWriter& out,
                                                               const std::atomic_bool* cancel) const
{
    return write([&out](const char* data, qint64 size) { return out.write(data, size); }, cancel);
}

Expected<ContextStats, ContextError> BuildContextWriter::write(const Sink& sink,
                                                               const std::atomic_bool* cancel) const
{
    // Folders first appear as parents of files; a sorted set of every prefix gives a stable order
    // in which a folder always precedes what it holds.
    QSet<QString> dirSet;
    for (auto it = m_files.cbegin(); it != m_files.cend(); ++it) {
        QString p = it.key();
        qsizetype slash;
        while ((slash = p.lastIndexOf(QLatin1Char('/'))) > 0) {
            p.truncate(slash);
            dirSet.insert(p);
        }
    }
    QMap<QString, const Entry*> ordered; // nullptr: a folder
    for (const QString& d : std::as_const(dirSet))
        ordered.insert(d, nullptr);
    for (auto it = m_files.cbegin(); it != m_files.cend(); ++it) {
        if (dirSet.contains(it.key()))
            return makeError(ContextError::Kind::Duplicate, it.key(),
                             tr("'%1' is both a file and a folder in the build context.").arg(it.key()));
        ordered.insert(it.key(), &it.value());
    }

    // Declared before the archive: archive_write_free() flushes through the write callback, which
    // must still find its state (ASan: stack-use-after-scope when the state died first).
    SinkState state;
    state.sink = &sink;
    state.cancel = cancel;
    std::unique_ptr<archive, ArchiveDeleter> a(archive_write_new());
    // Leaving early (a file changed, a write failed): the flush on free must not send the sink a
    // tail of archive after the error. Destroyed before `a`, so it runs first.
    struct StopOnExit
    {
        SinkState& s;
        ~StopOnExit() { s.stopped = true; }
    } stopOnExit{state};
    // pax_restricted is plain ustar unless a name needs more (long or non-ASCII paths).
    archive_write_set_format_pax_restricted(a.get());
    if (m_gzip) {
        archive_write_add_filter_gzip(a.get());
        archive_write_set_filter_option(a.get(), "gzip", "timestamp", nullptr); // no time in the header
    } else {
        archive_write_add_filter_none(a.get());
    }
    archive_write_set_bytes_per_block(a.get(), static_cast<int>(BlockSize));
    archive_write_set_bytes_in_last_block(a.get(), 1); // no padding of the last block

    ContextStats stats;
    stats.excluded = m_excluded;

    auto archiveError = [&](const QString& path) -> ContextError {
        if (state.cancelled)
            return makeError(ContextError::Kind::Cancelled, path, tr("The build was cancelled."));
        if (state.failed)
            return makeError(ContextError::Kind::SinkFailed, path,
                             tr("Sending the build context to the Docker daemon failed."));
        return makeError(ContextError::Kind::Archive, path,
                         tr("Cannot write '%1' into the build context: %2")
                             .arg(path, QString::fromLocal8Bit(archive_error_string(a.get()))));
    };

    if (archive_write_open(a.get(), &state, nullptr, writeCallback, nullptr) != ARCHIVE_OK)
        return archiveError(QString());

    // Project files are opened relative to the project folder's descriptor, never by name again:
    // see openRegularFileAt.
    struct Fd
    {
        int fd = -1;
        ~Fd()
        {
            if (fd >= 0)
                ::close(fd);
        }
    };
    Fd projectFd;
    if (std::any_of(m_files.cbegin(), m_files.cend(), [](const Entry& e) { return e.fromDisk; })) {
        projectFd.fd =
            ::open(QFile::encodeName(m_projectDir).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
        if (projectFd.fd < 0)
            return makeError(ContextError::Kind::Unreadable, QString(),
                             tr("Cannot open the project folder %1: %2")
                                 .arg(m_projectDir, QString::fromLocal8Bit(std::strerror(errno))));
    }

    std::unique_ptr<archive_entry, EntryDeleter> entry(archive_entry_new());
    QByteArray buffer;
    for (auto it = ordered.cbegin(); it != ordered.cend(); ++it) {
        if (cancel && cancel->load())
            return makeError(ContextError::Kind::Cancelled, it.key(), tr("The build was cancelled."));
        const Entry* e = it.value();
        archive_entry_clear(entry.get());
        const QByteArray name = it.key().toUtf8();
        archive_entry_set_pathname_utf8(entry.get(), name.constData());
        archive_entry_set_uid(entry.get(), 0);
        archive_entry_set_gid(entry.get(), 0);
        archive_entry_set_mtime(entry.get(), FixedMtime, 0);

        Fd file;
        qint64 size = 0;
        if (!e) {
            archive_entry_set_filetype(entry.get(), AE_IFDIR);
            archive_entry_set_perm(entry.get(), 0755);
            archive_entry_set_size(entry.get(), 0);
        } else {
            if (e->fromDisk) {
                QString problem;
                file.fd = openRegularFileAt(projectFd.fd, e->diskPath, e->identity, it.key(), &problem);
                if (file.fd < 0)
                    return makeError(ContextError::Kind::FileChanged, it.key(), problem);
                struct stat st
                {};
                size = ::fstat(file.fd, &st) == 0 ? st.st_size : 0;
            } else {
                size = e->data.size();
            }
            archive_entry_set_filetype(entry.get(), AE_IFREG);
            archive_entry_set_perm(entry.get(), e->executable ? 0755 : 0644);
            archive_entry_set_size(entry.get(), size);
        }
        if (archive_write_header(a.get(), entry.get()) != ARCHIVE_OK)
            return archiveError(it.key());
        stats.entries.append(e ? it.key() : it.key() + QLatin1Char('/'));
        if (!e)
            continue;
        if (file.fd < 0) {
            // In memory already; still hand it over in blocks so the sink sees bounded writes.
            for (qint64 done = 0; done < size; done += BlockSize) {
                const qint64 n = std::min<qint64>(BlockSize, size - done);
                if (archive_write_data(a.get(), e->data.constData() + done, static_cast<size_t>(n)) != n)
                    return archiveError(it.key());
            }
            continue;
        }
        // From disk in bounded blocks: never the whole file in memory.
        buffer.resize(BlockSize);
        qint64 done = 0;
        while (done < size) {
            const qint64 n = readSome(file.fd, buffer.data(), std::min<qint64>(BlockSize, size - done));
            if (n <= 0)
                return makeError(ContextError::Kind::FileChanged, it.key(),
                                 tr("'%1' changed while it was being sent (it became shorter); build again "
                                    "once it is saved.")
                                     .arg(it.key()));
            if (archive_write_data(a.get(), buffer.constData(), static_cast<size_t>(n)) != n)
                return archiveError(it.key());
            done += n;
        }
        char extra = 0;
        if (readSome(file.fd, &extra, 1) > 0)
            return makeError(ContextError::Kind::FileChanged, it.key(),
                             tr("'%1' changed while it was being sent (it grew); build again once it is "
                                "saved.")
                                 .arg(it.key()));
    }
    if (archive_write_close(a.get()) != ARCHIVE_OK)
        return archiveError(QString());
    stats.bytesWritten = state.written;
    return stats;
}

} // namespace mcpdock::imagebuild
