#include "docker/jsonstreamreader.h"
#include "imagebuild/buildstreamparser.h"
#include "testsupport.h"

#include <QFile>
#include <QTest>

using namespace mcpdock::imagebuild;
using mcpdock::docker::JsonMessage;
using mcpdock::docker::JsonStreamReader;

namespace {

QList<JsonMessage> recorded(const QString& name)
{
    QFile f(mcpdock::test::testDataDir() + QStringLiteral("/imagebuild/") + name);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot open %s", qPrintable(f.fileName()));
    QList<JsonMessage> out;
    JsonStreamReader reader;
    reader.feed(f.readAll(), [&out](const JsonMessage& m) { out.append(m); });
    return out;
}

// A fake clock: every message advances time by 100 ms, so elapsed times are exact.
struct Replay
{
    qint64 now = 0;
    BuildStreamParser parser{[this] {
        return now;
    }};
    QList<BuildEvent> events;

    explicit Replay(const QList<JsonMessage>& messages)
    {
        for (const JsonMessage& m : messages) {
            now += 100;
            events += parser.feed(m);
        }
        now += 100;
        events += parser.finish();
    }
    QList<BuildEvent> ofKind(BuildEvent::Kind kind) const
    {
        QList<BuildEvent> out;
        for (const BuildEvent& e : events)
            if (e.kind == kind)
                out.append(e);
        return out;
    }
};

JsonMessage streamMessage(const QString& text)
{
    JsonMessage m;
    m.stream = text;
    return m;
}

} // namespace

class TestBuildStreamParser : public QObject
{
    Q_OBJECT

private slots:
    void successfulBuild();
    void cachedRebuild();
    void failedRun();
    void ansiColoursStripped();
    void splitAndJoinedLines();
    void pullProgress();
    void warnings();
    void errorWithoutNewline();
};

void TestBuildStreamParser::successfulBuild()
{
    Replay r(recorded(QStringLiteral("ok.jsonl")));
    const auto steps = r.ofKind(BuildEvent::Kind::Step);
    QCOMPARE(steps.size(), 6);
    QCOMPARE(steps.at(0).text, QStringLiteral("FROM mcpdock-test/node:20"));
    QCOMPARE(steps.at(0).step, 1);
    QCOMPARE(steps.at(0).totalSteps, 6);
    QCOMPARE(steps.at(3).text, QStringLiteral("RUN echo hello && echo world"));
    QCOMPARE(steps.at(3).step, 4);

    QStringList outputOfStep4;
    for (const BuildEvent& e : r.ofKind(BuildEvent::Kind::Output))
        if (e.step == 4)
            outputOfStep4 << e.text;
    QVERIFY(outputOfStep4.contains(QStringLiteral("hello")));
    QVERIFY(outputOfStep4.contains(QStringLiteral("world")));

    const auto ids = r.ofKind(BuildEvent::Kind::ImageId);
    QCOMPARE(ids.size(), 1);
    QCOMPARE(ids.first().text,
             QStringLiteral("sha256:abbeda1af6758f1addcd750db3c85f7b01c53205203fc7612830590a8015e5ef"));
    QCOMPARE(r.parser.imageId(), ids.first().text);
    QCOMPARE(r.parser.cacheHits(), 0);
    QCOMPARE(r.parser.totalSteps(), 6);
    for (const BuildEvent& e : r.events)
        QVERIFY(!e.cached);

    // The images the build committed (not the base image), and its intermediate containers.
    QCOMPARE(r.parser.createdImageIds(),
             (QStringList{QStringLiteral("2a8aaf0e1f33"), QStringLiteral("4f53262e0c87"),
                          QStringLiteral("a8a62d59078d"), QStringLiteral("11eb522da810"),
                          QStringLiteral("abbeda1af675")}));
    QCOMPARE(r.parser.containerIds().size(), 4);
    QCOMPARE(r.ofKind(BuildEvent::Kind::Info).last().text, QStringLiteral("Successfully built abbeda1af675"));

    // Elapsed: overall grows, each step's time is closed when the next starts.
    qint64 last = -1;
    for (const BuildEvent& e : r.events) {
        QVERIFY(e.elapsedMs >= last);
        last = e.elapsedMs;
        QVERIFY(e.stepElapsedMs >= 0 && e.stepElapsedMs <= e.elapsedMs);
    }
    for (const StepRecord& s : r.parser.steps())
        QVERIFY2(s.elapsedMs > 0, qPrintable(s.instruction));
    // Step 4 spans "Step 4/6", "\n", "Running in", output, "Removing", " ---> id": 6 messages.
    QCOMPARE(r.parser.steps().at(3).elapsedMs, 600);
}

void TestBuildStreamParser::cachedRebuild()
{
    Replay r(recorded(QStringLiteral("okcached.jsonl")));
    QCOMPARE(r.parser.cacheHits(), 5); // every step but FROM
    QVERIFY(!r.parser.steps().first().cached);
    int cachedEvents = 0;
    for (const BuildEvent& e : r.events)
        if (e.cached && e.text == QLatin1String(" ---> Using cache"))
            ++cachedEvents;
    QCOMPARE(cachedEvents, 5);
    QVERIFY(r.parser.createdImageIds().isEmpty()); // nothing new was committed
    QVERIFY(r.parser.containerIds().isEmpty());
}

