#pragma once

// What a project may carry into an image: one rule for the manifest loader (which refuses a tool
// the build would leave out), the Dockerfile generator (which lists a folder's files) and the build
// context writer (which refuses a link whose target the rule keeps out).

#include <QString>

namespace mcpdock::project {

// Never shipped: dependency trees (installed in the image), caches, VCS data, secrets. One path
// component ("node_modules", ".env.local", "x.pyc").
bool skippedInContext(const QString& name);

// The first component of a '/'-separated project-relative path the rule keeps out ("tools/venv/x.py"
// gives "venv"), or an empty string when the whole path may be carried.
QString skippedComponent(const QString& relativePath);

} // namespace mcpdock::project
