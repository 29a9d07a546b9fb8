// The GUI, or the headless CLI when a verb is given. Nothing else lives here.
#include "cli/cli.h"
#include "mainwindow.h"

#include <QApplication>
#include <QCoreApplication>
#include <QFile>
#include <QTextStream>

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

} // namespace

int main(int argc, char** argv)
{
    const QStringList args = argumentsOf(argc, argv);
    if (mcpdock::cli::isCliInvocation(args)) {
        QCoreApplication app(argc, argv);
        setApplicationIdentity();
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
    mcpdock::widgets::MainWindow window;
    window.show();
    return QApplication::exec();
}