void TestBuildStreamParser::failedRun()
{
    Replay r(recorded(QStringLiteral("runfail.jsonl")));
    const auto errors = r.ofKind(BuildEvent::Kind::Error);
    QCOMPARE(errors.size(), 1);
    QCOMPARE(errors.first().step, 2);
    QVERIFY(errors.first().text.contains(QLatin1String("returned a non-zero code: 3")));
    QCOMPARE(r.parser.currentStep(), 2);
    QCOMPARE(r.parser.currentInstruction(), QStringLiteral("RUN echo about to fail && exit 3"));
    QVERIFY(r.parser.recentOutput().contains(QStringLiteral("about to fail")));
    QVERIFY(r.parser.error().contains(QLatin1String("non-zero code: 3")));
    QVERIFY(r.parser.imageId().isEmpty());
}

void TestBuildStreamParser::ansiColoursStripped()
{
    Replay r(recorded(QStringLiteral("npm404.jsonl")));
    QVERIFY(r.parser.recentOutput().contains(QStringLiteral("npm error code E404")));
    for (const BuildEvent& e : r.events)
        QVERIFY2(!e.text.contains(QChar(0x1b)), qPrintable(e.text));
}

void TestBuildStreamParser::splitAndJoinedLines()
{
    BuildStreamParser p;
    QList<BuildEvent> ev;
    ev += p.feed(streamMessage(QStringLiteral("Step 1/2 : RUN x")));
    QCOMPARE(ev.size(), 0); // not a whole line yet
    ev += p.feed(streamMessage(QStringLiteral("\n ---> Running in 0123456789ab\npart")));
    ev += p.feed(streamMessage(QStringLiteral("ial line\nnext\nprogress 10%\rprogress 100%\n")));
    ev += p.feed(streamMessage(QStringLiteral("no newline at the end")));
    ev += p.finish();
    QStringList texts;
    for (const BuildEvent& e : ev)
        texts << e.text;
    QCOMPARE(texts, (QStringList{QStringLiteral("RUN x"), QStringLiteral(" ---> Running in 0123456789ab"),
                                 QStringLiteral("partial line"), QStringLiteral("next"),
                                 QStringLiteral("progress 100%"), QStringLiteral("no newline at the end")}));
    QCOMPARE(p.containerIds(), QStringList{QStringLiteral("0123456789ab")});
}

void TestBuildStreamParser::pullProgress()
{
    // As the daemon sends them when FROM pulls (recorded shape of a 20.10 pull).
    BuildStreamParser p;
    JsonMessage pulling;
    pulling.status = QStringLiteral("Pulling from library/node");
    pulling.id = QStringLiteral("20");
    JsonMessage downloading;
    downloading.status = QStringLiteral("Downloading");
    downloading.id = QStringLiteral("a803e7c4b030");
    downloading.progress = QStringLiteral("[=>   ]  1.2MB/40MB");
    downloading.current = 1200000;
    downloading.total = 40000000;
    QList<BuildEvent> ev = p.feed(pulling);
    ev += p.feed(downloading);
    QCOMPARE(ev.size(), 2);
    QCOMPARE(ev.at(0).kind, BuildEvent::Kind::Info);
    QCOMPARE(ev.at(0).text, QStringLiteral("20: Pulling from library/node"));
    QCOMPARE(ev.at(1).kind, BuildEvent::Kind::Progress);
    QCOMPARE(ev.at(1).text, QStringLiteral("a803e7c4b030: Downloading"));
    QCOMPARE(ev.at(1).current, 1200000);
    QCOMPARE(ev.at(1).total, 40000000);
}

void TestBuildStreamParser::warnings()
{
    BuildStreamParser p;
    const auto ev = p.feed(streamMessage(QStringLiteral(
        "[WARNING]: Empty continuation line found in:\n[Warning] One or more build-args [X] were not "
        "consumed\n")));
    QCOMPARE(ev.size(), 2);
    QCOMPARE(ev.at(0).kind, BuildEvent::Kind::Warning);
    QCOMPARE(ev.at(1).kind, BuildEvent::Kind::Warning);
}

void TestBuildStreamParser::errorWithoutNewline()
{
    Replay r(recorded(QStringLiteral("missing.jsonl")));
    QCOMPARE(r.parser.currentStep(), 3);
    QCOMPARE(r.parser.currentInstruction(), QStringLiteral("COPY tools/gone.js /app/tools/"));
    QCOMPARE(r.ofKind(BuildEvent::Kind::Error).size(), 1);
    QCOMPARE(r.parser.cacheHits(), 1);
}

QTEST_GUILESS_MAIN(TestBuildStreamParser)
#include "tst_buildstreamparser.moc"
