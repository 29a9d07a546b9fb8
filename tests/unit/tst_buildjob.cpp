// BuildJob's threading without a daemon: signals arrive on the receiver's thread, a receiver that is
// gone gets nothing, cancel() is safe from any thread. (Real builds: tests/integration.)
#include "docker/endpoint.h"
#include "imagebuild/buildjob.h"
#include "manifest/manifestloader.h"
#include "testsupport.h"

#include <QPointer>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace mcpdock;
using namespace mcpdock::imagebuild;

class TestBuildJob : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void failureDeliveredOnReceiverThread();
    void receiverGoneGetsNothing();
    void cancelFromAnotherThread();

private:
    BuildJob* makeJob();
    project::Project m_manifest;
    QTemporaryDir m_dir;
};

void TestBuildJob::initTestCase()
{
    auto m = manifest::loadManifest(test::sourceDir() + QStringLiteral("/examples/weather-js"));
    QVERIFY(m.ok());
    m_manifest = *m;
}

BuildJob* TestBuildJob::makeJob()
{
    ImageBuildOptions o;
    auto ep = docker::parseHost(QStringLiteral("unix://") + m_dir.path() + QStringLiteral("/no-daemon.sock"),
                                QStringLiteral("test"));
    o.endpoint = *ep;
    o.writeLog = false; // the example folder stays clean
    return new BuildJob(m_manifest, o);
}

void TestBuildJob::failureDeliveredOnReceiverThread()
{
    BuildJob* job = makeJob();
    QObject receiver;
    QThread* receivedOn = nullptr;
    BuildFailure failure;
    connect(job, &BuildJob::failed, &receiver, [&](const BuildFailure& f) {
        receivedOn = QThread::currentThread();
        failure = f;
    });
    QSignalSpy events(job, &BuildJob::buildEvent);
    QThread* thread = BuildJob::startOnThread(job);
    QVERIFY(thread != QThread::currentThread());
    // The thread deletes itself after finishing (deleteLater in this thread): waiting for that is
    // race-free, unlike a spy on finished connected after the thread may already have finished.
    QPointer<QThread> threadAlive(thread);
    QTRY_VERIFY_WITH_TIMEOUT(threadAlive.isNull(), 20000);
    QTRY_VERIFY(receivedOn != nullptr);
    QCOMPARE(receivedOn, QThread::currentThread());
    QCOMPARE(failure.kind, BuildFailure::Kind::Connection);
    QVERIFY(failure.message.contains(QLatin1String("no-daemon.sock")));
    QVERIFY(events.count() >= 1);
}

void TestBuildJob::receiverGoneGetsNothing()
{
    BuildJob* job = makeJob();
    auto* receiver = new QObject;
    int delivered = 0;
    connect(job, &BuildJob::failed, receiver, [&delivered](const BuildFailure&) { ++delivered; });
    connect(job, &BuildJob::buildEvent, receiver, [&delivered](const BuildEvent&) { ++delivered; });
    QThread* thread = BuildJob::startOnThread(job);
    delete receiver;
    // The thread deletes itself after finishing (deleteLater in this thread): waiting for that is
    // race-free, unlike a spy on finished connected after the thread may already have finished.
    QPointer<QThread> threadAlive(thread);
    QTRY_VERIFY_WITH_TIMEOUT(threadAlive.isNull(), 20000);
    QTest::qWait(50);
    QCOMPARE(delivered, 0);
}

void TestBuildJob::cancelFromAnotherThread()
{
    BuildJob* job = makeJob();
    QVERIFY(!job->isCancelled());
    QThread* canceller = QThread::create([job] { job->cancel(); });
    canceller->start();
    QVERIFY(canceller->wait(5000));
    delete canceller;
    QVERIFY(job->isCancelled());
    BuildFailure failure;
    QObject receiver;
    connect(job, &BuildJob::failed, &receiver, [&failure](const BuildFailure& f) { failure = f; });
    QThread* thread = BuildJob::startOnThread(job);
    // The thread deletes itself after finishing (deleteLater in this thread): waiting for that is
    // race-free, unlike a spy on finished connected after the thread may already have finished.
    QPointer<QThread> threadAlive(thread);
    QTRY_VERIFY_WITH_TIMEOUT(threadAlive.isNull(), 20000);
    QTRY_COMPARE(failure.kind, BuildFailure::Kind::Cancelled);
}

QTEST_GUILESS_MAIN(TestBuildJob)
#include "tst_buildjob.moc"
