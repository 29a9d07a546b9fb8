#include "imagebuild/buildcontextwriter.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <archive.h>
#include <archive_entry.h>

#include <sys/stat.h>
#include <unistd.h>

using namespace mcpdock::imagebuild;

namespace {

struct TarEntry
{
    QString path;
    int type = 0; // AE_IFREG / AE_IFDIR
    int perm = 0;
    qint64 uid = -1;
    qint64 gid = -1;
    qint64 mtime = -1;
    qint64 size = -1;
    QByteArray sha256;
    QByteArray data; // only when small
};

// Reads a tar (from memory or a file) back with libarchive, hashing contents block by block.
QList<TarEntry> readTar(archive* a)
{
    QList<TarEntry> out;
    archive_entry* e = nullptr;
    while (archive_read_next_header(a, &e) == ARCHIVE_OK) {
        TarEntry t;
        t.path = QString::fromUtf8(archive_entry_pathname_utf8(e));
        t.type = archive_entry_filetype(e);
        t.perm = archive_entry_perm(e);
        t.uid = archive_entry_uid(e);
        t.gid = archive_entry_gid(e);
        t.mtime = archive_entry_mtime(e);
        t.size = archive_entry_size(e);
        QCryptographicHash hash(QCryptographicHash::Sha256);
        char buf[65536];
        la_ssize_t n;
        while ((n = archive_read_data(a, buf, sizeof buf)) > 0) {
            hash.addData(QByteArrayView(buf, n));
            if (t.data.size() < 4096)
                t.data.append(buf, qMin<qsizetype>(n, 4096));
        }
        t.sha256 = hash.result().toHex();
        out.append(t);
    }
    return out;
}

QList<TarEntry> readTarBytes(const QByteArray& bytes)
{
    archive* a = archive_read_new();
    archive_read_support_format_tar(a);
    archive_read_support_filter_all(a);
    archive_read_open_memory(a, bytes.constData(), static_cast<size_t>(bytes.size()));
    auto entries = readTar(a);
    archive_read_free(a);
    return entries;
}

QList<TarEntry> readTarFile(const QString& path)
{
    archive* a = archive_read_new();
    archive_read_support_format_tar(a);
    archive_read_open_filename(a, QFile::encodeName(path).constData(), 65536);
    auto entries = readTar(a);
    archive_read_free(a);
    return entries;
}

void writeFile(const QString& path, const QByteArray& data, bool executable = false)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(data);
    f.close();
    if (executable)
        f.setPermissions(f.permissions() | QFileDevice::ExeOwner | QFileDevice::ExeGroup |
                         QFileDevice::ExeOther);
}

void makeProject(const QString& dir)
{
    writeFile(dir + QStringLiteral("/server.js"), "console.log('hi')\n");
    writeFile(dir + QStringLiteral("/tools/weather.js"), "export const x = 1;\n");
    writeFile(dir + QStringLiteral("/tools/b.py"), "print(1)\n", true);
    writeFile(dir + QStringLiteral("/tools/sub/deep.txt"), "deep\n");
    writeFile(dir + QStringLiteral("/config.yaml"), "a: 1\n");
    writeFile(dir + QStringLiteral("/secret.env"), "TOKEN=abc\n");
    writeFile(dir + QStringLiteral("/.dockerignore"), "*.env\n");
}

QByteArray writeAll(const BuildContextWriter& w, ContextStats* stats = nullptr)
{
    QByteArray out;
    auto result = w.write([&out](const char* d, qint64 n) {
        out.append(d, n);
        return true;
    });
    if (!result.ok())
        qWarning() << result.error().message;
    if (stats && result.ok())
        *stats = *result;
    return out;
}

qint64 peakRssKiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray& line : status.readAll().split('\n'))
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').first().toLongLong();
    return -1;
}

BuildContextWriter projectWriter(const QString& dir)
{
    BuildContextWriter w(dir);
    w.setIgnore(DockerIgnore::load(dir));
    w.addMemoryFile(QStringLiteral("Dockerfile"), "FROM scratch\nCOPY . /app\n");
    w.addMemoryFile(QStringLiteral("mcpdock/runtime.sh"), "#!/bin/sh\n", true);
    for (const char* p : {"server.js", "tools", "config.yaml", "secret.env", ".dockerignore"})
        if (!w.addProjectPath(QString::fromLatin1(p)))
            qWarning() << "cannot add" << p;
    return w;
}

} // namespace

