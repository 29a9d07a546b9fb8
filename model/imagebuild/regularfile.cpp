#include "regularfile.h"

#include <QCoreApplication>
#include <QFile>
#include <QStringList>

#include <cerrno>
#include <cstring>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace mcpdock::imagebuild {
namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("BuildContextWriter", text);
}

QString notRegular(const QString& shownAs, mode_t mode)
{
    return tr("'%1' is %2, not a regular file; only regular files go into an image. Replace it with a file "
              "or leave it out of the project.")
        .arg(shownAs, describeFileType(mode));
}

QString systemError(int error)
{
    return QString::fromLocal8Bit(std::strerror(error));
}

// O_NONBLOCK: open(2) of a FIFO with no writer would wait forever; the flag is cleared once fstat
// has shown a regular file (where it means nothing anyway).
int finishOpen(int fd, const QString& shownAs, const FileIdentity* expected, QString* error)
{
    struct stat st
    {};
    if (::fstat(fd, &st) != 0) {
        *error = tr("Cannot read '%1': %2").arg(shownAs, systemError(errno));
        ::close(fd);
        return -1;
    }
    if (!S_ISREG(st.st_mode)) {
        *error = notRegular(shownAs, st.st_mode);
        ::close(fd);
        return -1;
    }
    if (expected && (st.st_dev != expected->device || st.st_ino != expected->inode)) {
        *error = tr("'%1' was replaced by another file after it was checked; build again once the project "
                    "folder stops changing.")
                     .arg(shownAs);
        ::close(fd);
        return -1;
    }
    const int flags = ::fcntl(fd, F_GETFL);
    if (flags >= 0)
        ::fcntl(fd, F_SETFL, flags & ~O_NONBLOCK);
    return fd;
}

} // namespace

QString describeFileType(mode_t mode)
{
    if (S_ISREG(mode))
        return {};
    if (S_ISFIFO(mode))
        return tr("a FIFO (named pipe)");
    if (S_ISSOCK(mode))
        return tr("a socket");
    if (S_ISCHR(mode) || S_ISBLK(mode))
        return tr("a device");
    if (S_ISDIR(mode))
        return tr("a folder");
    if (S_ISLNK(mode))
        return tr("a symbolic link");
    return tr("a special file");
}

bool regularFileIdentity(const QString& path, const QString& shownAs, FileIdentity* id, QString* error)
{
    struct stat st
    {};
    if (::stat(QFile::encodeName(path).constData(), &st) != 0) {
        *error = tr("Cannot read '%1': %2").arg(shownAs, systemError(errno));
        return false;
    }
    if (!S_ISREG(st.st_mode)) {
        *error = notRegular(shownAs, st.st_mode);
        return false;
    }
    if (id)
        *id = FileIdentity{st.st_dev, st.st_ino};
    return true;
}

int openRegularFile(const QString& path, const QString& shownAs, QString* error)
{
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_NONBLOCK | O_CLOEXEC | O_NOCTTY);
    if (fd < 0) {
        *error = tr("Cannot read '%1': %2").arg(shownAs, systemError(errno));
        return -1;
    }
    return finishOpen(fd, shownAs, nullptr, error);
}

int openRegularFileAt(int dirFd, const QString& relativePath, const FileIdentity& expected,
                      const QString& shownAs, QString* error)
{
    const QStringList parts = relativePath.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    if (parts.isEmpty() || parts.contains(QStringLiteral("..")) || parts.contains(QStringLiteral("."))) {
        *error = tr("'%1' is not a path inside the project folder.").arg(shownAs);
        return -1;
    }
    int dir = dirFd;
    for (qsizetype i = 0; i < parts.size(); ++i) {
        const QByteArray name = QFile::encodeName(parts.at(i));
        const bool last = i == parts.size() - 1;
        const int flags = last ? O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC | O_NOCTTY
                               : O_RDONLY | O_NOFOLLOW | O_DIRECTORY | O_CLOEXEC;
        const int fd = ::openat(dir, name.constData(), flags);
        const int openError = errno;
        if (dir != dirFd)
            ::close(dir);
        if (fd < 0) {
            // ELOOP (last component) or ENOTDIR (a folder on the way): a link where the check saw none.
            *error = openError == ELOOP || openError == ENOTDIR
                         ? tr("'%1' was replaced by a symbolic link after it was checked; build again once "
                              "the project folder stops changing.")
                               .arg(shownAs)
                         : tr("Cannot read '%1': %2").arg(shownAs, systemError(openError));
            return -1;
        }
        if (last)
            return finishOpen(fd, shownAs, &expected, error);
        dir = fd;
    }
    return -1;
}

} // namespace mcpdock::imagebuild
