// Start-up: `mcpdock --version`, and the GUI's first shown window (offscreen), cold and warm.
//
// Warm: the files are in the page cache (a run just before). Cold: before each run, every file the
// process maps (the executable, its libraries, Qt's plugins, fonts) is dropped from the page cache
// with posix_fadvise(POSIX_FADV_DONTNEED), so they are read from disk again; pages another running
// process keeps mapped cannot be dropped that way, so "cold" is a lower bound of a first start after
// boot. The GUI case runs this executable again as a child (--gui-child) that starts exactly as
// app/main.cpp does (QApplication, application identity, MainWindow, show) and reports when the
// window is first painted; the parent times from spawning it to that report.
//
//   bench_startup --mcpdock PATH [--runs N]

#include "benchsupport.h"

#include "mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QTimer>

#include <cstdio>

#include <fcntl.h>
#include <unistd.h>

using namespace mcpdock;

namespace {

class FirstPaint : public QObject
{
public:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() == QEvent::Paint && !m_seen) {
            m_seen = true;
            // After this paint: the window has been laid out, polished and drawn once.
            QTimer::singleShot(0, this, [] {
                std::fputs("SHOWN\n", stdout);
                std::fflush(stdout);
                if (qEnvironmentVariableIsSet("MCPDOCK_BENCH_PRINT_MAPS")) {
                    QFile maps(QStringLiteral("/proc/self/maps"));
                    if (maps.open(QIODevice::ReadOnly))
                        std::fputs(maps.readAll().constData(), stdout);
                }
                std::fflush(stdout);
                QCoreApplication::quit();
            });
        }
        return QObject::eventFilter(watched, event);
    }

private:
    bool m_seen = false;
};

int guiChild(int argc, char** argv)
{
    QApplication app(argc, argv);
    // As app/main.cpp does.
    QCoreApplication::setOrganizationName(QStringLiteral("MCPDock"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("mcpdock.io"));
    QCoreApplication::setApplicationName(QStringLiteral("mcpdock"));
    QCoreApplication::setApplicationVersion(QStringLiteral(MCPDOCK_VERSION));
    QApplication::setApplicationDisplayName(QStringLiteral("MCP Dock"));
    widgets::MainWindow window;
    FirstPaint probe;
    window.installEventFilter(&probe);
    window.show();
    return QApplication::exec();
}

QStringList mappedFilesFromMaps(const QByteArray& maps)
{
    QSet<QString> files;
    for (const QByteArray& line : maps.split('\n')) {
        const qsizetype slash = line.indexOf(" /");
        if (slash < 0)
            continue;
        const QString path = QString::fromLocal8Bit(line.mid(slash + 1).trimmed());
        if (!path.startsWith(QLatin1String("/proc")) && !path.startsWith(QLatin1String("/dev")) &&
            !path.endsWith(QLatin1String("(deleted)")))
            files.insert(path);
    }
    return QStringList(files.begin(), files.end());
}

QStringList lddFiles(const QString& executable)
{
    QProcess ldd;
    ldd.start(QStringLiteral("ldd"), {executable});
    ldd.waitForFinished(10000);
    QStringList files{executable};
    for (const QByteArray& line : ldd.readAllStandardOutput().split('\n')) {
        const qsizetype arrow = line.indexOf("=> /");
        QByteArray path = arrow >= 0 ? line.mid(arrow + 3) : line.trimmed();
        path = path.left(path.indexOf(" ("));
        if (path.startsWith('/'))
            files << QString::fromLocal8Bit(path);
    }
    return files;
}

int evict(const QStringList& files)
{
    int dropped = 0;
    for (const QString& f : files) {
        const int fd = ::open(QFile::encodeName(f).constData(), O_RDONLY | O_CLOEXEC);
        if (fd < 0)
            continue;
        ::fdatasync(fd);
        if (::posix_fadvise(fd, 0, 0, POSIX_FADV_DONTNEED) == 0)
            ++dropped;
        ::close(fd);
    }
    return dropped;
}

// Runs program args to its end (or to the "SHOWN" line with untilShown) and returns milliseconds.
double timeRun(const QString& program, const QStringList& args, const QProcessEnvironment& env,
               bool untilShown, QByteArray* output = nullptr)
{
    QProcess p;
    p.setProcessEnvironment(env);
    p.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    QElapsedTimer t;
    t.start();
    p.start(program, args);
    if (!p.waitForStarted(30000)) {
        std::fprintf(stderr, "bench_startup: cannot start %s\n", qPrintable(program));
        std::exit(1);
    }
    double ms = -1;
    QByteArray out;
    if (untilShown) {
        while (!out.contains("SHOWN\n") && p.waitForReadyRead(60000))
            out += p.readAllStandardOutput();
        ms = double(t.nsecsElapsed()) / 1e6;
        if (!out.contains("SHOWN\n")) {
            std::fprintf(stderr, "bench_startup: the GUI did not show its window: %s\n", out.constData());
            std::exit(1);
        }
        p.waitForFinished(30000);
        out += p.readAllStandardOutput();
    } else {
        p.waitForFinished(30000);
        ms = double(t.nsecsElapsed()) / 1e6;
        out = p.readAllStandardOutput();
        if (p.exitCode() != 0) {
            std::fprintf(stderr, "bench_startup: %s exited with %d\n", qPrintable(program), p.exitCode());
            std::exit(1);
        }
    }
    if (p.state() != QProcess::NotRunning) {
        p.kill();
        p.waitForFinished(5000);
    }
    if (output)
        *output = out;
    return ms;
}

} // namespace

