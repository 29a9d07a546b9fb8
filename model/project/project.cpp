#include "project.h"
#include "projectissue.h"

#include <algorithm>

namespace mcpdock::project {

QString ProjectIssue::toString() const
{
    QString s = file;
    if (line > 0) {
        s += QLatin1Char(':') + QString::number(line);
        if (column > 0)
            s += QLatin1Char(':') + QString::number(column);
    }
    s += QStringLiteral(": ");
    if (!field.isEmpty())
        s += field + QStringLiteral(": ");
    return s + message;
}

namespace {
bool anyIn(const QList<ToolEntry>& entries, ToolEntry::Language language)
{
    return std::any_of(entries.cbegin(), entries.cend(),
                       [language](const ToolEntry& e) { return e.language == language; });
}
} // namespace

bool Project::usesNode() const
{
    return anyIn(tools, ToolEntry::Language::JavaScript) || anyIn(tools, ToolEntry::Language::TypeScript) ||
           anyIn(connectors, ToolEntry::Language::JavaScript) ||
           anyIn(connectors, ToolEntry::Language::TypeScript) || !npmDependencies.isEmpty();
}

bool Project::usesPython() const
{
    return anyIn(tools, ToolEntry::Language::Python) || anyIn(connectors, ToolEntry::Language::Python) ||
           !pythonRequirements.isEmpty();
}

bool Project::usesTypeScript() const
{
    return anyIn(tools, ToolEntry::Language::TypeScript) ||
           anyIn(connectors, ToolEntry::Language::TypeScript);
}

} // namespace mcpdock::project
