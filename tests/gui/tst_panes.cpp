// The panes on their own, offscreen: follow-tail in the build log, its filter box, the Dockerfile
// highlighter, the job queue's threads and cancel.
#include "buildlog/buildlogpane.h"
#include "common/notifier.h"
#include "common/taskrunner.h"
#include "images/imagespane.h"
#include "itemmodels/buildlogmodel.h"
#include "itemmodels/imagelistmodel.h"
#include "jobs/jobqueue.h"
#include "mainwindow.h"
#include "projects/dockerfilehighlighter.h"
#include "projects/dockerfilepane.h"
#include "settings/settings.h"

#include <QCheckBox>
#include <QLineEdit>
#include <QMenu>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextDocument>
#include <QTreeView>

#include <atomic>

using namespace mcpdock;
using mcpdock::imagebuild::BuildEvent;
using mcpdock::widgets::Job;
using mcpdock::widgets::JobQueue;
using mcpdock::widgets::JobSpec;

namespace {

QVector<BuildEvent> lines(int from, int count)
{
    QVector<BuildEvent> v;
    for (int i = from; i < from + count; ++i) {
        BuildEvent e;
        e.kind = i % 10 == 0 ? BuildEvent::Kind::Warning : BuildEvent::Kind::Output;
        e.text = QStringLiteral("line %1").arg(i);
        e.time = QDateTime::currentDateTimeUtc();
        v << e;
    }
    return v;
}

// A worker that runs until cancelled (or ten seconds), reporting progress; cancel is an atomic.
class SlowWorker : public QObject
{
    Q_OBJECT

public:
    void cancel() { m_cancel.store(true); }

public slots:
    void start()
    {
        for (int i = 1; i <= 100 && !m_cancel.load(); ++i) {
            emit progress(i, 100);
            QThread::msleep(100);
        }
        if (m_cancel.load())
            emit failed(QStringLiteral("cancelled"));
        else
            emit done(QStringLiteral("ok"));
    }

signals:
    void progress(qint64 value, qint64 max);
    void done(const QString& message);
    void failed(const QString& message);

private:
    std::atomic_bool m_cancel{false};
};

JobSpec slowJob(const QString& title)
{
    JobSpec spec;
    spec.title = title;
    spec.createWorker = []() -> QObject* {
        return new SlowWorker;
    };
    spec.wire = [](QObject* w, Job* job) {
        auto* s = static_cast<SlowWorker*>(w);
        QObject::connect(s, &SlowWorker::progress, job, &Job::setProgress);
        QObject::connect(s, &SlowWorker::done, job, &Job::succeed);
        QObject::connect(s, &SlowWorker::failed, job, &Job::fail);
    };
    spec.cancel = [](QObject* w) {
        static_cast<SlowWorker*>(w)->cancel();
    };
    return spec;
}

} // namespace

class TestPanes : public QObject
{
    Q_OBJECT

private slots:
    // Sentences (the empty state, manifest problems) wrap so nothing is cut off at the right edge; a
    // Dockerfile keeps its lines.
    void dockerfilePaneWraps()
    {
        mcpdock::widgets::DockerfilePane pane;
        pane.resize(400, 300);
        QCOMPARE(pane.editor()->lineWrapMode(), QPlainTextEdit::WidgetWidth);
        QVERIFY(pane.editor()->toPlainText().contains(QStringLiteral("drop an mcp.yaml")));
        pane.showDockerfile(QStringLiteral("p"), QDir::tempPath(), QStringLiteral("FROM x\n"), {});
        QCOMPARE(pane.editor()->lineWrapMode(), QPlainTextEdit::NoWrap);
        pane.showProblem(QStringLiteral("bad"), {QStringLiteral("/p/mcp.yaml:1:7: name: a long sentence")});
        QCOMPARE(pane.editor()->lineWrapMode(), QPlainTextEdit::WidgetWidth);
        pane.showEmpty();
        QCOMPARE(pane.editor()->lineWrapMode(), QPlainTextEdit::WidgetWidth);
    }

    // Untagged images are behind the "Show untagged (N)" toggle.
    void imagesPaneHidesUntagged()
    {
        mcpdock::ImageListModel model;
        mcpdock::widgets::ImagesPane pane(&model);
        mcpdock::registry::LocalImage tagged;
        tagged.id = QStringLiteral("sha256:1");
        tagged.repository = QStringLiteral("weather");
        tagged.tags = {QStringLiteral("weather:latest")};
        tagged.projectName = QStringLiteral("weather");
        mcpdock::registry::LocalImage old = tagged;
        old.id = QStringLiteral("sha256:2");
        old.repository.clear();
        old.tags.clear();
        model.setImages({tagged, old});
        QCheckBox* box = pane.showUntaggedBox();
        QVERIFY(!box->isChecked());
        QCOMPARE(box->text(), QStringLiteral("Show untagged (1)"));
        QVERIFY(box->isEnabled());
        QCOMPARE(pane.view()->model()->rowCount(), 1);
        box->setChecked(true);
        QCOMPARE(pane.view()->model()->rowCount(), 2);
        box->setChecked(false);
        model.setImages({tagged});
        QCOMPARE(box->text(), QStringLiteral("Show untagged (0)"));
        QVERIFY(!box->isEnabled());
    }

