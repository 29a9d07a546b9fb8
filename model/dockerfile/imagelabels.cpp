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
    QJsonObject metadata{{QStringLiteral("name"), m.name},
                         {QStringLiteral("description"), m.description},
                         {QStringLiteral("version"), m.version},
                         {QStringLiteral("transport"), transportName(m)},
                         {QStringLiteral("tools"), d.tools}};
    l.append({QLatin1String(labels::DockerServerMetadata),
              QString::fromUtf8(QJsonDocument(metadata).toJson(QJsonDocument::Compact))});
    return l;
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
    l.append({QLatin1String(labels::Managed), QStringLiteral("true")});
    l.append({QLatin1String(labels::Project), m.name});
    l.append({QLatin1String(labels::Version), m.version});
    l.append({QLatin1String(labels::Transport), transportName(m)});
    if (m.kind == Project::Kind::Package)
        l.append({QLatin1String(labels::Package),
                  QStringLiteral("npm:") + m.package.name + QLatin1Char('@') + m.package.resolvedVersion});
    l.append({QLatin1String(labels::GeneratorVersion), QStringLiteral(MCPDOCK_VERSION)});
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
