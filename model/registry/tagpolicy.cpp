#include "tagpolicy.h"

#include <QRegularExpression>
#include <QTimeZone>

namespace mcpdock::registry {
namespace {

QStringList versionParts(const QString& version)
{
    // "1.2.3-rc1+b5" -> 1, 2, 3 (the numeric core only).
    static const QRegularExpression core(QStringLiteral("^v?(\\d+)(?:\\.(\\d+))?(?:\\.(\\d+))?"));
    const QRegularExpressionMatch m = core.match(version);
    if (!m.hasMatch())
        return {};
    return {m.captured(1), m.captured(2), m.captured(3)};
}

} // namespace

QString TagPolicy::timestampTag(const QDateTime& buildTime)
{
    return buildTime.toUTC().toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'"));
}

QString TagPolicy::expandTemplate(const QString& templ, const QString& name, const QString& version,
                                  const QDateTime& buildTime)
{
    const QStringList parts = versionParts(version);
    const QDateTime utc = buildTime.toUTC();
    QString v = version;
    if (v.startsWith(QLatin1Char('v')) || v.startsWith(QLatin1Char('V')))
        v.remove(0, 1);
    QString out = templ;
    out.replace(QStringLiteral("{version}"), v);
    out.replace(QStringLiteral("{major}"), parts.value(0));
    out.replace(QStringLiteral("{minor}"), parts.value(1));
    out.replace(QStringLiteral("{patch}"), parts.value(2));
    out.replace(QStringLiteral("{timestamp}"), timestampTag(utc));
    out.replace(QStringLiteral("{date}"), utc.toString(QStringLiteral("yyyyMMdd")));
    out.replace(QStringLiteral("{name}"), name.section(QLatin1Char('/'), -1));
    return out;
}

QStringList TagPolicy::tags(const QString& projectVersion, const QDateTime& buildTime) const
{
    QStringList out;
    auto add = [&](const QString& raw) {
        if (raw.trimmed().isEmpty())
            return;
        const QString tag = ReferenceParser::sanitizeTag(raw.trimmed());
        if (!out.contains(tag))
            out << tag;
    };
    if (latest)
        add(QStringLiteral("latest"));
    if (version && !projectVersion.trimmed().isEmpty()) {
        QString v = projectVersion.trimmed();
        if (!v.startsWith(QLatin1Char('v')) && !v.startsWith(QLatin1Char('V')))
            v.prepend(QLatin1Char('v'));
        add(v);
    }
    if (timestamp)
        add(timestampTag(buildTime));
    for (const QString& templ : extraTemplates) {
        // A template that needs a version part the version does not have yields nothing rather than
        // a half tag like "1." or "build-".
        const QStringList parts = versionParts(projectVersion);
        const bool needsVersion =
            templ.contains(QStringLiteral("{version}")) || templ.contains(QStringLiteral("{major}")) ||
            templ.contains(QStringLiteral("{minor}")) || templ.contains(QStringLiteral("{patch}"));
        if (needsVersion && projectVersion.trimmed().isEmpty())
            continue;
        if ((templ.contains(QStringLiteral("{major}")) && parts.value(0).isEmpty()) ||
            (templ.contains(QStringLiteral("{minor}")) && parts.value(1).isEmpty()) ||
            (templ.contains(QStringLiteral("{patch}")) && parts.value(2).isEmpty()))
            continue;
        add(expandTemplate(templ, QString(), projectVersion.trimmed(), buildTime));
    }
    return out;
}

Expected<QStringList, ReferenceError>
TagPolicy::references(const QString& name, const QString& projectVersion, const QDateTime& buildTime) const
{
    const auto parsed = ReferenceParser::parse(name);
    if (!parsed)
        return parsed.error();
    if (!parsed->tag.isEmpty() || !parsed->digest.isEmpty()) {
        ReferenceError e;
        e.part = ReferenceError::Part::Tag;
        e.message =
            QCoreApplication::translate("ReferenceParser",
                                        "\"%1\" already has a tag or digest; give the repository name only.")
                .arg(name);
        e.suggestion = name.section(QLatin1Char('@'), 0, 0);
        const qsizetype colon = e.suggestion.lastIndexOf(QLatin1Char(':'));
        if (colon > e.suggestion.lastIndexOf(QLatin1Char('/')))
            e.suggestion.truncate(colon);
        return e;
    }
    QStringList out;
    const QStringList tagList = tags(projectVersion, buildTime);
    for (const QString& tag : tagList) {
        out << name + QLatin1Char(':') + tag;
    }
    return out;
}

QVariantMap TagPolicy::toVariantMap() const
{
    return {
        {QStringLiteral("latest"), latest},
        {QStringLiteral("version"), version},
        {QStringLiteral("timestamp"), timestamp},
        {QStringLiteral("extraTemplates"), extraTemplates},
    };
}

TagPolicy TagPolicy::fromVariantMap(const QVariantMap& map)
{
    TagPolicy p;
    p.latest = map.value(QStringLiteral("latest"), p.latest).toBool();
    p.version = map.value(QStringLiteral("version"), p.version).toBool();
    p.timestamp = map.value(QStringLiteral("timestamp"), p.timestamp).toBool();
    p.extraTemplates = map.value(QStringLiteral("extraTemplates"), p.extraTemplates).toStringList();
    return p;
}

} // namespace mcpdock::registry
