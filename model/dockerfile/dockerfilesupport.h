#pragma once

// What the Dockerfile strategies share: exec-form quoting, the checks every value passes before it
// is written, the project files a folder contributes, and a line writer. Internal to dockerfile/.

#include "project/project.h"

#include <QDir>
#include <QString>
#include <QStringList>

namespace mcpdock::dockerfile::support {

// The image's user: fixed so mounted volumes can be prepared for it (chown 10001).
inline constexpr int AppUid = 10001;
inline const QString Chown = QStringLiteral("--chown=10001:10001");
// Where generated files live in the build context.
inline const QString GenDir = QStringLiteral(".mcpdock/");

QString tr(const char* text);

// A JSON string literal: what exec-form instructions (COPY [...], RUN [...]) are made of.
QString jsonString(const QString& s);
QString execForm(const QStringList& args);

// [host[:port]/]path[:tag][@digest], nothing the Dockerfile lexer would expand or split on.
bool safeImageReference(const QString& ref);
// Letters, digits and . _ @ + - in each part, no "..": safe in COPY and in the context.
bool safeProjectPath(const QString& path);
// Never shipped: dependency trees (installed in the image), caches, VCS data, secrets.
bool skippedInContext(const QString& name);
// Every file under a project folder that goes into the image (relative paths, sorted).
QStringList filesUnder(const QDir& project, const QString& folder);

QString nodeMajor(const project::Project& m);

struct Writer
{
    QStringList lines;
    void add(const QString& line) { lines.append(line); }
    void blank() { lines.append(QString()); }
    void comment(const char* text) { lines.append(QStringLiteral("# ") + QString::fromLatin1(text)); }
};

// The fixed non-root user (AppUid) written to /etc/passwd and /etc/group directly (the same on
// alpine's busybox and Debian), the folders it owns made, and WORKDIR /app. folders: "/app" or
// "/app/tools /app/connectors ..."; recursive: chown -R.
void addAppUser(Writer& w, const QString& folders, bool recursive);

} // namespace mcpdock::dockerfile::support
