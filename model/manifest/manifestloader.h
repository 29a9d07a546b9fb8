#pragma once

#include "expected.h"
#include "manifest/runtimemanifest.h"
#include "project/project.h"
#include "project/projectissue.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace mcpdock::manifest {

using project::Project;
using project::ProjectIssue;
using project::Runtime;
using project::ToolEntry;

// Limits that keep a hostile manifest from exhausting memory or stack.
inline constexpr qint64 MaxManifestBytes = 1024 * 1024;
inline constexpr int MaxManifestDepth = 32;

// The file names looked for in a project folder, in this order.
QStringList manifestFileNames(); // mcp.yaml, mcp.yml, manifest.json

// The manifest file in dir (absolute path), or an empty string when it holds none.
QString findManifestInDir(const QString& dir);

// Loads and validates a manifest. pathOrProjectDir is a manifest file or a folder holding one.
Expected<Project, QList<ProjectIssue>> loadManifest(const QString& pathOrProjectDir);

} // namespace mcpdock::manifest
