#include "contextrule.h"

#include <QStringList>

namespace mcpdock::project {

bool skippedInContext(const QString& name)
{
    static const QStringList names = {QStringLiteral("node_modules"), QStringLiteral(".git"),
                                      QStringLiteral("__pycache__"),  QStringLiteral(".venv"),
                                      QStringLiteral("venv"),         QStringLiteral(".npmrc"),
                                      QStringLiteral(".DS_Store"),    QStringLiteral(".mcpdock")};
    return names.contains(name) || name.startsWith(QLatin1String(".env")) ||
           name.endsWith(QLatin1String(".pyc"));
}

QString skippedComponent(const QString& relativePath)
{
    const QStringList parts = relativePath.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    for (const QString& part : parts)
        if (skippedInContext(part))
            return part;
    return {};
}

} // namespace mcpdock::project
