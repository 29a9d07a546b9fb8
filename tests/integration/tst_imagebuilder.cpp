// Each example builds, is tagged and passes verify; BuildJob signals; .dockerignore keeps a large file out.
#include "buildtestbase.h"
#include <QPointer>

using namespace mcpdock;
using namespace mcpdock::imagebuild;
using namespace mcpdock::mcp;
using namespace buildtest;

class TestImageBuilder : public BuildTestBase
{
    Q_OBJECT

private slots:
    void initTestCase() { baseInit(); }
    void cleanupTestCase() { baseCleanup(); }
    void examplesBuildTagAndVerify_data();
    void examplesBuildTagAndVerify();
    void dockerignoreKeepsLargeFileOut();
    void buildJobSignals();
    void buildJobReceiverGone();
};

void TestImageBuilder::examplesBuildTagAndVerify_data()
{
    QTest::addColumn<QString>("example");
    QTest::newRow("weather-js") << "weather-js";
    QTest::newRow("notes-py") << "notes-py";
    QTest::newRow("mixed") << "mixed";
}

void TestImageBuilder::examplesBuildTagAndVerify()
{
    QFETCH(QString, example);
    QTemporaryDir dir;
    const project::Project m = copyAndLoad(example, dir);
    ImageBuildOptions o = options();
    const QString repo = QStringLiteral("mcpdock-itest-%1/%2").arg(m_run, example);
    o.tags = {repo + QStringLiteral(":latest"), repo + QStringLiteral(":v") + m.version};
    Recorder rec;
    const auto r = buildMCPImage(m, o, [&rec](const BuildEvent& e) { rec(e); });
    QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().message + QLatin1Char(' ') + r.error().suggestion));
    m_tagsToRemove << o.tags;
    QVERIFY(r->imageId.startsWith(QLatin1String("sha256:")));
    QCOMPARE(r->tags, o.tags);
    QVERIFY(r->totalSteps > 5);
    QVERIFY(QFile::exists(m.projectDir + QStringLiteral("/.build.log")));

    docker::EngineClient client(m_endpoint);
    for (const QString& tag : o.tags) {
        auto inspected = client.inspectImage(tag);
        QVERIFY2(inspected.ok(), qPrintable(tag));
        QCOMPARE(inspected->value(QStringLiteral("Id")).toString(), r->imageId);
    }

    McpVerifier verifier(m_endpoint);
    verifier.setTimeoutMs(60000);
    const auto v = verifier.verify(o.tags.first());
    QVERIFY2(v.ok(), v.ok() ? "" : qPrintable(v.error().message));
    QStringList expected;
    for (const auto& t : m.tools)
        expected << t.name;
    QCOMPARE(QSet<QString>(v->tools.cbegin(), v->tools.cend()),
             QSet<QString>(expected.cbegin(), expected.cend()));
    QCOMPARE(v->handshake, QStringLiteral("server/discover"));
    QCOMPARE(v->serverName, m.name);
    // verify removed its container.
    auto containers = client.listContainers(true, {QStringLiteral("label=io.mcpdock.verify")});
    QVERIFY(containers.ok());
    for (const auto& c : *containers)
        QVERIFY2(c.image != o.tags.first() && c.imageId != r->imageId, qPrintable(c.id));
}

void TestImageBuilder::dockerignoreKeepsLargeFileOut()
{
    QTemporaryDir dir;
    const QString project = dir.path() + QStringLiteral("/weather-js");
    QVERIFY(test::copyProjectTree(test::sourceDir() + QStringLiteral("/examples/weather-js"), project));
    {
        QFile big(project + QStringLiteral("/tools/dataset.bin"));
        QVERIFY(big.open(QIODevice::WriteOnly));
        QByteArray chunk(1024 * 1024, 'x');
        for (int i = 0; i < 64; ++i)
            big.write(chunk);
    }
    writeFile(project + QStringLiteral("/.dockerignore"), "# keep data out\n**/*.bin\n");
    auto m = manifest::loadManifest(project);
    QVERIFY(m.ok());
    ImageBuildOptions o = options();
    const auto r = buildMCPImage(*m, o);
    QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().message));
    m_tagsToRemove << r->imageId;
    QVERIFY2(r->contextBytes < 1024 * 1024, qPrintable(QString::number(r->contextBytes)));
    QVERIFY(r->excludedByIgnore.contains(QStringLiteral("tools/dataset.bin")));
    QVERIFY(!r->contextFiles.contains(QStringLiteral("tools/dataset.bin")));
    QVERIFY(r->contextFiles.contains(QStringLiteral(".dockerignore")));
}

void TestImageBuilder::buildJobSignals()
{
    QTemporaryDir dir;
    const project::Project m = copyAndLoad(QStringLiteral("weather-js"), dir);
    auto* job = new BuildJob(m, options());
    QObject receiver;
    QSignalSpy finished(job, &BuildJob::finished);
    QSignalSpy failed(job, &BuildJob::failed);
    QSignalSpy progress(job, &BuildJob::progress);
    QSignalSpy events(job, &BuildJob::buildEvent);
    QString imageId;
    QObject::connect(job, &BuildJob::finished, &receiver,
                     [&imageId](const BuildResult& r) { imageId = r.imageId; });
    QThread* thread = BuildJob::startOnThread(job);
    QPointer<QThread> threadAlive(thread); // deletes itself after finishing
    QTRY_VERIFY_WITH_TIMEOUT(threadAlive.isNull(), 600000);
    QCOMPARE(failed.count(), 0);
    QCOMPARE(finished.count(), 1);
    QVERIFY(imageId.startsWith(QLatin1String("sha256:")));
    m_tagsToRemove << imageId;
    QVERIFY(progress.count() > 5);
    QCOMPARE(progress.last().at(0).toInt(), progress.last().at(1).toInt()); // ended at M of M
    QVERIFY(events.count() > progress.count());
}

void TestImageBuilder::buildJobReceiverGone()
{
    const auto& env = test::testEnv();
    QTemporaryDir dir;
    const project::Project m = copyAndLoad(QStringLiteral("weather-js"), dir);
    ImageBuildOptions o = options();
    o.bases.node = QStringLiteral("mcpdock-test/no-such-base:") + m_run; // fails fast
    Q_UNUSED(env);
    auto* job = new BuildJob(m, o);
    auto* receiver = new QObject;
    int delivered = 0;
    QObject::connect(job, &BuildJob::failed, receiver, [&delivered](const BuildFailure&) { ++delivered; });
    QObject::connect(job, &BuildJob::finished, receiver, [&delivered](const BuildResult&) { ++delivered; });
    QSignalSpy failed(job, &BuildJob::failed);
    QThread* thread = BuildJob::startOnThread(job);
    delete receiver;                       // the window closed while the build runs
    QPointer<QThread> threadAlive(thread); // deletes itself after finishing
    QTRY_VERIFY_WITH_TIMEOUT(threadAlive.isNull(), 120000);
    QCOMPARE(failed.count(), 1);
    QTest::qWait(100);
    QCOMPARE(delivered, 0);
}

MCPDOCK_BUILDTEST_MAIN(TestImageBuilder)
#include "tst_imagebuilder.moc"
