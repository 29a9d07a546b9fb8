#include "jobs/jobqueue.h"

#include <QMetaObject>
#include <QThread>

namespace mcpdock::widgets {

Job::Job(Kind kind, QString title, QObject* parent)
    : QObject(parent)
    , m_kind(kind)
    , m_title(std::move(title))
{}

qint64 Job::elapsedMs() const
{
    if (m_elapsedAtEnd >= 0)
        return m_elapsedAtEnd;
    return m_clock.isValid() ? m_clock.elapsed() : 0;
}

void Job::cancel()
{
    if (!isActive())
        return;
    m_cancelRequested = true;
    if (m_state == State::Queued) {
        m_result = tr("Cancelled before it started.");
        m_elapsedAtEnd = 0;
        setState(State::Cancelled);
        emit finished(false, m_result);
        return;
    }
    setStatus(tr("Cancelling…"));
    if (m_cancel)
        m_cancel();
}

void Job::setProgress(qint64 value, qint64 maximum)
{
    if (!isActive() || (value == m_value && maximum == m_maximum))
        return;
    m_value = value;
    m_maximum = maximum;
    emit progressChanged();
}

void Job::setStatus(const QString& status)
{
    if (!isActive() || status == m_status)
        return;
    m_status = status;
    emit progressChanged();
}

void Job::succeed(const QString& message)
{
    if (!isActive())
        return;
    m_result = message;
    if (m_maximum > 0)
        m_value = m_maximum;
    m_elapsedAtEnd = elapsedMs();
    setState(State::Succeeded);
    emit progressChanged();
    emit finished(true, message);
}

void Job::fail(const QString& message)
{
    if (!isActive())
        return;
    m_result = message;
    m_elapsedAtEnd = elapsedMs();
    setState(m_cancelRequested ? State::Cancelled : State::Failed);
    emit finished(false, message);
}

void Job::setState(State s)
{
    if (s == m_state)
        return;
    m_state = s;
    if (s == State::Running)
        m_clock.start();
    emit stateChanged(s);
}

struct JobQueue::Entry
{
    Job* job = nullptr;
    JobSpec spec;
    std::unique_ptr<QThread> thread;
    QObject* worker = nullptr;
};

JobQueue::JobQueue(int maxParallel, QObject* parent)
    : QObject(parent)
    , m_maxParallel(std::max(1, maxParallel))
{}

JobQueue::~JobQueue()
{
    for (auto& e : m_entries) {
        if (e->job->state() == Job::State::Running && e->spec.cancel && e->worker)
            e->spec.cancel(e->worker);
    }
    for (auto& e : m_entries) {
        if (e->thread) {
            e->thread->quit();
            e->thread->wait();
        }
    }
}

void JobQueue::setMaxParallel(int n)
{
    m_maxParallel = std::max(1, n);
    startNext();
}

int JobQueue::activeCount() const
{
    int n = 0;
    for (Job* j : m_jobs)
        n += j->isActive() ? 1 : 0;
    return n;
}

Job* JobQueue::enqueue(JobSpec spec)
{
    auto entry = std::make_unique<Entry>();
    entry->job = new Job(spec.kind, spec.title, this);
    entry->spec = std::move(spec);
    Job* job = entry->job;
    connect(job, &Job::finished, this, [this, job] {
        for (auto& e : m_entries) {
            if (e->job == job && e->thread) {
                // The worker is deleted on its own thread once the loop ends; the thread is
                // joined here so nothing outlives the queue.
                e->thread->quit();
                e->thread->wait();
                e->thread.reset();
                e->worker = nullptr;
                job->m_cancel = nullptr;
            }
        }
        emit jobFinished(job);
        emit activeCountChanged(activeCount());
        startNext();
    });
    m_entries.push_back(std::move(entry));
    m_jobs << job;
    emit jobAdded(job);
    emit activeCountChanged(activeCount());
    startNext();
    return job;
}

void JobQueue::startNext()
{
    int running = 0;
    for (auto& e : m_entries)
        running += e->job->state() == Job::State::Running ? 1 : 0;
    for (auto& e : m_entries) {
        if (running >= m_maxParallel)
            return;
        if (e->job->state() == Job::State::Queued && !e->thread) {
            launch(*e);
            ++running;
        }
    }
}

void JobQueue::launch(Entry& e)
{
    e.thread = std::make_unique<QThread>();
    e.thread->setObjectName(e.job->title());
    e.worker = e.spec.createWorker();
    e.worker->moveToThread(e.thread.get());
    connect(e.thread.get(), &QThread::finished, e.worker, &QObject::deleteLater);
    if (e.spec.wire)
        e.spec.wire(e.worker, e.job);
    QObject* worker = e.worker;
    auto cancelFn = e.spec.cancel;
    e.job->m_cancel = [worker, cancelFn] {
        if (cancelFn)
            cancelFn(worker);
    };
    e.job->setState(Job::State::Running);
    e.thread->start();
    QMetaObject::invokeMethod(worker, e.spec.startSlot, Qt::QueuedConnection);
}

void JobQueue::cancelAll()
{
    for (Job* j : m_jobs)
        j->cancel();
}

void JobQueue::clearFinished()
{
    for (auto it = m_entries.begin(); it != m_entries.end();) {
        if (!(*it)->job->isActive()) {
            Job* job = (*it)->job;
            m_jobs.removeAll(job);
            emit jobRemoved(job);
            job->deleteLater();
            it = m_entries.erase(it);
        } else {
            ++it;
        }
    }
}

} // namespace mcpdock::widgets
