#pragma once

#include "docker/dockererror.h"
#include "docker/endpoint.h"

#include <QObject>
#include <QTimer>

namespace mcpdock::settings {
class Settings;
}

namespace mcpdock::widgets {

class TaskRunner;

// Knows whether the Docker daemon answers: asks for its version on a worker thread (never on the
// UI thread), at start, every interval, after a settings change and on Retry.
class DaemonMonitor : public QObject
{
    Q_OBJECT

public:
    enum class State
    {
        Unknown,
        Checking,
        Running,
        Unreachable
    };
    Q_ENUM(State)

    DaemonMonitor(settings::Settings* settings, TaskRunner* runner, QObject* parent = nullptr);

    State state() const { return m_state; }
    QString engineVersion() const { return m_version; }
    QString address() const { return m_address; }
    // The daemon's own sentence when unreachable (from DockerError), with the next step.
    QString problem() const { return m_problem; }
    docker::DockerError::Kind problemKind() const { return m_problemKind; }
    void setInterval(int ms) { m_timer.setInterval(ms); }

public slots:
    void check();

signals:
    void stateChanged(mcpdock::widgets::DaemonMonitor::State state);

private:
    settings::Settings* m_settings;
    TaskRunner* m_runner;
    QTimer m_timer;
    State m_state = State::Unknown;
    bool m_inFlight = false;
    bool m_again = false;
    QString m_version;
    QString m_address;
    QString m_problem;
    docker::DockerError::Kind m_problemKind = docker::DockerError::Kind::DaemonNotRunning;
};

} // namespace mcpdock::widgets
