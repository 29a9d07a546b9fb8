#include "manifest/manifestloader_p.h"
#include "manifest/runtimemanifest.h"
#include "project/contextrule.h"

#include <QFileInfo>
#include <QHash>

namespace mcpdock::manifest::detail {

QList<ToolEntry> Loader::entries(const YAML::Node& node, const QString& key)
{
    QList<ToolEntry> result;
    if (!node.IsSequence()) {
        issue(node.Mark(), key, tr("must be a list of entries with name and file"));
        return result;
    }
    QHash<QString, int> names; // name -> line of its first declaration
    int index = 0;
    for (const YAML::Node& item : node) {
        const QString prefix = QStringLiteral("%1[%2]").arg(key).arg(index++);
        if (!item.IsMap()) {
            issue(item.Mark(), prefix, tr("must be a mapping with name, description and file"));
            continue;
        }
        unknownKeys(item, prefix,
                    {QStringLiteral("name"), QStringLiteral("description"), QStringLiteral("file")});
        ToolEntry e;
        e.line = item.Mark().line + 1;
        bool ok = true;
        if (const YAML::Node n = item["name"]; !n || n.IsNull()) {
            issue(item.Mark(), prefix + QStringLiteral(".name"), tr("is required"));
            ok = false;
        } else if (const auto name = scalar(n, prefix + QStringLiteral(".name"))) {
            if (!matches("^[A-Za-z0-9_-]{1,64}$", *name)) {
                issue(n.Mark(), prefix + QStringLiteral(".name"),
                      tr("\"%1\" is not a valid name: use 1 to 64 letters, digits, _ or -").arg(*name));
                ok = false;
            } else if (names.contains(*name)) {
                issue(n.Mark(), prefix + QStringLiteral(".name"),
                      tr("\"%1\" is already used on line %2; names must be unique")
                          .arg(*name)
                          .arg(names.value(*name)));
                ok = false;
            } else {
                names.insert(*name, n.Mark().line + 1);
                e.name = *name;
            }
        } else {
            ok = false;
        }
        if (const YAML::Node d = item["description"]; d && !d.IsNull()) {
            if (const auto desc = scalar(d, prefix + QStringLiteral(".description"))) {
                if (desc->size() > 1024 || hasControlChars(*desc, true)) {
                    issue(d.Mark(), prefix + QStringLiteral(".description"),
                          tr("must be text of at most 1024 characters without control characters"));
                    ok = false;
                } else {
                    e.description = *desc;
                }
            } else {
                ok = false;
            }
        }
        if (const YAML::Node f = item["file"]; !f || f.IsNull()) {
            issue(item.Mark(), prefix + QStringLiteral(".file"), tr("is required"));
            ok = false;
        } else if (const auto rel = path(f, prefix + QStringLiteral(".file"))) {
            const QString field = prefix + QStringLiteral(".file");
            if (const auto lang = moduleLanguage(f, field, *rel))
                e.language = *lang;
            else
                ok = false;
            if (reservedFolder(f, field, *rel))
                ok = false;
            e.file = *rel;
        } else {
            ok = false;
        }
        if (ok)
            result.append(e);
    }
    if (index == 0)
        issue(node.Mark(), key, tr("must list at least one entry"));
    return result;
}

std::optional<QString> Loader::text(const YAML::Node& node, const QString& field, int maxLength,
                                    bool multiline)
{
    const auto value = scalar(node, field);
    if (!value)
        return std::nullopt;
    if (value->size() > maxLength || hasControlChars(*value, multiline)) {
        issue(node.Mark(), field,
              multiline
                  ? tr("must be text of at most %1 characters without control characters").arg(maxLength)
                  : tr("must be one line of at most %1 characters").arg(maxLength));
        return std::nullopt;
    }
    return value;
}

std::optional<ToolEntry::Language> Loader::moduleLanguage(const YAML::Node& node, const QString& field,
                                                          const QString& rel)
{
    const QString suffix = QFileInfo(rel).suffix();
    if (suffix == QLatin1String("js") || suffix == QLatin1String("mjs") || suffix == QLatin1String("cjs"))
        return ToolEntry::Language::JavaScript;
    if (suffix == QLatin1String("ts"))
        return ToolEntry::Language::TypeScript;
    if (suffix == QLatin1String("py"))
        return ToolEntry::Language::Python;
    issue(node.Mark(), field, tr("%1 must end in .js, .mjs, .cjs, .ts or .py").arg(rel));
    return std::nullopt;
}

bool Loader::handlerModule(const YAML::Node& node, const QString& field, QString& rel,
                           ToolEntry::Language& language)
{
    const auto checked = path(node, field);
    if (!checked || reservedFolder(node, field, *checked))
        return false;
    const auto lang = moduleLanguage(node, field, *checked);
    if (!lang)
        return false;
    rel = *checked;
    language = *lang;
    return true;
}

bool Loader::reservedFolder(const YAML::Node& node, const QString& field, const QString& rel)
{
    // The image's own folders in /app: dependencies, configuration and the runtime's modules.
    static const QStringList reserved = {QStringLiteral("node_modules"), QStringLiteral(".mcpdock"),
                                         QStringLiteral("config"),       QStringLiteral(".git"),
                                         QStringLiteral("mcpdock_js"),   QStringLiteral("mcpdock_py")};
    const QString top = rel.section(QLatin1Char('/'), 0, 0);
    if (rel.contains(QLatin1Char('/')) && reserved.contains(top)) {
        issue(node.Mark(), field,
              tr("%1 is in %2/, which the image reserves; move it to another folder such as tools/")
                  .arg(rel, top));
        return true;
    }
    // The build context's own rule (project/contextrule): what it leaves out would be missing from
    // the image, so the build would fail late, or, at the root, be carried against the rule. A link
    // is judged by where it leads, as the context writer judges it.
    QString skipped = project::skippedComponent(rel);
    QString target = rel;
    if (skipped.isEmpty()) {
        const QString canonical = QFileInfo(m_dir.filePath(rel)).canonicalFilePath();
        const QString root = m_dir.canonicalPath() + QLatin1Char('/');
        if (canonical.startsWith(root)) {
            target = canonical.mid(root.size());
            skipped = project::skippedComponent(target);
        }
    }
    if (!skipped.isEmpty()) {
        issue(
            node.Mark(), field,
            target == rel
                ? tr("%1 is never carried into the image (%2: dependency trees, caches, VCS data and secrets "
                     "stay out of the build context); move the file to a folder such as tools/")
                      .arg(rel, skipped)
                : tr("%1 is a symbolic link to %2, which is never carried into the image (%3: dependency "
                     "trees, "
                     "caches, VCS data and secrets stay out of the build context); move the file to a "
                     "folder such as tools/")
                      .arg(rel, target, skipped));
        return true;
    }
    return false;
}

namespace {

// Each key of a list entry, read once: required ones report their absence at the entry.
struct EntryReader
{
    const YAML::Node& item;
    QString prefix;

