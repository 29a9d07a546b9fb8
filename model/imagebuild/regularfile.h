#pragma once

// Opening the project's files for the build context without being fooled or blocked: a FIFO, a
// device or a socket is refused before a read can block on it, and a file is opened relative to the
// project folder's descriptor one component at a time, following no link, so a path swapped for a
// link after it was checked cannot lead elsewhere.

#include <QString>

#include <sys/types.h>

namespace mcpdock::imagebuild {

struct FileIdentity
{
    dev_t device = 0;
    ino_t inode = 0;
    bool operator==(const FileIdentity&) const = default;
};

// "a FIFO (named pipe)", "a socket", "a device", "a folder", or an empty string for a regular file.
QString describeFileType(mode_t mode);

// The identity of a regular file (links followed). False with *error ("'%1' is a FIFO (named
// pipe), not a regular file ...") for anything else.
bool regularFileIdentity(const QString& path, const QString& shownAs, FileIdentity* id, QString* error);

// Opens path for reading only when it is a regular file, without ever blocking in open(2) (links
// followed). Returns the descriptor, or -1 with *error naming shownAs.
int openRegularFile(const QString& path, const QString& shownAs, QString* error);

// Opens relativePath ('/'-separated, no "..") under the folder dirFd, each component with
// O_NOFOLLOW, and checks with fstat that it is a regular file whose identity is expected. Returns
// the descriptor, or -1 with *error naming shownAs.
int openRegularFileAt(int dirFd, const QString& relativePath, const FileIdentity& expected,
                      const QString& shownAs, QString* error);

} // namespace mcpdock::imagebuild