class TestBuildContextWriter : public QObject
{
    Q_OBJECT

private slots:
    void orderOwnersTimesModes();
    void deterministicAcrossCopies();
    void escapesRefused_data();
    void escapesRefused();
    void symlinkInsideDereferenced();
    void duplicateRefused();
    void largeFileStreamedInBlocks();
    void ignoredLargeFileNeverSent();
    void cancelAndSinkFailure();
    void gzipReadable();
};

void TestBuildContextWriter::orderOwnersTimesModes()
{
    QTemporaryDir dir;
    makeProject(dir.path());
    // Different real owners and times must not show in the tar.
    QVERIFY(::chown(QFile::encodeName(dir.path() + QStringLiteral("/server.js")).constData(), 1234, 4321) ==
                0 ||
            ::geteuid() != 0);
    const BuildContextWriter w = projectWriter(dir.path());
    ContextStats stats;
    const QByteArray tar = writeAll(w, &stats);
    QVERIFY(!tar.isEmpty());
    QCOMPARE(stats.bytesWritten, tar.size());
    QCOMPARE(stats.excluded, QStringList{QStringLiteral("secret.env")});

    const QList<TarEntry> entries = readTarBytes(tar);
    QStringList paths;
    for (const TarEntry& e : entries)
        paths << e.path;
    const QStringList expected{
        QStringLiteral(".dockerignore"),
        QStringLiteral("Dockerfile"),
        QStringLiteral("config.yaml"),
        QStringLiteral("mcpdock/"),
        QStringLiteral("mcpdock/runtime.sh"),
        QStringLiteral("server.js"),
        QStringLiteral("tools/"),
        QStringLiteral("tools/b.py"),
        QStringLiteral("tools/sub/"),
        QStringLiteral("tools/sub/deep.txt"),
        QStringLiteral("tools/weather.js"),
    };
    QCOMPARE(paths, expected);
    for (const TarEntry& e : entries) {
        QCOMPARE(e.uid, 0);
        QCOMPARE(e.gid, 0);
        QCOMPARE(e.mtime, BuildContextWriter::FixedMtime);
        if (e.type == AE_IFDIR) {
            QCOMPARE(e.perm, 0755);
        } else {
            QCOMPARE(e.type, AE_IFREG);
            const bool exec =
                e.path == QLatin1String("tools/b.py") || e.path == QLatin1String("mcpdock/runtime.sh");
            QCOMPARE(e.perm, exec ? 0755 : 0644);
        }
    }
    QCOMPARE(entries.at(1).data, QByteArray("FROM scratch\nCOPY . /app\n"));
    QCOMPARE(entries.at(5).data, QByteArray("console.log('hi')\n"));
}

void TestBuildContextWriter::deterministicAcrossCopies()
{
    QTemporaryDir a, b;
    makeProject(a.path());
    QTest::qWait(1100); // different mtimes on disk
    makeProject(b.path());
    QFile::setPermissions(b.path() + QStringLiteral("/config.yaml"),
                          QFileDevice::ReadOwner | QFileDevice::WriteOwner); // 0600 on disk
    const QByteArray first = writeAll(projectWriter(a.path()));
    const QByteArray again = writeAll(projectWriter(a.path()));
    const QByteArray other = writeAll(projectWriter(b.path()));
    QVERIFY(!first.isEmpty());
    QCOMPARE(again, first);
    QCOMPARE(other, first);
    // A content change does change the bytes.
    writeFile(b.path() + QStringLiteral("/tools/weather.js"), "export const x = 2;\n");
    QVERIFY(writeAll(projectWriter(b.path())) != first);
}

void TestBuildContextWriter::escapesRefused_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<int>("kind");
    QTest::newRow("dotdot") << "../outside.txt" << int(ContextError::Kind::OutsideProject);
    QTest::newRow("dotdot inside path")
        << "tools/../../outside.txt" << int(ContextError::Kind::OutsideProject);
    QTest::newRow("absolute") << "/etc/passwd" << int(ContextError::Kind::InvalidPath);
    QTest::newRow("file symlink out") << "link-out" << int(ContextError::Kind::OutsideProject);
    QTest::newRow("folder symlink out") << "dirlink/outside.txt" << int(ContextError::Kind::OutsideProject);
    QTest::newRow("folder holding a link out") << "tools" << int(ContextError::Kind::OutsideProject);
    QTest::newRow("missing") << "nope.js" << int(ContextError::Kind::NotFound);
    QTest::newRow("broken link") << "broken" << int(ContextError::Kind::NotFound);
    // Links inside the project to what the context keeps out (issue 16).
    QTest::newRow("link to .env") << "readme.txt" << int(ContextError::Kind::LinkToExcluded);
    QTest::newRow("link into node_modules") << "lib.js" << int(ContextError::Kind::LinkToExcluded);
    QTest::newRow("link to a .git folder") << "vcs" << int(ContextError::Kind::LinkToExcluded);
}

