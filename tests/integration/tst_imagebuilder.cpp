// The builder against the real test daemon: examples build, get tagged and pass verify; a rebuild
// reuses the dependency layers; each failure cause is diagnosed from what the daemon really says;
// failed and cancelled builds leave nothing behind; .dockerignore keeps a large file out.
#include "build/buildcontextwriter.h"
#include "build/buildjob.h"
#include "build/imagebuilder.h"
#include "build/mcpverifier.h"
#include "docker/engineclient.h"
#include "manifest/manifestloader.h"
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
using namespace mcpdock::build;

Q_DECLARE_METATYPE(mcpdock::build::Diagnosis::Kind)

namespace {

bool copyTree(const QString& from, const QString& to)
{
    QDir().mkpath(to);
    const QDir src(from);
    for (const QFileInfo& fi : src.entryInfoList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot)) {
        if (fi.fileName() == QLatin1String(".build.log") ||
            fi.fileName().startsWith(QLatin1String(".build.log.")))
            continue;
        const QString target = to + QLatin1Char('/') + fi.fileName();
        if (fi.isDir() ? !copyTree(fi.filePath(), target) : !QFile::copy(fi.filePath(), target))
            return false;
    }
    return true;
}

void writeFile(const QString& path, const QByteArray& data)
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

} // namespace

class TestImageBuilder : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void examplesBuildTagAndVerify_data();
    void examplesBuildTagAndVerify();
    void rebuildReusesDependencyLayers();
    void failuresDiagnosed_data();
    void failuresDiagnosed();
    void missingFileRefusedBeforeSending();
    void cancelAbortsAndLeavesNothing();
    void dockerignoreKeepsLargeFileOut();
    void buildJobSignals();
    void buildJobReceiverGone();
    void verifyFallsBackToInitialize();
    void verifyTimeoutAndMismatch();

private:
    ImageBuildOptions options() const;
    manifest::MCPManifest copyAndLoad(const QString& example, QTemporaryDir& dir);
    void assertNothingLeft(const Recorder& rec, const QStringList& tags);
    Expected<BuildResult, BuildFailure> buildRaw(const QByteArray& dockerfile, const QString& network,
                                                 Recorder& rec, const QMap<QString, QByteArray>& files = {});
    QString buildRawImage(const QByteArray& dockerfile, const QMap<QString, QByteArray>& files,
                          const QString& tag);

    docker::Endpoint m_endpoint;
    QString m_run; // unique per run: tags and labels
    QStringList m_tagsToRemove;
};

void TestImageBuilder::initTestCase()
{
    MCPDOCK_REQUIRE_TESTENV();
    const auto& env = test::testEnv();
    QVERIFY2(!env.baseNode.isEmpty() && !env.basePython.isEmpty(), "the test env has no local base images");
    auto ep = docker::parseHost(env.dockerHost, QStringLiteral("test env"));
    QVERIFY2(ep.ok(), ep.ok() ? "" : qPrintable(ep.error().message));
    m_endpoint = *ep;
    m_run = QString::number(QRandomGenerator::global()->generate64() % 0xffffffffULL, 16);
    docker::EngineClient client(m_endpoint);
    QVERIFY(client.inspectImage(env.baseNode).ok());
    QVERIFY(client.inspectImage(env.basePython).ok());
}

void TestImageBuilder::cleanupTestCase()
{
    docker::EngineClient client(m_endpoint);
    for (const QString& tag : std::as_const(m_tagsToRemove))
        client.removeImage(tag, true, false);
}

ImageBuildOptions TestImageBuilder::options() const
{
    const auto& env = test::testEnv();
    ImageBuildOptions o;
    o.endpoint = m_endpoint;
    o.bases.node = env.baseNode;
    o.bases.nodeDebian = env.baseNode;
    o.bases.python = env.basePython;
    o.labels.insert(QStringLiteral("io.mcpdock.test-run"), m_run);
    return o;
}

