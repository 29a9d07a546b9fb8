#include "mainwindow.h"

#include "buildlog/buildlogpane.h"
#include "common/daemonmonitor.h"
#include "common/dialogs.h"
#include "common/notifier.h"
#include "common/taskrunner.h"
#include "docker/engineclient.h"
#include "dockerfile/dockerfilegenerator.h"
#include "images/imagescontroller.h"
#include "images/imagespane.h"
#include "images/pushdialog.h"
#include "itemmodels/buildlogmodel.h"
#include "itemmodels/imagelistmodel.h"
#include "itemmodels/manifesttreemodel.h"
#include "jobs/buildcontroller.h"
#include "jobs/buildjobs.h"
#include "jobs/jobqueue.h"
#include "jobs/jobspanel.h"
#include "manifest/manifestloader.h"
#include "project/droppolicy.h"
#include "project/projectloader.h"
#include "projects/dockerfilepane.h"
#include "projects/projectscontroller.h"
#include "registries/registriespane.h"
#include "registries/registrycontroller.h"
#include "registry/credentialresolver.h"
#include "registry/keychainstore.h"
#include "registry/localimages.h"
#include "registry/pushjob.h"
#include "registry/registrystore.h"
#include "settings/dockerconnection.h"
#include "settings/settings.h"
#include "settings/settingsdialog.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QDockWidget>
#include <QDragEnterEvent>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QMenuBar>
#include <QMimeData>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QStatusBar>
#include <QTabWidget>
#include <QToolBar>
#include <QTreeView>

namespace mcpdock::widgets {

using K = settings::Settings::Key;

MainWindow::MainWindow(QWidget* parent)
    : MainWindow(nullptr, parent)
{}

MainWindow::MainWindow(settings::Settings* settings, QWidget* parent, const QString& keychainService)
    : QMainWindow(parent)
{
    if (!settings) {
        m_ownSettings = std::make_unique<settings::Settings>();
        settings = m_ownSettings.get();
    }
    m_settings = settings;
    setWindowTitle(tr("MCP Dock"));
    setObjectName(QStringLiteral("mainWindow"));
    setWindowIcon(QIcon::fromTheme(QStringLiteral("io.mcpdock.MCPDock"),
                                   QIcon(QStringLiteral(":/icons/io.mcpdock.MCPDock.svg"))));
    setAcceptDrops(true);

    m_tasks = new TaskRunner(this);
    m_jobs = new JobQueue(2, this);
    m_daemon = new DaemonMonitor(m_settings, m_tasks, this);
    m_registries = new RegistryController(m_settings, m_tasks,
                                          keychainService.isEmpty()
                                              ? QString::fromLatin1(registry::KeychainStore::DefaultService)
                                              : keychainService,
                                          this);
    m_notifier = new Notifier(this);

    m_manifests = new ManifestTreeModel(this);
    m_log = new BuildLogModel(this);
    m_images = new ImageListModel(this);

    // Manifests dock
    m_tree = new QTreeView;
    m_tree->setObjectName(QStringLiteral("manifestView"));
    m_tree->setModel(m_manifests);
    m_tree->header()->setSectionResizeMode(ManifestTreeModel::NameColumn, QHeaderView::ResizeToContents);
    m_tree->header()->setStretchLastSection(true);
    m_tree->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_tree->setExpandsOnDoubleClick(true);
    auto* manifestDock = new QDockWidget(tr("Manifests"), this);
    manifestDock->setObjectName(QStringLiteral("manifestsDock"));
    manifestDock->setWidget(m_tree);
    manifestDock->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetFloatable);
    addDockWidget(Qt::LeftDockWidgetArea, manifestDock);