void TestBuildContextWriter::escapesRefused()
{
    QFETCH(QString, path);
    QFETCH(int, kind);
    QTemporaryDir root;
    const QString project = root.path() + QStringLiteral("/project");
    writeFile(root.path() + QStringLiteral("/outside.txt"), "secret outside\n");
    writeFile(project + QStringLiteral("/tools/a.js"), "1\n");
    QVERIFY(QFile::link(root.path() + QStringLiteral("/outside.txt"), project + QStringLiteral("/link-out")));
    QVERIFY(QFile::link(root.path(), project + QStringLiteral("/dirlink")));
    QVERIFY(
        QFile::link(root.path() + QStringLiteral("/outside.txt"), project + QStringLiteral("/tools/sneaky")));
    QVERIFY(QFile::link(project + QStringLiteral("/gone"), project + QStringLiteral("/broken")));
    writeFile(project + QStringLiteral("/.env"), "TOKEN=1\n");
    writeFile(project + QStringLiteral("/node_modules/x/index.js"), "1\n");
    writeFile(project + QStringLiteral("/.git/config"), "[core]\n");
    QVERIFY(QFile::link(QStringLiteral(".env"), project + QStringLiteral("/readme.txt")));
    QVERIFY(QFile::link(QStringLiteral("node_modules/x/index.js"), project + QStringLiteral("/lib.js")));
    QVERIFY(QFile::link(QStringLiteral(".git"), project + QStringLiteral("/vcs")));

    BuildContextWriter w(project);
    const auto result = w.addProjectPath(path);
    QVERIFY(!result.ok());
    QCOMPARE(int(result.error().kind), kind);
    QVERIFY(!result.error().message.isEmpty());
    // Nothing of the refused path got in.
    const QByteArray tar = writeAll(w);
    QVERIFY(!tar.contains("secret outside"));
}

void TestBuildContextWriter::symlinkInsideDereferenced()
{
    QTemporaryDir dir;
    writeFile(dir.path() + QStringLiteral("/real.js"), "real\n");
    QVERIFY(QFile::link(dir.path() + QStringLiteral("/real.js"), dir.path() + QStringLiteral("/alias.js")));
    BuildContextWriter w(dir.path());
    QVERIFY(w.addProjectPath(QStringLiteral("alias.js")).ok());
    const auto entries = readTarBytes(writeAll(w));
    QCOMPARE(entries.size(), 1);
    QCOMPARE(entries.first().path, QStringLiteral("alias.js"));
    QCOMPARE(entries.first().type, AE_IFREG);
    QCOMPARE(entries.first().data, QByteArray("real\n"));
}

void TestBuildContextWriter::duplicateRefused()
{
    QTemporaryDir dir;
    writeFile(dir.path() + QStringLiteral("/Dockerfile"), "FROM x\n");
    BuildContextWriter w(dir.path());
    QVERIFY(w.addMemoryFile(QStringLiteral("Dockerfile"), "FROM y\n").ok());
    const auto r = w.addProjectPath(QStringLiteral("./Dockerfile"));
    QVERIFY(!r.ok());
    QCOMPARE(r.error().kind, ContextError::Kind::Duplicate);
}

