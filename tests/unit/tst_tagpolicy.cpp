#include "registry/tagpolicy.h"

#include <QTest>
#include <QTimeZone>

using mcpdock::registry::ReferenceParser;
using mcpdock::registry::TagPolicy;

class tst_TagPolicy : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void tags_data();
    void tags();
    void timestampIsUtc();
    void references();
    void referencesRejectInvalidName();
    void roundTripSettings();
};

namespace {
QStringList sl(std::initializer_list<const char*> items)
{
    QStringList out;
    for (const char* i : items)
        out << QString::fromUtf8(i);
    return out;
}

const QDateTime BuildTime(QDate(2026, 11, 24), QTime(10, 15, 0), QTimeZone::utc());
} // namespace

void tst_TagPolicy::tags_data()
{
    QTest::addColumn<bool>("latest");
    QTest::addColumn<bool>("version");
    QTest::addColumn<bool>("timestamp");
    QTest::addColumn<QStringList>("extra");
    QTest::addColumn<QString>("projectVersion");
    QTest::addColumn<QStringList>("expected");

    QTest::newRow("default") << true << true << true << QStringList() << "1.2.0"
                             << sl({"latest", "v1.2.0", "20261124T101500Z"});
    QTest::newRow("version with v") << true << true << false << QStringList() << "v2.0.1"
                                    << sl({"latest", "v2.0.1"});
    QTest::newRow("no version") << true << true << true << QStringList() << ""
                                << sl({"latest", "20261124T101500Z"});
    QTest::newRow("semver build metadata")
        << false << true << false << QStringList() << "1.0.0+build.5" << sl({"v1.0.0_build.5"});
    QTest::newRow("only timestamp") << false << false << true << QStringList() << "1.0"
                                    << sl({"20261124T101500Z"});
    QTest::newRow("nothing") << false << false << false << QStringList() << "1.0" << QStringList();
    QTest::newRow("extras") << true << false << false
                            << sl({"stable", "{major}.{minor}", "build-{date}", "{version}-slim", "latest"})
                            << "3.4.5-rc1"
                            << sl({"latest", "stable", "3.4", "build-20261124", "3.4.5-rc1-slim"});
    QTest::newRow("extras without version")
        << false << false << false << sl({"{major}", "nightly-{timestamp}", "  "}) << ""
        << sl({"nightly-20261124T101500Z"});
    QTest::newRow("extra missing minor")
        << false << false << false << sl({"{major}.{minor}"}) << "7" << QStringList();
    QTest::newRow("extra sanitized") << false << false << false << sl({"rel:{version}"}) << "1.0+x"
                                     << sl({"rel-1.0_x"});
}

void tst_TagPolicy::tags()
{
    QFETCH(bool, latest);
    QFETCH(bool, version);
    QFETCH(bool, timestamp);
    QFETCH(QStringList, extra);
    QFETCH(QString, projectVersion);
    QFETCH(QStringList, expected);
    TagPolicy p;
    p.latest = latest;
    p.version = version;
    p.timestamp = timestamp;
    p.extraTemplates = extra;
    const QStringList tags = p.tags(projectVersion, BuildTime);
    QCOMPARE(tags, expected);
    for (const QString& t : tags)
        QVERIFY2(ReferenceParser::isValidTag(t), qPrintable(t));
}

void tst_TagPolicy::timestampIsUtc()
{
    const QDateTime local(QDate(2026, 11, 24), QTime(12, 15, 0), QTimeZone(2 * 3600));
    QCOMPARE(TagPolicy::timestampTag(local), QStringLiteral("20261124T101500Z"));
    TagPolicy p;
    QVERIFY(p.tags(QStringLiteral("1"), local).contains(QStringLiteral("20261124T101500Z")));
}

void tst_TagPolicy::references()
{
    TagPolicy p;
    const auto refs = p.references(QStringLiteral("acme/weather"), QStringLiteral("1.2.0"), BuildTime);
    QVERIFY(refs.ok());
    QCOMPARE(*refs, (sl({"acme/weather:latest", "acme/weather:v1.2.0", "acme/weather:20261124T101500Z"})));
    for (const QString& r : *refs)
        QVERIFY(ReferenceParser::parse(r).ok());
}

void tst_TagPolicy::referencesRejectInvalidName()
{
    TagPolicy p;
    const auto upper = p.references(QStringLiteral("Weather"), QStringLiteral("1"), BuildTime);
    QVERIFY(!upper.ok());
    QCOMPARE(upper.error().suggestion, QStringLiteral("weather"));
    const auto tagged = p.references(QStringLiteral("weather:v1"), QStringLiteral("1"), BuildTime);
    QVERIFY(!tagged.ok());
    QCOMPARE(tagged.error().suggestion, QStringLiteral("weather"));
}

void tst_TagPolicy::roundTripSettings()
{
    TagPolicy p;
    p.timestamp = false;
    p.extraTemplates = {QStringLiteral("stable")};
    QCOMPARE(TagPolicy::fromVariantMap(p.toVariantMap()), p);
    // Missing keys keep the defaults.
    QCOMPARE(TagPolicy::fromVariantMap({}), TagPolicy());
}

QTEST_APPLESS_MAIN(tst_TagPolicy)
#include "tst_tagpolicy.moc"