    // Tabs
    m_dockerfilePane = new DockerfilePane;
    m_logPane = new BuildLogPane(m_log);
    m_imagesPane = new ImagesPane(m_images);
    m_registriesPane = new RegistriesPane(m_registries->model());
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("tabs"));
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(m_dockerfilePane, tr("Dockerfile"));
    m_tabs->addTab(m_logPane, tr("Build log"));
    m_tabs->addTab(m_imagesPane, tr("Images"));
    m_tabs->addTab(m_registriesPane, tr("Registries"));
    setCentralWidget(m_tabs);

    // Jobs dock
    m_jobsPanel = new JobsPanel(m_jobs);
    auto* jobsDock = new QDockWidget(tr("Jobs"), this);
    jobsDock->setObjectName(QStringLiteral("jobsDock"));
    jobsDock->setWidget(m_jobsPanel);
    jobsDock->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetFloatable |
                          QDockWidget::DockWidgetClosable);
    addDockWidget(Qt::BottomDockWidgetArea, jobsDock);
    resizeDocks({manifestDock}, {300}, Qt::Horizontal);
    resizeDocks({jobsDock}, {150}, Qt::Vertical);

    setUpActions();
    setUpMenus();
    setUpStatusBar();
    m_viewMenu->addAction(manifestDock->toggleViewAction());
    m_viewMenu->addAction(jobsDock->toggleViewAction());

    m_projects = new ProjectsController(m_settings, m_manifests, m_tree, m_dockerfilePane, this);
    connect(m_projects, &ProjectsController::currentChanged, this, &MainWindow::updateActions);
    connect(m_projects, &ProjectsController::statusMessage, this,
            [this](const QString& text, int ms) { statusBar()->showMessage(text, ms); });
    m_builds = new BuildController(m_settings, m_tasks, m_jobs, m_log, m_daemon, this);
    connect(m_builds, &BuildController::buildStarted, this, [this](Job* job) {
        watchJob(job);
        m_tabs->setCurrentWidget(m_logPane);
        m_logPane->setFollowTail(true);
        emit buildStarted(job);
    });
    connect(m_builds, &BuildController::built, this, [this](const QString& id) {
        m_imagesController->setLastBuilt(id);
        connect(
            this, &MainWindow::imagesRefreshed, this, [this, id] { m_imagesPane->selectId(id); },
            Qt::SingleShotConnection);
    });
    connect(m_daemon, &DaemonMonitor::stateChanged, this, [this](DaemonMonitor::State s) {
        updateDaemonState();
        if (s == DaemonMonitor::State::Running && m_images->rowCount() == 0)
            refreshImages();
    });
    connect(m_jobs, &JobQueue::activeCountChanged, this, [this] {
        updateActions();
        updateStatusProgress();
    });
    connect(m_settings, &settings::Settings::changed, this, [this](K key) {
        if (key == K::RecentManifests)
            rebuildRecentMenu();
        if (key == K::DryRun)
            m_dryRunAction->setChecked(m_settings->flag(K::DryRun));
    });

    m_imagesController = new ImagesController(
        {m_settings, m_tasks, m_jobs, m_log, m_images, m_manifests, m_registries, m_imagesPane}, this);
    connect(m_imagesController, &ImagesController::refreshed, this, &MainWindow::imagesRefreshed);
    connect(m_imagesController, &ImagesController::jobStarted, this, &MainWindow::watchJob);
    connect(m_imagesController, &ImagesController::statusMessage, this,
            [this](const QString& text, int ms) { statusBar()->showMessage(text, ms); });
    connect(m_imagesController, &ImagesController::showRequested, this,
            [this] { m_tabs->setCurrentWidget(m_imagesPane); });
    connect(m_registriesPane, &RegistriesPane::addRequested, this,
            [this] { m_registries->addRegistry(this); });
    connect(m_registriesPane, &RegistriesPane::editRequested, this,
            [this](const QString& h) { m_registries->editRegistry(h, this); });
    connect(m_registriesPane, &RegistriesPane::removeRequested, this,
            [this](const QString& h) { m_registries->removeRegistry(h, this); });
    connect(m_registriesPane, &RegistriesPane::testLoginRequested, this,
            [this](const QString& h) { m_registries->testLogin(h, this); });

    restoreWindow();
    rebuildRecentMenu();
    updateActions();
    updateDaemonState();
    m_projects->showSelected();
    m_daemon->check();
}

