#pragma once

// The manifest loader's own declarations, shared by its source files (manifestloader.cpp: the
// document, paths, dependencies, runtime, config; manifestentries.cpp: tools, connectors,
// resources, templates, prompts). Not for use outside model/manifest/.

#include "manifest/manifestloader.h"

#include <QDir>
#include <QRegularExpression>

#include <yaml-cpp/yaml.h>

#include <optional>
#include <string>

namespace mcpdock::manifest::detail {

QString tr(const char* text);
QString qs(const std::string& s);
// One compiled expression per pattern literal (thread-local cache).
const QRegularExpression& re(const char* pattern);
bool matches(const char* pattern, const QString& s);
bool hasControlChars(const QString& s, bool allowNewlines);
// Offsets from QJsonParseError to line/column, so JSON manifests get the same kind of message.
YAML::Mark markAt(const QByteArray& bytes, int offset);

class Loader
{
public:
    explicit Loader(QString manifestPath)
        : m_file(std::move(manifestPath))
    {}

    Expected<Project, QList<ProjectIssue>> load();

private:
    void issue(const QString& file, const YAML::Mark& mark, const QString& field, const QString& message)
    {
        ProjectIssue i;
        i.file = file;
        if (mark.line >= 0 && mark.pos >= 0) {
            i.line = mark.line + 1;
            i.column = mark.column + 1;
        }
        i.field = field;
        i.message = message;
        m_issues.append(i);
    }
    void issue(const YAML::Mark& mark, const QString& field, const QString& message)
    {
        issue(m_file, mark, field, message);
    }

    bool readFile(const QString& path, QByteArray& bytes, const QString& field, const YAML::Mark& mark);
    bool scanYaml(const QString& file, const QByteArray& bytes, bool strict);
    std::optional<QString> scalar(const YAML::Node& node, const QString& field);
    std::optional<QString> path(const YAML::Node& node, const QString& field, bool mustBeFile = true);
    std::optional<QString> checkRelativePath(const QString& raw, const YAML::Mark& mark,
                                             const QString& field);
    void unknownKeys(const YAML::Node& map, const QString& prefix, const QStringList& known);
    // manifestentries.cpp: what the server offers.
    QList<ToolEntry> entries(const YAML::Node& node, const QString& key);
    QList<project::ResourceEntry> resources(const YAML::Node& node);
    QList<project::ResourceTemplateEntry> resourceTemplates(const YAML::Node& node);
    QList<project::PromptEntry> prompts(const YAML::Node& node);
    std::optional<QString> text(const YAML::Node& node, const QString& field, int maxLength, bool multiline);
    std::optional<ToolEntry::Language> moduleLanguage(const YAML::Node& node, const QString& field,
                                                      const QString& rel);
    bool reservedFolder(const YAML::Node& node, const QString& field, const QString& rel);
    // A handler or prompt module: a project file outside the image's reserved folders, in a language
    // the runtime loads. Reports what is wrong at node; false then.
    bool handlerModule(const YAML::Node& node, const QString& field, QString& rel,
                       ToolEntry::Language& language);
    bool mimeType(const YAML::Node& node, const QString& field, QString& out);
    void imageCollisions();
    static bool assign(const std::optional<QString>& value, QString& out);
    // manifestpublishing.cpp: how catalogs and whoever runs the image see the server.
    void publishing(const YAML::Node& root);
    QList<project::EnvVar> envVars(const YAML::Node& node);
    void dependencies(const YAML::Node& node);
    void runtime(const YAML::Node& node);
    void server(const YAML::Node& node);
    void transport(const YAML::Node& node, const QString& field);
    void port(const YAML::Node& node, const QString& field);
    void config(const YAML::Node& node);
    void projectFiles(const YAML::Node& root);
    QString relIfFile(const QString& name) const;

    QString m_file;
    QList<ProjectIssue> m_issues;
    Project m_m;
    QDir m_dir;
};

} // namespace mcpdock::manifest::detail
