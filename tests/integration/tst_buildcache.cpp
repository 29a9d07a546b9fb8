// A rebuild after editing one tool reuses the dependency layers, asserted from the build events.
#include "buildtestbase.h"

using namespace mcpdock;
using namespace mcpdock::imagebuild;
using namespace buildtest;

class TestBuildCache : public BuildTestBase
{
    Q_OBJECT

private slots:
    void initTestCase() { baseInit(); }
    void cleanupTestCase() { baseCleanup(); }
    void rebuildReusesDependencyLayers();
};

void TestBuildCache::rebuildReusesDependencyLayers()
{
    QTemporaryDir dir;
    const QString project = dir.path() + QStringLiteral("/deps");
    QVERIFY(test::copyProjectTree(test::sourceDir() + QStringLiteral("/examples/weather-js"), project));
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

MCPDOCK_BUILDTEST_MAIN(TestBuildCache)
#include "tst_buildcache.moc"