SettingsDialog* MainWindow::settingsDialog() const
{
    return m_settingsDialog.data();
}

MainWindow::~MainWindow()
{
    // Jobs first (they cancel and join their threads), then the short tasks.
    delete m_jobs;
    m_jobs = nullptr;
}

void MainWindow::setUpActions()
{
    m_openAction =
        new QAction(QIcon::fromTheme(QStringLiteral("document-open")), tr("&Open manifest…"), this);
    m_openAction->setObjectName(QStringLiteral("actionOpen"));
    m_openAction->setShortcut(QKeySequence::Open);
    m_openAction->setToolTip(tr("Open an mcp.yaml, mcp.yml or manifest.json (Ctrl+O)"));
    connect(m_openAction, &QAction::triggered, this, &MainWindow::openManifestDialog);

    m_buildAction = new QAction(QIcon::fromTheme(QStringLiteral("run-build")), tr("&Build"), this);
    m_buildAction->setObjectName(QStringLiteral("actionBuild"));
    m_buildAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_B));
    m_buildAction->setToolTip(tr("Build an image of the selected project (Ctrl+B)"));
    connect(m_buildAction, &QAction::triggered, this, &MainWindow::build);

    m_cancelAction = new QAction(QIcon::fromTheme(QStringLiteral("process-stop")), tr("&Cancel"), this);
    m_cancelAction->setObjectName(QStringLiteral("actionCancel"));
    m_cancelAction->setShortcut(QKeySequence(Qt::Key_Escape));
    m_cancelAction->setToolTip(tr("Cancel the most recent build or push (Esc)"));
    connect(m_cancelAction, &QAction::triggered, this, &MainWindow::cancel);

    m_pushAction = new QAction(QIcon::fromTheme(QStringLiteral("go-up")), tr("&Push…"), this);
    m_pushAction->setObjectName(QStringLiteral("actionPush"));
    m_pushAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_P));
    m_pushAction->setToolTip(tr("Push the selected image, or the last one built, to a registry (Ctrl+P)"));
    connect(m_pushAction, &QAction::triggered, this, &MainWindow::push);

    m_dryRunAction = new QAction(tr("&Dry run"), this);
    m_dryRunAction->setObjectName(QStringLiteral("actionDryRun"));
    m_dryRunAction->setCheckable(true);
    m_dryRunAction->setChecked(m_settings->flag(K::DryRun));
    m_dryRunAction->setToolTip(tr("Show what Build and Push would do, without doing it"));
    connect(m_dryRunAction, &QAction::toggled, this,
            [this](bool on) { m_settings->setValue(K::DryRun, on); });

    m_pruneAction =
        new QAction(QIcon::fromTheme(QStringLiteral("edit-clear")), tr("P&rune old builds…"), this);
    m_pruneAction->setObjectName(QStringLiteral("actionPrune"));
    m_pruneAction->setToolTip(tr("Remove all but the newest builds of each project"));
    connect(m_pruneAction, &QAction::triggered, this, &MainWindow::prune);

    m_settingsAction =
        new QAction(QIcon::fromTheme(QStringLiteral("preferences-system")), tr("&Settings…"), this);
    m_settingsAction->setObjectName(QStringLiteral("actionSettings"));
    m_settingsAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    connect(m_settingsAction, &QAction::triggered, this, &MainWindow::showSettings);

    m_reloadAction =
        new QAction(QIcon::fromTheme(QStringLiteral("view-refresh")), tr("&Reload manifest"), this);
    m_reloadAction->setShortcut(QKeySequence::Refresh);
    connect(m_reloadAction, &QAction::triggered, this, &MainWindow::reloadSelected);

    m_closeProjectAction = new QAction(tr("C&lose project"), this);
    m_closeProjectAction->setShortcut(QKeySequence::Close);
    connect(m_closeProjectAction, &QAction::triggered, this, &MainWindow::closeSelected);

    m_refreshImagesAction = new QAction(tr("Refresh &images"), this);
    connect(m_refreshImagesAction, &QAction::triggered, this, &MainWindow::refreshImages);

    m_quitAction = new QAction(QIcon::fromTheme(QStringLiteral("application-exit")), tr("&Quit"), this);
    m_quitAction->setShortcut(QKeySequence::Quit);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);

    auto* toolbar = addToolBar(tr("Main"));
    toolbar->setObjectName(QStringLiteral("mainToolBar"));
    toolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolbar->addAction(m_openAction);
    toolbar->addSeparator();
    toolbar->addAction(m_buildAction);
    toolbar->addAction(m_cancelAction);
    toolbar->addAction(m_pushAction);
    toolbar->addAction(m_dryRunAction);
    toolbar->addSeparator();
    toolbar->addAction(m_pruneAction);
    toolbar->addAction(m_settingsAction);
}

