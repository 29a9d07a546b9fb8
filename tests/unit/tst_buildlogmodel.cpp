#include "itemmodels/buildlogmodel.h"

#include <QAbstractItemModelTester>
#include <QBuffer>
#include <QColor>
#include <QElapsedTimer>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTest>

using mcpdock::BuildLogModel;
using mcpdock::imagebuild::BuildEvent;

namespace {

BuildEvent logEvent(BuildEvent::Kind kind, const QString& text, int step = 0, int total = 0)
{
    BuildEvent e;
    e.kind = kind;
    e.text = text;
    e.step = step;
    e.totalSteps = total;
    e.time = QDateTime::fromMSecsSinceEpoch(1'700'000'000'000, Qt::UTC);
    return e;
}

QVector<BuildEvent> lines(int from, int count, int width = 0)
{
    QVector<BuildEvent> v;
    v.reserve(count);
    for (int i = from; i < from + count; ++i) {
        QString t = QStringLiteral("line %1").arg(i);
        if (width > t.size())
            t = t.leftJustified(width, QLatin1Char('.'));
        v << logEvent(BuildEvent::Kind::Output, t, 1, 3);
    }
    return v;
}

} // namespace

class TestBuildLogModel : public QObject
{
    Q_OBJECT

private slots:
    void columnsAndRoles()
    {
        BuildLogModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.appendEvents(
            QStringLiteral("weather"),
            {logEvent(BuildEvent::Kind::Step, QStringLiteral("Step 2/9 : RUN npm ci"), 2, 9),
             logEvent(BuildEvent::Kind::Output, QStringLiteral("added 3 packages"), 2, 9),
             logEvent(BuildEvent::Kind::Warning, QStringLiteral("npm WARN deprecated"), 2, 9),
             logEvent(BuildEvent::Kind::Error, QStringLiteral("The command returned 1"), 2, 9)});
        QCOMPARE(model.rowCount(), 4);
        QCOMPARE(model.columnCount(), int(BuildLogModel::ColumnCount));
        QCOMPARE(model.data(model.index(0, BuildLogModel::StepColumn)).toString(), QStringLiteral("2/9"));
        QCOMPARE(model.data(model.index(0, BuildLogModel::SourceColumn)).toString(),
                 QStringLiteral("weather"));
        QCOMPARE(model.data(model.index(1, BuildLogModel::TextColumn)).toString(),
                 QStringLiteral("added 3 packages"));
        QCOMPARE(model.data(model.index(0, 0), BuildLogModel::TimestampRole).toDateTime(),
                 QDateTime::fromMSecsSinceEpoch(1'700'000'000'000, Qt::UTC));
        QCOMPARE(model.data(model.index(3, 0), BuildLogModel::SeverityRole).value<BuildLogModel::Severity>(),
                 BuildLogModel::Severity::Error);
        QCOMPARE(model.data(model.index(2, 0), BuildLogModel::SeverityRole).value<BuildLogModel::Severity>(),
                 BuildLogModel::Severity::Warning);
        QVERIFY(model.data(model.index(3, BuildLogModel::TextColumn), Qt::ForegroundRole)
                    .value<QColor>()
                    .isValid());
        QVERIFY(!model.data(model.index(1, BuildLogModel::TextColumn), Qt::ForegroundRole).isValid());
        QVERIFY(model.formattedLine(1).endsWith(QStringLiteral("weather  2/9  added 3 packages")));
    }

    void queuedEventsArriveAsOneBatch()
    {
        BuildLogModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        for (const BuildEvent& e : lines(0, 5000))
            model.enqueue(QStringLiteral("p"), e);
        QCOMPARE(model.rowCount(), 0); // nothing before the batch timer fires
        QTRY_COMPARE(model.rowCount(), 5000);
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(inserted.at(0).at(1).toInt(), 0);
        QCOMPARE(inserted.at(0).at(2).toInt(), 4999);
        QCOMPARE(model.lineText(4999), QStringLiteral("line 4999"));
    }

    void progressTicksDoNotBecomeLines()
    {
        BuildLogModel model;
        BuildEvent p = logEvent(BuildEvent::Kind::Progress, QStringLiteral("Downloading"));
        p.current = 10;
        p.total = 100;
        model.enqueue(QStringLiteral("p"), p);
        model.flush();
        QCOMPARE(model.rowCount(), 0);
    }

