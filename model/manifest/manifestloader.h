#pragma once

#include "expected.h"
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

// Where a tool's or connector's file lives in the image, relative to /app: files in a project
// subfolder keep their path ("tools/forecast.js", the whole top folder is copied so helpers next to
// a tool come along); a file at the project's root goes to tools/ or connectors/. TypeScript files
// are named by their compiled output (".js").
QString imageRelativePath(const ToolEntry& entry, bool isConnector);

// The normalised manifest as it is copied into the image as /app/manifest.json: what the runtime
// reads (name, version, description, tools/connectors with files as they are in the image,
// transport, port). Deterministic (sorted keys, indented) so it never breaks the build cache.
QByteArray normalizedManifestJson(const Project& manifest);

} // namespace mcpdock::manifest
