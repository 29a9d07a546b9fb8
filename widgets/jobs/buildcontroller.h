#pragma once

#include <QObject>
#include <QPointer>

class QWidget;

namespace mcpdock {
class BuildLogModel;
}
namespace mcpdock::project {
struct Project;
}
namespace mcpdock::settings {
class Settings;
}

namespace mcpdock::widgets {

class DaemonMonitor;
class Job;
class JobQueue;
class TaskRunner;

// Build: asks the daemon first (on a worker; the periodic check may be minutes old), then queues a
// build job with the settings' base images, tags, network and dry-run switch. Cancel: the most
// recent active job.
class BuildController : public QObject
{
    Q_OBJECT

public:
    BuildController(settings::Settings* settings, TaskRunner* tasks, JobQueue* jobs, BuildLogModel* log,
                    DaemonMonitor* daemon, QWidget* dialogParent);

    void build(const project::Project& project);
    void cancelLatest();

    // "Docker is not running at ADDRESS": shared by Build, the status bar and tooltips.
    static QString notRunningText(const QString& address);

signals:
    // The job was queued (the window shows the log and follows it).
    void buildStarted(mcpdock::widgets::Job* job);
    // A build succeeded with this image.
    void built(const QString& imageId);

private:
    void start(const project::Project& project);

    settings::Settings* m_settings;
    TaskRunner* m_tasks;
    JobQueue* m_jobs;
    BuildLogModel* m_log;
    DaemonMonitor* m_daemon;
    QPointer<QWidget> m_parent;
};

} // namespace mcpdock::widgets