int main(int argc, char** argv)
{
    for (int i = 1; i < argc; ++i)
        if (qstrcmp(argv[i], "--gui-child") == 0)
            return guiChild(argc, argv);

    QCoreApplication app(argc, argv);
    QCommandLineParser cl;
    cl.setApplicationDescription(
        QStringLiteral("mcpdock --version and the GUI's first window, cold and warm"));
    cl.addHelpOption();
    const QCommandLineOption mcpdockOpt(QStringLiteral("mcpdock"), QStringLiteral("The mcpdock executable"),
                                        QStringLiteral("path"));
    const QCommandLineOption runsOpt(QStringLiteral("runs"), QStringLiteral("Runs of each kind (median)"),
                                     QStringLiteral("n"), QStringLiteral("5"));
    cl.addOptions({mcpdockOpt, runsOpt});
    cl.process(app);
    const int runs = std::max(1, cl.value(runsOpt).toInt());

    QTemporaryDir home; // the GUI child reads and writes settings: keep them out of the user's
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("XDG_CACHE_HOME"), home.filePath(QStringLiteral("cache")));
    env.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));

    struct Case
    {
        const char* name;
        QString program;
        QStringList args;
        bool gui;
    };
    QList<Case> cases;
    if (cl.isSet(mcpdockOpt))
        cases.append({"cli_version", cl.value(mcpdockOpt), {QStringLiteral("--version")}, false});
    cases.append(
        {"gui_first_window", QCoreApplication::applicationFilePath(), {QStringLiteral("--gui-child")}, true});

    for (const Case& c : cases) {
        // The files to drop for a cold start: what the process maps (the GUI child tells), or what
        // ldd lists for the CLI (it loads no plugins).
        QStringList files;
        if (c.gui) {
            QProcessEnvironment e = env;
            e.insert(QStringLiteral("MCPDOCK_BENCH_PRINT_MAPS"), QStringLiteral("1"));
            QByteArray out;
            timeRun(c.program, c.args, e, true, &out);
            files = mappedFilesFromMaps(out.mid(out.indexOf("SHOWN\n") + 6));
        } else {
            files = lddFiles(c.program);
        }
        QList<double> warm, cold;
        timeRun(c.program, c.args, env, c.gui); // warm-up
        for (int i = 0; i < runs; ++i) {
            warm << timeRun(c.program, c.args, env, c.gui);
            evict(files);
            cold << timeRun(c.program, c.args, env, c.gui);
        }
        std::printf(
            "bench_startup: %s: warm median %.1f ms, cold median %.1f ms (%d runs, %lld files dropped "
            "before each cold run)\n",
            c.name, bench::median(warm), bench::median(cold), runs, static_cast<long long>(files.size()));
        bench::ResultLine("startup")
            .add("case", QString::fromLatin1(c.name))
            .add("runs", runs)
            .add("warm_ms", bench::median(warm), 1)
            .add("cold_ms", bench::median(cold), 1)
            .add("warm_min_ms", *std::min_element(warm.begin(), warm.end()), 1)
            .add("cold_min_ms", *std::min_element(cold.begin(), cold.end()), 1)
            .add("files", qint64(files.size()))
            .print();
    }
    return 0;
}
