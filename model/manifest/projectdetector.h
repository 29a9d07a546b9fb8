#pragma once

#include "expected.h"
#include "project/project.h"
#include "project/projectissue.h"

#include <QList>
#include <QString>

namespace mcpdock::manifest {

// A folder without mcp.yaml that holds an MCP server written with an official SDK:
//  - package.json with "bin" (one) or "main", and @modelcontextprotocol/sdk or
//    @modelcontextprotocol/server among its dependencies;
//  - pyproject.toml with one [project.scripts] entry, and mcp or fastmcp among
//    [project] dependencies.
// Name, version, description, license and the command come from that file (Project::provenance
// says which). Anything ambiguous or missing is an issue naming the file read and the field to add.
Expected<project::Project, QList<project::ProjectIssue>> detectProject(const QString& dir);

// "@scope/my-server" -> "my-server", "My_Server" -> "my-server": an image-name-safe name, or empty.
QString imageNameFromPackageName(const QString& packageName);

} // namespace mcpdock::manifest
