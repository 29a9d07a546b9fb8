#pragma once

#include "project/project.h"

#include <QMainWindow>
#include <QPointer>
#include <QUrl>

#include <memory>

class QAction;
class QLabel;
class QMenu;
class QProgressBar;
class QPushButton;
class QTabWidget;
class QTreeView;

namespace mcpdock {
class BuildLogModel;
class ImageListModel;
class ManifestTreeModel;
} // namespace mcpdock
namespace mcpdock::settings {
class Settings;
}

namespace mcpdock::widgets {

class BuildController;
class BuildLogPane;
class DaemonMonitor;
class DockerfilePane;
class ImagesController;
class ImagesPane;
class Job;
class JobQueue;
class JobsPanel;
class Notifier;
class ProjectsController;
class RegistriesPane;
class RegistryController;
class SettingsDialog;
class TaskRunner;

// The desktop application: manifests on the left, Dockerfile / Build log / Images / Registries
// tabs, jobs at the bottom, the daemon's state in the status bar. Every daemon call runs on a
// worker; builds and pushes are jobs with their own progress.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    // The application's settings.
    explicit MainWindow(QWidget* parent = nullptr);
    // Given settings (tests use a temporary instance) and the keychain service for registry
    // secrets.
    explicit MainWindow(settings::Settings* settings, QWidget* parent = nullptr,
                        const QString& keychainService = QString());
    ~MainWindow() override;

    // Loads manifests chosen by DropPolicy (drop, command line, Open). Refused items are reported
    // with the message saying what is accepted.
    void openUrls(const QList<QUrl>& urls);
    void openPaths(const QStringList& paths, const QString& workingDir);
    // Loads (or reloads) one manifest file and selects it. False when it has problems.
    bool loadManifest(const QString& manifestPath);

    // For tests and the screenshot tool.
    ManifestTreeModel* manifestModel() const { return m_manifests; }
    BuildLogModel* buildLog() const { return m_log; }
    ImageListModel* imageModel() const { return m_images; }
    JobQueue* jobQueue() const { return m_jobs; }
    DaemonMonitor* daemonMonitor() const { return m_daemon; }
    RegistryController* registryController() const { return m_registries; }
    TaskRunner* taskRunner() const { return m_tasks; }
    Notifier* notifier() const { return m_notifier; }
    QTabWidget* tabs() const { return m_tabs; }
    DockerfilePane* dockerfilePane() const { return m_dockerfilePane; }
    BuildLogPane* buildLogPane() const { return m_logPane; }
    ImagesPane* imagesPane() const { return m_imagesPane; }
    RegistriesPane* registriesPane() const { return m_registriesPane; }
    JobsPanel* jobsPanel() const { return m_jobsPanel; }
    SettingsDialog* settingsDialog() const;
    QTreeView* manifestView() const { return m_tree; }
    QLabel* daemonLabel() const { return m_daemonLabel; }
    QProgressBar* statusProgress() const { return m_statusProgress; }
    settings::Settings* appSettings() const { return m_settings; }
    int currentProjectRow() const;
    void selectProject(int row);

    enum class Tab
    {
        Dockerfile,
        BuildLog,
        Images,
        Registries
    };
    void showTab(Tab tab);

public slots:
    void openManifestDialog();
    void build();
    void cancel();
    void push();
    void prune();
    void showSettings();
    void refreshImages();
    void reloadSelected();
    void closeSelected();

signals:
    // After the images list was refreshed from the daemon (ok false: the daemon failed).
    void imagesRefreshed(bool ok);
    // A build job started (the window's tests wait on it).
    void buildStarted(mcpdock::widgets::Job* job);

protected:
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dragMoveEvent(QDragMoveEvent* event) override;
    void dropEvent(QDropEvent* event) override;
    void closeEvent(QCloseEvent* event) override;

private:
    void setUpActions();
    void setUpMenus();
    void setUpStatusBar();
    void restoreWindow();
    void rebuildRecentMenu();
    void updateDaemonState();
    void updateActions();
    void updateStatusProgress();
    void watchJob(Job* job);

    std::unique_ptr<settings::Settings> m_ownSettings;
    settings::Settings* m_settings;
    TaskRunner* m_tasks;
    JobQueue* m_jobs;
    DaemonMonitor* m_daemon;
    RegistryController* m_registries;
    Notifier* m_notifier;

    ManifestTreeModel* m_manifests;
    BuildLogModel* m_log;
    ImageListModel* m_images;

    QTreeView* m_tree;
    QTabWidget* m_tabs;
    DockerfilePane* m_dockerfilePane;
    BuildLogPane* m_logPane;
    ImagesPane* m_imagesPane;
    RegistriesPane* m_registriesPane;
    ImagesController* m_imagesController;
    ProjectsController* m_projects;
    BuildController* m_builds;
    JobsPanel* m_jobsPanel;
    QPointer<SettingsDialog> m_settingsDialog;

    QLabel* m_daemonLabel;
    QPushButton* m_retry;
    QLabel* m_jobLabel;
    QProgressBar* m_statusProgress;

    QAction* m_openAction;
    QAction* m_buildAction;
    QAction* m_cancelAction;
    QAction* m_pushAction;
    QAction* m_dryRunAction;
    QAction* m_pruneAction;
    QAction* m_settingsAction;
    QAction* m_reloadAction;
    QAction* m_closeProjectAction;
    QAction* m_quitAction;
    QAction* m_refreshImagesAction;
    QMenu* m_recentMenu;
    QMenu* m_viewMenu;
};

} // namespace mcpdock::widgets
