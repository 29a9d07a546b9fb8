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

QList<ToolEntry::Language> Project::moduleLanguages() const
{
    QList<ToolEntry::Language> out;
    for (const ToolEntry& e : tools)
        out << e.language;
    for (const ToolEntry& e : connectors)
        out << e.language;
    for (const ResourceEntry& r : resources)
        if (!r.handler.isEmpty())
            out << r.language;
    for (const ResourceTemplateEntry& t : resourceTemplates)
        out << t.language;
    for (const PromptEntry& p : prompts)
        out << p.language;
    return out;
}

bool Project::usesNode() const
{
    if (kind != Kind::ToolContract)
        return server.language == ServerCommand::Language::Node;
    const auto langs = moduleLanguages();
    return langs.contains(ToolEntry::Language::JavaScript) ||
           langs.contains(ToolEntry::Language::TypeScript) || !npmDependencies.isEmpty();
}

bool Project::usesPython() const
{
    if (kind != Kind::ToolContract)
        return server.language == ServerCommand::Language::Python;
    return moduleLanguages().contains(ToolEntry::Language::Python) || !pythonRequirements.isEmpty();
}

bool Project::usesTypeScript() const
{
    return moduleLanguages().contains(ToolEntry::Language::TypeScript);
}

} // namespace mcpdock::project
