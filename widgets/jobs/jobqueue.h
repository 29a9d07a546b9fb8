#pragma once

#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QString>

#include <functional>
#include <memory>

class QThread;

namespace mcpdock::widgets {

class JobQueue;

// One build, push or verification the user started, as the jobs panel and the status bar show it.
// Lives on the UI thread; its worker lives on its own thread and reports through queued signals.
class Job : public QObject
{
    Q_OBJECT

public:
    enum class Kind
    {
        Build,
        Push,
        Verify
    };
    enum class State
    {
        Queued,
        Running,
        Succeeded,
        Failed,
        Cancelled
    };
    Q_ENUM(State)

    Kind kind() const { return m_kind; }
    State state() const { return m_state; }
    QString title() const { return m_title; }
    QString status() const { return m_status; }
    QString resultMessage() const { return m_result; }
    qint64 value() const { return m_value; }
    qint64 maximum() const { return m_maximum; } // 0: unknown (busy indicator)
    qint64 elapsedMs() const;
    bool isActive() const { return m_state == State::Queued || m_state == State::Running; }

    // Thread-safe for a running job (the worker's own atomic cancel); a queued job never starts.
    void cancel();

public slots:
    // Called through queued connections from the worker.
    void setProgress(qint64 value, qint64 maximum);
    void setStatus(const QString& status);
    void succeed(const QString& message);
    void fail(const QString& message);

signals:
    void progressChanged();
    void stateChanged(mcpdock::widgets::Job::State state);
    // Exactly once: succeeded, failed or cancelled.
    void finished(bool ok, const QString& message);

private:
    friend class JobQueue;
    Job(Kind kind, QString title, QObject* parent);
    void setState(State s);

    Kind m_kind;
    State m_state = State::Queued;
    QString m_title;
    QString m_status;
    QString m_result;
    qint64 m_value = 0;
    qint64 m_maximum = 0;
    QElapsedTimer m_clock;
    qint64 m_elapsedAtEnd = -1;
    bool m_cancelRequested = false;
    std::function<void()> m_cancel; // set while running
};

// What to run: a worker QObject with a start() slot, wired to the Job by the caller.
struct JobSpec
{
    Job::Kind kind = Job::Kind::Build;
    QString title;
    // Creates the worker on the UI thread; it is then moved to its own thread.
    std::function<QObject*()> createWorker;
    // Connects the worker's signals to the job (use job as the context object: queued, and
    // dropped if the job is gone) and to anything else (log model...).
    std::function<void(QObject* worker, Job* job)> wire;
    // Asks the worker to stop; must be thread-safe (an atomic flag in the worker).
    std::function<void(QObject* worker)> cancel;
    const char* startSlot = "start";
};

// Runs jobs on worker threads, at most maxParallel at once; the rest wait in order. Each thread is
// owned here: on destruction running jobs are cancelled and their threads joined (graceful quit).
class JobQueue : public QObject
{
    Q_OBJECT

public:
    explicit JobQueue(int maxParallel = 2, QObject* parent = nullptr);
    ~JobQueue() override;

    Job* enqueue(JobSpec spec);
    QList<Job*> jobs() const { return m_jobs; } // oldest first, finished ones until cleared
    int activeCount() const;
    void cancelAll();
    void clearFinished();
    void setMaxParallel(int n);
    int maxParallel() const { return m_maxParallel; }

signals:
    void jobAdded(mcpdock::widgets::Job* job);
    void jobFinished(mcpdock::widgets::Job* job);
    void jobRemoved(mcpdock::widgets::Job* job);
    void activeCountChanged(int active);

private:
    struct Entry;
    void startNext();
    void launch(Entry& e);

    int m_maxParallel;
    QList<Job*> m_jobs;
    std::vector<std::unique_ptr<Entry>> m_entries;
};

} // namespace mcpdock::widgets
