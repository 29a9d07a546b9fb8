#pragma once

#include "expected.h"
#include "project/project.h"
#include "project/projectissue.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace mcpdock::project {

// "npm:..." or "pypi:..."
bool isPackageReference(const QString& text);

// npm:NAME[@RANGE] / pypi:NAME[==VERSION] -> registry, name and what was asked for (not resolved).
Expected<PackageReference, QString> parsePackageReference(const QString& text);

// The answer of `npm view NAME@RANGE name version description license bin --json` (an object, or an
// array of them when a range matches several versions: the last is the newest) turned into the
// project: the exact version, the bin that starts the server. Errors name the package and its bins.
Expected<Project, QString> projectFromNpmView(const PackageReference& ref, const QByteArray& json);

// Resolves the exact version with `npm view` (which reads the user's ~/.npmrc for the registry and
// its auth, as npm install will in the build) and returns the Package project. args are baked into
// the entry point.
Expected<Project, QList<ProjectIssue>> resolvePackage(const QString& reference, const QStringList& args);

} // namespace mcpdock::project
