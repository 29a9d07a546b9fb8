#pragma once

#include <QObject>
#include <QPointer>
#include <QThread>

#include <functional>
#include <memory>
#include <optional>
#include <vector>

namespace mcpdock::widgets {

// Runs short blocking calls (ping, list images, remove, tag, keychain reads) on their own threads
// so the UI thread never waits on a socket. The result is delivered on the context object's thread
// and only while that object lives. The runner waits for whatever is still running when it is
// destroyed, so no thread outlives the window.
class TaskRunner : public QObject
{
    Q_OBJECT

public:
    explicit TaskRunner(QObject* parent = nullptr);
    ~TaskRunner() override;

    template <typename R>
    void run(QObject* context, std::function<R()> work, std::function<void(R)> done)
    {
        auto result = std::make_shared<std::optional<R>>();
        QThread* thread = QThread::create([result, work = std::move(work)] { result->emplace(work()); });
        QPointer<QObject> guard(context);
        connect(thread, &QThread::finished, context, [result, guard, done = std::move(done)] {
            if (guard && result->has_value())
                done(std::move(**result));
        });
        start(thread);
    }

    int runningCount() const;
    // Waits (processing events) until nothing runs; for tests.
    bool waitForIdle(int timeoutMs);

signals:
    void idle();

private:
    void start(QThread* thread);
    std::vector<QThread*> m_threads;
};

} // namespace mcpdock::widgets
