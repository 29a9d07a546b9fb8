// Log view: a million build-log lines through the GUI's BuildLogModel with a view attached, offscreen.
//
// By default the view is the application's own BuildLogPane (widgets/buildlogpane.cpp: a QTableView on
// the model, the filter proxy attached only while a filter is set, follow-tail), optionally with a
// filter typed into it (--filter TEXT). --view tree/table builds a bare view instead, to compare.
//
// A producer thread plays the build job: it turns lines of recorded daemon output into BuildEvents
// and hands them to the GUI thread one queued signal per event (or per batch with --delivery batch),
// as fast as the GUI takes them (at most --inflight events queued, so the figure is the model's and
// the view's, not a flooded event queue's). The view follows the tail the way the Build log pane
// does (one coalesced scrollToBottom per event-loop turn). A PreciseTimer probe fires every
// --probe-ms; the longest gap between two probes is the worst event-loop stall. Peak memory is
// VmHWM. Target (issue 7): no stall over 50 ms, under 200 MB resident.

#include "benchsupport.h"

#include "buildlog/buildlogpane.h"
#include "imagebuild/buildevent.h"
#include "itemmodels/buildlogmodel.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QHeaderView>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QScrollBar>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QThread>
#include <QTimer>
#include <QTreeView>

#include <atomic>
#include <cstdio>
#include <ctime>
#include <memory>

using namespace mcpdock;
using imagebuild::BuildEvent;

namespace {

// CPU time this thread has used, in microseconds: a long gap with little CPU was the machine's
// scheduler (other processes), not our code.
qint64 threadCpuUs()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return qint64(ts.tv_sec) * 1000000 + ts.tv_nsec / 1000;
}

// The lines of the recorded build output, as a build's events would carry them.
QStringList recordedLines(const QString& dataDir)
{
    QStringList lines;
    for (const char* name : {"recorded-build-lines.jsonl", "recorded-build-buffered.jsonl"}) {
        QFile f(QDir(dataDir).filePath(QString::fromLatin1(name)));
        if (!f.open(QIODevice::ReadOnly)) {
            std::fprintf(stderr, "bench_buildlogmodel: cannot read %s\n", qPrintable(f.fileName()));
            std::exit(2);
        }
        const QList<QByteArray> messages = f.readAll().split('\n');
        for (const QByteArray& m : messages) {
            const QString stream =
                QJsonDocument::fromJson(m).object().value(QStringLiteral("stream")).toString();
            for (const QString& line : stream.split(QLatin1Char('\n'), Qt::SkipEmptyParts))
                lines << line;
        }
    }
    return lines;
}

class Producer : public QObject
{
    Q_OBJECT
public:
    Producer(QStringList lines, qint64 count, int inflightCap, int batch)
        : m_lines(std::move(lines))
        , m_count(count)
        , m_cap(inflightCap)
        , m_batch(batch)
    {}

    std::atomic_int inflight{0};

    void run()
    {
        QElapsedTimer t;
        t.start();
        QVector<BuildEvent> pending;
        int step = 0;
        for (qint64 i = 0; i < m_count; ++i) {
            BuildEvent e;
            e.time = QDateTime::currentDateTimeUtc();
            e.elapsedMs = t.elapsed();
            if (i % 250 == 0) {
                step = step % 40 + 1;
                e.kind = BuildEvent::Kind::Step;
                e.text = QStringLiteral("Step %1/40 : RUN npm ci --omit=dev").arg(step);
            } else if (i % 1000 == 999) {
                e.kind = BuildEvent::Kind::Warning;
                e.text = QStringLiteral("npm WARN deprecated inflight@1.0.6: This module is not supported");
            } else {
                e.kind = BuildEvent::Kind::Output;
                e.text = m_lines[qsizetype(i % m_lines.size())];
            }
            e.step = step;
            e.totalSteps = 40;
            const int add = m_batch > 1 ? 0 : 1;
            while (inflight.load(std::memory_order_relaxed) + add > m_cap)
                QThread::usleep(100);
            if (m_batch > 1) {
                pending.append(std::move(e));
                if (pending.size() >= m_batch || i + 1 == m_count) {
                    while (inflight.load(std::memory_order_relaxed) + pending.size() > m_cap)
                        QThread::usleep(100);
                    inflight += int(pending.size());
                    emit producedBatch(pending);
                    pending.clear();
                }
            } else {
                ++inflight;
                emit produced(QStringLiteral("bench-server"), e);
            }
        }
    }

signals:
    void produced(const QString& source, const mcpdock::imagebuild::BuildEvent& event);
    void producedBatch(const QVector<mcpdock::imagebuild::BuildEvent>& events);

private:
    QStringList m_lines;
    qint64 m_count;
    int m_cap;
    int m_batch;
};

} // namespace

