#include "buildjob.h"

#include <QThread>

namespace mcpdock::imagebuild {

BuildJob::BuildJob(project::Project manifest, ImageBuildOptions options, QObject* parent)
    : QObject(parent)
    , m_manifest(std::move(manifest))
    , m_options(std::move(options))
{
    qRegisterMetaType<mcpdock::imagebuild::BuildEvent>();
    qRegisterMetaType<mcpdock::imagebuild::BuildResult>();
    qRegisterMetaType<mcpdock::imagebuild::BuildFailure>();
}

BuildJob::~BuildJob() = default;

QThread* BuildJob::startOnThread(BuildJob* job)
{
    auto* thread = new QThread;
    thread->setObjectName(QStringLiteral("BuildJob"));
    job->setParent(nullptr);
    job->moveToThread(thread);
    QObject::connect(thread, &QThread::started, job, &BuildJob::run);
    QObject::connect(job, &BuildJob::done, thread, &QThread::quit);
    QObject::connect(thread, &QThread::finished, job, &QObject::deleteLater);
    QObject::connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    thread->start();
    return thread;
}

void BuildJob::cancel()
{
    m_cancel.store(true);
}

void BuildJob::run()
{
    ImageBuilder builder(m_options);
    int lastStep = -1;
    builder.setEventHandler([this, &lastStep](const BuildEvent& e) {
        emit buildEvent(e);
        if (e.kind == BuildEvent::Kind::Step && e.step != lastStep) {
            lastStep = e.step;
            emit progress(e.step, e.totalSteps);
        }
    });
    auto result = builder.build(m_manifest, &m_cancel);
    if (result)
        emit finished(*result);
    else
        emit failed(result.error());
    emit done();
}

} // namespace mcpdock::imagebuild
