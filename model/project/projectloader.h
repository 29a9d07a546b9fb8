#pragma once

#include "expected.h"
#include "project/project.h"
#include "project/projectissue.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace mcpdock::project {

// The one entry to "what is being built":
//  - a manifest file, or a folder holding one (mcp.yaml, mcp.yml, manifest.json);
//  - a folder without one that holds an SDK-based server (package.json / pyproject.toml, see
//    manifest/projectdetector.h);
//  - a published package, npm:NAME[@RANGE] (resolved to one exact version now); serverArgs are
//    baked into its entry point.
// Every problem found is returned, each naming its file, line, column and field.
Expected<Project, QList<ProjectIssue>> loadProject(const QString& pathOrReference,
                                                   const QStringList& serverArgs = {});

} // namespace mcpdock::project
