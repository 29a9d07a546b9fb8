#pragma once

#include "reference.h"

#include <QDateTime>
#include <QStringList>
#include <QVariantMap>

namespace mcpdock::registry {

// Which tags a freshly built image gets. Default: NAME:latest, NAME:v{version},
// NAME:{UTC timestamp} (20261124T101500Z). Pure: the CLI (`mcpdock build`), the GUI and the
// settings use the same rules. Stored per project and in settings via toVariantMap().
struct TagPolicy
{
    bool latest = true;
    bool version = true;   // "v" + the manifest version ("v1.2.0"; skipped when there is none)
    bool timestamp = true; // UTC build time, yyyyMMddTHHmmssZ (no ':' or '+': not valid in tags)
    // More tags from templates: {version} {major} {minor} {patch} {timestamp} {date} {name}.
    // "stable", "{major}.{minor}", "build-{date}".
    QStringList extraTemplates;

    // Expands the policy for one build. name: the repository ("weather", "acme/weather");
    // version: the manifest version (may be empty); buildTime: converted to UTC.
    // Every produced tag is valid (sanitized via ReferenceParser::sanitizeTag), duplicates removed,
    // order: latest, version, timestamp, extras.
    QStringList tags(const QString& version, const QDateTime& buildTime) const;
    // Full references "name:tag" for tags(); error when name is not a valid repository.
    Expected<QStringList, ReferenceError> references(const QString& name, const QString& version,
                                                     const QDateTime& buildTime) const;

    // Expands one template; unknown placeholders are kept literally (then sanitized).
    static QString expandTemplate(const QString& templ, const QString& name, const QString& version,
                                  const QDateTime& buildTime);
    static QString timestampTag(const QDateTime& buildTime); // 20261124T101500Z

    QVariantMap toVariantMap() const;
    static TagPolicy fromVariantMap(const QVariantMap& map); // missing keys keep the defaults

    bool operator==(const TagPolicy&) const = default;
};

} // namespace mcpdock::registry
