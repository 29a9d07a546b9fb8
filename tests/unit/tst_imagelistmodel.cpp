#include "itemmodels/imagefilterproxymodel.h"
#include "itemmodels/imagelistmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTest>

using mcpdock::ImageListModel;
using mcpdock::registry::LocalImage;

namespace {

LocalImage image(const QString& id, const QString& repo, const QStringList& tags, qint64 size, int day,
                 const QStringList& tools = {})
{
    LocalImage i;
    i.id = id;
    i.repository = repo;
    i.tags = tags;
    i.size = size;
    i.created = QDateTime(QDate(2026, 11, day), QTime(12, 0), Qt::UTC);
    i.projectName = repo;
    i.projectVersion = QStringLiteral("1.0.0");
    i.tools = tools;
    return i;
}

QList<LocalImage> sample()
{
    return {image(QStringLiteral("sha256:a"), QStringLiteral("weather"),
                  {QStringLiteral("weather:1.0.0"), QStringLiteral("weather:20261120T120000Z"),
                   QStringLiteral("weather:latest")},
                  150'000'000, 20, {QStringLiteral("forecast"), QStringLiteral("alerts")}),
            image(QStringLiteral("sha256:b"), QStringLiteral("notes"), {QStringLiteral("notes:latest")},
                  9'000'000, 22, {QStringLiteral("search")}),
            image(QStringLiteral("sha256:c"), QStringLiteral("weather"), {QStringLiteral("weather:0.9.0")},
                  2'000'000'000, 1)};
}

} // namespace

class TestImageListModel : public QObject
{
    Q_OBJECT

private slots:
    // Untagged images (earlier builds whose tags moved on) are hidden until asked for, counted either
    // way, and named by their project when shown.
    void untaggedHiddenByDefault()
    {
        ImageListModel model;
        mcpdock::ImageFilterProxyModel proxy;
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy counted(&proxy, &mcpdock::ImageFilterProxyModel::untaggedCountChanged);
        proxy.setSourceModel(&model);
        QList<LocalImage> images = sample();
        LocalImage old =
            image(QStringLiteral("sha256:d"), QString(), {}, 150'000'000, 19, {QStringLiteral("forecast")});
        old.projectName = QStringLiteral("weather");
        images.append(old);
        model.setImages(images);
        QCOMPARE(model.rowCount(), 4);
        QCOMPARE(proxy.rowCount(), 3);
        QCOMPARE(proxy.untaggedCount(), 1);
        QVERIFY(!counted.isEmpty());
        QCOMPARE(counted.last().first().toInt(), 1);
        for (int row = 0; row < proxy.rowCount(); ++row)
            QVERIFY(!proxy.index(row, 0).data(ImageListModel::TagListRole).toStringList().isEmpty());

        proxy.setShowUntagged(true);
        QCOMPARE(proxy.rowCount(), 4);
        const int row = model.rowOfId(QStringLiteral("sha256:d"));
        QCOMPARE(model.data(model.index(row, ImageListModel::RepositoryColumn)).toString(),
                 QStringLiteral("weather (untagged)"));
        QCOMPARE(model.data(model.index(row, ImageListModel::TagsColumn)).toString(),
                 QStringLiteral("previous build, no tag"));
        // The text filter still applies to the untagged ones.
        proxy.setFilterFixedString(QStringLiteral("sha256:d"));
        QCOMPARE(proxy.rowCount(), 1);
        proxy.setFilterFixedString(QString());

        // A refresh in which the old build is gone updates the count.
        proxy.setShowUntagged(false);
        model.setImages(sample());
        QCOMPARE(proxy.untaggedCount(), 0);
        QCOMPARE(counted.last().first().toInt(), 0);
        QCOMPARE(proxy.rowCount(), 3);
    }

    void display()
    {
        ImageListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setImages(sample());
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.data(model.index(0, ImageListModel::RepositoryColumn)).toString(),
                 QStringLiteral("weather"));
        QCOMPARE(model.data(model.index(0, ImageListModel::TagsColumn)).toString(),
                 QStringLiteral("latest, 1.0.0, 20261120T120000Z"));
        QCOMPARE(model.data(model.index(0, ImageListModel::ToolsColumn)).toString(),
                 QStringLiteral("forecast, alerts"));
        QVERIFY(!model.data(model.index(0, ImageListModel::SizeColumn)).toString().isEmpty());
        QCOMPARE(model.data(model.index(1, 0), ImageListModel::IdRole).toString(),
                 QStringLiteral("sha256:b"));
    }

    void sortingUsesRawValues_data()
    {
        QTest::addColumn<int>("column");
        QTest::addColumn<Qt::SortOrder>("order");
        QTest::addColumn<QStringList>("ids");
        QTest::newRow("size ascending") << int(ImageListModel::SizeColumn) << Qt::AscendingOrder
                                        << QStringList{QStringLiteral("sha256:b"), QStringLiteral("sha256:a"),
                                                       QStringLiteral("sha256:c")};
        QTest::newRow("created descending")
            << int(ImageListModel::CreatedColumn) << Qt::DescendingOrder
            << QStringList{QStringLiteral("sha256:b"), QStringLiteral("sha256:a"),
                           QStringLiteral("sha256:c")};
        QTest::newRow("repository") << int(ImageListModel::RepositoryColumn) << Qt::AscendingOrder
                                    << QStringList{QStringLiteral("sha256:b"), QStringLiteral("sha256:a"),
                                                   QStringLiteral("sha256:c")};
    }
    void sortingUsesRawValues()
    {
        QFETCH(int, column);
        QFETCH(Qt::SortOrder, order);
        QFETCH(QStringList, ids);
        ImageListModel model;
        QSortFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        proxy.setSortRole(ImageListModel::SortRole);
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setImages(sample());
        proxy.sort(column, order);
        QStringList got;
        for (int r = 0; r < proxy.rowCount(); ++r)
            got << proxy.data(proxy.index(r, 0), ImageListModel::IdRole).toString();
        QCOMPARE(got, ids);
    }

    void filtering_data()
    {
        QTest::addColumn<QString>("filter");
        QTest::addColumn<int>("rows");
        QTest::newRow("repository") << QStringLiteral("weather") << 2;
        QTest::newRow("tool") << QStringLiteral("forecast") << 1;
        QTest::newRow("tag") << QStringLiteral("0.9.0") << 1;
        QTest::newRow("case") << QStringLiteral("NOTES") << 1;
        QTest::newRow("none") << QStringLiteral("zzz") << 0;
        QTest::newRow("empty") << QString() << 3;
    }
    void filtering()
    {
        QFETCH(QString, filter);
        QFETCH(int, rows);
        ImageListModel model;
        QSortFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        proxy.setFilterRole(ImageListModel::FilterRole);
        proxy.setFilterKeyColumn(0);
        proxy.setFilterCaseSensitivity(Qt::CaseInsensitive);
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setImages(sample());
        proxy.setFilterFixedString(filter);
        QCOMPARE(proxy.rowCount(), rows);
    }

    void refreshIsAMinimalDiff()
    {
        ImageListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setImages(sample());
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);

        QList<LocalImage> next = sample();
        next.removeAt(1);                                 // notes went away
        next[0].tags << QStringLiteral("weather:stable"); // a tag was added
        next << image(QStringLiteral("sha256:d"), QStringLiteral("fresh"), {QStringLiteral("fresh:latest")},
                      1, 23);
        model.setImages(next);

        QCOMPARE(reset.count(), 0);
        QCOMPARE(removed.count(), 1);
        QCOMPARE(removed.at(0).at(1).toInt(), 1);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.at(0).at(0).value<QModelIndex>().row(), 0);
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.rowOfId(QStringLiteral("sha256:c")), 1);
        QCOMPARE(model.rowOfId(QStringLiteral("sha256:d")), 2);

        // The same list again changes nothing.
        model.setImages(next);
        QCOMPARE(removed.count() + inserted.count() + changed.count(), 3);

        model.setImages({});
        QCOMPARE(model.rowCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestImageListModel)
#include "tst_imagelistmodel.moc"
