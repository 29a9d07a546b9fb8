#include "manifest/mcpmanifest.h"

#include <algorithm>

namespace mcpdock::manifest {

namespace {
bool anyIn(const QList<ToolEntry>& entries, ToolEntry::Language language)
{
    return std::any_of(entries.cbegin(), entries.cend(),
                       [language](const ToolEntry& e) { return e.language == language; });
}
} // namespace

bool MCPManifest::usesNode() const
{
    return anyIn(tools, ToolEntry::Language::JavaScript) || anyIn(tools, ToolEntry::Language::TypeScript) ||
           anyIn(connectors, ToolEntry::Language::JavaScript) ||
           anyIn(connectors, ToolEntry::Language::TypeScript) || !npmDependencies.isEmpty();
}

bool MCPManifest::usesPython() const
{
    return anyIn(tools, ToolEntry::Language::Python) || anyIn(connectors, ToolEntry::Language::Python) ||
           !pythonRequirements.isEmpty();
}

bool MCPManifest::usesTypeScript() const
{
    return anyIn(tools, ToolEntry::Language::TypeScript) ||
           anyIn(connectors, ToolEntry::Language::TypeScript);
}

} // namespace mcpdock::manifest
