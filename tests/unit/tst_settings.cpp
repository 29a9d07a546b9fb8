#include "settings/settings.h"

#include <QFile>
#include <QSignalSpy>
#include <QTest>

using mcpdock::settings::Settings;
using Key = Settings::Key;

class TestSettings : public QObject
{
    Q_OBJECT

private slots:
    void defaults_data()
    {
        QTest::addColumn<Key>("key");
        QTest::addColumn<QVariant>("expected");
        QTest::newRow("host mode") << Key::DockerHostMode << QVariant(QStringLiteral("auto"));
        QTest::newRow("socket") << Key::DockerSocket << QVariant(QStringLiteral("/var/run/docker.sock"));
        QTest::newRow("node base") << Key::BaseImageNode << QVariant(QString());
        QTest::newRow("tags") << Key::DefaultTags
                              << QVariant(QStringList{QStringLiteral("latest"), QStringLiteral("v{version}"),
                                                      QStringLiteral("{timestamp}")});
        QTest::newRow("prune keep") << Key::PruneKeepCount << QVariant(3);
        QTest::newRow("dry run") << Key::DryRun << QVariant(false);
        QTest::newRow("recent") << Key::RecentManifests << QVariant(QStringList());
        QTest::newRow("network") << Key::BuildNetworkMode << QVariant(QStringLiteral("default"));
    }
    void defaults()
    {
        QFETCH(Key, key);
        QFETCH(QVariant, expected);
        auto s = Settings::createTemporary();
        QCOMPARE(s->value(key), expected);
        QCOMPARE(Settings::defaultValue(key), expected);
    }

    void everyKeyHasAUniqueName()
    {
        QSet<QString> names;
        for (int k = 0; k < int(Key::KeyCount); ++k) {
            const QString name = Settings::keyName(Key(k));
            QVERIFY2(!name.isEmpty(), qPrintable(QString::number(k)));
            QVERIFY2(!names.contains(name), qPrintable(name));
            names.insert(name);
        }
    }

    void typedValuesSurviveAReopen_data()
    {
        QTest::addColumn<Key>("key");
        QTest::addColumn<QVariant>("value");
        QTest::newRow("string") << Key::DockerTcpHost << QVariant(QStringLiteral("build.lan:2376"));
        QTest::newRow("int") << Key::PruneKeepCount << QVariant(7);
        QTest::newRow("bool") << Key::DryRun << QVariant(true);
        QTest::newRow("list of one") << Key::DefaultTags << QVariant(QStringList{QStringLiteral("edge")});
        QTest::newRow("list") << Key::DefaultTags
                              << QVariant(QStringList{QStringLiteral("a"), QStringLiteral("b")});
        QTest::newRow("bytes") << Key::WindowGeometry << QVariant(QByteArray("\x01\x02\x00\xff", 4));
    }
    void typedValuesSurviveAReopen()
    {
        QFETCH(Key, key);
        QFETCH(QVariant, value);
        auto s = Settings::createTemporary();
        s->setValue(key, value);
        s->sync();
        Settings reopened(s->fileName());
        QCOMPARE(reopened.value(key), value);
        QCOMPARE(reopened.value(key).typeId(), Settings::defaultValue(key).typeId());
    }

    void changedIsEmittedOnlyOnRealChanges()
    {
        auto s = Settings::createTemporary();
        QSignalSpy spy(s.get(), &Settings::changed);
        s->setValue(Key::PruneKeepCount, 5);
        QCOMPARE(spy.count(), 1);
        QCOMPARE(spy.at(0).at(0).value<Key>(), Key::PruneKeepCount);
        s->setValue(Key::PruneKeepCount, 5);
        QCOMPARE(spy.count(), 1);
        s->reset(Key::PruneKeepCount);
        QCOMPARE(spy.count(), 2);
        QCOMPARE(s->integer(Key::PruneKeepCount), 3);
        s->setValue(Key::DryRun, false); // the default: no change
        QCOMPARE(spy.count(), 2);
    }

    void recentManifestsAreMostRecentFirstWithoutDuplicates()
    {
        auto s = Settings::createTemporary();
        for (int i = 0; i < Settings::MaxRecentManifests + 3; ++i)
            s->addRecentManifest(QStringLiteral("/p/%1/mcp.yaml").arg(i));
        s->addRecentManifest(QStringLiteral("/p/5/mcp.yaml"));
        const QStringList recent = s->list(Key::RecentManifests);
        QCOMPARE(recent.size(), Settings::MaxRecentManifests);
        QCOMPARE(recent.first(), QStringLiteral("/p/5/mcp.yaml"));
        QCOMPARE(recent.count(QStringLiteral("/p/5/mcp.yaml")), 1);
        QCOMPARE(recent.at(1), QStringLiteral("/p/12/mcp.yaml"));
    }

    void theFileHoldsOnlyWhatWasSet()
    {
        auto s = Settings::createTemporary();
        s->setValue(Key::BaseImagePython, QStringLiteral("python:3.12-slim"));
        s->sync();
        QFile f(s->fileName());
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray text = f.readAll();
        QVERIFY(text.contains("python:3.12-slim"));
        QVERIFY(!text.contains("docker.sock")); // defaults are not written
    }

    void temporaryInstancesAreIndependent()
    {
        auto a = Settings::createTemporary();
        auto b = Settings::createTemporary();
        QVERIFY(a->fileName() != b->fileName());
        a->setValue(Key::DryRun, true);
        QCOMPARE(b->flag(Key::DryRun), false);
    }
};

QTEST_GUILESS_MAIN(TestSettings)
#include "tst_settings.moc"
