// API version negotiation: min(ours, server), refused below API 1.41 with a sentence that says so.
#include "docker/apiversion.h"
#include "docker/engineclient.h"
#include "testsupport.h"

#include <QTest>

using namespace mcpdock::docker;

class TestApiVersion : public QObject
{
    Q_OBJECT

private slots:
    void negotiate_data()
    {
        QTest::addColumn<QString>("server");
        QTest::addColumn<QString>("expected"); // empty: refused
        QTest::addColumn<int>("kind");
        QTest::newRow("debian 12 engine") << "1.41"
                                          << "1.41" << 0;
        QTest::newRow("docker 25") << "1.44"
                                   << "1.44" << 0;
        QTest::newRow("ours exactly") << "1.51"
                                      << "1.51" << 0;
        QTest::newRow("newer than ours") << "1.52"
                                         << "1.51" << 0;
        QTest::newRow("much newer") << "2.0"
                                    << "1.51" << 0;
        QTest::newRow("numeric, not text, compare") << "1.100"
                                                    << "1.51" << 0;
        QTest::newRow("too old") << "1.40"
                                 << "" << int(DockerError::Kind::UnsupportedApi);
        QTest::newRow("1.9 is older than 1.41") << "1.9"
                                                << "" << int(DockerError::Kind::UnsupportedApi);
        QTest::newRow("no header: 1.24") << ""
                                         << "" << int(DockerError::Kind::UnsupportedApi);
        QTest::newRow("garbage") << "one.two"
                                 << "" << int(DockerError::Kind::Protocol);
    }

    void negotiate()
    {
        QFETCH(QString, server);
        QFETCH(QString, expected);
        QFETCH(int, kind);
        const auto v = negotiateApiVersion(server, QStringLiteral("unix:///x.sock"));
        if (!expected.isEmpty()) {
            QVERIFY(v.ok());
            QCOMPARE(v.value(), expected);
            return;
        }
        QVERIFY(!v.ok());
        QCOMPARE(int(v.error().kind), kind);
        QVERIFY(v.error().message.contains(QStringLiteral("unix:///x.sock")));
        if (v.error().kind == DockerError::Kind::UnsupportedApi) {
            QVERIFY(v.error().message.contains(QStringLiteral("1.41")));
            QVERIFY(v.error().message.contains(QStringLiteral("Upgrade Docker")));
        }
    }

    void bounds()
    {
        QCOMPARE(QString::fromLatin1(EngineClient::MinApiVersion), QStringLiteral("1.41"));
        QCOMPARE(QString::fromLatin1(EngineClient::MaxApiVersion), QStringLiteral("1.51"));
        QVERIFY(apiVersionLess(QStringLiteral("1.9"), QStringLiteral("1.41")));
        QVERIFY(!apiVersionLess(QStringLiteral("1.41"), QStringLiteral("1.41")));
    }
};

QTEST_APPLESS_MAIN(TestApiVersion)
#include "tst_apiversion.moc"