void TestBuildContextWriter::largeFileStreamedInBlocks()
{
    QTemporaryDir dir;
    const QString big = dir.path() + QStringLiteral("/data/big.bin");
    QDir().mkpath(dir.path() + QStringLiteral("/data"));
    constexpr qint64 Size = 160LL * 1024 * 1024 + 123; // not a multiple of the block size
    QCryptographicHash srcHash(QCryptographicHash::Sha256);
    {
        QFile f(big);
        QVERIFY(f.open(QIODevice::WriteOnly));
        QByteArray chunk(1024 * 1024, '\0');
        qint64 left = Size;
        quint32 x = 12345;
        while (left > 0) {
            for (char& c : chunk) {
                x = x * 1103515245u + 12345u;
                c = static_cast<char>(x >> 24);
            }
            const qint64 n = qMin<qint64>(left, chunk.size());
            f.write(chunk.constData(), n);
            srcHash.addData(QByteArrayView(chunk.constData(), n));
            left -= n;
        }
    }
    BuildContextWriter w(dir.path());
    QVERIFY(w.addProjectPath(QStringLiteral("data")).ok());

    const QString tarPath = dir.path() + QStringLiteral("/out.tar");
    QFile out(tarPath);
    QVERIFY(out.open(QIODevice::WriteOnly));
    qint64 maxChunk = 0;
    int chunks = 0;
    const qint64 rssBefore = peakRssKiB();
    const auto stats = w.write([&](const char* d, qint64 n) {
        maxChunk = qMax(maxChunk, n);
        ++chunks;
        return out.write(d, n) == n;
    });
    const qint64 rssAfter = peakRssKiB();
    out.close();
    QVERIFY2(stats.ok(), stats.ok() ? "" : qPrintable(stats.error().message));
    QVERIFY(maxChunk <= BuildContextWriter::BlockSize);
    QVERIFY(chunks > 1000);
    // Peak memory must not grow by anything like the file's size (160 MiB).
    QVERIFY2(rssAfter - rssBefore < 16 * 1024,
             qPrintable(QStringLiteral("peak RSS grew by %1 KiB").arg(rssAfter - rssBefore)));

    const auto entries = readTarFile(tarPath);
    QCOMPARE(entries.size(), 2);
    QCOMPARE(entries.at(0).path, QStringLiteral("data/")); // tar marks folders with a slash
    QCOMPARE(entries.at(1).path, QStringLiteral("data/big.bin"));
    QCOMPARE(entries.at(1).size, Size);
    QCOMPARE(entries.at(1).sha256, srcHash.result().toHex());
}

void TestBuildContextWriter::ignoredLargeFileNeverSent()
{
    QTemporaryDir dir;
    writeFile(dir.path() + QStringLiteral("/tools/a.js"), "a\n");
    {
        QFile f(dir.path() + QStringLiteral("/tools/dataset.bin"));
        QVERIFY(f.open(QIODevice::WriteOnly));
        QVERIFY(f.resize(32LL * 1024 * 1024));
    }
    writeFile(dir.path() + QStringLiteral("/.dockerignore"), "**/*.bin\n");
    BuildContextWriter w(dir.path());
    w.setIgnore(DockerIgnore::load(dir.path()));
    QVERIFY(w.addProjectPath(QStringLiteral("tools")).ok());
    ContextStats stats;
    const QByteArray tar = writeAll(w, &stats);
    QCOMPARE(stats.excluded, QStringList{QStringLiteral("tools/dataset.bin")});
    QVERIFY(stats.bytesWritten < 16 * 1024);
    QVERIFY(!w.files().contains(QStringLiteral("tools/dataset.bin")));
}

void TestBuildContextWriter::cancelAndSinkFailure()
{
    QTemporaryDir dir;
    {
        QFile f(dir.path() + QStringLiteral("/big.bin"));
        QVERIFY(f.open(QIODevice::WriteOnly));
        QVERIFY(f.resize(8LL * 1024 * 1024));
    }
    BuildContextWriter w(dir.path());
    QVERIFY(w.addProjectPath(QStringLiteral("big.bin")).ok());

    std::atomic_bool cancel{false};
    int calls = 0;
    auto r = w.write(
        [&](const char*, qint64) {
            if (++calls == 3)
                cancel = true;
            return true;
        },
        &cancel);
    QVERIFY(!r.ok());
    QCOMPARE(r.error().kind, ContextError::Kind::Cancelled);
    QVERIFY(calls < 10);

    calls = 0;
    r = w.write([&](const char*, qint64) { return ++calls < 2; });
    QVERIFY(!r.ok());
    QCOMPARE(r.error().kind, ContextError::Kind::SinkFailed);
    QCOMPARE(calls, 2);
}

void TestBuildContextWriter::gzipReadable()
{
    QTemporaryDir dir;
    makeProject(dir.path());
    BuildContextWriter w = projectWriter(dir.path());
    w.setCompress(true);
    const QByteArray gz = writeAll(w);
    QVERIFY(gz.startsWith("\x1f\x8b"));
    QCOMPARE(writeAll(w), gz);
    QCOMPARE(readTarBytes(gz).size(), 11);
}

QTEST_APPLESS_MAIN(TestBuildContextWriter)
#include "tst_buildcontextwriter.moc"