    void followTailStopsWhenScrolledUpAndResumesAtTheBottom()
    {
        BuildLogModel model;
        widgets::BuildLogPane pane(&model);
        pane.resize(800, 400);
        pane.show();
        QVERIFY(QTest::qWaitForWindowExposed(&pane));
        QScrollBar* sb = pane.view()->verticalScrollBar();

        model.appendEvents(QStringLiteral("p"), lines(0, 500));
        QTRY_VERIFY(sb->maximum() > 0);
        QTRY_COMPARE(sb->value(), sb->maximum());
        QVERIFY(pane.isFollowingTail());

        // The user scrolls up: following stops, new lines do not move the view.
        sb->triggerAction(QAbstractSlider::SliderPageStepSub);
        QTRY_VERIFY(!pane.isFollowingTail());
        const int kept = sb->value();
        model.appendEvents(QStringLiteral("p"), lines(500, 200));
        QTest::qWait(50);
        QCOMPARE(sb->value(), kept);
        QVERIFY(sb->value() < sb->maximum());

        // Back at the bottom: following resumes and new lines keep the end in view.
        sb->triggerAction(QAbstractSlider::SliderToMaximum);
        QTRY_VERIFY(pane.isFollowingTail());
        model.appendEvents(QStringLiteral("p"), lines(700, 200));
        QTRY_COMPARE(sb->value(), sb->maximum());

        // The keyboard too: PageUp in the view stops following, End resumes it.
        pane.view()->setFocus();
        QTest::keyClick(pane.view(), Qt::Key_PageUp);
        QVERIFY(!pane.isFollowingTail());
        QTRY_VERIFY(sb->value() < sb->maximum());
        const int keptByKey = sb->value();
        model.appendEvents(QStringLiteral("p"), lines(900, 200));
        QTest::qWait(50);
        QCOMPARE(sb->value(), keptByKey);
        QTest::keyClick(pane.view(), Qt::Key_End);
        QVERIFY(pane.isFollowingTail());
        model.appendEvents(QStringLiteral("p"), lines(1100, 100));
        QTRY_COMPARE(sb->value(), sb->maximum());
    }

    void filterBox()
    {
        BuildLogModel model;
        widgets::BuildLogPane pane(&model);
        model.appendEvents(QStringLiteral("p"), lines(0, 100));
        // Unfiltered, the view shows the model itself: no proxy on the hot path of a long log.
        QCOMPARE(pane.view()->model(), &model);
        QTest::keyClicks(pane.filterEdit(), QStringLiteral("line 4"));
        QCOMPARE(pane.view()->model(), pane.proxy());
        QCOMPARE(pane.view()->model()->rowCount(), 11);          // 4, 40..49
        model.appendEvents(QStringLiteral("p"), lines(100, 10)); // 100..109 do not match
        QTRY_COMPARE(model.rowCount(), 110);
        QCOMPARE(pane.view()->model()->rowCount(), 11);
        pane.filterEdit()->clear();
        QCOMPARE(pane.view()->model(), &model);
        QCOMPARE(pane.view()->model()->rowCount(), 110);
    }

    void highlighter_data()
    {
        QTest::addColumn<QString>("line");
        QTest::addColumn<int>("position");
        QTest::addColumn<QString>("format"); // instruction, comment, string, none
        QTest::newRow("FROM") << QStringLiteral("FROM node:22-alpine") << 0 << QStringLiteral("instruction");
        QTest::newRow("indented RUN") << QStringLiteral("  RUN npm ci") << 2 << QStringLiteral("instruction");
        QTest::newRow("comment") << QStringLiteral("# a comment") << 3 << QStringLiteral("comment");
        QTest::newRow("string") << QStringLiteral("CMD [\"node\", \"server.js\"]") << 6
                                << QStringLiteral("string");
        QTest::newRow("argument") << QStringLiteral("WORKDIR /app") << 9 << QStringLiteral("none");
    }
    void highlighter()
    {
        QFETCH(QString, line);
        QFETCH(int, position);
        QFETCH(QString, format);
        QTextDocument doc;
        widgets::DockerfileHighlighter h(&doc);
        doc.setPlainText(line);
        h.rehighlight();
        const QList<QTextLayout::FormatRange> ranges = doc.firstBlock().layout()->formats();
        QTextCharFormat found;
        for (const auto& r : ranges) {
            if (position >= r.start && position < r.start + r.length)
                found = r.format;
        }
        if (format == QLatin1String("none"))
            QVERIFY(!found.foreground().color().isValid() || found.foreground().style() == Qt::NoBrush);
        else if (format == QLatin1String("instruction"))
            QCOMPARE(found.foreground().color(), h.instructionFormat().foreground().color());
        else if (format == QLatin1String("comment"))
            QCOMPARE(found.foreground().color(), h.commentFormat().foreground().color());
        else
            QCOMPARE(found.foreground().color(), h.stringFormat().foreground().color());
    }