    YAML::Node get(const char* key) const
    {
        const YAML::Node n = item[key];
        return n && !n.IsNull() ? n : YAML::Node(YAML::NodeType::Undefined);
    }
    QString field(const char* key) const { return prefix + QLatin1Char('.') + QLatin1String(key); }
};

} // namespace

QList<project::ResourceEntry> Loader::resources(const YAML::Node& node)
{
    QList<project::ResourceEntry> result;
    const QString key = QStringLiteral("resources");
    if (!node.IsSequence()) {
        issue(node.Mark(), key, tr("must be a list of resources with uri, name and file or handler"));
        return result;
    }
    QHash<QString, int> uris;
    int index = 0;
    for (const YAML::Node& item : node) {
        const EntryReader r{item, QStringLiteral("%1[%2]").arg(key).arg(index++)};
        if (!item.IsMap()) {
            issue(item.Mark(), r.prefix, tr("must be a mapping with uri, name and file or handler"));
            continue;
        }
        unknownKeys(item, r.prefix,
                    {QStringLiteral("uri"), QStringLiteral("name"), QStringLiteral("title"),
                     QStringLiteral("description"), QStringLiteral("mimeType"), QStringLiteral("file"),
                     QStringLiteral("handler")});
        project::ResourceEntry e;
        e.line = item.Mark().line + 1;
        bool ok = true;
        if (const YAML::Node n = r.get("uri"); !n) {
            issue(item.Mark(), r.field("uri"), tr("is required"));
            ok = false;
        } else if (const auto uri = text(n, r.field("uri"), 2048, false)) {
            if (!matches("^[A-Za-z][A-Za-z0-9+.-]*:[^\\s{}]+$", *uri)) {
                issue(n.Mark(), r.field("uri"),
                      tr("\"%1\" is not a URI such as file:///notes.txt or weather://stations").arg(*uri));
                ok = false;
            } else if (uris.contains(*uri)) {
                issue(n.Mark(), r.field("uri"),
                      tr("\"%1\" is already used on line %2; resource URIs must be unique")
                          .arg(*uri)
                          .arg(uris.value(*uri)));
                ok = false;
            } else {
                uris.insert(*uri, n.Mark().line + 1);
                e.uri = *uri;
            }
        } else {
            ok = false;
        }
        if (const YAML::Node n = r.get("name"); !n) {
            issue(item.Mark(), r.field("name"), tr("is required"));
            ok = false;
        } else if (const auto name = text(n, r.field("name"), 128, false); name && !name->isEmpty()) {
            e.name = *name;
        } else {
            if (name)
                issue(n.Mark(), r.field("name"), tr("must not be empty"));
            ok = false;
        }
        if (const YAML::Node n = r.get("title"))
            ok = assign(text(n, r.field("title"), 128, false), e.title) && ok;
        if (const YAML::Node n = r.get("description"))
            ok = assign(text(n, r.field("description"), 1024, true), e.description) && ok;
        if (const YAML::Node n = r.get("mimeType"))
            ok = mimeType(n, r.field("mimeType"), e.mimeType) && ok;
        const YAML::Node file = r.get("file");
        const YAML::Node handler = r.get("handler");
        if (bool(file) == bool(handler)) {
            issue(
                item.Mark(), r.prefix,
                tr("give either file (the resource's content) or handler (a module whose read() serves it)"));
            ok = false;
        } else if (file) {
            if (const auto rel = path(file, r.field("file"));
                rel && !reservedFolder(file, r.field("file"), *rel))
                e.file = *rel;
            else
                ok = false;
        } else {
            ok = handlerModule(handler, r.field("handler"), e.handler, e.language) && ok;
        }
        if (ok)
            result.append(e);
    }
    return result;
}

QList<project::ResourceTemplateEntry> Loader::resourceTemplates(const YAML::Node& node)
{
    QList<project::ResourceTemplateEntry> result;
    const QString key = QStringLiteral("resourceTemplates");
    if (!node.IsSequence()) {
        issue(node.Mark(), key, tr("must be a list of templates with uriTemplate, name and handler"));
        return result;
    }
    QHash<QString, int> templates;
    int index = 0;
    for (const YAML::Node& item : node) {
        const EntryReader r{item, QStringLiteral("%1[%2]").arg(key).arg(index++)};
        if (!item.IsMap()) {
            issue(item.Mark(), r.prefix, tr("must be a mapping with uriTemplate, name and handler"));
            continue;
        }
        unknownKeys(item, r.prefix,
                    {QStringLiteral("uriTemplate"), QStringLiteral("name"), QStringLiteral("title"),
                     QStringLiteral("description"), QStringLiteral("mimeType"), QStringLiteral("handler")});
        project::ResourceTemplateEntry e;
        e.line = item.Mark().line + 1;
        bool ok = true;
        if (const YAML::Node n = r.get("uriTemplate"); !n) {
            issue(item.Mark(), r.field("uriTemplate"), tr("is required"));
            ok = false;
        } else if (const auto t = text(n, r.field("uriTemplate"), 2048, false)) {
            // RFC 6570 level 1: {name} expressions between literal parts, a scheme first.
            if (!matches("^[A-Za-z][A-Za-z0-9+.-]*:([^\\s{}]|\\{[A-Za-z0-9_]{1,64}\\})+$", *t) ||
                !t->contains(QLatin1Char('{'))) {
                issue(
                    n.Mark(), r.field("uriTemplate"),
                    tr("\"%1\" is not a URI template such as notes://note/{id} (a scheme, then literal text "
                       "and {name} variables)")
                        .arg(*t));
                ok = false;
            } else if (templates.contains(*t)) {
                issue(n.Mark(), r.field("uriTemplate"),
                      tr("\"%1\" is already used on line %2").arg(*t).arg(templates.value(*t)));
                ok = false;
            } else {
                templates.insert(*t, n.Mark().line + 1);
                e.uriTemplate = *t;
            }
        } else {
            ok = false;
        }
        if (const YAML::Node n = r.get("name"); !n) {
            issue(item.Mark(), r.field("name"), tr("is required"));
            ok = false;
        } else if (const auto name = text(n, r.field("name"), 128, false); name && !name->isEmpty()) {
            e.name = *name;
        } else {
            if (name)
                issue(n.Mark(), r.field("name"), tr("must not be empty"));
            ok = false;
        }
        if (const YAML::Node n = r.get("title"))
            ok = assign(text(n, r.field("title"), 128, false), e.title) && ok;
        if (const YAML::Node n = r.get("description"))
            ok = assign(text(n, r.field("description"), 1024, true), e.description) && ok;
        if (const YAML::Node n = r.get("mimeType"))
            ok = mimeType(n, r.field("mimeType"), e.mimeType) && ok;
        if (const YAML::Node h = r.get("handler"); !h) {
            issue(item.Mark(), r.field("handler"),
                  tr("is required: the module whose read(uri, params) serves it"));
            ok = false;
        } else {
            ok = handlerModule(h, r.field("handler"), e.handler, e.language) && ok;
        }
        if (ok)
            result.append(e);
    }
    return result;
}

QList<project::PromptEntry> Loader::prompts(const YAML::Node& node)
{
    QList<project::PromptEntry> result;
    const QString key = QStringLiteral("prompts");
    if (!node.IsSequence()) {
        issue(node.Mark(), key, tr("must be a list of prompts with name and file"));
        return result;
    }
    QHash<QString, int> names;
    int index = 0;
    for (const YAML::Node& item : node) {
        const EntryReader r{item, QStringLiteral("%1[%2]").arg(key).arg(index++)};
        if (!item.IsMap()) {
            issue(item.Mark(), r.prefix, tr("must be a mapping with name and file"));
            continue;
        }
        unknownKeys(item, r.prefix,
                    {QStringLiteral("name"), QStringLiteral("title"), QStringLiteral("description"),
                     QStringLiteral("arguments"), QStringLiteral("file")});
        project::PromptEntry e;
        e.line = item.Mark().line + 1;
        bool ok = true;
        if (const YAML::Node n = r.get("name"); !n) {
            issue(item.Mark(), r.field("name"), tr("is required"));
            ok = false;
        } else if (const auto name = scalar(n, r.field("name"))) {
            if (!matches("^[A-Za-z0-9_-]{1,64}$", *name)) {
                issue(n.Mark(), r.field("name"),
                      tr("\"%1\" is not a valid name: use 1 to 64 letters, digits, _ or -").arg(*name));
                ok = false;
            } else if (names.contains(*name)) {
                issue(n.Mark(), r.field("name"),
                      tr("\"%1\" is already used on line %2; names must be unique")
                          .arg(*name)
                          .arg(names.value(*name)));
                ok = false;
            } else {
                names.insert(*name, n.Mark().line + 1);
                e.name = *name;
            }
        } else {
            ok = false;
        }
        if (const YAML::Node n = r.get("title"))
            ok = assign(text(n, r.field("title"), 128, false), e.title) && ok;
        if (const YAML::Node n = r.get("description"))
            ok = assign(text(n, r.field("description"), 1024, true), e.description) && ok;
        if (const YAML::Node args = r.get("arguments")) {
            if (!args.IsSequence()) {
                issue(args.Mark(), r.field("arguments"), tr("must be a list of arguments with name"));
                ok = false;
            } else {
                QHash<QString, int> argNames;
                int a = 0;
                for (const YAML::Node& arg : args) {
                    const QString argPrefix = QStringLiteral("%1[%2]").arg(r.field("arguments")).arg(a++);
                    if (!arg.IsMap()) {
                        issue(arg.Mark(), argPrefix,
                              tr("must be a mapping with name, description and required"));
                        ok = false;
                        continue;
                    }
                    unknownKeys(
                        arg, argPrefix,
                        {QStringLiteral("name"), QStringLiteral("description"), QStringLiteral("required")});
                    project::PromptArgument pa;
                    const YAML::Node an = arg["name"];
                    const auto argName =
                        an && !an.IsNull() ? scalar(an, argPrefix + QStringLiteral(".name")) : std::nullopt;
                    if (!an || an.IsNull()) {
                        issue(arg.Mark(), argPrefix + QStringLiteral(".name"), tr("is required"));
                        ok = false;
                    } else if (!argName || !matches("^[A-Za-z0-9_-]{1,64}$", *argName)) {
                        issue(an.Mark(), argPrefix + QStringLiteral(".name"),
                              tr("is not a valid name: use 1 to 64 letters, digits, _ or -"));
                        ok = false;
                    } else if (argNames.contains(*argName)) {
                        issue(an.Mark(), argPrefix + QStringLiteral(".name"),
                              tr("\"%1\" is already used on line %2")
                                  .arg(*argName)
                                  .arg(argNames.value(*argName)));
                        ok = false;
                    } else {
                        argNames.insert(*argName, an.Mark().line + 1);
                        pa.name = *argName;
                    }
                    if (const YAML::Node d = arg["description"]; d && !d.IsNull())
                        ok = assign(text(d, argPrefix + QStringLiteral(".description"), 1024, true),
                                    pa.description) &&
                             ok;
                    if (const YAML::Node q = arg["required"]; q && !q.IsNull()) {
                        const auto v = scalar(q, argPrefix + QStringLiteral(".required"));
                        if (v && (*v == QLatin1String("true") || *v == QLatin1String("false"))) {
                            pa.required = *v == QLatin1String("true");
                        } else {
                            if (v)
                                issue(q.Mark(), argPrefix + QStringLiteral(".required"),
                                      tr("must be true or false"));
                            ok = false;
                        }
                    }
                    e.arguments.append(pa);
                }
            }
        }
        if (const YAML::Node f = r.get("file"); !f) {
            issue(item.Mark(), r.field("file"),
                  tr("is required: the module whose get(args) returns the messages"));
            ok = false;
        } else {
            ok = handlerModule(f, r.field("file"), e.file, e.language) && ok;
        }
        if (ok)
            result.append(e);
    }
    return result;
}

void Loader::imageCollisions()
{
    // Two different project files may not land on one file in /app (a root-level x.js tool and
    // tools/x.js, a .ts and a .js of the same name).
    QHash<QString, ImageFile> seen;
    for (const ImageFile& f : imageFiles(m_m)) {
        const auto it = seen.constFind(f.imagePath);
        if (it != seen.constEnd() && it->projectFile != f.projectFile) {
            ProjectIssue i;
            i.file = m_file;
            i.line = f.line;
            i.message = tr("%1 lands on the same file in the image (/app/%2) as %3 on line %4")
                            .arg(f.projectFile, f.imagePath, it->projectFile)
                            .arg(it->line);
            m_issues.append(i);
            continue;
        }
        seen.insert(f.imagePath, f);
    }
}

bool Loader::mimeType(const YAML::Node& node, const QString& field, QString& out)
{
    const auto value = text(node, field, 255, false);
    if (!value)
        return false;
    if (!matches("^[A-Za-z0-9][A-Za-z0-9!#$&^_.+-]*/"
                 "[A-Za-z0-9][A-Za-z0-9!#$&^_.+-]*(\\s*;\\s*[A-Za-z0-9_.-]+=[^\\s;\"]+)*$",
                 *value)) {
        issue(node.Mark(), field,
              tr("\"%1\" is not a media type such as text/plain or application/json").arg(*value));
        return false;
    }
    out = *value;
    return true;
}

bool Loader::assign(const std::optional<QString>& value, QString& out)
{
    if (!value)
        return false;
    out = *value;
    return true;
}

} // namespace mcpdock::manifest::detail