    void theCapDropsTheOldestLines()
    {
        BuildLogModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setMaximumLines(1000);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        for (int i = 0; i < 10; ++i)
            model.appendEvents(QStringLiteral("p"), lines(i * 700, 700, 1024));
        QCOMPARE(model.rowCount(), 1000);
        QCOMPARE(model.lineText(0).section(QLatin1Char('.'), 0, 0), QStringLiteral("line 6000"));
        QCOMPARE(model.lineText(999).section(QLatin1Char('.'), 0, 0), QStringLiteral("line 6999"));
        QVERIFY(removed.count() > 0);
        // 1000 lines of 1 KiB: what is held stays near that, the dropped text is freed.
        QVERIFY2(model.storedTextBytes() < 3 * 1024 * 1024,
                 qPrintable(QString::number(model.storedTextBytes())));
        model.setMaximumLines(10);
        QCOMPARE(model.rowCount(), 10);
        QCOMPARE(model.lineText(0).section(QLatin1Char('.'), 0, 0), QStringLiteral("line 6990"));
    }

    void aBatchLargerThanTheCap()
    {
        BuildLogModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setMaximumLines(100);
        model.appendEvents(QStringLiteral("p"), lines(0, 50));
        model.appendEvents(QStringLiteral("p"), lines(50, 500));
        QCOMPARE(model.rowCount(), 100);
        QCOMPARE(model.lineText(0), QStringLiteral("line 450"));
        QCOMPARE(model.lineText(99), QStringLiteral("line 549"));
    }

    void aMillionLines()
    {
        BuildLogModel model;
        QElapsedTimer timer;
        timer.start();
        for (int i = 0; i < 100; ++i)
            model.appendEvents(QStringLiteral("p"), lines(i * 10'000, 10'000, 60));
        QCOMPARE(model.rowCount(), 1'000'000);
        QCOMPARE(model.lineText(999'999).section(QLatin1Char('.'), 0, 0), QStringLiteral("line 999999"));
        // 60 bytes a line: the text is held once, as UTF-8, not as a QString (UTF-16) per line.
        QVERIFY(model.storedTextBytes() <= 61 * 1'000'000 + (1 << 20));
        qInfo() << "1M lines stored in" << timer.elapsed() << "ms";
        // One more line pushes out exactly the oldest.
        model.appendEvents(QStringLiteral("p"), lines(1'000'000, 1));
        QCOMPARE(model.rowCount(), 1'000'000);
        QCOMPARE(model.lineText(0).section(QLatin1Char('.'), 0, 0), QStringLiteral("line 1"));
    }

    void longLinesAreCutAtACharacterBoundary()
    {
        BuildLogModel model;
        const QString longLine = QString(70'000, QChar(0x00e4)); // ä: two UTF-8 bytes each
        model.appendEvents(QStringLiteral("p"), {logEvent(BuildEvent::Kind::Output, longLine)});
        const QString stored = model.lineText(0);
        QVERIFY(stored.size() < longLine.size());
        QVERIFY(stored.endsWith(QChar(0x2026)));
        QVERIFY(!stored.contains(QChar::ReplacementCharacter));
    }

    void filterProxy()
    {
        BuildLogModel model;
        QSortFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        proxy.setFilterKeyColumn(BuildLogModel::TextColumn);
        proxy.setFilterCaseSensitivity(Qt::CaseInsensitive);
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.appendEvents(QStringLiteral("p"), lines(0, 200));
        proxy.setFilterFixedString(QStringLiteral("LINE 19"));
        QCOMPARE(proxy.rowCount(), 11); // 19, 190..199
        model.appendEvents(QStringLiteral("p"), lines(1900, 2));
        QCOMPARE(proxy.rowCount(), 13);
        proxy.setFilterFixedString(QString());
        QCOMPARE(proxy.rowCount(), 202);
    }

    void saveWritesEveryLine()
    {
        BuildLogModel model;
        model.appendEvents(QStringLiteral("p"), lines(0, 3));
        model.enqueue(QStringLiteral("p"), logEvent(BuildEvent::Kind::Error, QStringLiteral("boom")));
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        QVERIFY(model.save(&buffer));
        const QList<QByteArray> written = buffer.data().split('\n');
        QCOMPARE(written.size(), 5); // 4 lines and the empty rest after the last newline
        QVERIFY(written.at(3).endsWith("boom"));
    }

    void clear()
    {
        BuildLogModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.appendEvents(QStringLiteral("p"), lines(0, 10));
        model.clear();
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.storedTextBytes(), 0);
        model.appendEvents(QStringLiteral("p"), lines(0, 2));
        QCOMPARE(model.lineText(1), QStringLiteral("line 1"));
    }
};

QTEST_MAIN(TestBuildLogModel)
#include "tst_buildlogmodel.moc"