void MainWindow::setUpMenus()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    file->addAction(m_openAction);
    m_recentMenu = file->addMenu(tr("Recent &manifests"));
    m_recentMenu->setObjectName(QStringLiteral("recentMenu"));
    file->addAction(m_reloadAction);
    file->addAction(m_closeProjectAction);
    file->addSeparator();
    file->addAction(m_settingsAction);
    file->addSeparator();
    file->addAction(m_quitAction);

    QMenu* buildMenu = menuBar()->addMenu(tr("&Build"));
    buildMenu->addAction(m_buildAction);
    buildMenu->addAction(m_cancelAction);
    buildMenu->addAction(m_dryRunAction);

    QMenu* images = menuBar()->addMenu(tr("&Images"));
    images->addAction(m_pushAction);
    images->addAction(m_pruneAction);
    images->addAction(m_refreshImagesAction);

    m_viewMenu = menuBar()->addMenu(tr("&View"));
    const QStringList names{tr("Dockerfile"), tr("Build log"), tr("Images"), tr("Registries")};
    for (int i = 0; i < names.size(); ++i) {
        auto* a = m_viewMenu->addAction(names[i]);
        a->setShortcut(QKeySequence(Qt::ALT | Qt::Key(Qt::Key_1 + i)));
        connect(a, &QAction::triggered, this, [this, i] { m_tabs->setCurrentIndex(i); });
    }
    m_viewMenu->addSeparator();

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About MCP Dock"), this, [this] {
        Dialogs::information(
            this, tr("About MCP Dock"),
            tr("MCP Dock %1\nTurns an MCP server project into a Docker image and publishes it.")
                .arg(QApplication::applicationVersion()));
    });
}

void MainWindow::setUpStatusBar()
{
    m_daemonLabel = new QLabel(this);
    m_daemonLabel->setObjectName(QStringLiteral("daemonState"));
    m_retry = new QPushButton(tr("Retry"), this);
    m_retry->setObjectName(QStringLiteral("daemonRetry"));
    m_retry->setFlat(true);
    m_jobLabel = new QLabel(this);
    m_statusProgress = new QProgressBar(this);
    m_statusProgress->setObjectName(QStringLiteral("statusProgress"));
    m_statusProgress->setMaximumWidth(220);
    m_statusProgress->hide();
    // Permanent widgets: temporary messages ("Loaded weather.") must not hide the daemon's state.
    statusBar()->addPermanentWidget(m_jobLabel);
    statusBar()->addPermanentWidget(m_statusProgress);
    statusBar()->addPermanentWidget(m_daemonLabel);
    statusBar()->addPermanentWidget(m_retry);
    connect(m_retry, &QPushButton::clicked, m_daemon, &DaemonMonitor::check);
}

