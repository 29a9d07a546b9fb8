#pragma once

#include "buildevent.h"
#include "imagebuilder.h"

#include <QObject>

#include <atomic>

class QThread;

namespace mcpdock::imagebuild {

// One build on a worker thread, for the GUI: the worker object lives on its own QThread, reports
// through signals (queued to the receivers' threads), and can be cancelled from any thread. Results
// reach only receivers that still exist: connect with a context object, and Qt drops the queued
// call when that object is gone.
//
//   auto* job = new BuildJob(manifest, options);
//   connect(job, &BuildJob::finished, window, &Window::onBuilt);
//   connect(job, &BuildJob::failed, window, &Window::onBuildFailed);
//   BuildJob::startOnThread(job); // job and thread delete themselves after done()
class BuildJob : public QObject
{
    Q_OBJECT

public:
    BuildJob(project::Project manifest, ImageBuildOptions options, QObject* parent = nullptr);
    ~BuildJob() override;

    // Moves the job to a new QThread, runs it there, and deletes both when it is done. Returns the
    // thread (owned by itself).
    static QThread* startOnThread(BuildJob* job);

    // Thread-safe; the build aborts within a second (the daemon connection is closed) and rolls back.
    void cancel();
    bool isCancelled() const { return m_cancel.load(); }

public slots:
    void run();

signals:
    void progress(int step, int totalSteps);
    // Every event of the build, in order. (Not named event(): that would hide QObject::event.)
    void buildEvent(const mcpdock::imagebuild::BuildEvent& event);
    void finished(const mcpdock::imagebuild::BuildResult& result);
    void failed(const mcpdock::imagebuild::BuildFailure& failure);
    void done(); // after finished() or failed()

private:
    project::Project m_manifest;
    ImageBuildOptions m_options;
    std::atomic_bool m_cancel{false};
};

} // namespace mcpdock::imagebuild
