// The status bar follows the daemon (issue 8): a dockerd of this test's own is stopped and started
// again while the main window is open (offscreen); the daemon label says so each time, without a
// click. The shared test daemon is never touched.

#include "common/daemonmonitor.h"
#include "docker/endpoint.h"
#include "docker/engineclient.h"
#include "mainwindow.h"
#include "settings/settings.h"
#include "testsupport.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QLabel>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <sys/mount.h>

using namespace mcpdock;
using K = settings::Settings::Key;

namespace {

QByteArray readAll(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// dockerd on a private socket and data root (flags as tests/support/testenv.sh), stopped and
// started by this test only.
class PrivateDaemon
{
public:
    PrivateDaemon()
        : m_dir(QStringLiteral("/tmp/mcpdock-faultgui-XXXXXX"))
    {}
    ~PrivateDaemon()
    {
        stop();
        cleanup();
    }

    QString socket() const { return m_dir.path() + QStringLiteral("/docker.sock"); }

    bool start()
    {
        const QString d = m_dir.path();
        QDir().mkpath(d + QStringLiteral("/data"));
        QDir().mkpath(d + QStringLiteral("/exec"));
        m_process.setProgram(QStringLiteral("dockerd"));
        m_process.setArguments({QStringLiteral("--host"), QStringLiteral("unix://") + socket(),
                                QStringLiteral("--data-root"), d + QStringLiteral("/data"),
                                QStringLiteral("--exec-root"), d + QStringLiteral("/exec"),
                                QStringLiteral("--pidfile"), d + QStringLiteral("/docker.pid"),
                                QStringLiteral("--iptables=false"), QStringLiteral("--ip-masq=false"),
                                QStringLiteral("--bridge=none"), QStringLiteral("--storage-driver=vfs")});
        m_process.setStandardOutputFile(d + QStringLiteral("/dockerd.log"), QIODevice::Append);
        m_process.setStandardErrorFile(d + QStringLiteral("/dockerd.log"), QIODevice::Append);
        m_process.start();
        return m_process.waitForStarted(10000);
    }
    // A clean stop (SIGTERM), as `systemctl stop docker` does.
    void stop()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.terminate();
            if (!m_process.waitForFinished(60000)) {
                m_process.kill();
                m_process.waitForFinished(10000);
            }
        }
        // The containerd it started, by the pid file in our exec root, until it is gone.
        const int pid =
            readAll(m_dir.path() + QStringLiteral("/exec/containerd/containerd.pid")).trimmed().toInt();
        if (pid > 1 && readAll(QStringLiteral("/proc/%1/cmdline").arg(pid)).contains(m_dir.path().toUtf8())) {
            ::kill(pid, SIGTERM);
            for (int i = 0; i < 100 && QFile::exists(QStringLiteral("/proc/%1").arg(pid)); ++i)
                QTest::qWait(100);
        }
    }
    // dockerd bind-mounts its data root: unmount what is left under our folder before it is removed.
    void cleanup()
    {
        QStringList mounts;
        for (const QByteArray& line : readAll(QStringLiteral("/proc/mounts")).split('\n')) {
            const QString target = QString::fromUtf8(line.split(' ').value(1));
            if (target.startsWith(m_dir.path() + QLatin1Char('/')))
                mounts.append(target);
        }
        std::sort(mounts.begin(), mounts.end(),
                  [](const QString& a, const QString& b) { return a.size() > b.size(); });
        for (const QString& target : std::as_const(mounts))
            ::umount2(target.toLocal8Bit().constData(), MNT_DETACH);
    }

private:
    QTemporaryDir m_dir;
    QProcess m_process;
};

} // namespace

class TestFaultsGui : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        MCPDOCK_REQUIRE_TESTENV();
        QVERIFY2(getuid() == 0, "this test starts its own dockerd: it needs root");
    }

    void statusBarFollowsTheDaemon()
    {
        PrivateDaemon daemon;
        QVERIFY(daemon.start());
        auto settings = settings::Settings::createTemporary();
        settings->setValue(K::DockerHostMode, QStringLiteral("socket"));
        settings->setValue(K::DockerSocket, daemon.socket());
        widgets::MainWindow window(settings.get());
        window.show();
        widgets::DaemonMonitor* monitor = window.daemonMonitor();
        QVERIFY(monitor);
        // Poll faster than the default so the test is quick; what is tested is that polling
        // notices on its own, without Retry.
        monitor->setInterval(500);
        QLabel* label = window.daemonLabel();
        QVERIFY(label);

        QTRY_VERIFY_WITH_TIMEOUT(monitor->state() == widgets::DaemonMonitor::State::Running, 90000);
        QTRY_VERIFY_WITH_TIMEOUT(label->text().startsWith(QStringLiteral("Docker ")) &&
                                     label->text().contains(daemon.socket()),
                                 5000);
        const QString running = label->text();
        qInfo() << "running:" << running;

        daemon.stop();
        QElapsedTimer noticed;
        noticed.start();
        QTRY_VERIFY_WITH_TIMEOUT(monitor->state() == widgets::DaemonMonitor::State::Unreachable, 15000);
        qInfo() << "noticed the stop after" << noticed.elapsed() << "ms:" << label->text();
        QTRY_VERIFY_WITH_TIMEOUT(label->text().contains(QStringLiteral("not running")), 5000);
        QVERIFY(label->text().contains(daemon.socket()));
        QVERIFY(!monitor->problem().isEmpty());

        QVERIFY(daemon.start());
        QTRY_VERIFY_WITH_TIMEOUT(monitor->state() == widgets::DaemonMonitor::State::Running, 90000);
        QTRY_COMPARE_WITH_TIMEOUT(label->text(), running, 5000);
        window.close();
    }
};

QTEST_MAIN(TestFaultsGui)
#include "tst_faults_gui.moc"
