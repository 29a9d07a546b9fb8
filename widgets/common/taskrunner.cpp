#include "common/taskrunner.h"

#include <QCoreApplication>
#include <QDeadlineTimer>

namespace mcpdock::widgets {

TaskRunner::TaskRunner(QObject* parent)
    : QObject(parent)
{}

TaskRunner::~TaskRunner()
{
    // Blocking calls end on their own (connect and read timeouts); wait for them rather than
    // destroying a running QThread. Keep serving posted events meanwhile: a worker may be waiting
    // for a keychain job that runs on this (the application) thread.
    const std::vector<QThread*> threads = m_threads;
    for (QThread* t : threads) {
        // No result goes anywhere now: the receivers are being destroyed with the window.
        t->disconnect();
        while (!t->wait(50))
            QCoreApplication::processEvents(QEventLoop::ExcludeUserInputEvents);
        delete t;
    }
}

void TaskRunner::start(QThread* thread)
{
    m_threads.push_back(thread);
    connect(thread, &QThread::finished, this, [this, thread] {
        std::erase(m_threads, thread);
        thread->deleteLater();
        if (m_threads.empty())
            emit idle();
    });
    thread->start();
}

int TaskRunner::runningCount() const
{
    return int(m_threads.size());
}

bool TaskRunner::waitForIdle(int timeoutMs)
{
    QDeadlineTimer deadline(timeoutMs);
    while (!m_threads.empty() && !deadline.hasExpired())
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
    return m_threads.empty();
}

} // namespace mcpdock::widgets