void MainWindow::restoreWindow()
{
    const QByteArray geometry = m_settings->bytes(K::WindowGeometry);
    if (geometry.isEmpty() || !restoreGeometry(geometry))
        resize(1180, 760);
    const QByteArray state = m_settings->bytes(K::WindowState);
    if (!state.isEmpty())
        restoreState(state);
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    if (m_jobs && m_jobs->activeCount() > 0) {
        const auto answer =
            Dialogs::question(this, tr("Quit MCP Dock"),
                              tr("%n build(s) or push(es) are still running. Quit and cancel them?", nullptr,
                                 m_jobs->activeCount()));
        if (answer != QMessageBox::Yes) {
            event->ignore();
            return;
        }
        m_jobs->cancelAll();
    }
    m_settings->setValue(K::WindowGeometry, saveGeometry());
    m_settings->setValue(K::WindowState, saveState());
    m_settings->sync();
    QMainWindow::closeEvent(event);
}

void MainWindow::rebuildRecentMenu()
{
    m_recentMenu->clear();
    const QStringList recent = m_settings->list(K::RecentManifests);
    for (int i = 0; i < recent.size(); ++i) {
        const QString path = recent[i];
        const QString label = QStringLiteral("&%1 %2").arg(i + 1).arg(QDir::toNativeSeparators(path));
        QAction* a = m_recentMenu->addAction(label);
        a->setEnabled(QFileInfo::exists(path));
        connect(a, &QAction::triggered, this, [this, path] { openPaths({path}, QDir::currentPath()); });
    }
    if (!recent.isEmpty()) {
        m_recentMenu->addSeparator();
        m_recentMenu->addAction(tr("Clear the list"), this,
                                [this] { m_settings->reset(K::RecentManifests); });
    }
    m_recentMenu->setEnabled(!recent.isEmpty());
}

// ---- projects (ProjectsController does the work) -------------------------------------------------

void MainWindow::openManifestDialog()
{
    m_projects->openDialog();
}

void MainWindow::openUrls(const QList<QUrl>& urls)
{
    m_projects->openUrls(urls);
}

void MainWindow::openPaths(const QStringList& paths, const QString& workingDir)
{
    m_projects->openPaths(paths, workingDir);
}

bool MainWindow::loadManifest(const QString& manifestPath)
{
    return m_projects->load(manifestPath);
}

int MainWindow::currentProjectRow() const
{
    return m_projects->currentRow();
}

void MainWindow::selectProject(int row)
{
    m_projects->select(row);
}

void MainWindow::showTab(Tab tab)
{
    m_tabs->setCurrentIndex(int(tab));
}

void MainWindow::reloadSelected()
{
    m_projects->reloadSelected();
}

void MainWindow::closeSelected()
{
    m_projects->closeSelected();
}

// ---- drag and drop --------------------------------------------------------------------------

void MainWindow::dragEnterEvent(QDragEnterEvent* event)
{
    // Accept anything with URLs: what is refused is explained on drop, not by a silent cursor.
    if (event->mimeData()->hasUrls())
        event->acceptProposedAction();
}

void MainWindow::dragMoveEvent(QDragMoveEvent* event)
{
    if (event->mimeData()->hasUrls())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent* event)
{
    if (!event->mimeData()->hasUrls())
        return;
    event->acceptProposedAction();
    const QList<QUrl> urls = event->mimeData()->urls();
    // After the drop returns: a message box inside the drop handler would block the source app.
    QMetaObject::invokeMethod(
        this, [this, urls] { openUrls(urls); }, Qt::QueuedConnection);
}

// ---- daemon ---------------------------------------------------------------------------------

void MainWindow::updateDaemonState()
{
    switch (m_daemon->state()) {
    case DaemonMonitor::State::Unknown:
    case DaemonMonitor::State::Checking:
        m_daemonLabel->setStyleSheet(QString());
        m_daemonLabel->setText(tr("Connecting to Docker…"));
        m_retry->hide();
        break;
    case DaemonMonitor::State::Running:
        m_daemonLabel->setStyleSheet(QStringLiteral("QLabel { color: #26803a; }"));
        m_daemonLabel->setText(tr("Docker %1 at %2").arg(m_daemon->engineVersion(), m_daemon->address()));
        m_daemonLabel->setToolTip(QString());
        m_retry->hide();
        break;
    case DaemonMonitor::State::Unreachable:
        m_daemonLabel->setStyleSheet(QStringLiteral("QLabel { color: #c01c28; font-weight: bold; }"));
        m_daemonLabel->setText(BuildController::notRunningText(m_daemon->address()));
        m_daemonLabel->setToolTip(m_daemon->problem());
        m_retry->show();
        break;
    }
}

