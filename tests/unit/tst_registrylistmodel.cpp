#include "itemmodels/registrylistmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using mcpdock::RegistryListModel;
using mcpdock::registry::CredentialSource;
using mcpdock::registry::RegistryEntry;

namespace {

RegistryEntry entry(RegistryEntry::Kind kind, const QString& host, const QString& user,
                    const QString& ns = {})
{
    RegistryEntry e;
    e.kind = kind;
    e.host = host;
    e.username = user;
    e.defaultNamespace = ns;
    return e;
}

QList<RegistryEntry> sample()
{
    return {entry(RegistryEntry::Kind::DockerHub, QStringLiteral("docker.io"), QStringLiteral("acme"),
                  QStringLiteral("acme")),
            entry(RegistryEntry::Kind::Ghcr, QStringLiteral("ghcr.io"), QString()),
            entry(RegistryEntry::Kind::Private, QStringLiteral("127.0.0.1:5000"), QStringLiteral("ci"))};
}

} // namespace

class TestRegistryListModel : public QObject
{
    Q_OBJECT

private slots:
    void rows()
    {
        RegistryListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setRegistries(sample());
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.columnCount(), int(RegistryListModel::ColumnCount));
        QCOMPARE(model.index(2, RegistryListModel::RegistryColumn).data().toString(),
                 QStringLiteral("127.0.0.1:5000"));
        QVERIFY(model.index(0, RegistryListModel::RegistryColumn)
                    .data()
                    .toString()
                    .contains(QStringLiteral("Docker Hub")));
        QCOMPARE(model.index(0, RegistryListModel::UsernameColumn).data().toString(), QStringLiteral("acme"));
        QCOMPARE(model.index(0, RegistryListModel::NamespaceColumn).data().toString(),
                 QStringLiteral("acme"));
        QCOMPARE(model.index(0, 0).data(RegistryListModel::SourceKindRole).toInt(), -1);
        QCOMPARE(model.index(0, RegistryListModel::CredentialColumn).data().toString(),
                 QStringLiteral("Checking…"));
    }

    void credentialSource_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("detail");
        QTest::addColumn<QString>("shown");
        QTest::newRow("keychain") << int(CredentialSource::Kind::Keychain) << QString()
                                  << QStringLiteral("Keychain");
        QTest::newRow("helper") << int(CredentialSource::Kind::CredHelper) << QStringLiteral("pass")
                                << QStringLiteral("Credential helper docker-credential-pass");
        QTest::newRow("store") << int(CredentialSource::Kind::CredsStore) << QStringLiteral("secretservice")
                               << QStringLiteral("Credential helper docker-credential-secretservice");
        QTest::newRow("auths") << int(CredentialSource::Kind::ConfigAuths)
                               << QStringLiteral("/home/u/.docker/config.json")
                               << QStringLiteral("Docker config (config.json)");
        QTest::newRow("none") << int(CredentialSource::Kind::None) << QString() << QStringLiteral("None");
    }
    void credentialSource()
    {
        QFETCH(int, kind);
        QFETCH(QString, detail);
        QFETCH(QString, shown);
        RegistryListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setRegistries(sample());
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.setSource(QStringLiteral("ghcr.io"), CredentialSource{CredentialSource::Kind(kind), detail});
        QCOMPARE(changed.count(), 1);
        QCOMPARE(model.index(1, RegistryListModel::CredentialColumn).data().toString(), shown);
        QCOMPARE(model.index(1, 0).data(RegistryListModel::SourceKindRole).toInt(), kind);
    }

    void problemIsShownWithItsSentence()
    {
        RegistryListModel model;
        model.setRegistries(sample());
        model.setSourceProblem(QStringLiteral("127.0.0.1:5000"),
                               QStringLiteral("docker-credential-pass is not on PATH: install it."));
        const QModelIndex i = model.index(2, RegistryListModel::CredentialColumn);
        QCOMPARE(i.data().toString(), QStringLiteral("Problem"));
        QVERIFY(i.data(Qt::ToolTipRole).toString().contains(QStringLiteral("not on PATH")));
    }

    void refreshKeepsKnownSourcesOfUnchangedEntries()
    {
        RegistryListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setRegistries(sample());
        model.setSource(QStringLiteral("docker.io"), CredentialSource{CredentialSource::Kind::Keychain, {}});
        model.setSource(QStringLiteral("127.0.0.1:5000"),
                        CredentialSource{CredentialSource::Kind::Keychain, {}});
        QList<RegistryEntry> next = sample();
        next[2].username = QStringLiteral("someone-else");
        model.setRegistries(next);
        QCOMPARE(model.index(0, 0).data(RegistryListModel::SourceKindRole).toInt(),
                 int(CredentialSource::Kind::Keychain));
        QCOMPARE(model.index(2, 0).data(RegistryListModel::SourceKindRole).toInt(), -1);
        model.setSource(QStringLiteral("nowhere:1"), CredentialSource{}); // unknown host: ignored
        QCOMPARE(model.rowOfHost(QStringLiteral("nowhere:1")), -1);
    }
};

QTEST_MAIN(TestRegistryListModel)
#include "tst_registrylistmodel.moc"
