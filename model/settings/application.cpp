#include "application.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace mcpdock::settings {

void setApplicationIdentity()
{
    QCoreApplication::setOrganizationName(QStringLiteral("MCPDock"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("mcpdock.io"));
    QCoreApplication::setApplicationName(QStringLiteral("mcpdock"));
    QCoreApplication::setApplicationVersion(QStringLiteral(MCPDOCK_VERSION));
}

void installTranslations(QCoreApplication& app)
{
    const QLocale locale;
    auto* ours = new QTranslator(&app);
    if (ours->load(locale, QStringLiteral("mcpdock"), QStringLiteral("_"), QStringLiteral(":/i18n")) ||
        ours->load(QStringLiteral("mcpdock_en"), QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(ours);
    auto* qt = new QTranslator(&app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
}

} // namespace mcpdock::settings
