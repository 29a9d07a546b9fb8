#pragma once

#include "expected.h"
#include "project/project.h"
#include "project/projectissue.h"

#include <QList>
#include <QString>

namespace mcpdock::project {

// The one entry to "what is being built": a manifest file or a folder holding one. Every problem
// found is returned, each naming its file, line, column and field.
Expected<Project, QList<ProjectIssue>> loadProject(const QString& pathOrReference);

} // namespace mcpdock::project
