#include "cli.h"
#include "imagebuild/buildeventformat.h"

#include <QJsonArray>
#include <QTest>

using namespace mcpdock::imagebuild;

class TestBuildEventFormat : public QObject
{
    Q_OBJECT

private slots:
    void elapsed_data();
    void elapsed();
    void lines_data();
    void lines();
    void json();
    void cliUsageErrors_data();
    void cliUsageErrors();
};

void TestBuildEventFormat::elapsed_data()
{
    QTest::addColumn<qint64>("ms");
    QTest::addColumn<QString>("text");
    QTest::newRow("zero") << qint64(0) << "00:00.0";
    QTest::newRow("4.2 s") << qint64(4250) << "00:04.2";
    QTest::newRow("minutes") << qint64(125900) << "02:05.9";
    QTest::newRow("an hour") << qint64(3600000) << "60:00.0";
}

void TestBuildEventFormat::elapsed()
{
    QFETCH(qint64, ms);
    QFETCH(QString, text);
    QCOMPARE(BuildEventFormat::elapsed(ms), text);
}

void TestBuildEventFormat::lines_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("cached");
    QTest::addColumn<QString>("line");
    QTest::newRow("step") << int(BuildEvent::Kind::Step) << "RUN npm ci" << false
                          << "[3/9 00:04.2] RUN npm ci";
    QTest::newRow("output") << int(BuildEvent::Kind::Output) << "added 3 packages" << false
                            << "    added 3 packages";
    QTest::newRow("cache hit") << int(BuildEvent::Kind::Output) << " ---> Using cache" << true
                               << "    (from the cache)";
    QTest::newRow("layer id hidden") << int(BuildEvent::Kind::Output) << " ---> 3f1c2d0b9a8e" << true << "";
    QTest::newRow("container removal hidden")
        << int(BuildEvent::Kind::Output) << "Removing intermediate container 1234" << false << "";
    QTest::newRow("warning") << int(BuildEvent::Kind::Warning) << "[WARNING]: x" << false
                             << "warning: [WARNING]: x";
    QTest::newRow("error") << int(BuildEvent::Kind::Error) << "boom" << false << "error: boom";
    QTest::newRow("image id printed once by the CLI")
        << int(BuildEvent::Kind::ImageId) << "sha256:ab" << false << "";
}

void TestBuildEventFormat::lines()
{
    QFETCH(int, kind);
    QFETCH(QString, text);
    QFETCH(bool, cached);
    QFETCH(QString, line);
    BuildEvent e;
    e.kind = BuildEvent::Kind(kind);
    e.text = text;
    e.cached = cached;
    e.step = 3;
    e.totalSteps = 9;
    e.elapsedMs = 4200;
    QCOMPARE(BuildEventFormat::line(e), line);
}

void TestBuildEventFormat::json()
{
    BuildEvent e;
    e.kind = BuildEvent::Kind::Progress;
    e.time = QDateTime(QDate(2026, 1, 2), QTime(3, 4, 5, 6), Qt::UTC);
    e.text = QStringLiteral("abc: Downloading");
    e.current = 10;
    e.total = 100;
    e.step = 1;
    e.totalSteps = 4;
    const QJsonObject o = BuildEventFormat::toJson(e);
    QCOMPARE(o.value(QStringLiteral("type")).toString(), QStringLiteral("progress"));
    QCOMPARE(o.value(QStringLiteral("time")).toString(), QStringLiteral("2026-01-02T03:04:05.006Z"));
    QCOMPARE(o.value(QStringLiteral("current")).toInt(), 10);
    QCOMPARE(o.value(QStringLiteral("total")).toInt(), 100);
    QCOMPARE(o.value(QStringLiteral("step")).toInt(), 1);
    QVERIFY(!o.contains(QStringLiteral("cached")));

    BuildFailure f;
    f.kind = BuildFailure::Kind::Build;
    f.cause = Diagnosis::Kind::NpmPackageNotFound;
    f.step = 4;
    f.removedImages = {QStringLiteral("abc")};
    const QJsonObject fo = BuildEventFormat::toJson(f);
    QCOMPARE(fo.value(QStringLiteral("type")).toString(), QStringLiteral("failure"));
    QCOMPARE(fo.value(QStringLiteral("cause")).toString(), QStringLiteral("npm-package-not-found"));
    QCOMPARE(fo.value(QStringLiteral("removedImages")).toArray().size(), 1);

    BuildResult r;
    r.imageId = QStringLiteral("sha256:1");
    r.cacheHits = 2;
    r.steps = {StepRecord{1, 2, QStringLiteral("FROM x"), true, 0, 5, {}, {}}};
    const QJsonObject ro = BuildEventFormat::toJson(r);
    QCOMPARE(ro.value(QStringLiteral("imageId")).toString(), r.imageId);
    QCOMPARE(ro.value(QStringLiteral("steps"))
                 .toArray()
                 .first()
                 .toObject()
                 .value(QStringLiteral("cached"))
                 .toBool(),
             true);
}

void TestBuildEventFormat::cliUsageErrors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("code");
    QTest::newRow("build without manifest") << QStringList{QStringLiteral("build")} << 2;
    QTest::newRow("build with two manifests")
        << QStringList{QStringLiteral("build"), QStringLiteral("a"), QStringLiteral("b")} << 2;
    QTest::newRow("build unknown option")
        << QStringList{QStringLiteral("build"), QStringLiteral("--frobnicate"), QStringLiteral("a")} << 2;
    QTest::newRow("build help") << QStringList{QStringLiteral("build"), QStringLiteral("--help")} << 0;
    QTest::newRow("build missing manifest")
        << QStringList{QStringLiteral("build"), QStringLiteral("/nonexistent/mcp.yaml")} << 1;
    QTest::newRow("verify without image") << QStringList{QStringLiteral("verify")} << 2;
    QTest::newRow("verify bad timeout") << QStringList{QStringLiteral("verify"), QStringLiteral("x"),
                                                       QStringLiteral("--timeout"), QStringLiteral("soon")}
                                        << 2;
    QTest::newRow("verify help") << QStringList{QStringLiteral("verify"), QStringLiteral("--help")} << 0;
}

void TestBuildEventFormat::cliUsageErrors()
{
    QFETCH(QStringList, args);
    QFETCH(int, code);
    QString out, err;
    QTextStream o(&out), e(&err);
    mcpdock::cli::CliIo io{o, e};
    QCOMPARE(mcpdock::cli::run(args, io), code);
    if (code == 2)
        QVERIFY(!err.isEmpty());
    if (code == 0)
        QVERIFY(out.contains(QLatin1String("Usage")));
}

QTEST_GUILESS_MAIN(TestBuildEventFormat)
#include "tst_buildeventformat.moc"
