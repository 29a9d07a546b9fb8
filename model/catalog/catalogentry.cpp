#include "catalogentry.h"

#include "registry/reference.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace mcpdock::catalog {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("CatalogEntry", text);
}

// Every scalar as a double-quoted YAML string: JSON's string syntax is YAML's, so nothing in a
// value (a colon, a leading dash, "yes", a newline) can change the document's structure.
QString q(const QString& s)
{
    const QByteArray json = QJsonDocument(QJsonArray{s}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(json.mid(1, json.size() - 2));
}

} // namespace

Expected<CatalogEntry, QStringList> makeCatalogEntry(const project::Project& m, const CatalogEntryOptions& o)
{
    QStringList problems;
    if (o.category.isEmpty())
        problems << tr("--category: the catalog files every server under a category (for example devops, "
                       "database, productivity, search, monitoring); name one");
    else if (!QRegularExpression(QStringLiteral("^[a-z0-9][a-z0-9-]{0,63}$")).match(o.category).hasMatch())
        problems << tr("--category: \"%1\" is not a category name (lowercase letters, digits and -)")
                        .arg(o.category);
    if (m.source.isEmpty())
        problems << tr("%1: source: the catalog links every server to its source repository; add source: "
                       "https://github.com/<owner>/<repo> to the manifest")
                        .arg(m.manifestPath);
    if (m.description.isEmpty())
        problems << tr("%1: description: the catalog shows a description; add one to the manifest")
                        .arg(m.manifestPath);
    const auto ref = registry::ReferenceParser::parse(o.image);
    if (!ref.ok())
        problems << tr("--image: \"%1\" is not an image reference: %2").arg(o.image, ref.error().text());
    if (!o.commit.isEmpty() &&
        !QRegularExpression(QStringLiteral("^[0-9a-f]{40}$")).match(o.commit).hasMatch())
        problems << tr("--commit: \"%1\" is not a full 40-character commit hash").arg(o.commit);
    if (!problems.isEmpty())
        return problems;

    QStringList y;
    y << QStringLiteral("# docker/mcp-registry servers/%1/server.yaml, written by MCP Dock from %2")
             .arg(m.name, QStringLiteral("mcp.yaml"));
    y << QStringLiteral("name: %1").arg(q(m.name));
    // The catalog takes the image without docker.io/ and without a tag: it pins by source.commit.
    y << QStringLiteral("image: %1").arg(q(ref->familiarName()));
    y << QStringLiteral("type: server");
    y << QStringLiteral("meta:");
    y << QStringLiteral("  category: %1").arg(q(o.category));
    y << QStringLiteral("  tags:");
    for (const QString& t : o.tags.isEmpty() ? QStringList{o.category} : o.tags)
        y << QStringLiteral("    - %1").arg(q(t));
    y << QStringLiteral("about:");
    y << QStringLiteral("  title: %1").arg(q(m.title.isEmpty() ? m.name : m.title));
    y << QStringLiteral("  description: %1").arg(q(m.description.section(QLatin1Char('\n'), 0, 0).trimmed()));
    if (m.icon.startsWith(QLatin1String("https://")))
        y << QStringLiteral("  icon: %1").arg(q(m.icon));
    y << QStringLiteral("source:");
    y << QStringLiteral("  project: %1").arg(q(m.source));
    if (!o.commit.isEmpty())
        y << QStringLiteral("  commit: %1").arg(q(o.commit));
    if (!m.env.isEmpty()) {
        y << QStringLiteral("config:");
        y << QStringLiteral("  description: %1")
                 .arg(q(QStringLiteral("Configure %1").arg(m.title.isEmpty() ? m.name : m.title)));
        QStringList secrets, env, properties, required;
        for (const project::EnvVar& e : m.env) {
            const QString key = e.name.toLower();
            if (e.secret) {
                secrets << QStringLiteral("    - name: %1").arg(q(m.name + QLatin1Char('.') + key))
                        << QStringLiteral("      env: %1").arg(q(e.name))
                        << QStringLiteral("      example: %1").arg(q(QStringLiteral("<%1>").arg(e.name)));
                continue;
            }
            env << QStringLiteral("    - name: %1").arg(q(e.name))
                << QStringLiteral("      example: %1")
                       .arg(q(e.defaultValue.isEmpty() ? QStringLiteral("<%1>").arg(e.name) : e.defaultValue))
                << QStringLiteral("      value: %1").arg(q(QStringLiteral("{{%1.%2}}").arg(m.name, key)));
            properties << QStringLiteral("      %1:").arg(q(key))
                       << QStringLiteral("        type: %1")
                              .arg(e.format == project::EnvVar::Format::Number    ? QStringLiteral("number")
                                   : e.format == project::EnvVar::Format::Boolean ? QStringLiteral("boolean")
                                                                                  : QStringLiteral("string"));
            if (!e.description.isEmpty())
                properties << QStringLiteral("        description: %1").arg(q(e.description));
            if (e.required)
                required << QStringLiteral("      - %1").arg(q(key));
        }
        if (!secrets.isEmpty())
            y << QStringLiteral("  secrets:") << secrets;
        if (!env.isEmpty()) {
            y << QStringLiteral("  env:") << env;
            y << QStringLiteral("  parameters:") << QStringLiteral("    type: object")
              << QStringLiteral("    properties:") << properties;
            if (!required.isEmpty())
                y << QStringLiteral("    required:") << required;
        }
    }

    QJsonArray tools;
    for (const project::ToolEntry& t : m.tools)
        // Arguments come from each module's inputSchema, which only the running server knows.
        tools.append(
            QJsonObject{{QStringLiteral("name"), t.name}, {QStringLiteral("description"), t.description}});
    CatalogEntry e;
    e.serverYaml = y.join(QLatin1Char('\n')) + QLatin1Char('\n');
    e.toolsJson = QString::fromUtf8(QJsonDocument(tools).toJson(QJsonDocument::Indented));
    return e;
}

} // namespace mcpdock::catalog