// ---- jobs -----------------------------------------------------------------------------------

void MainWindow::updateActions()
{
    const int row = currentProjectRow();
    m_buildAction->setEnabled(row >= 0 && m_manifests->manifestAt(row) != nullptr);
    m_reloadAction->setEnabled(row >= 0);
    m_closeProjectAction->setEnabled(row >= 0);
    m_cancelAction->setEnabled(m_jobs && m_jobs->activeCount() > 0);
}

void MainWindow::updateStatusProgress()
{
    Job* current = nullptr;
    int active = 0;
    for (Job* j : m_jobs->jobs()) {
        if (j->state() == Job::State::Running) {
            current = j;
            ++active;
        }
    }
    if (!current) {
        m_statusProgress->hide();
        m_jobLabel->clear();
        return;
    }
    m_statusProgress->show();
    if (current->maximum() > 0) {
        const bool big = current->maximum() > 1'000'000;
        m_statusProgress->setRange(0, big ? 1000 : int(current->maximum()));
        m_statusProgress->setValue(big ? int(current->value() * 1000 / current->maximum())
                                       : int(current->value()));
    } else {
        m_statusProgress->setRange(0, 0);
    }
    m_jobLabel->setText(active > 1 ? tr("%1 (+%2 more)").arg(current->title()).arg(active - 1)
                                   : current->title());
}

void MainWindow::watchJob(Job* job)
{
    connect(job, &Job::progressChanged, this, &MainWindow::updateStatusProgress);
    connect(job, &Job::stateChanged, this, &MainWindow::updateStatusProgress);
    connect(job, &Job::finished, this, [this, job](bool ok, const QString& message) {
        updateStatusProgress();
        const QString title = ok                                      ? tr("%1 finished").arg(job->title())
                              : job->state() == Job::State::Cancelled ? tr("%1 cancelled").arg(job->title())
                                                                      : tr("%1 failed").arg(job->title());
        statusBar()->showMessage(ok ? title : QStringLiteral("%1: %2").arg(title, message), 10'000);
        if (job->state() != Job::State::Cancelled)
            m_notifier->notifyIfAway(title, message, job->elapsedMs(), !ok);
        if (job->kind() != Job::Kind::Verify)
            refreshImages();
    });
}

void MainWindow::build()
{
    const int row = currentProjectRow();
    if (row < 0) {
        Dialogs::information(this, tr("Build"), tr("Open a manifest and select its project to build it."));
        return;
    }
    const project::Project* project = m_projects->currentProject();
    if (!project) {
        Dialogs::warning(
            this, tr("Build"),
            tr("%1 has problems and cannot be built. Fix them (see the Manifests pane) and reload.")
                .arg(QDir::toNativeSeparators(m_projects->currentPath())));
        return;
    }
    m_builds->build(*project);
}

void MainWindow::cancel()
{
    m_builds->cancelLatest();
}

// ---- images (ImagesController does the work) ---------------------------------------------------

void MainWindow::refreshImages()
{
    m_imagesController->refresh();
}

void MainWindow::prune()
{
    m_imagesController->prune();
}

void MainWindow::push()
{
    m_imagesController->pushSelected();
}

// ---- settings -------------------------------------------------------------------------------

void MainWindow::showSettings()
{
    if (m_settingsDialog) {
        m_settingsDialog->raise();
        m_settingsDialog->activateWindow();
        return;
    }
    auto* dialog = new SettingsDialog(m_settings, m_registries, m_tasks, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_settingsDialog = dialog;
    dialog->open();
}

} // namespace mcpdock::widgets
