#include "buildcontroller.h"

#include "common/daemonmonitor.h"
#include "common/dialogs.h"
#include "common/taskrunner.h"
#include "docker/engineclient.h"
#include "jobs/buildjobs.h"
#include "jobs/jobqueue.h"
#include "project/project.h"
#include "settings/dockerconnection.h"
#include "settings/settings.h"

namespace mcpdock::widgets {

using K = settings::Settings::Key;

namespace {

struct Outcome
{
    bool ok = false;
    QString message;
};

} // namespace

BuildController::BuildController(settings::Settings* settings, TaskRunner* tasks, JobQueue* jobs,
                                 BuildLogModel* log, DaemonMonitor* daemon, QWidget* dialogParent)
    : QObject(dialogParent)
    , m_settings(settings)
    , m_tasks(tasks)
    , m_jobs(jobs)
    , m_log(log)
    , m_daemon(daemon)
    , m_parent(dialogParent)
{}

QString BuildController::notRunningText(const QString& address)
{
    return tr("Docker is not running at %1").arg(address.isEmpty() ? tr("the configured address") : address);
}

void BuildController::build(const project::Project& project)
{
    const auto endpoint = settings::endpointFromSettings(*m_settings);
    m_tasks->run<Outcome>(
        this,
        [endpoint] {
            if (!endpoint)
                return Outcome{false, endpoint.error().message};
            docker::EngineClient client(*endpoint);
            client.setConnectTimeout(3000);
            auto ping = client.ping();
            return ping ? Outcome{true, {}} : Outcome{false, ping.error().message};
        },
        [this, project, endpoint](Outcome o) {
            if (!o.ok) {
                m_daemon->check();
                Dialogs::critical(
                    m_parent, tr("Cannot build %1").arg(project.name),
                    tr("%1.\n\n%2")
                        .arg(notRunningText(endpoint ? endpoint->displayAddress() : QString()), o.message));
                return;
            }
            start(project);
        });
}

void BuildController::start(const project::Project& project)
{
    BuildRequest request;
    request.manifest = project;
    const auto endpoint = settings::endpointFromSettings(*m_settings);
    if (!endpoint) {
        Dialogs::critical(m_parent, tr("Cannot build %1").arg(project.name), endpoint.error().message);
        return;
    }
    request.endpoint = *endpoint;
    request.bases.node = m_settings->string(K::BaseImageNode);
    request.bases.nodeDebian = m_settings->string(K::BaseImageNodeDebian);
    request.bases.python = m_settings->string(K::BaseImagePython);
    request.tagTemplates = m_settings->list(K::DefaultTags);
    const QString network = m_settings->string(K::BuildNetworkMode);
    request.networkMode = network == QLatin1String("default") ? QString() : network;
    request.dryRun = m_settings->flag(K::DryRun);

    Job* job = m_jobs->enqueue(makeBuildJobSpec(request, m_log));
    connect(job, &Job::finished, this, [this, job](bool ok, const QString&) {
        const QString id = job->property("imageId").toString();
        if (ok && !id.isEmpty())
            emit built(id);
    });
    emit buildStarted(job);
}

void BuildController::cancelLatest()
{
    const QList<Job*> jobs = m_jobs->jobs();
    for (auto it = jobs.crbegin(); it != jobs.crend(); ++it) {
        if ((*it)->isActive()) {
            (*it)->cancel();
            return;
        }
    }
}

} // namespace mcpdock::widgets
