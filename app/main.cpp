// The GUI, or the headless CLI when a verb is given. Nothing else lives here.
#include "cli.h"
#include "mainwindow.h"
#include "screenshots.h"

#include <QApplication>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QLibraryInfo>
#include <QLocale>
#include <QTextStream>
#include <QTranslator>

#include <cstdio>
#include <memory>

namespace {

void setApplicationIdentity()
{
    QCoreApplication::setOrganizationName(QStringLiteral("MCPDock"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("mcpdock.io"));
    QCoreApplication::setApplicationName(QStringLiteral("mcpdock"));
    QCoreApplication::setApplicationVersion(QStringLiteral(MCPDOCK_VERSION));
}

QStringList argumentsOf(int argc, char** argv)
{
    QStringList args;
    for (int i = 1; i < argc; ++i)
        args << QString::fromLocal8Bit(argv[i]);
    return args;
}

// Our strings from the .qm embedded under :/i18n, Qt's own (standard dialogs) from the system,
// both for the system locale.
void installTranslations(QCoreApplication& app)
{
    const QLocale locale;
    auto* ours = new QTranslator(&app);
    // English is the source language, but its plural forms ("1 step", "2 steps") live in
    // mcpdock_en.qm: the fallback for every locale we have no translation for (and for "C").
    if (ours->load(locale, QStringLiteral("mcpdock"), QStringLiteral("_"), QStringLiteral(":/i18n")) ||
        ours->load(QStringLiteral("mcpdock_en"), QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(ours);
    auto* qt = new QTranslator(&app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
}

// A hidden developer option for scripts/screenshots.sh: `--screenshot-dir DIR` before anything
// else; removed from args.
QString takeScreenshotDir(QStringList& args)
{
    if (args.size() < 2 || args.first() != QLatin1String("--screenshot-dir"))
        return {};
    const QString dir = args.at(1);
    args.remove(0, 2);
    return dir;
}

} // namespace

int main(int argc, char** argv)
{
    QStringList args = argumentsOf(argc, argv);
    const QString screenshotDir = takeScreenshotDir(args);
    if (screenshotDir.isEmpty() && mcpdock::cli::isCliInvocation(args)) {
        QCoreApplication app(argc, argv);
        setApplicationIdentity();
        installTranslations(app);
        QTextStream out(stdout);
        QTextStream err(stderr);
        QFile in;
        in.open(stdin, QIODevice::ReadOnly);
        mcpdock::cli::CliIo io{out, err, &in};
        return mcpdock::cli::run(args, io);
    }

    QApplication app(argc, argv);
    setApplicationIdentity();
    QApplication::setApplicationDisplayName(QStringLiteral("MCP Dock"));
    QApplication::setDesktopFileName(QStringLiteral("io.mcpdock.MCPDock"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/io.mcpdock.MCPDock.svg")));
    installTranslations(app);
    mcpdock::widgets::MainWindow window;
    window.show();
    // Arguments that are not verbs are manifests (or folders holding one), as if dropped.
    if (!args.isEmpty())
        window.openPaths(args, QDir::currentPath());
    if (!screenshotDir.isEmpty())
        mcpdock::widgets::takeScreenshots(&window, screenshotDir,
                                          qEnvironmentVariableIntValue("MCPDOCK_SCREENSHOT_BUILD") != 0);
    return QApplication::exec();
}
