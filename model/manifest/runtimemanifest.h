#pragma once

#include "project/project.h"

#include <QByteArray>
#include <QString>

// The image side of a tool-contract project: where each module lands in /app and the normalised
// manifest.json MCP Dock's runtime reads there.
namespace mcpdock::manifest {

using project::Project;
using project::Runtime;
using project::ToolEntry;

// Where a project file the runtime loads lives in the image, relative to /app: a file in a project
// subfolder keeps its path (the whole top folder is copied, so helper modules come along); a file at
// the project's root goes into rootFolder (tools/, connectors/, resources/, prompts/). TypeScript is
// named by its compiled output (".js").
QString imagePath(const QString& projectFile, bool typescript, const QString& rootFolder);

// One file of the project the runtime reads in the image: a module or a static resource.
struct ImageFile
{
    QString projectFile; // relative to the project folder
    QString imagePath;   // relative to /app
    bool typescript = false;
    int line = 0; // where the manifest names it
};

// Every module and static resource of a tool-contract project, in manifest order (a file named
// twice appears twice).
QList<ImageFile> imageFiles(const Project& project);

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
