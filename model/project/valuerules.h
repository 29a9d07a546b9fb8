#pragma once

// Rules for manifest values that end up in a Dockerfile or a file the build runs: the loader checks
// them to report file:line:field, and the Dockerfile generator checks them again before it writes
// them, since a Project can be made without the loader.

#include <QString>

namespace mcpdock::project {

// "22": a Node major version (runtime.node).
bool isNodeMajor(const QString& version);
// "3.11" or "3.11.4" (runtime.python).
bool isPythonVersion(const QString& version);
// Why a dependencies.python entry is not one plain requirement ("httpx>=0.27"), or an empty string.
// Options (--index-url, -r, --hash), a trailing backslash (which joins the next line) and line
// breaks are refused: they belong in a requirements.txt the user owns.
QString requirementProblem(const QString& requirement);

} // namespace mcpdock::project
