// The journal of leftovers a build could not remove because its daemon was gone. Sweeping against
// a real daemon is covered by tst_faults (daemonKilledMidBuild); this checks the bookkeeping.
#include "imagebuild/cleanupjournal.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace mcpdock;

class TestCleanupJournal : public QObject
{
    Q_OBJECT

private slots:
    void recordsPerDaemonAndMerges()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("sub/pending.json"));
        imagebuild::CleanupJournal journal(path);
        QVERIFY(journal.pendingContainers(QStringLiteral("unix:///a.sock")).isEmpty());
        journal.add(QStringLiteral("unix:///a.sock"), {QStringLiteral("c1")}, {QStringLiteral("i1")});
        journal.add(QStringLiteral("unix:///a.sock"), {QStringLiteral("c1"), QStringLiteral("c2")},
                    {QStringLiteral("i2")});
        journal.add(QStringLiteral("tcp://b:2376"), {QStringLiteral("c9")}, {});
        QVERIFY(QFile::exists(path));

        // A second instance reads what the first wrote: it survives the process.
        imagebuild::CleanupJournal reread(path);
        QCOMPARE(reread.pendingContainers(QStringLiteral("unix:///a.sock")),
                 (QStringList{QStringLiteral("c1"), QStringLiteral("c2")}));
        QCOMPARE(reread.pendingImages(QStringLiteral("unix:///a.sock")),
                 (QStringList{QStringLiteral("i1"), QStringLiteral("i2")}));
        QCOMPARE(reread.pendingContainers(QStringLiteral("tcp://b:2376")), QStringList{QStringLiteral("c9")});
        QVERIFY(reread.pendingImages(QStringLiteral("tcp://b:2376")).isEmpty());
    }

    void nothingToNoteWritesNothing()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("pending.json"));
        imagebuild::CleanupJournal(path).add(QStringLiteral("unix:///a.sock"), {}, {});
        QVERIFY(!QFile::exists(path));
    }

    void defaultPathIsPerUserData()
    {
        QVERIFY(imagebuild::CleanupJournal::defaultPath().endsWith(
            QStringLiteral("/mcpdock/pending-cleanup.json")));
    }
};

QTEST_GUILESS_MAIN(TestCleanupJournal)
#include "tst_cleanupjournal.moc"
