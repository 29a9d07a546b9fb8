// Shared by the builder's integration tests: a fixture on the real test daemon, unique names per
// run, and a recorder that learns from a build's events what it created.
#pragma once

#include "docker/engineclient.h"
#include "imagebuild/buildcontextwriter.h"
#include "imagebuild/buildjob.h"
#include "imagebuild/imagebuilder.h"
#include "manifest/manifestloader.h"
#include "mcp/mcpverifier.h"
#include "testsupport.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace mcpdock;
using namespace mcpdock::imagebuild;

Q_DECLARE_METATYPE(mcpdock::imagebuild::Diagnosis::Kind)

namespace buildtest {

inline void writeFile(const QString& path, const QByteArray& data)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    QVERIFY2(f.open(QIODevice::WriteOnly | QIODevice::Truncate), qPrintable(path));
    f.write(data);
}

// What the events of one build tell about what it created.
struct Recorder
{
    QList<BuildEvent> events;
    QStringList containers;    // " ---> Running in X"
    QStringList createdImages; // " ---> X" after a step that did not come from the cache
    QStringList allStepImages; // every " ---> X"
    bool stepCached = false;

    void operator()(const BuildEvent& e)
    {
        events.append(e);
        if (e.kind == BuildEvent::Kind::Step)
            stepCached = false;
        if (e.kind != BuildEvent::Kind::Output)
            return;
        static const QRegularExpression running(QStringLiteral("^ ---> Running in ([0-9a-f]+)$"));
        static const QRegularExpression image(QStringLiteral("^ ---> ([0-9a-f]{12,})$"));
        if (e.cached)
            stepCached = true;
        if (auto m = running.match(e.text); m.hasMatch())
            containers << m.captured(1);
        else if (auto m2 = image.match(e.text); m2.hasMatch()) {
            allStepImages << m2.captured(1);
            if (!stepCached && e.step > 1)
                createdImages << m2.captured(1);
        }
    }
    // The instruction of each step and whether it came from the cache, from the events alone.
    QList<QPair<QString, bool>> steps() const
    {
        QList<QPair<QString, bool>> out;
        for (const BuildEvent& e : events) {
            if (e.kind == BuildEvent::Kind::Step)
                out.append({e.text, false});
            else if (e.cached && !out.isEmpty())
                out.last().second = true;
        }
        return out;
    }
};

} // namespace buildtest

class BuildTestBase : public QObject
{
protected:
    void baseInit();
    void baseCleanup();

    ImageBuildOptions options() const;
    project::Project copyAndLoad(const QString& example, QTemporaryDir& dir);
    void assertNothingLeft(const buildtest::Recorder& rec, const QStringList& tags);
    Expected<BuildResult, BuildFailure> buildRaw(const QByteArray& dockerfile, const QString& network,
                                                 buildtest::Recorder& rec,
                                                 const QMap<QString, QByteArray>& files = {});
    QString buildRawImage(const QByteArray& dockerfile, const QMap<QString, QByteArray>& files,
                          const QString& tag);

    docker::Endpoint m_endpoint;
    QString m_run; // unique per run: tags and labels
    QStringList m_tagsToRemove;
};

