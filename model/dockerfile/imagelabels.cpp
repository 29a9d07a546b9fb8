#include "imagelabels.h"

#include "dockerfile/dockerfilegenerator.h"
#include "dockerfile/labels.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace mcpdock::dockerfile {

using project::Project;

namespace {

QString compact(const QJsonArray& a)
{
    return QString::fromUtf8(QJsonDocument(a).toJson(QJsonDocument::Compact));
}

QString transportName(const Project& p)
{
    return p.runtime.transport == project::Runtime::Transport::Http ? QStringLiteral("http")
                                                                    : QStringLiteral("stdio");
}

} // namespace

ServerDescription declaredDescription(const Project& m)
{
    ServerDescription d;
    for (const project::ToolEntry& t : m.tools)
        d.tools.append(
            QJsonObject{{QStringLiteral("name"), t.name}, {QStringLiteral("description"), t.description}});
    for (const project::ResourceEntry& r : m.resources)
        d.resources.append(QJsonObject{{QStringLiteral("uri"), r.uri}, {QStringLiteral("name"), r.name}});
    for (const project::ResourceTemplateEntry& t : m.resourceTemplates)
        d.resources.append(
            QJsonObject{{QStringLiteral("uriTemplate"), t.uriTemplate}, {QStringLiteral("name"), t.name}});
    for (const project::PromptEntry& p : m.prompts)
        d.prompts.append(
            QJsonObject{{QStringLiteral("name"), p.name}, {QStringLiteral("description"), p.description}});
    return d;
}

LabelList descriptionLabels(const Project& m, const ServerDescription& d)
{
    LabelList l;
    l.append({QLatin1String(labels::Tools), compact(d.tools)});
    if (!d.resources.isEmpty())
        l.append({QLatin1String(labels::Resources), compact(d.resources)});
    if (!d.prompts.isEmpty())
        l.append({QLatin1String(labels::Prompts), compact(d.prompts)});
    l.append({QLatin1String(labels::DockerServerMetadata),
              QString::fromUtf8(QJsonDocument(gatewayMetadata(m, d.tools)).toJson(QJsonDocument::Compact))});
    return l;
}

QJsonObject gatewayMetadata(const Project& m, const QJsonArray& tools)
{
    QJsonObject o{{QStringLiteral("name"), m.name}, {QStringLiteral("type"), QStringLiteral("server")}};
    if (!m.title.isEmpty())
        o.insert(QStringLiteral("title"), m.title);
    if (!m.description.isEmpty())
        o.insert(QStringLiteral("description"), m.description);
    if (m.icon.startsWith(QLatin1String("https://")))
        o.insert(QStringLiteral("icon"), m.icon);
    QJsonArray secrets;
    QJsonArray env;
    QJsonObject properties;
    QJsonArray required;
    for (const project::EnvVar& e : m.env) {
        const QString key = e.name.toLower();
        if (e.secret) {
            secrets.append(QJsonObject{{QStringLiteral("name"), QString(m.name + QLatin1Char('.') + key)},
                                       {QStringLiteral("env"), e.name}});
            continue;
        }
        // The gateway fills {{server.key}} from the user's configuration of this server.
        env.append(QJsonObject{{QStringLiteral("name"), e.name},
                               {QStringLiteral("value"), QStringLiteral("{{%1.%2}}").arg(m.name, key)}});
        QJsonObject prop{{QStringLiteral("type"),
                          e.format == project::EnvVar::Format::Number    ? QStringLiteral("number")
                          : e.format == project::EnvVar::Format::Boolean ? QStringLiteral("boolean")
                                                                         : QStringLiteral("string")}};
        if (!e.description.isEmpty())
            prop.insert(QStringLiteral("description"), e.description);
        if (!e.defaultValue.isEmpty())
            prop.insert(QStringLiteral("default"), e.format == project::EnvVar::Format::Number
                                                       ? QJsonValue(e.defaultValue.toDouble())
                                                   : e.format == project::EnvVar::Format::Boolean
                                                       ? QJsonValue(e.defaultValue == QLatin1String("true"))
                                                       : QJsonValue(e.defaultValue));
        properties.insert(key, prop);
        if (e.required)
            required.append(key);
    }
    if (!secrets.isEmpty())
        o.insert(QStringLiteral("secrets"), secrets);
    if (!env.isEmpty()) {
        o.insert(QStringLiteral("env"), env);
        QJsonObject config{{QStringLiteral("name"), m.name},
                           {QStringLiteral("description"),
                            QStringLiteral("Configure %1").arg(m.title.isEmpty() ? m.name : m.title)},
                           {QStringLiteral("type"), QStringLiteral("object")},
                           {QStringLiteral("properties"), properties}};
        if (!required.isEmpty())
            config.insert(QStringLiteral("required"), required);
        o.insert(QStringLiteral("config"), QJsonArray{config});
    }
    QJsonArray gatewayTools;
    for (const QJsonValue& t : tools) {
        const QJsonObject in = t.toObject();
        gatewayTools.append(
            QJsonObject{{QStringLiteral("name"), in.value(QStringLiteral("name"))},
                        {QStringLiteral("description"), in.value(QStringLiteral("description")).toString()}});
    }
    o.insert(QStringLiteral("tools"), gatewayTools);
    return o;
}

