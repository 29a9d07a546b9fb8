#include "imagebuild/buildlog.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace mcpdock::imagebuild;

namespace {

QStringList readLines(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QStringList lines = QString::fromUtf8(f.readAll()).split(QLatin1Char('\n'));
    if (!lines.isEmpty() && lines.last().isEmpty())
        lines.removeLast();
    return lines;
}

} // namespace

class TestBuildLog : public QObject
{
    Q_OBJECT

private slots:
    void timestampFormat();
    void linesWrittenThroughAtOnce();
    void eventLines();
    void rotation();
    void redaction_data();
    void redaction();
    void diskFullWarnsOnce();
    void unwritableFolderWarnsOnce();
};

void TestBuildLog::timestampFormat()
{
    const QDateTime t(QDate(2026, 5, 1), QTime(12, 3, 4, 56), Qt::UTC);
    QCOMPARE(BuildLog::timestamp(t), QStringLiteral("2026-05-01T12:03:04.056Z"));
    // Local times are converted to UTC.
    const QDateTime plus2(QDate(2026, 5, 1), QTime(14, 3, 4, 56), Qt::OffsetFromUTC, 7200);
    QCOMPARE(BuildLog::timestamp(plus2), QStringLiteral("2026-05-01T12:03:04.056Z"));
}

void TestBuildLog::linesWrittenThroughAtOnce()
{
    QTemporaryDir dir;
    BuildLog log(BuildLog::pathFor(dir.path()));
    QCOMPARE(log.path(), dir.path() + QStringLiteral("/.build.log"));
    QVERIFY(log.writeLine(QStringLiteral("first")));
    // Readable by someone else before the log is closed: nothing waits in a buffer.
    QStringList lines = readLines(log.path());
    QCOMPARE(lines.size(), 1);
    const QRegularExpression shape(
        QStringLiteral("^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z first$"));
    QVERIFY2(shape.match(lines.first()).hasMatch(), qPrintable(lines.first()));
    QVERIFY(log.writeLine(QStringLiteral("two\nlines")));
    lines = readLines(log.path());
    QCOMPARE(lines.size(), 3);
    QVERIFY(lines.at(1).endsWith(QLatin1String(" two")));
    QVERIFY(lines.at(2).endsWith(QLatin1String(" lines")));
    QVERIFY(lines.at(2).at(23) == QLatin1Char('Z'));
}

void TestBuildLog::eventLines()
{
    QTemporaryDir dir;
    BuildLog log(BuildLog::pathFor(dir.path()));
    BuildEvent step;
    step.kind = BuildEvent::Kind::Step;
    step.step = 3;
    step.totalSteps = 9;
    step.text = QStringLiteral("RUN npm ci");
    step.time = QDateTime(QDate(2026, 1, 2), QTime(3, 4, 5, 6), Qt::UTC);
    QVERIFY(log.write(step));
    BuildEvent progress;
    progress.kind = BuildEvent::Kind::Progress;
    progress.text = QStringLiteral("abc: Downloading");
    progress.current = 1;
    progress.total = 100;
    QVERIFY(log.write(progress));
    progress.current = 50;
    QVERIFY(log.write(progress)); // same status: not logged again
    progress.text = QStringLiteral("abc: Download complete");
    QVERIFY(log.write(progress));
    const QStringList lines = readLines(log.path());
    QCOMPARE(lines.size(), 3);
    QCOMPARE(lines.at(0), QStringLiteral("2026-01-02T03:04:05.006Z STEP [3/9] RUN npm ci"));
    QVERIFY(lines.at(1).endsWith(QLatin1String("PULL abc: Downloading 1/100 bytes")));
    QVERIFY(lines.at(2).contains(QLatin1String("Download complete")));
}

void TestBuildLog::rotation()
{
    QTemporaryDir dir;
    const QString path = BuildLog::pathFor(dir.path());
    BuildLog log(path, BuildLog::Options{1000, 3});
    const QString line = QString(75, QLatin1Char('x')); // 100 bytes with timestamp and newline
    for (int i = 0; i < 55; ++i)
        QVERIFY(log.writeLine(QStringLiteral("%1 ").arg(i, 2, 10, QLatin1Char('0')) + line.left(71)));
    // 10 lines a file: 55 lines = .log.3 (lost: 0-14... kept 15-24), .2, .1, and 5 in the live file.
    QCOMPARE(readLines(path).size(), 5);
    QVERIFY(readLines(path).first().contains(QLatin1String(" 50 ")));
    QCOMPARE(readLines(path + QStringLiteral(".1")).size(), 10);
    QVERIFY(readLines(path + QStringLiteral(".1")).first().contains(QLatin1String(" 40 ")));
    QVERIFY(readLines(path + QStringLiteral(".3")).first().contains(QLatin1String(" 20 ")));
    QVERIFY(!QFile::exists(path + QStringLiteral(".4")));
    for (const QString& f : QDir(dir.path()).entryList(QDir::Files | QDir::Hidden))
        QVERIFY2(QFileInfo(dir.filePath(f)).size() <= 1000, qPrintable(f));
    // A log that exists already from an earlier build is appended to and rotated too.
    BuildLog again(path, BuildLog::Options{1000, 3});
    for (int i = 0; i < 6; ++i)
        QVERIFY(again.writeLine(line.left(74)));
    QCOMPARE(readLines(path).size(), 1);
    QVERIFY(readLines(path + QStringLiteral(".1")).first().contains(QLatin1String(" 50 ")));
}

