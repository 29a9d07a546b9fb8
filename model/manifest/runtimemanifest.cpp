#include "manifest/runtimemanifest.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace mcpdock::manifest {

QString imagePath(const QString& projectFile, bool typescript, const QString& rootFolder)
{
    QString path = projectFile;
    if (typescript)
        path = path.left(path.size() - 3) + QStringLiteral(".js");
    if (!path.contains(QLatin1Char('/')))
        path = rootFolder + QLatin1Char('/') + path;
    return path;
}

QString imageRelativePath(const ToolEntry& entry, bool isConnector)
{
    return imagePath(entry.file, entry.language == ToolEntry::Language::TypeScript,
                     isConnector ? QStringLiteral("connectors") : QStringLiteral("tools"));
}

namespace {

bool isTs(ToolEntry::Language l)
{
    return l == ToolEntry::Language::TypeScript;
}

QString languageName(ToolEntry::Language l)
{
    return l == ToolEntry::Language::Python ? QStringLiteral("python") : QStringLiteral("javascript");
}

} // namespace

QList<ImageFile> imageFiles(const Project& m)
{
    QList<ImageFile> out;
    const auto add = [&out](const QString& file, bool ts, const char* root, int line) {
        out.append({file, imagePath(file, ts, QLatin1String(root)), ts, line});
    };
    for (const ToolEntry& e : m.tools)
        add(e.file, isTs(e.language), "tools", e.line);
    for (const ToolEntry& e : m.connectors)
        add(e.file, isTs(e.language), "connectors", e.line);
    for (const project::ResourceEntry& r : m.resources)
        add(r.file.isEmpty() ? r.handler : r.file, !r.handler.isEmpty() && isTs(r.language), "resources",
            r.line);
    for (const project::ResourceTemplateEntry& t : m.resourceTemplates)
        add(t.handler, isTs(t.language), "resources", t.line);
    for (const project::PromptEntry& p : m.prompts)
        add(p.file, isTs(p.language), "prompts", p.line);
    return out;
}

QByteArray normalizedManifestJson(const Project& m)
{
    const auto entries = [](const QList<ToolEntry>& list, bool isConnector) {
        QJsonArray a;
        for (const ToolEntry& e : list) {
            QJsonObject o;
            o.insert(QStringLiteral("name"), e.name);
            o.insert(QStringLiteral("description"), e.description);
            o.insert(QStringLiteral("file"), imageRelativePath(e, isConnector));
            o.insert(QStringLiteral("language"), languageName(e.language));
            a.append(o);
        }
        return a;
    };
    const auto text = [](QJsonObject& o, const char* key, const QString& value) {
        if (!value.isEmpty())
            o.insert(QLatin1String(key), value);
    };
    QJsonArray resources;
    for (const project::ResourceEntry& r : m.resources) {
        QJsonObject o{{QStringLiteral("uri"), r.uri}, {QStringLiteral("name"), r.name}};
        text(o, "title", r.title);
        text(o, "description", r.description);
        text(o, "mimeType", r.mimeType);
        if (r.handler.isEmpty()) {
            o.insert(QStringLiteral("file"), imagePath(r.file, false, QStringLiteral("resources")));
        } else {
            o.insert(QStringLiteral("handler"),
                     imagePath(r.handler, isTs(r.language), QStringLiteral("resources")));
            o.insert(QStringLiteral("language"), languageName(r.language));
        }
        resources.append(o);
    }
    QJsonArray templates;
    for (const project::ResourceTemplateEntry& t : m.resourceTemplates) {
        QJsonObject o{{QStringLiteral("uriTemplate"), t.uriTemplate}, {QStringLiteral("name"), t.name}};
        text(o, "title", t.title);
        text(o, "description", t.description);
        text(o, "mimeType", t.mimeType);
        o.insert(QStringLiteral("handler"),
                 imagePath(t.handler, isTs(t.language), QStringLiteral("resources")));
        o.insert(QStringLiteral("language"), languageName(t.language));
        templates.append(o);
    }
    QJsonArray prompts;
    for (const project::PromptEntry& p : m.prompts) {
        QJsonObject o{{QStringLiteral("name"), p.name}};
        text(o, "title", p.title);
        text(o, "description", p.description);
        QJsonArray args;
        for (const project::PromptArgument& a : p.arguments) {
            QJsonObject ao{{QStringLiteral("name"), a.name}, {QStringLiteral("required"), a.required}};
            text(ao, "description", a.description);
            args.append(ao);
        }
        o.insert(QStringLiteral("arguments"), args);
        o.insert(QStringLiteral("file"), imagePath(p.file, isTs(p.language), QStringLiteral("prompts")));
        o.insert(QStringLiteral("language"), languageName(p.language));
        prompts.append(o);
    }
    QJsonObject root;
    root.insert(QStringLiteral("name"), m.name);
    root.insert(QStringLiteral("version"), m.version);
    root.insert(QStringLiteral("description"), m.description);
    text(root, "title", m.title);
    root.insert(QStringLiteral("tools"), entries(m.tools, false));
    root.insert(QStringLiteral("connectors"), entries(m.connectors, true));
    // Only when there are any: manifests of earlier images stay byte for byte the same (cache).
    if (!resources.isEmpty())
        root.insert(QStringLiteral("resources"), resources);
    if (!templates.isEmpty())
        root.insert(QStringLiteral("resourceTemplates"), templates);
    if (!prompts.isEmpty())
        root.insert(QStringLiteral("prompts"), prompts);
    QJsonObject runtime;
    runtime.insert(QStringLiteral("transport"), m.runtime.transport == Runtime::Transport::Http
                                                    ? QStringLiteral("http")
                                                    : QStringLiteral("stdio"));
    runtime.insert(QStringLiteral("port"), m.runtime.port);
    root.insert(QStringLiteral("runtime"), runtime);
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

} // namespace mcpdock::manifest
