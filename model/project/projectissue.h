#pragma once

#include <QString>

namespace mcpdock::project {

// One problem found while loading a project (its mcp.yaml, package.json, pyproject.toml or a
// config file). Loading collects every problem it can find, not just the first, so a user fixes a
// project in one pass.
struct ProjectIssue
{
    QString file;    // the file the problem is in
    int line = 0;    // 1-based; 0 when unknown (a missing file)
    int column = 0;  // 1-based; 0 when unknown
    QString field;   // "tools[1].file", "runtime.port", "" for the document itself
    QString message; // one sentence: "tools/x.py does not exist"

    // "path/mcp.yaml:12:5: tools[1].file: tools/x.py does not exist" (line/column/field omitted
    // when unknown).
    QString toString() const;

    bool operator==(const ProjectIssue&) const = default;
};

} // namespace mcpdock::project