manifest::MCPManifest TestImageBuilder::copyAndLoad(const QString& example, QTemporaryDir& dir)
{
    const QString project = dir.path() + QLatin1Char('/') + example;
    if (!copyTree(test::sourceDir() + QStringLiteral("/examples/") + example, project))
        qFatal("cannot copy example %s", qPrintable(example));
    auto m = manifest::loadManifest(project);
    if (!m) {
        for (const auto& issue : m.error())
            qWarning() << issue.toString();
        qFatal("example %s does not load", qPrintable(example));
    }
    return *m;
}

void TestImageBuilder::assertNothingLeft(const Recorder& rec, const QStringList& tags)
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

Expected<BuildResult, BuildFailure> TestImageBuilder::buildRaw(const QByteArray& dockerfile,
                                                               const QString& network, Recorder& rec,
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

QString TestImageBuilder::buildRawImage(const QByteArray& dockerfile, const QMap<QString, QByteArray>& files,
                                        const QString& tag)
{
    Recorder rec;
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
    const manifest::MCPManifest m = copyAndLoad(example, dir);
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

void TestImageBuilder::rebuildReusesDependencyLayers()
{
    QTemporaryDir dir;
    const QString project = dir.path() + QStringLiteral("/deps");
    QVERIFY(copyTree(test::sourceDir() + QStringLiteral("/examples/weather-js"), project));
    // A real npm dependency (host network reaches the npm registry); unique per run so the first
    // build cannot come from another run's cache.
    QFile yaml(project + QStringLiteral("/mcp.yaml"));
    QVERIFY(yaml.open(QIODevice::Append));
    yaml.write(QStringLiteral("dependencies:\n  npm:\n    is-number: \"^7.0.0\"\n").toUtf8());
    yaml.close();
    writeFile(project + QStringLiteral("/tools/run-id.txt"), m_run.toUtf8());
    auto m = manifest::loadManifest(project);
    QVERIFY2(m.ok(), m.ok() ? "" : qPrintable(m.error().first().toString()));

    ImageBuildOptions o = options();
    o.networkMode = QStringLiteral("host");
    Recorder first;
    auto r1 = buildMCPImage(*m, o, [&first](const BuildEvent& e) { first(e); });
    QVERIFY2(r1.ok(), r1.ok() ? "" : qPrintable(r1.error().message));
    m_tagsToRemove << r1->imageId;

    // Edit one tool file, build again.
    QFile tool(project + QStringLiteral("/tools/convert.js"));
    QVERIFY(tool.open(QIODevice::Append));
    tool.write("\n// edited by the cache test\n");
    tool.close();
    m = manifest::loadManifest(project);
    QVERIFY(m.ok());
    Recorder second;
    auto r2 = buildMCPImage(*m, o, [&second](const BuildEvent& e) { second(e); });
    QVERIFY2(r2.ok(), r2.ok() ? "" : qPrintable(r2.error().message));
    m_tagsToRemove << r2->imageId;
    QVERIFY(r2->imageId != r1->imageId);

    const auto steps = second.steps();
    bool sawInstall = false;
    bool sawToolsCopy = false;
    for (const auto& [instruction, cached] : steps) {
        if (instruction.startsWith(QLatin1String("RUN")) && instruction.contains(QLatin1String("npm"))) {
            sawInstall = true;
            QVERIFY2(cached,
                     qPrintable(QStringLiteral("dependency step not from the cache: ") + instruction));
        }
        if (instruction.startsWith(QLatin1String("COPY")) &&
            instruction.contains(QLatin1String("\"tools\""))) {
            sawToolsCopy = true;
            QVERIFY2(!cached, qPrintable(QStringLiteral("edited tools came from the cache: ") + instruction));
        }
    }
    QVERIFY(sawInstall);
    QVERIFY(sawToolsCopy);
    QVERIFY(r2->cacheHits > 0);
    QVERIFY(r2->cacheHits > r1->cacheHits);
}

void TestImageBuilder::failuresDiagnosed_data()
{
    QTest::addColumn<QString>("scenario");
    QTest::addColumn<Diagnosis::Kind>("cause");
    QTest::addColumn<QString>("subject"); // a substring of BuildFailure::subject
    QTest::newRow("COPY of a file not in the context")
        << "missing" << Diagnosis::Kind::MissingFile << "tools/gone.js";
    QTest::newRow("npm package not found")
        << "npm404" << Diagnosis::Kind::NpmPackageNotFound << "mcpdock-no-such-";
    QTest::newRow("npm registry unreachable") << "npmnet" << Diagnosis::Kind::NpmRegistryUnreachable << "";
    QTest::newRow("pip package not found")
        << "pip404" << Diagnosis::Kind::PipPackageNotFound << "mcpdock-no-such-";
    QTest::newRow("pip index unreachable") << "pipnet" << Diagnosis::Kind::PipIndexUnreachable << "";
    QTest::newRow("syntax error in a tool")
        << "syntax" << Diagnosis::Kind::ToolSyntaxError << "tools/convert.js";
    QTest::newRow("RUN exits non-zero") << "runfail" << Diagnosis::Kind::RunFailed << "exit 3";
    QTest::newRow("base image not found")
        << "nobase" << Diagnosis::Kind::RegistryUnreachable << "mcpdock-test/no-such-base";
}

void TestImageBuilder::failuresDiagnosed()
{
    QFETCH(QString, scenario);
    QFETCH(Diagnosis::Kind, cause);
    QFETCH(QString, subject);
    const auto& env = test::testEnv();
    const QString uniquePackage = QStringLiteral("mcpdock-no-such-package-") + m_run;
    QTemporaryDir dir;
    Recorder rec;
    std::optional<Expected<BuildResult, BuildFailure>> r;
    ImageBuildOptions o = options();
    const QString tag = QStringLiteral("mcpdock-itest-%1/fail-%2:latest").arg(m_run, scenario);
    o.tags = {tag};
    auto buildProject = [&](const QString& example, const std::function<void(const QString&)>& change,
                            const QString& network) {
        const QString project = dir.path() + QLatin1Char('/') + example;
        QVERIFY(copyTree(test::sourceDir() + QStringLiteral("/examples/") + example, project));
        change(project);
        auto m = manifest::loadManifest(project);
        QVERIFY2(m.ok(), m.ok() ? "" : qPrintable(m.error().first().toString()));
        o.networkMode = network;
        r = buildMCPImage(*m, o, [&rec](const BuildEvent& e) { rec(e); });
    };
    auto addDependency = [](const QString& yamlText) {
        return [yamlText](const QString& project) {
            QFile yaml(project + QStringLiteral("/mcp.yaml"));
            QVERIFY(yaml.open(QIODevice::Append));
            yaml.write(yamlText.toUtf8());
        };
    };

    if (scenario == QLatin1String("missing")) {
        r = buildRaw(QByteArray("FROM ") + env.baseNode.toUtf8() +
                         "\nWORKDIR /app\nCOPY tools/gone.js /app/tools/\n",
                     QString(), rec);
    } else if (scenario == QLatin1String("npm404")) {
        buildProject(
            QStringLiteral("weather-js"),
            addDependency(QStringLiteral("dependencies:\n  npm:\n    %1: \"^1.0.0\"\n").arg(uniquePackage)),
            QStringLiteral("host"));
    } else if (scenario == QLatin1String("npmnet")) {
        buildProject(QStringLiteral("weather-js"),
                     addDependency(QStringLiteral("dependencies:\n  npm:\n    is-number: \"^7.0.%1\"\n")
                                       .arg(QRandomGenerator::global()->bounded(1000, 9999))),
                     QStringLiteral("none"));
    } else if (scenario == QLatin1String("pip404")) {
        // A real package index on loopback that has no such package (no PyPI on this machine).
        QTemporaryDir index;
        QDir().mkpath(index.path() + QStringLiteral("/simple"));
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        const quint16 port = probe.serverPort();
        probe.close();
        QProcess server;
        server.start(QStringLiteral("python3"),
                     {QStringLiteral("-m"), QStringLiteral("http.server"), QString::number(port),
                      QStringLiteral("--bind"), QStringLiteral("127.0.0.1"), QStringLiteral("--directory"),
                      index.path()});
        QVERIFY(server.waitForStarted());
        QTest::qWait(700);
        r = buildRaw(QByteArray("FROM ") + env.basePython.toUtf8() +
                         "\nRUN python -m pip install --no-cache-dir --index-url http://127.0.0.1:" +
                         QByteArray::number(port) + "/simple " + uniquePackage.toUtf8() + "\n",
                     QStringLiteral("host"), rec);
        server.terminate();
        server.waitForFinished(3000);
    } else if (scenario == QLatin1String("pipnet")) {
        buildProject(
            QStringLiteral("notes-py"),
            addDependency(QStringLiteral("dependencies:\n  python:\n    - \"%1>=1.0\"\n").arg(uniquePackage)),
            QStringLiteral("none"));
    } else if (scenario == QLatin1String("syntax")) {
        buildProject(
            QStringLiteral("weather-js"),
            [this](const QString& project) {
                writeFile(
                    project + QStringLiteral("/tools/convert.js"),
                    QStringLiteral("// %1\nmodule.exports = {\n  handler: (args) => { return {; },\n};\n")
                        .arg(m_run)
                        .toUtf8());
            },
            QString());
    } else if (scenario == QLatin1String("runfail")) {
        r = buildRaw(QByteArray("FROM ") + env.baseNode.toUtf8() + "\nRUN echo " + m_run.toUtf8() +
                         " > /run.txt\nRUN echo about to fail && exit 3\n",
                     QString(), rec);
    } else if (scenario == QLatin1String("nobase")) {
        o.bases.node = QStringLiteral("mcpdock-test/no-such-base:") + m_run;
        buildProject(
            QStringLiteral("weather-js"), [](const QString&) {}, QString());
    }
    QVERIFY(r.has_value());
    QVERIFY2(!r->ok(), "the build succeeded");
    const BuildFailure& f = r->error();
    qDebug() << "created" << rec.createdImages << "removed" << f.removedImages << f.message;
    QCOMPARE(BuildFailure::kindName(f.kind), QStringLiteral("build"));
    QCOMPARE(Diagnosis::kindName(f.cause), Diagnosis::kindName(cause));
    QVERIFY2(f.subject.contains(subject), qPrintable(f.subject));
    QVERIFY(f.step > 0);
    QVERIFY(!f.instruction.isEmpty());
    QVERIFY(!f.message.isEmpty());
    QVERIFY(!f.suggestion.isEmpty());
    if (cause == Diagnosis::Kind::RunFailed)
        QVERIFY2(f.message.contains(QLatin1String("non-zero code: 3")), qPrintable(f.message));
    assertNothingLeft(rec, {tag});
    if (scenario == QLatin1String("runfail"))
        QVERIFY2(!rec.createdImages.isEmpty(), "the failed build committed no step, nothing was rolled back");
}

void TestImageBuilder::missingFileRefusedBeforeSending()
{
    // A tool deleted after the manifest was loaded: the context writer refuses before the daemon
    // sees anything.
    QTemporaryDir dir;
    const manifest::MCPManifest m = copyAndLoad(QStringLiteral("weather-js"), dir);
    QVERIFY(QFile::remove(m.projectDir + QStringLiteral("/tools/station.js")));
    const auto r = buildMCPImage(m, options());
    QVERIFY(!r.ok());
    // The whole tools/ folder is copied, so the build goes on without it and the --check step
    // finds the manifest's tool missing; either way the file is named.
    QVERIFY2(r.error().message.contains(QLatin1String("station.js")) ||
                 r.error().subject.contains(QLatin1String("station.js")),
             qPrintable(r.error().message));
}

void TestImageBuilder::cancelAbortsAndLeavesNothing()
{
    const auto& env = test::testEnv();
    std::atomic_bool cancel{false};
    QElapsedTimer sinceCancel;
    qint64 closedAfterMs = -1;
    Recorder rec;
    QTemporaryDir dir;
    BuildContextWriter context(dir.path());
    context.addMemoryFile(QStringLiteral("Dockerfile"),
                          QByteArray("FROM ") + env.baseNode.toUtf8() + "\nRUN echo " + m_run.toUtf8() +
                              " > /a.txt\nRUN echo started && sleep 120\nRUN echo never\n");
    ImageBuildOptions o = options();
    const QString tag = QStringLiteral("mcpdock-itest-%1/cancelled:latest").arg(m_run);
    o.tags = {tag};
    ImageBuilder builder(o);
    builder.setEventHandler([&](const BuildEvent& e) {
        rec(e);
        if (e.kind == BuildEvent::Kind::Output && e.text == QLatin1String("started") && !cancel) {
            // Cancel from another thread, as the GUI does.
            QThread* t = QThread::create([&] {
                sinceCancel.start();
                cancel = true;
            });
            t->start();
            t->wait();
        }
        if (e.kind == BuildEvent::Kind::Warning && e.text.startsWith(QLatin1String("Cancelled")))
            closedAfterMs = sinceCancel.elapsed();
    });
    QElapsedTimer total;
    total.start();
    const auto r = builder.buildContext(context, dir.path(), o.labels, &cancel);
    QVERIFY(!r.ok());
    QCOMPARE(r.error().kind, BuildFailure::Kind::Cancelled);
    QCOMPARE(r.error().cause, Diagnosis::Kind::Cancelled);
    QVERIFY2(closedAfterMs >= 0 && closedAfterMs < 1000,
             qPrintable(QStringLiteral("aborted %1 ms after cancel").arg(closedAfterMs)));
    QVERIFY(total.elapsed() < 60000); // the sleep 120 did not run out
    QVERIFY(!rec.containers.isEmpty());
    assertNothingLeft(rec, {tag});
    QVERIFY(!rec.createdImages.isEmpty()); // step 2 committed, and was removed
}

void TestImageBuilder::dockerignoreKeepsLargeFileOut()
{
    QTemporaryDir dir;
    const QString project = dir.path() + QStringLiteral("/weather-js");
    QVERIFY(copyTree(test::sourceDir() + QStringLiteral("/examples/weather-js"), project));
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
    const manifest::MCPManifest m = copyAndLoad(QStringLiteral("weather-js"), dir);
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
    QSignalSpy threadDone(thread, &QThread::finished);
    QVERIFY(threadDone.wait(600000));
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
    const manifest::MCPManifest m = copyAndLoad(QStringLiteral("weather-js"), dir);
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
    delete receiver; // the window closed while the build runs
    QSignalSpy threadDone(thread, &QThread::finished);
    QVERIFY(threadDone.wait(120000));
    QCOMPARE(failed.count(), 1);
    QTest::qWait(100);
    QCOMPARE(delivered, 0);
}

void TestImageBuilder::verifyFallsBackToInitialize()
{
    // An older server: initialize only, "Method not found" for server/discover.
    const QByteArray server = R"JS(
const rl = require('readline').createInterface({ input: process.stdin });
const send = (m) => process.stdout.write(JSON.stringify(m) + '\n');
let initialized = false;
rl.on('line', (line) => {
  const msg = JSON.parse(line);
  if (!('id' in msg)) { if (msg.method === 'notifications/initialized') initialized = true; return; }
  if (msg.method === 'initialize')
    return send({ jsonrpc: '2.0', id: msg.id, result: { protocolVersion: '2025-06-18', capabilities: { tools: {} }, serverInfo: { name: 'legacy', version: '0.9' } } });
  if (msg.method === 'tools/list' && initialized)
    return send({ jsonrpc: '2.0', id: msg.id, result: { tools: [{ name: 'echo', inputSchema: { type: 'object' } }] } });
  send({ jsonrpc: '2.0', id: msg.id, error: { code: -32601, message: 'Method not found' } });
});
)JS";
    const auto& env = test::testEnv();
    const QString tag = QStringLiteral("mcpdock-itest-%1/legacy:latest").arg(m_run);
    const QString id =
        buildRawImage(QByteArray("FROM ") + env.baseNode.toUtf8() +
                          "\nCOPY server.js /server.js\n"
                          "LABEL io.mcpdock.tools='[{\"name\":\"echo\",\"description\":\"e\"}]'\n"
                          "ENTRYPOINT [\"node\", \"/server.js\"]\n",
                      {{QStringLiteral("server.js"), server}}, tag);
    QVERIFY(!id.isEmpty());
    McpVerifier verifier(m_endpoint);
    verifier.setTimeoutMs(60000);
    const auto v = verifier.verify(tag);
    QVERIFY2(v.ok(), v.ok() ? "" : qPrintable(v.error().message));
    QCOMPARE(v->handshake, QStringLiteral("initialize"));
    QCOMPARE(v->protocolVersion, QStringLiteral("2025-06-18"));
    QCOMPARE(v->tools, QStringList{QStringLiteral("echo")});
    QCOMPARE(v->serverName, QStringLiteral("legacy"));
}

void TestImageBuilder::verifyTimeoutAndMismatch()
{
    const auto& env = test::testEnv();
    // Silent: reads stdin, never answers.
    const QString silent = QStringLiteral("mcpdock-itest-%1/silent:latest").arg(m_run);
    QVERIFY(
        !buildRawImage(QByteArray("FROM ") + env.baseNode.toUtf8() +
                           "\nLABEL io.mcpdock.tools='[{\"name\":\"x\"}]'\nENTRYPOINT [\"sleep\", \"300\"]\n",
                       {}, silent)
             .isEmpty());
    McpVerifier verifier(m_endpoint);
    verifier.setTimeoutMs(4000);
    QElapsedTimer t;
    t.start();
    auto v = verifier.verify(silent);
    QVERIFY(!v.ok());
    QCOMPARE(v.error().kind, VerifyError::Kind::Timeout);
    QVERIFY(t.elapsed() < 30000);

    // A real MCP Dock image whose label is rewritten to name a tool the server does not have.
    QTemporaryDir dir;
    const manifest::MCPManifest m = copyAndLoad(QStringLiteral("weather-js"), dir);
    ImageBuildOptions o = options();
    o.labels.insert(QStringLiteral("io.mcpdock.tools"),
                    QStringLiteral("[{\"name\":\"convert_temperature\"},{\"name\":\"not_served\"}]"));
    const QString tag = QStringLiteral("mcpdock-itest-%1/mismatch:latest").arg(m_run);
    o.tags = {tag};
    const auto r = buildMCPImage(m, o);
    QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().message));
    m_tagsToRemove << tag;
    verifier.setTimeoutMs(60000);
    v = verifier.verify(tag);
    QVERIFY(!v.ok());
    QCOMPARE(v.error().kind, VerifyError::Kind::Mismatch);
    QCOMPARE(v.error().partial.missing, QStringList{QStringLiteral("not_served")});
    QVERIFY(v.error().partial.unexpected.contains(QStringLiteral("dew_point")));

    // Both runs removed their containers.
    docker::EngineClient client(m_endpoint);
    auto containers = client.listContainers(true);
    QVERIFY(containers.ok());
    for (const auto& c : *containers)
        QVERIFY2(c.image != silent && c.image != tag, qPrintable(c.id));
}

QTEST_GUILESS_MAIN(TestImageBuilder)
#include "tst_imagebuilder.moc"
