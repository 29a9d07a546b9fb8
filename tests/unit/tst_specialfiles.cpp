// Special files and swaps in a project (issue 16, item 2): a FIFO where a tool file, config.yaml or
// .dockerignore should be gives a clear error naming the file instead of blocking the build forever,
// and a file replaced between the check and the write (by a link out of the project, or by another
// file) never puts the other bytes into the context.
//
// Each step that could block runs on a thread under a guard: when it has not returned after a
// generous wait, the guard opens the FIFO's writing end (the blocked reader sees end of file), joins
// and fails the test. The verdict is "returned with an error naming the file", never a time.

#include "imagebuild/buildcontextwriter.h"
#include "imagebuild/dockerignore.h"
#include "imagebuild/imagebuilder.h"
#include "manifest/manifestloader.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>
#include <functional>
#include <thread>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace mcpdock;
using namespace mcpdock::imagebuild;

namespace {

void writeFile(const QString& path, const QByteArray& data)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(data);
}

void makeFifo(const QString& path)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QVERIFY2(::mkfifo(QFile::encodeName(path).constData(), 0644) == 0, qPrintable(path));
}

// Runs work on a thread; true when it returned by itself. When it did not, the FIFOs are opened for
// writing and closed, so a reader blocked on one sees end of file and the thread can be joined.
bool returnsWithoutBlocking(const std::function<void()>& work, const QStringList& fifos)
{
    std::atomic_bool done{false};
    std::thread t([&] {
        work();
        done = true;
    });
    const bool returned = QTest::qWaitFor([&] { return done.load(); }, 15000);
    if (!returned) {
        while (!done.load()) {
            for (const QString& fifo : fifos) {
                const int fd = ::open(QFile::encodeName(fifo).constData(), O_WRONLY | O_NONBLOCK | O_CLOEXEC);
                if (fd >= 0)
                    ::close(fd);
            }
            QTest::qWait(50);
        }
    }
    t.join();
    return returned;
}

QByteArray writeAll(const BuildContextWriter& w, QString* error)
{
    QByteArray out;
    auto result = w.write([&out](const char* d, qint64 n) {
        out.append(d, n);
        return true;
    });
    if (!result)
        *error = result.error().message;
    return result ? out : QByteArray();
}

} // namespace

class TestSpecialFiles : public QObject
{
    Q_OBJECT

private slots:
    void fifoAsToolFile();
    void fifoAsDockerIgnore();
    void fifoAsDockerIgnoreFailsTheBuild();
    void fifoAsConfigFile();
    void fifoAsManifest();
    void swappedForALinkOut();
    void swappedForAnotherFile();
};

// The context writer refuses a FIFO when it is added, or at the latest when the tar is written.
void TestSpecialFiles::fifoAsToolFile()
{
    QTemporaryDir dir;
    const QString fifo = dir.path() + QStringLiteral("/tools/pipe.js");
    makeFifo(fifo);
    QString error;
    const bool returned = returnsWithoutBlocking(
        [&] {
            BuildContextWriter w(dir.path());
            auto added = w.addProjectPath(QStringLiteral("tools/pipe.js"));
            if (!added) {
                error = added.error().message;
                return;
            }
            if (!writeAll(w, &error).isEmpty())
                error.clear();
        },
        {fifo});
    QVERIFY2(returned, "writing the context blocked on a FIFO");
    QVERIFY2(error.contains(QStringLiteral("tools/pipe.js")), qPrintable(error));
    QVERIFY2(error.contains(QStringLiteral("not a regular file")), qPrintable(error));
}

void TestSpecialFiles::fifoAsDockerIgnore()
{
    QTemporaryDir dir;
    const QString fifo = dir.path() + QStringLiteral("/.dockerignore");
    makeFifo(fifo);
    QString error;
    const bool returned = returnsWithoutBlocking([&] { DockerIgnore::load(dir.path(), &error); }, {fifo});
    QVERIFY2(returned, "reading .dockerignore blocked on a FIFO");
    QVERIFY2(error.contains(QStringLiteral(".dockerignore")), qPrintable(error));
    QVERIFY2(error.contains(QStringLiteral("not a regular file")), qPrintable(error));
}

