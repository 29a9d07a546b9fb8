// mcpdock-screenshots: the README's pictures (run by scripts/screenshots.sh under Xvfb). Opens the
// main window with the given project, waits until it has talked to the daemon, optionally builds
// the project (MCPDOCK_SCREENSHOT_BUILD=1), saves a PNG of each pane and of the settings dialog's
// pages into the output folder, and quits. Docs tooling, not part of the product.
//
//   mcpdock-screenshots OUTPUT_DIR PROJECT...
#include "common/daemonmonitor.h"
#include "images/imagespane.h"
#include "itemmodels/buildlogmodel.h"
#include "itemmodels/schemaformmodel.h"
#include "jobs/jobqueue.h"
#include "mainwindow.h"
#include "settings/settingsdialog.h"
#include "try/trypane.h"

#include "settings/application.h"

#include <QApplication>
#include <QDir>
#include <QIcon>
#include <QPixmap>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QTreeView>

#include <cstdio>

namespace {

using namespace mcpdock::widgets;

void save(QWidget* w, const QString& dir, const QString& name)
{
    const QString file = QDir(dir).filePath(name + QStringLiteral(".png"));
    if (!w->grab().save(file))
        std::fprintf(stderr, "mcpdock: could not write %s\n", qPrintable(file));
    else
        std::fprintf(stdout, "%s\n", qPrintable(file));
}

// The Try window of the newest image: convert_temperature called with arguments typed into its
// form. Quits when the picture is taken (or when there is nothing to try).
void shootTry(MainWindow* window, const QString& dir)
{
    auto quit = [] {
        QTimer::singleShot(300, qApp, &QApplication::quit);
    };
    window->showTab(MainWindow::Tab::Images);
    QTableView* images = window->imagesPane()->view();
    auto* tryButton = window->imagesPane()->findChild<QPushButton*>(QStringLiteral("imagesTry"));
    if (images->model()->rowCount() == 0 || !tryButton)
        return quit();
    images->selectRow(0);
    tryButton->click();
    auto* pane = window->findChild<TryPane*>();
    if (!pane)
        return quit();
    QObject::connect(pane, &TryPane::toolsListed, window, [pane, dir, quit] {
        if (!pane->selectTool(QStringLiteral("convert_temperature"))) {
            save(pane, dir, QStringLiteral("try"));
            return quit();
        }
        mcpdock::SchemaFormModel* form = pane->form();
        for (int r = 0; r < form->rowCount(); ++r) {
            const QModelIndex v = form->index(r, mcpdock::SchemaFormModel::ValueColumn);
            const QString path = v.data(mcpdock::SchemaFormModel::PathRole).toString();
            form->setData(v, path == QLatin1String("value")  ? QStringLiteral("21.5")
                             : path == QLatin1String("from") ? QStringLiteral("celsius")
                                                             : QStringLiteral("fahrenheit"));
        }
        QObject::connect(pane, &TryPane::callFinished, pane, [pane, dir, quit] {
            QTimer::singleShot(300, pane, [pane, dir, quit] {
                save(pane, dir, QStringLiteral("try"));
                pane->close();
                quit();
            });
        });
        pane->callSelectedTool();
    });
}

void shootAll(MainWindow* window, const QString& dir)
{
    window->manifestView()->expandAll();
    const QList<std::pair<MainWindow::Tab, QString>> tabs{
        {MainWindow::Tab::Dockerfile, QStringLiteral("dockerfile")},
        {MainWindow::Tab::BuildLog, QStringLiteral("buildlog")},
        {MainWindow::Tab::Images, QStringLiteral("images")},
        {MainWindow::Tab::Registries, QStringLiteral("registries")}};
    for (const auto& [tab, name] : tabs) {
        window->showTab(tab);
        QApplication::processEvents();
        save(window, dir, name);
    }
    window->showSettings();
    QApplication::processEvents();
    if (SettingsDialog* s = window->settingsDialog()) {
        const QStringList pages{QStringLiteral("settings-docker"), QStringLiteral("settings-build"),
                                QStringLiteral("settings-images"), QStringLiteral("settings-registries")};
        for (int i = 0; i < pages.size(); ++i) {
            s->tabs()->setCurrentIndex(i);
            QApplication::processEvents();
            save(s, dir, pages[i]);
        }
        s->close();
    }
    shootTry(window, dir);
}

void takeScreenshots(MainWindow* window, const QString& dir, bool build)
{
    QDir().mkpath(dir);
    // Let the daemon check finish, then (optionally) build the selected project so the log, the
    // jobs panel and the images list show real content; shoot when the build is over.
    QTimer::singleShot(2000, window, [window, dir, build] {
        if (!build || window->daemonMonitor()->state() != DaemonMonitor::State::Running) {
            shootAll(window, dir);
            return;
        }
        window->build();
        auto* poll = new QTimer(window);
        auto* waited = new int(0);
        QObject::connect(poll, &QTimer::timeout, window, [window, dir, poll, waited] {
            *waited += 500;
            const bool started = !window->jobQueue()->jobs().isEmpty();
            if ((started && window->jobQueue()->activeCount() == 0) || *waited > 300'000) {
                poll->stop();
                delete waited;
                window->refreshImages();
                QTimer::singleShot(1500, window, [window, dir] { shootAll(window, dir); });
            }
        });
        poll->start(500);
    });
}

} // namespace

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    const QStringList args = QApplication::arguments().mid(1);
    if (args.size() < 2) {
        std::fprintf(stderr, "usage: mcpdock-screenshots OUTPUT_DIR PROJECT...\n");
        return 2;
    }
    mcpdock::settings::setApplicationIdentity();
    QApplication::setApplicationDisplayName(QStringLiteral("MCP Dock"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/io.mcpdock.MCPDock.svg")));
    mcpdock::settings::installTranslations(app);
    MainWindow window;
    window.show();
    window.openPaths(args.mid(1), QDir::currentPath());
    takeScreenshots(&window, args.first(), qEnvironmentVariableIntValue("MCPDOCK_SCREENSHOT_BUILD") != 0);
    return QApplication::exec();
}
