// The GUI, or the headless CLI when a verb is given. Nothing else lives here.
#include "cli.h"
#include "mainwindow.h"
#include "settings/application.h"

#include <QApplication>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QIcon>
#include <QTextStream>

namespace {

QStringList argumentsOf(int argc, char** argv)
{
    QStringList args;
    for (int i = 1; i < argc; ++i)
        args << QString::fromLocal8Bit(argv[i]);
    return args;
}

} // namespace

int main(int argc, char** argv)
{
    const QStringList args = argumentsOf(argc, argv);
    if (mcpdock::cli::isCliInvocation(args)) {
        QCoreApplication app(argc, argv);
        mcpdock::settings::setApplicationIdentity();
        mcpdock::settings::installTranslations(app);
        QTextStream out(stdout);
        QTextStream err(stderr);
        QFile in;
        in.open(stdin, QIODevice::ReadOnly);
        mcpdock::cli::CliIo io{out, err, &in};
        return mcpdock::cli::run(args, io);
    }

    QApplication app(argc, argv);
    mcpdock::settings::setApplicationIdentity();
    QApplication::setApplicationDisplayName(QStringLiteral("MCP Dock"));
    QApplication::setDesktopFileName(QStringLiteral("io.mcpdock.MCPDock"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/io.mcpdock.MCPDock.svg")));
    mcpdock::settings::installTranslations(app);
    mcpdock::widgets::MainWindow window;
    window.show();
    // Arguments that are not verbs are manifests (or folders holding one), as if dropped.
    if (!args.isEmpty())
        window.openPaths(args, QDir::currentPath());
    return QApplication::exec();
}