// The whole "press Build" path, up to the point where it would connect: it must stop at the FIFO.
void TestSpecialFiles::fifoAsDockerIgnoreFailsTheBuild()
{
    QTemporaryDir dir;
    writeFile(dir.path() + QStringLiteral("/mcp.yaml"),
              "name: fifo-test\nversion: 1.0.0\ntools:\n  - name: t\n    file: tools/t.js\n");
    writeFile(dir.path() + QStringLiteral("/tools/t.js"),
              "module.exports = { description: 'x', handler: async () => 'y' };\n");
    auto m = manifest::loadManifest(dir.path());
    QVERIFY(m.ok());
    const QString fifo = dir.path() + QStringLiteral("/.dockerignore");
    makeFifo(fifo);
    ImageBuildOptions o;
    o.endpoint = docker::Endpoint{}; // never reached
    o.writeLog = false;
    QString message;
    const bool returned = returnsWithoutBlocking(
        [&] {
            auto built = buildMCPImage(*m, o);
            message = built ? QStringLiteral("built") : built.error().message;
        },
        {fifo});
    QVERIFY2(returned, "the build blocked on a FIFO named .dockerignore");
    QVERIFY2(message.contains(QStringLiteral(".dockerignore")), qPrintable(message));
    QVERIFY2(message.contains(QStringLiteral("not a regular file")), qPrintable(message));
}

void TestSpecialFiles::fifoAsConfigFile()
{
    QTemporaryDir dir;
    writeFile(dir.path() + QStringLiteral("/mcp.yaml"),
              "name: fifo-test\nversion: 1.0.0\nconfig: config.yaml\n"
              "tools:\n  - name: t\n    file: tools/t.js\n");
    writeFile(dir.path() + QStringLiteral("/tools/t.js"), "module.exports = {};\n");
    const QString fifo = dir.path() + QStringLiteral("/config.yaml");
    makeFifo(fifo);
    QString messages;
    const bool returned = returnsWithoutBlocking(
        [&] {
            auto m = manifest::loadManifest(dir.path());
            if (m)
                return;
            for (const auto& issue : m.error())
                messages += issue.toString() + QLatin1Char('\n');
        },
        {fifo});
    QVERIFY2(returned, "loading the manifest blocked on a FIFO named config.yaml");
    QVERIFY2(messages.contains(QStringLiteral("config.yaml")), qPrintable(messages));
}

// `mcpdock build pipe.yaml`: the manifest named directly is a FIFO.
void TestSpecialFiles::fifoAsManifest()
{
    QTemporaryDir dir;
    const QString fifo = dir.path() + QStringLiteral("/mcp.yaml");
    makeFifo(fifo);
    QString messages;
    const bool returned = returnsWithoutBlocking(
        [&] {
            auto m = manifest::loadManifest(fifo);
            if (m)
                return;
            for (const auto& issue : m.error())
                messages += issue.toString() + QLatin1Char('\n');
        },
        {fifo});
    QVERIFY2(returned, "loading the manifest blocked on a FIFO named mcp.yaml");
    QVERIFY2(messages.contains(QStringLiteral("mcp.yaml")), qPrintable(messages));
    QVERIFY2(messages.contains(QStringLiteral("not a regular file")), qPrintable(messages));
}

// Checked when added, replaced by a link to a file outside the project before the tar is written.
void TestSpecialFiles::swappedForALinkOut()
{
    QTemporaryDir root;
    const QString project = root.path() + QStringLiteral("/project");
    writeFile(root.path() + QStringLiteral("/outside.txt"), "OUTSIDE-SECRET\n");
    writeFile(project + QStringLiteral("/tools/a.js"), "inside\n");
    BuildContextWriter w(project);
    QVERIFY(w.addProjectPath(QStringLiteral("tools/a.js")).ok());
    QVERIFY(QFile::remove(project + QStringLiteral("/tools/a.js")));
    QVERIFY(
        QFile::link(root.path() + QStringLiteral("/outside.txt"), project + QStringLiteral("/tools/a.js")));
    QString error;
    const QByteArray tar = writeAll(w, &error);
    QVERIFY2(!tar.contains("OUTSIDE-SECRET"), "a file swapped for a link carried an outside file");
    QVERIFY2(error.contains(QStringLiteral("tools/a.js")), qPrintable(error));
}

// Replaced by a different file (another inode) of the same size: the bytes sent would not be what
// was checked.
void TestSpecialFiles::swappedForAnotherFile()
{
    QTemporaryDir dir;
    writeFile(dir.path() + QStringLiteral("/tools/a.js"), "checked\n");
    BuildContextWriter w(dir.path());
    QVERIFY(w.addProjectPath(QStringLiteral("tools/a.js")).ok());
    writeFile(dir.path() + QStringLiteral("/tools/b.js"), "swapped\n");
    QVERIFY(::rename(QFile::encodeName(dir.path() + QStringLiteral("/tools/b.js")).constData(),
                     QFile::encodeName(dir.path() + QStringLiteral("/tools/a.js")).constData()) == 0);
    QString error;
    const QByteArray tar = writeAll(w, &error);
    QVERIFY2(tar.isEmpty(), "a file replaced after its check was sent");
    QVERIFY2(error.contains(QStringLiteral("tools/a.js")), qPrintable(error));
    QVERIFY2(error.contains(QStringLiteral("replaced")), qPrintable(error));
}

QTEST_GUILESS_MAIN(TestSpecialFiles)
#include "tst_specialfiles.moc"
