#include "common/daemonmonitor.h"

#include "common/taskrunner.h"
#include "docker/engineclient.h"
#include "settings/dockerconnection.h"
#include "settings/settings.h"

namespace mcpdock::widgets {
namespace {

struct Probe
{
    bool ok = false;
    QString address;
    QString version;
    QString apiVersion;
    docker::DockerError error;
};

} // namespace

DaemonMonitor::DaemonMonitor(settings::Settings* settings, TaskRunner* runner, QObject* parent)
    : QObject(parent)
    , m_settings(settings)
    , m_runner(runner)
{
    m_timer.setInterval(15'000);
    connect(&m_timer, &QTimer::timeout, this, &DaemonMonitor::check);
    m_timer.start();
    connect(m_settings, &settings::Settings::changed, this, [this](settings::Settings::Key key) {
        using K = settings::Settings::Key;
        if (key == K::DockerHostMode || key == K::DockerSocket || key == K::DockerTcpHost ||
            key == K::DockerCertFolder)
            check();
    });
}

void DaemonMonitor::check()
{
    if (m_inFlight) {
        m_again = true; // the settings changed while a check ran: check once more after it
        return;
    }
    m_inFlight = true;
    const auto endpoint = settings::endpointFromSettings(*m_settings);
    if (m_state != State::Running) {
        m_state = State::Checking;
        emit stateChanged(m_state);
    }
    m_runner->run<Probe>(
        this,
        [endpoint] {
            Probe p;
            if (!endpoint) {
                p.error = endpoint.error();
                return p;
            }
            p.address = endpoint->displayAddress();
            docker::EngineClient client(*endpoint);
            client.setConnectTimeout(3000);
            auto v = client.version();
            if (!v) {
                p.error = v.error();
                return p;
            }
            p.ok = true;
            p.version = v->version;
            p.apiVersion = v->negotiatedApiVersion;
            return p;
        },
        [this](Probe p) {
            m_inFlight = false;
            m_address = p.address;
            if (p.ok) {
                m_version = p.version;
                m_problem.clear();
                m_state = State::Running;
            } else {
                m_version.clear();
                m_problem = p.error.message;
                m_problemKind = p.error.kind;
                m_state = State::Unreachable;
            }
            emit stateChanged(m_state);
            if (m_again) {
                m_again = false;
                check();
            }
        });
}

} // namespace mcpdock::widgets
