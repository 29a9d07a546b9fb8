// The manifest fields that describe the server to catalogs (the MCP Registry's server.json,
// Docker's MCP catalog) and to whoever runs the image: mcpName, icon, homepage and env.

#include "manifestloader_p.h"

#include <QFileInfo>
#include <QHash>

namespace mcpdock::manifest::detail {

namespace {

// Variables the image itself sets; a declared input of the same name would be overwritten or
// would break the runtime.
const QStringList& imageOwnedVariables()
{
    static const QStringList names{QStringLiteral("PATH"),
                                   QStringLiteral("HOME"),
                                   QStringLiteral("PORT"),
                                   QStringLiteral("MCP_CONFIG_PATH"),
                                   QStringLiteral("MCP_APP_DIR"),
                                   QStringLiteral("NODE_ENV"),
                                   QStringLiteral("PYTHONUNBUFFERED")};
    return names;
}

} // namespace

void Loader::publishing(const YAML::Node& root)
{
    if (const YAML::Node n = root["mcpName"]; n && !n.IsNull()) {
        if (const auto v = scalar(n, QStringLiteral("mcpName"))) {
            // The registry's schema (2025-12-11): 3 to 200 characters, exactly one slash.
            if (v->size() < 3 || v->size() > 200 || !matches("^[a-zA-Z0-9.-]+/[a-zA-Z0-9._-]+$", *v))
                issue(n.Mark(), QStringLiteral("mcpName"),
                      tr("\"%1\" is not an MCP Registry name: use reverse-DNS with one slash, such as "
                         "io.github.acme/weather (3 to 200 characters)")
                          .arg(*v));
            else
                m_m.mcpName = *v;
        }
    }
    if (const YAML::Node n = root["homepage"]; n && !n.IsNull()) {
        if (const auto s = scalar(n, QStringLiteral("homepage"))) {
            if (s->size() > 512 || !matches("^https?://[^\\s\"'\\\\$`]+$", *s))
                issue(n.Mark(), QStringLiteral("homepage"), tr("\"%1\" is not an http(s) URL").arg(*s));
            else
                m_m.homepage = *s;
        }
    }
    if (const YAML::Node n = root["icon"]; n && !n.IsNull()) {
        const auto raw = scalar(n, QStringLiteral("icon"));
        if (raw && raw->startsWith(QLatin1String("https://"))) {
            // The registry takes icons as https URLs of at most 255 characters.
            if (raw->size() > 255 || !matches("^https://[^\\s\"'\\\\$`]+$", *raw))
                issue(n.Mark(), QStringLiteral("icon"),
                      tr("\"%1\" is not an https URL of at most 255 characters").arg(*raw));
            else
                m_m.icon = *raw;
        } else if (raw && raw->contains(QLatin1String("://"))) {
            issue(n.Mark(), QStringLiteral("icon"),
                  tr("\"%1\": an icon is a file in the project or an https URL").arg(*raw));
        } else if (raw) {
            if (const auto rel = path(n, QStringLiteral("icon"))) {
                const QString suffix = QFileInfo(*rel).suffix().toLower();
                static const QStringList kinds{QStringLiteral("png"), QStringLiteral("jpg"),
                                               QStringLiteral("jpeg"), QStringLiteral("svg"),
                                               QStringLiteral("webp")};
                if (!kinds.contains(suffix))
                    issue(n.Mark(), QStringLiteral("icon"),
                          tr("%1 must be a .png, .jpg, .svg or .webp image").arg(*rel));
                else if (QFileInfo(m_dir.filePath(*rel)).size() > 1024 * 1024)
                    issue(n.Mark(), QStringLiteral("icon"), tr("%1 is larger than 1 MiB").arg(*rel));
                else
                    m_m.icon = *rel;
            }
        }
    }
    if (const YAML::Node n = root["env"]; n && !n.IsNull())
        m_m.env = envVars(n);
}

QList<project::EnvVar> Loader::envVars(const YAML::Node& node)
{
    QList<project::EnvVar> result;
    const QString key = QStringLiteral("env");
    if (!node.IsSequence()) {
        issue(node.Mark(), key,
              tr("must be a list of variables with name (and description, required, secret)"));
        return result;
    }
    QHash<QString, int> names;
    int index = 0;
    for (const YAML::Node& item : node) {
        const QString prefix = QStringLiteral("%1[%2]").arg(key).arg(index++);
        const auto field = [&prefix](const char* k) -> QString {
            return prefix + QLatin1Char('.') + QLatin1String(k);
        };
        const auto get = [&item](const char* k) {
            const YAML::Node v = item[k];
            return v && !v.IsNull() ? v : YAML::Node(YAML::NodeType::Undefined);
        };
        if (!item.IsMap()) {
            issue(item.Mark(), prefix, tr("must be a mapping with name, description, required, secret"));
            continue;
        }
        unknownKeys(item, prefix,
                    {QStringLiteral("name"), QStringLiteral("description"), QStringLiteral("required"),
                     QStringLiteral("secret"), QStringLiteral("default"), QStringLiteral("format")});
        project::EnvVar e;
        e.line = item.Mark().line + 1;
        bool ok = true;
        if (const YAML::Node n = get("name"); !n) {
            issue(item.Mark(), field("name"), tr("is required"));
            ok = false;
        } else if (const auto v = scalar(n, field("name")); !v) {
            ok = false;
        } else if (v->size() > 128 || !matches("^[A-Za-z_][A-Za-z0-9_]*$", *v)) {
            issue(n.Mark(), field("name"),
                  tr("\"%1\" is not an environment variable name: letters, digits and _, not starting with a "
                     "digit")
                      .arg(*v));
            ok = false;
        } else if (imageOwnedVariables().contains(*v)) {
            issue(n.Mark(), field("name"), tr("%1 is set by the image itself; choose another name").arg(*v));
            ok = false;
        } else if (names.contains(*v)) {
            issue(n.Mark(), field("name"),
                  tr("\"%1\" is already used on line %2; names must be unique").arg(*v).arg(names.value(*v)));
            ok = false;
        } else {
            names.insert(*v, e.line);
            e.name = *v;
        }
        if (const YAML::Node n = get("description"))
            ok = assign(text(n, field("description"), 1024, true), e.description) && ok;
        const auto flag = [&](const char* k, bool& out) {
            const YAML::Node n = get(k);
            if (!n)
                return;
            const auto v = scalar(n, field(k));
            if (v && (*v == QLatin1String("true") || *v == QLatin1String("false"))) {
                out = *v == QLatin1String("true");
            } else if (v) {
                issue(n.Mark(), field(k), tr("must be true or false"));
                ok = false;
            } else {
                ok = false;
            }
        };
        flag("required", e.required);
        flag("secret", e.secret);
        if (const YAML::Node n = get("format")) {
            if (const auto v = scalar(n, field("format"))) {
                static const QHash<QString, project::EnvVar::Format> formats{
                    {QStringLiteral("string"), project::EnvVar::Format::String},
                    {QStringLiteral("number"), project::EnvVar::Format::Number},
                    {QStringLiteral("boolean"), project::EnvVar::Format::Boolean},
                    {QStringLiteral("filepath"), project::EnvVar::Format::FilePath}};
                if (formats.contains(*v)) {
                    e.format = formats.value(*v);
                } else {
                    issue(n.Mark(), field("format"),
                          tr("\"%1\" is not string, number, boolean or filepath").arg(*v));
                    ok = false;
                }
            } else {
                ok = false;
            }
        }
        if (const YAML::Node n = get("default")) {
            if (e.secret) {
                // A value here would be in the image's labels and in every copy of the manifest.
                issue(n.Mark(), field("default"),
                      tr("a secret has no value in the manifest; whoever runs the image supplies it (mcpdock "
                         "run "
                         "asks for it and keeps it in the keychain)"));
                ok = false;
            } else if (const auto v = text(n, field("default"), 1024, false)) {
                e.defaultValue = *v;
                const bool number = matches("^-?[0-9]+(\\.[0-9]+)?$", *v);
                const bool boolean = *v == QLatin1String("true") || *v == QLatin1String("false");
                if ((e.format == project::EnvVar::Format::Number && !number) ||
                    (e.format == project::EnvVar::Format::Boolean && !boolean)) {
                    issue(n.Mark(), field("default"),
                          tr("\"%1\" does not match the variable's format").arg(*v));
                    ok = false;
                }
            } else {
                ok = false;
            }
        }
        if (ok)
            result.append(e);
    }
    return result;
}

} // namespace mcpdock::manifest::detail
