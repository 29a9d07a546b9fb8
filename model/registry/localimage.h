#pragma once

#include <QDateTime>
#include <QMetaType>
#include <QString>
#include <QStringList>

namespace mcpdock::registry {

// An image MCP Dock built (it carries our label), as the Images pane and `mcpdock images` show it.
struct LocalImage
{
    QString id;         // sha256:...
    QString repository; // "weather" (first repo of its tags)
    QStringList tags;   // full references: "weather:latest", "weather:v1.2.0"
    qint64 size = 0;
    QDateTime created;
    QString projectName;    // from our labels
    QString projectVersion; // from our labels
    QStringList tools;      // tool names from our labels
    int containers = 0;     // containers using it (prune skips those)
};

} // namespace mcpdock::registry

Q_DECLARE_METATYPE(mcpdock::registry::LocalImage)