    void jobsRunInParallelQueueAndCancelMidStep()
    {
        JobQueue queue(2);
        Job* a = queue.enqueue(slowJob(QStringLiteral("a")));
        Job* b = queue.enqueue(slowJob(QStringLiteral("b")));
        Job* c = queue.enqueue(slowJob(QStringLiteral("c")));
        QCOMPARE(a->state(), Job::State::Running);
        QCOMPARE(b->state(), Job::State::Running);
        QCOMPARE(c->state(), Job::State::Queued); // two at once; the third waits
        QTRY_VERIFY(a->value() >= 2);
        QSignalSpy finished(a, &Job::finished);
        a->cancel();
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 2000); // within one step, not at the end
        QCOMPARE(a->state(), Job::State::Cancelled);
        QTRY_COMPARE(c->state(), Job::State::Running); // the freed slot goes to the queued job
        c->cancel();
        b->cancel();
        QTRY_VERIFY(!b->isActive() && !c->isActive());
        QCOMPARE(queue.activeCount(), 0);
    }

    void notifiesOnlyLongJobsWhileAway()
    {
        QWidget window;
        widgets::Notifier notifier(&window);
        notifier.setMinimumDuration(10'000);
        // Not shown, so not the active window: the user is elsewhere.
        notifier.notifyIfAway(QStringLiteral("Build weather finished"), QStringLiteral("weather:latest"),
                              2'000, false);
        QCOMPARE(notifier.sentCount(), 0); // too short to be worth a notification
        notifier.notifyIfAway(QStringLiteral("Build weather finished"), QStringLiteral("weather:latest"),
                              60'000, false);
        QCOMPARE(notifier.sentCount(), 1);
        QCOMPARE(notifier.lastTitle(), QStringLiteral("Build weather finished"));
        window.show();
        window.activateWindow();
        if (QTest::qWaitForWindowActive(&window)) {
            notifier.notifyIfAway(QStringLiteral("x"), QStringLiteral("y"), 60'000, true);
            QCOMPARE(notifier.sentCount(), 1); // the user is looking at the window
        }
    }

    void windowGeometryAndRecentManifestsAreRemembered()
    {
        QTemporaryDir dir;
        auto settings = settings::Settings::createTemporary();
        // No daemon needed here: point at a socket that does not exist.
        settings->setValue(settings::Settings::Key::DockerHostMode, QStringLiteral("socket"));
        settings->setValue(settings::Settings::Key::DockerSocket, dir.filePath(QStringLiteral("none.sock")));
        settings->addRecentManifest(dir.filePath(QStringLiteral("a/mcp.yaml")));
        {
            widgets::MainWindow w(settings.get());
            w.show();
            w.resize(901, 611);
            QTRY_COMPARE(w.size(), QSize(901, 611));
            auto* recent = w.findChild<QMenu*>(QStringLiteral("recentMenu"));
            QVERIFY(recent);
            QVERIFY(recent->actions().first()->text().contains(QStringLiteral("a/mcp.yaml")));
            QVERIFY(w.close());
            QVERIFY(w.taskRunner()->waitForIdle(10'000));
        }
        QVERIFY(!settings->bytes(settings::Settings::Key::WindowGeometry).isEmpty());
        QVERIFY(!settings->bytes(settings::Settings::Key::WindowState).isEmpty());
        widgets::MainWindow again(settings.get());
        again.show();
        QTRY_COMPARE(again.size(), QSize(901, 611));
        QVERIFY(again.taskRunner()->waitForIdle(10'000));
    }

    void destroyingTheQueueJoinsRunningThreads()
    {
        auto queue = std::make_unique<JobQueue>(1);
        Job* a = queue->enqueue(slowJob(QStringLiteral("a")));
        Job* b = queue->enqueue(slowJob(QStringLiteral("b")));
        QTRY_VERIFY(a->value() >= 1);
        QCOMPARE(b->state(), Job::State::Queued);
        QElapsedTimer t;
        t.start();
        queue.reset(); // cancels a, joins its thread; b never starts
        // A run to the end takes 10 s (100 steps of 100 ms); cancelled, it stops at the next step.
        QVERIFY(t.elapsed() < 8000);
    }
};

QTEST_MAIN(TestPanes)
#include "tst_panes.moc"