int main(int argc, char** argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    qRegisterMetaType<BuildEvent>();
    qRegisterMetaType<QVector<BuildEvent>>();

    QCommandLineParser cl;
    cl.setApplicationDescription(
        QStringLiteral("A million build-log lines through BuildLogModel with a view"));
    cl.addHelpOption();
    const QCommandLineOption linesOpt(QStringLiteral("lines"), QStringLiteral("Lines to add"),
                                      QStringLiteral("n"), QStringLiteral("1000000"));
    const QCommandLineOption viewOpt(QStringLiteral("view"),
                                     QStringLiteral("pane (the Build log pane), tree or table"),
                                     QStringLiteral("kind"), QStringLiteral("pane"));
    const QCommandLineOption filterOpt(QStringLiteral("filter"),
                                       QStringLiteral("Text typed into the pane's filter box (--view pane)"),
                                       QStringLiteral("text"));
    const QCommandLineOption proxyOpt(
        QStringLiteral("proxy"), QStringLiteral("Put a QSortFilterProxyModel between model and view, as the "
                                                "Build log pane does for its filter"));
    const QCommandLineOption deliveryOpt(QStringLiteral("delivery"),
                                         QStringLiteral("event (one queued signal per line) or batch"),
                                         QStringLiteral("how"), QStringLiteral("event"));
    const QCommandLineOption inflightOpt(QStringLiteral("inflight"),
                                         QStringLiteral("Most events queued at once"), QStringLiteral("n"),
                                         QStringLiteral("2000"));
    const QCommandLineOption probeOpt(QStringLiteral("probe-ms"), QStringLiteral("Probe timer interval"),
                                      QStringLiteral("ms"), QStringLiteral("5"));
    const QCommandLineOption dataOpt(QStringLiteral("data-dir"),
                                     QStringLiteral("Folder of the recorded streams"), QStringLiteral("dir"),
                                     QStringLiteral(MCPDOCK_BENCH_DATA_DIR));
    const QCommandLineOption timeoutOpt(QStringLiteral("timeout"),
                                        QStringLiteral("Give up after this many seconds"),
                                        QStringLiteral("s"), QStringLiteral("600"));
    cl.addOptions(
        {linesOpt, viewOpt, filterOpt, proxyOpt, deliveryOpt, inflightOpt, probeOpt, dataOpt, timeoutOpt});
    cl.process(app);

    const qint64 lines = cl.value(linesOpt).toLongLong();
    const QString viewKind = cl.value(viewOpt);
    const bool pane = viewKind == QLatin1String("pane");
    const bool table = viewKind == QLatin1String("table");
    if (!pane && !table && viewKind != QLatin1String("tree")) {
        std::fprintf(stderr, "bench_buildlogmodel: --view is pane, tree or table\n");
        return 2;
    }
    const bool batch = cl.value(deliveryOpt) == QLatin1String("batch");
    const int probeMs = std::max(1, cl.value(probeOpt).toInt());

    auto* model = new BuildLogModel(&app);
    model->setMaximumLines(int(std::max<qint64>(lines, BuildLogModel::DefaultMaximumLines)));
    QAbstractItemModel* shown = model;
    std::unique_ptr<QWidget> window;
    QAbstractItemView* view = nullptr;
    bool scrollPending = false;
    if (pane) {
        // The application's pane: it follows the tail itself.
        auto* p = new widgets::BuildLogPane(model);
        if (cl.isSet(filterOpt))
            p->filterEdit()->setText(cl.value(filterOpt));
        view = p->view();
        shown = view->model();
        window.reset(p);
    } else {
        if (cl.isSet(proxyOpt)) {
            auto* proxy = new QSortFilterProxyModel(&app);
            proxy->setSourceModel(model);
            proxy->setFilterKeyColumn(BuildLogModel::TextColumn);
            proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
            shown = proxy;
        }
        if (table) {
            auto* t = new QTableView;
            t->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
            t->verticalHeader()->setDefaultSectionSize(20);
            t->horizontalHeader()->setStretchLastSection(true);
            view = t;
        } else {
            auto* t = new QTreeView;
            t->setRootIsDecorated(false);
            t->setUniformRowHeights(true);
            t->setAlternatingRowColors(true);
            t->header()->setStretchLastSection(true);
            view = t;
        }
        window.reset(view);
        view->setModel(shown);
        // Follow the tail as the Build log pane does: one scrollToBottom per event-loop turn.
        QObject::connect(shown, &QAbstractItemModel::rowsInserted, view, [&] {
            if (scrollPending)
                return;
            scrollPending = true;
            QTimer::singleShot(0, view, [&] {
                scrollPending = false;
                view->scrollToBottom();
            });
        });
    }
    window->resize(1100, 700);
    window->show();

    QCoreApplication::processEvents();
    const qint64 baselineKiB = bench::procStatusKiB("VmRSS");

    Producer producer(recordedLines(cl.value(dataOpt)), lines, std::max(1, cl.value(inflightOpt).toInt()),
                      batch ? 256 : 1);
    qint64 received = 0;
    const QString source = QStringLiteral("bench-server");
    QObject::connect(&producer, &Producer::produced, model, [&](const QString& src, const BuildEvent& e) {
        model->enqueue(src, e);
        ++received;
        --producer.inflight;
    });
    QObject::connect(&producer, &Producer::producedBatch, model, [&](const QVector<BuildEvent>& events) {
        for (const BuildEvent& e : events)
            model->enqueue(source, e);
        received += events.size();
        producer.inflight -= int(events.size());
    });

    // The probe: the longest time between two of its ticks is the longest the loop was busy.
    QElapsedTimer sinceTick;
    QList<qint64> gapsUs;
    QList<qint64> gapCpuUs; // GUI-thread CPU used within each gap
    gapsUs.reserve(200000);
    gapCpuUs.reserve(200000);
    qint64 cpuAtTick = 0;
    QTimer probe;
    probe.setTimerType(Qt::PreciseTimer);
    probe.setInterval(probeMs);
    QObject::connect(&probe, &QTimer::timeout, &app, [&] {
        gapsUs << sinceTick.nsecsElapsed() / 1000;
        sinceTick.restart();
        const qint64 cpu = threadCpuUs();
        gapCpuUs << cpu - cpuAtTick;
        cpuAtTick = cpu;
    });

    QElapsedTimer total;
    QThread thread;
    producer.moveToThread(&thread);
    QObject::connect(&thread, &QThread::started, &producer, [&] { producer.run(); });

    bool done = false;
    QTimer finishCheck;
    finishCheck.setInterval(20);
    QObject::connect(&finishCheck, &QTimer::timeout, &app, [&] {
        // With a filter the view shows fewer rows than the model holds.
        const bool allShown = (pane && cl.isSet(filterOpt)) || shown->rowCount() == lines;
        if (received == lines && model->pendingCount() == 0 && model->rowCount() == lines && allShown &&
            !scrollPending) {
            done = true;
            QCoreApplication::quit();
        }
    });
    QTimer::singleShot(cl.value(timeoutOpt).toInt() * 1000, &app, [&] { QCoreApplication::quit(); });

    sinceTick.start();
    cpuAtTick = threadCpuUs();
    probe.start();
    finishCheck.start();
    total.start();
    thread.start();
    QApplication::exec();
    const double seconds = double(total.nsecsElapsed()) / 1e9;
    probe.stop();
    thread.quit();
    thread.wait();

    if (!done) {
        std::fprintf(stderr, "bench_buildlogmodel: timed out with %lld of %lld lines shown\n",
                     static_cast<long long>(shown->rowCount()), static_cast<long long>(lines));
        return 1;
    }
    const qint64 maxGapUs = gapsUs.isEmpty() ? 0 : *std::max_element(gapsUs.begin(), gapsUs.end());
    QList<qint64> sorted = gapsUs;
    std::sort(sorted.begin(), sorted.end());
    const qint64 p99Us = sorted.isEmpty() ? 0 : sorted[qsizetype(double(sorted.size() - 1) * 0.99)];
    const qint64 maxCpuUs = gapCpuUs.isEmpty() ? 0 : *std::max_element(gapCpuUs.begin(), gapCpuUs.end());
    const auto over50 = std::count_if(gapsUs.begin(), gapsUs.end(), [](qint64 g) { return g > 50000; });
    const qint64 hwm = bench::peakRssKiB();
    const QString into =
        pane ? (cl.isSet(filterOpt) ? QStringLiteral("BuildLogPane filtering \"%1\" (%2 rows shown)")
                                          .arg(cl.value(filterOpt))
                                          .arg(shown->rowCount())
                                    : QStringLiteral("BuildLogPane"))
             : QString::fromLatin1(table ? "QTableView" : "QTreeView") +
                   QString::fromLatin1(cl.isSet(proxyOpt) ? " via QSortFilterProxyModel" : "");
    std::printf("bench_buildlogmodel: %lld lines into %s, %s delivery: %.2f s (%.0f lines/s)\n",
                static_cast<long long>(lines), qPrintable(into), batch ? "batch" : "per-event", seconds,
                double(lines) / seconds);
    std::printf(
        "  probe every %d ms: %lld ticks, longest gap %.1f ms, p99 %.1f ms, %lld gaps over 50 ms; most "
        "GUI-thread CPU within one gap %.1f ms\n",
        probeMs, static_cast<long long>(gapsUs.size()), double(maxGapUs) / 1000, double(p99Us) / 1000,
        static_cast<long long>(over50), double(maxCpuUs) / 1000);
    std::printf(
        "  memory: VmHWM %.1f MiB (window shown, before the first line: %.1f MiB), model text %.1f MiB\n",
        double(hwm) / 1024, double(baselineKiB) / 1024, double(model->storedTextBytes()) / 1048576);
    bench::ResultLine("buildlogmodel")
        .add("lines", lines)
        .add("view", viewKind)
        .add("proxy", (pane ? cl.isSet(filterOpt) : cl.isSet(proxyOpt)) ? 1 : 0)
        .add("shown_rows", qint64(shown->rowCount()))
        .add("delivery", QString::fromLatin1(batch ? "batch" : "event"))
        .add("seconds", seconds, 2)
        .add("lines_per_s", double(lines) / seconds, 0)
        .add("max_stall_ms", double(maxGapUs) / 1000, 1)
        .add("p99_gap_ms", double(p99Us) / 1000, 1)
        .add("max_gap_cpu_ms", double(maxCpuUs) / 1000, 1)
        .add("gaps_over_50ms", qint64(over50))
        .add("peak_rss_kib", hwm)
        .add("baseline_rss_kib", baselineKiB)
        .print();
    return 0;
}

#include "bench_buildlogmodel.moc"
