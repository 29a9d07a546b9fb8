#include "registry/registrystore.h"

#include <QFile>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using mcpdock::registry::RegistryEntry;
using mcpdock::registry::RegistryStore;

Q_DECLARE_METATYPE(RegistryEntry::Kind)

class tst_RegistryStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void presets();
    void forHost_data();
    void forHost();
    void validateHost_data();
    void validateHost();
    void saveFindRemove();
    void persistsAcrossInstances();
    void settingsHoldNoSecret();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_file;
};

void tst_RegistryStore::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_file = m_dir->filePath(QStringLiteral("mcpdock.conf"));
}

void tst_RegistryStore::presets()
{
    QSettings settings(m_file, QSettings::IniFormat);
    RegistryStore store(&settings);
    const auto list = store.registries();
    QCOMPARE(list.size(), 2);
    QCOMPARE(list[0].kind, RegistryEntry::Kind::DockerHub);
    QCOMPARE(list[0].host, QStringLiteral("docker.io"));
    QCOMPARE(list[0].credentialKey(), QStringLiteral("https://index.docker.io/v1/"));
    QVERIFY(list[0].namespaceRequired());
    QCOMPARE(list[1].kind, RegistryEntry::Kind::Ghcr);
    QCOMPARE(list[1].host, QStringLiteral("ghcr.io"));
    QCOMPARE(list[1].credentialKey(), QStringLiteral("ghcr.io"));
    QVERIFY(!list[1].namespaceRequired());
    QVERIFY(list[1].passwordHint().contains(QStringLiteral("write:packages")));
}

void tst_RegistryStore::forHost_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<RegistryEntry::Kind>("kind");
    QTest::addColumn<QString>("host");
    QTest::newRow("hub") << "docker.io" << RegistryEntry::Kind::DockerHub << "docker.io";
    QTest::newRow("hub index url") << "https://index.docker.io/v1/" << RegistryEntry::Kind::DockerHub
                                   << "docker.io";
    QTest::newRow("hub registry-1") << "registry-1.docker.io" << RegistryEntry::Kind::DockerHub
                                    << "docker.io";
    QTest::newRow("ghcr") << "GHCR.io" << RegistryEntry::Kind::Ghcr << "ghcr.io";
    QTest::newRow("private") << "http://127.0.0.1:5000/" << RegistryEntry::Kind::Private << "127.0.0.1:5000";
    QTest::newRow("ipv6") << "[::1]:5000" << RegistryEntry::Kind::Private << "[::1]:5000";
}

void tst_RegistryStore::forHost()
{
    QFETCH(QString, input);
    QFETCH(RegistryEntry::Kind, kind);
    QFETCH(QString, host);
    const RegistryEntry e = RegistryEntry::forHost(input);
    QCOMPARE(e.kind, kind);
    QCOMPARE(e.host, host);
}

void tst_RegistryStore::validateHost_data()
{
    QTest::addColumn<QString>("host");
    QTest::addColumn<bool>("valid");
    QTest::newRow("port") << "registry.lan:5000" << true;
    QTest::newRow("localhost") << "localhost:5000" << true;
    QTest::newRow("ipv6") << "[::1]:5000" << true;
    QTest::newRow("empty") << "" << false;
    QTest::newRow("underscore") << "my_registry:5000" << false;
    QTest::newRow("bad port") << "r.lan:http" << false;
}

void tst_RegistryStore::validateHost()
{
    QFETCH(QString, host);
    QFETCH(bool, valid);
    QCOMPARE(RegistryEntry::validateHost(host).isEmpty(), valid);
}

void tst_RegistryStore::saveFindRemove()
{
    QSettings settings(m_file, QSettings::IniFormat);
    RegistryStore store(&settings);
    QSignalSpy changed(&store, &RegistryStore::changed);

    RegistryEntry priv = RegistryEntry::forHost(QStringLiteral("127.0.0.1:5000"));
    priv.username = QStringLiteral("ci");
    priv.defaultNamespace = QStringLiteral("team");
    QVERIFY(store.save(priv).isEmpty());
    QCOMPARE(changed.count(), 1);

    RegistryEntry hub = RegistryEntry::dockerHub();
    hub.username = QStringLiteral("alice");
    hub.defaultNamespace = QStringLiteral("acme");
    QVERIFY(store.save(hub).isEmpty());

    QVERIFY(!store.save(RegistryEntry::forHost(QStringLiteral("bad host"))).isEmpty());
    QCOMPARE(changed.count(), 2);

    QCOMPARE(store.find(QStringLiteral("index.docker.io")).username, QStringLiteral("alice"));
    QCOMPARE(store.find(QStringLiteral("127.0.0.1:5000")), priv);
    QVERIFY(store.contains(QStringLiteral("http://127.0.0.1:5000")));
    QVERIFY(!store.contains(QStringLiteral("ghcr.io")));
    QCOMPARE(store.find(QStringLiteral("ghcr.io")).username, QString());

    const auto list = store.registries();
    QCOMPARE(list.size(), 3);
    QCOMPARE(list[0].username, QStringLiteral("alice"));
    QCOMPARE(list[2].host, QStringLiteral("127.0.0.1:5000"));

    // Saving the same host replaces the entry.
    priv.username = QStringLiteral("ci2");
    QVERIFY(store.save(priv).isEmpty());
    QCOMPARE(store.registries().size(), 3);
    QCOMPARE(store.find(QStringLiteral("127.0.0.1:5000")).username, QStringLiteral("ci2"));

    store.remove(QStringLiteral("127.0.0.1:5000"));
    QCOMPARE(store.registries().size(), 2);
    QCOMPARE(changed.count(), 4);
    store.remove(QStringLiteral("nothing.lan"));
    QCOMPARE(changed.count(), 4);
}

void tst_RegistryStore::persistsAcrossInstances()
{
    {
        QSettings settings(m_file, QSettings::IniFormat);
        RegistryStore store(&settings);
        RegistryEntry g = RegistryEntry::ghcr();
        g.username = QStringLiteral("octocat");
        QVERIFY(store.save(g).isEmpty());
    }
    QSettings settings(m_file, QSettings::IniFormat);
    RegistryStore store(&settings);
    QCOMPARE(store.find(QStringLiteral("ghcr.io")).username, QStringLiteral("octocat"));
}

void tst_RegistryStore::settingsHoldNoSecret()
{
    // The store has no way to take a secret; prove that what it writes is only the four fields.
    {
        QSettings settings(m_file, QSettings::IniFormat);
        RegistryStore store(&settings);
        RegistryEntry e = RegistryEntry::forHost(QStringLiteral("127.0.0.1:5000"));
        e.username = QStringLiteral("ci");
        QVERIFY(store.save(e).isEmpty());
    }
    QSettings settings(m_file, QSettings::IniFormat);
    QStringList keys = settings.allKeys();
    keys.sort();
    QCOMPARE(keys, (QStringList{QStringLiteral("registries/1/host"), QStringLiteral("registries/1/kind"),
                                QStringLiteral("registries/1/namespace"),
                                QStringLiteral("registries/1/username"), QStringLiteral("registries/size")}));
    QFile f(m_file);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray content = f.readAll().toLower();
    QVERIFY(!content.contains("password"));
    QVERIFY(!content.contains("secret"));
    QVERIFY(!content.contains("token"));
}

QTEST_GUILESS_MAIN(tst_RegistryStore)
#include "tst_registrystore.moc"