QJsonArray envDescription(const Project& m)
{
    static const char* const formats[] = {"string", "number", "boolean", "filepath"};
    QJsonArray a;
    for (const project::EnvVar& e : m.env) {
        QJsonObject o{{QStringLiteral("name"), e.name},
                      {QStringLiteral("required"), e.required},
                      {QStringLiteral("secret"), e.secret},
                      {QStringLiteral("format"), QLatin1String(formats[int(e.format)])}};
        if (!e.description.isEmpty())
            o.insert(QStringLiteral("description"), e.description);
        if (!e.secret && !e.defaultValue.isEmpty())
            o.insert(QStringLiteral("default"), e.defaultValue);
        a.append(o);
    }
    return a;
}

LabelList imageLabels(const Project& m, const ServerDescription& d)
{
    LabelList l;
    l.append({QLatin1String(labels::OciTitle), m.name});
    l.append({QLatin1String(labels::OciVersion), m.version});
    if (!m.description.isEmpty())
        l.append({QLatin1String(labels::OciDescription), m.description});
    if (!m.source.isEmpty())
        l.append({QLatin1String(labels::OciSource), m.source});
    if (!m.license.isEmpty())
        l.append({QLatin1String(labels::OciLicenses), m.license});
    if (!m.homepage.isEmpty())
        l.append({QLatin1String(labels::OciUrl), m.homepage});
    l.append({QLatin1String(labels::Managed), QStringLiteral("true")});
    l.append({QLatin1String(labels::Project), m.name});
    l.append({QLatin1String(labels::Version), m.version});
    if (!m.title.isEmpty())
        l.append({QLatin1String(labels::Title), m.title});
    l.append({QLatin1String(labels::Transport), transportName(m)});
    l.append({QLatin1String(labels::GeneratorVersion), QStringLiteral(MCPDOCK_VERSION)});
    if (!m.mcpName.isEmpty())
        l.append({QLatin1String(labels::McpServerName), m.mcpName});
    if (!m.env.isEmpty())
        l.append({QLatin1String(labels::Env), compact(envDescription(m))});
    l.append(descriptionLabels(m, d));
    return l;
}

QString labelInstruction(const LabelList& list)
{
    QStringList pairs;
    for (const auto& [key, value] : list)
        pairs.append(key + QLatin1Char('=') + labelValue(value));
    return QStringLiteral("LABEL ") + pairs.join(QStringLiteral(" \\\n      "));
}

} // namespace mcpdock::dockerfile