inline void BuildTestBase::baseInit()
{
    MCPDOCK_REQUIRE_TESTENV();
    const auto& env = test::testEnv();
    auto ep = docker::parseHost(env.dockerHost, QStringLiteral("test env"));
    QVERIFY2(ep.ok(), ep.ok() ? "" : qPrintable(ep.error().message));
    m_endpoint = *ep;
    m_run = QString::number(QRandomGenerator::global()->generate64() % 0xffffffffULL, 16);
    docker::EngineClient client(m_endpoint);
    // Tags of earlier runs that died before their cleanup (older than two hours, so a run going on
    // in parallel keeps its own).
    docker::ImageFilters stale;
    stale.references = {QStringLiteral("mcpdock-itest-*/*")};
    if (auto images = client.listImages(stale))
        for (const docker::ImageSummary& image : *images)
            if (image.created.isValid() && image.created < QDateTime::currentDateTimeUtc().addSecs(-7200))
                for (const QString& tag : image.repoTags)
                    client.removeImage(tag, false, false);
}
inline void BuildTestBase::baseCleanup()
{
    docker::EngineClient client(m_endpoint);
    for (const QString& tag : std::as_const(m_tagsToRemove))
        client.removeImage(tag, true, false);
}
inline ImageBuildOptions BuildTestBase::options() const
{
    ImageBuildOptions o;
    o.endpoint = m_endpoint;
    o.labels.insert(QStringLiteral("io.mcpdock.test-run"), m_run);
    return o;
}
inline project::Project BuildTestBase::copyAndLoad(const QString& example, QTemporaryDir& dir)
{
    const QString project = dir.path() + QLatin1Char('/') + example;
    if (!test::copyProjectTree(test::sourceDir() + QStringLiteral("/examples/") + example, project))
        qFatal("cannot copy example %s", qPrintable(example));
    auto m = manifest::loadManifest(project);
    if (!m) {
        for (const auto& issue : m.error())
            qWarning() << issue.toString();
        qFatal("example %s does not load", qPrintable(example));
    }
    return *m;
}
inline void BuildTestBase::assertNothingLeft(const buildtest::Recorder& rec, const QStringList& tags)
{
    docker::EngineClient client(m_endpoint);
    for (const QString& tag : tags)
        QVERIFY2(!client.inspectImage(tag).ok(), qPrintable(QStringLiteral("tag %1 exists").arg(tag)));
    auto containers = client.listContainers(true);
    QVERIFY(containers.ok());
    for (const docker::ContainerSummary& c : *containers)
        for (const QString& id : rec.containers)
            QVERIFY2(!c.id.startsWith(id), qPrintable(QStringLiteral("container %1 left").arg(id)));
    for (const QString& id : rec.createdImages)
        QVERIFY2(!client.inspectImage(id).ok(), qPrintable(QStringLiteral("image %1 left").arg(id)));
    // No dangling image that descends from this build's steps.
    docker::ImageFilters dangling;
    dangling.dangling = true;
    auto images = client.listImages(dangling);
    QVERIFY(images.ok());
    // Only images made while this build ran: other engineers' builds share the base layers.
    const QDateTime started = rec.events.isEmpty() ? QDateTime() : rec.events.first().time.addSecs(-2);
    for (const docker::ImageSummary& image : *images) {
        if (started.isValid() && image.created.isValid() && image.created < started)
            continue;
        auto inspected = client.inspectImage(image.id);
        if (!inspected)
            continue;
        const QString parent = inspected->value(QStringLiteral("Parent")).toString().mid(7, 12);
        QVERIFY2(parent.isEmpty() || !rec.allStepImages.contains(parent),
                 qPrintable(QStringLiteral("dangling image %1 from this build").arg(image.id)));
    }
}
inline Expected<BuildResult, BuildFailure> BuildTestBase::buildRaw(const QByteArray& dockerfile,
                                                                   const QString& network,
                                                                   buildtest::Recorder& rec,
                                                                   const QMap<QString, QByteArray>& files)
{
    QTemporaryDir dir;
    BuildContextWriter context(dir.path());
    context.addMemoryFile(QStringLiteral("Dockerfile"), dockerfile);
    for (auto it = files.cbegin(); it != files.cend(); ++it)
        context.addMemoryFile(it.key(), it.value());
    ImageBuildOptions o = options();
    o.networkMode = network;
    ImageBuilder builder(o);
    builder.setEventHandler([&rec](const BuildEvent& e) { rec(e); });
    return builder.buildContext(context, dir.path(), o.labels);
}
inline QString BuildTestBase::buildRawImage(const QByteArray& dockerfile,
                                            const QMap<QString, QByteArray>& files, const QString& tag)
{
    buildtest::Recorder rec;
    QTemporaryDir dir;
    BuildContextWriter context(dir.path());
    context.addMemoryFile(QStringLiteral("Dockerfile"), dockerfile);
    for (auto it = files.cbegin(); it != files.cend(); ++it)
        context.addMemoryFile(it.key(), it.value());
    ImageBuildOptions o = options();
    o.tags = {tag};
    ImageBuilder builder(o);
    auto r = builder.buildContext(context, QString(), o.labels);
    if (!r) {
        qWarning() << r.error().message;
        return {};
    }
    m_tagsToRemove << tag;
    return r->imageId;
}

// Builds on the test daemon's vfs storage take minutes: lift QtTest's 5-minute limit per test
// function (ctest's own TIMEOUT still bounds the whole suite).
#define MCPDOCK_BUILDTEST_MAIN(TestClass)                                                                    \
    int main(int argc, char** argv)                                                                          \
    {                                                                                                        \
        if (qEnvironmentVariableIsEmpty("QTEST_FUNCTION_TIMEOUT"))                                           \
            qputenv("QTEST_FUNCTION_TIMEOUT", "1100000");                                                    \
        QCoreApplication app(argc, argv);                                                                    \
        TestClass tc;                                                                                        \
        QTEST_SET_MAIN_SOURCE_PATH                                                                           \
        return QTest::qExec(&tc, argc, argv);                                                                \
    }