void TestBuildLog::redaction_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<QString>("mustNotContain");
    QTest::newRow("registered password") << "login with s3cr3t-pass ok"
                                         << "s3cr3t-pass";
    QTest::newRow("url encoded") << "https://x/?p=s3cr3t%2Fp%40ss"
                                 << "s3cr3t%2Fp%40ss";
    QTest::newRow("base64") << "auth: czNjcjN0L3BAc3M="
                            << "czNjcjN0L3BAc3M";
    QTest::newRow("token") << "Bearer tok-ABCDEF123456"
                           << "tok-ABCDEF123456";
    QTest::newRow("url user info") << "git clone https://bob:hunter2@example.com/r.git"
                                   << "hunter2";
    QTest::newRow("npmrc") << "//registry.npmjs.org/:_authToken=npm_abcdefXYZ"
                           << "npm_abcdefXYZ";
    QTest::newRow("header") << "X-Registry-Auth: eyJ1c2VybmFtZSI6ImEifQ=="
                            << "eyJ1c2VybmFtZSI6ImEifQ";
    QTest::newRow("json password") << R"({"username":"a","password":"pw-in-json"})"
                                   << "pw-in-json";
    QTest::newRow("hook") << "internal-id-777"
                          << "777";
}

void TestBuildLog::redaction()
{
    QFETCH(QString, line);
    QFETCH(QString, mustNotContain);
    QTemporaryDir dir;
    BuildLog log(BuildLog::pathFor(dir.path()));
    log.addSecret(QStringLiteral("s3cr3t-pass"));
    log.addSecret(QStringLiteral("s3cr3t/p@ss"));
    log.addSecret(QStringLiteral("tok-ABCDEF123456"));
    log.setRedactor([](const QString& s) {
        QString out = s;
        out.replace(QRegularExpression(QStringLiteral("internal-id-\\d+")), QStringLiteral("internal-id-?"));
        return out;
    });
    QVERIFY(log.writeLine(line));
    BuildEvent e;
    e.kind = BuildEvent::Kind::Output;
    e.text = line;
    QVERIFY(log.write(e));
    QFile f(log.path());
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray all = f.readAll();
    QVERIFY2(!all.contains(mustNotContain.toUtf8()), all.constData());
    QCOMPARE(all.count('\n'), 2);
}

void TestBuildLog::diskFullWarnsOnce()
{
    // /dev/full fails every write with ENOSPC: a real disk-full error.
    BuildLog log(QStringLiteral("/dev/full"));
    QStringList warnings;
    log.setWarningHandler([&warnings](const QString& w) { warnings << w; });
    QVERIFY(!log.writeLine(QStringLiteral("one")));
    QVERIFY(!log.writeLine(QStringLiteral("two")));
    BuildEvent e;
    e.text = QStringLiteral("three");
    QVERIFY(!log.write(e));
    QCOMPARE(warnings.size(), 1);
    QVERIFY2(warnings.first().contains(QLatin1String("No space left on device")),
             qPrintable(warnings.first()));
    QVERIFY(log.hasFailed());
}

void TestBuildLog::unwritableFolderWarnsOnce()
{
    QTemporaryDir dir;
    // A project "folder" that is a file: nothing can be created inside it, even as root.
    const QString notADir = dir.filePath(QStringLiteral("file"));
    QFile f(notADir);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.close();
    BuildLog log(BuildLog::pathFor(notADir));
    int warnings = 0;
    log.setWarningHandler([&warnings](const QString&) { ++warnings; });
    for (int i = 0; i < 5; ++i)
        QVERIFY(!log.writeLine(QStringLiteral("line")));
    QCOMPARE(warnings, 1);
}

QTEST_APPLESS_MAIN(TestBuildLog)
#include "tst_buildlog.moc"
