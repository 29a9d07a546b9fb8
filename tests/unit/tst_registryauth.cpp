// X-Registry-Auth: base64url WITH padding of the auth JSON, which the daemon decodes with Go's
// base64.URLEncoding (an undecodable header is silently ignored and looks like a 401).
#include "docker/engineclient.h"
#include "testsupport.h"

#include <QJsonDocument>
#include <QTest>

using mcpdock::docker::RegistryAuth;

class TestRegistryAuth : public QObject
{
    Q_OBJECT

private slots:
    void headerValue_data()
    {
        QTest::addColumn<QString>("username");
        QTest::addColumn<QString>("password");
        QTest::addColumn<QString>("server");
        QTest::addColumn<QString>("token");
        QTest::newRow("password") << "mcpdock-test"
                                  << "pw-eX4lzh8ESge7YbtzbaEg"
                                  << "127.0.0.1:46023"
                                  << "";
        // Chosen so that standard base64 would contain '+' and '/': the url alphabet must replace them.
        QTest::newRow("url alphabet") << "u"
                                      << "~~~>>>"
                                      << "registry.example.com"
                                      << "";
        QTest::newRow("needs one pad") << "ab"
                                       << "c"
                                       << ""
                                       << "";
        QTest::newRow("identity token") << ""
                                        << ""
                                        << "ghcr.io"
                                        << "eyJhbGciOi.token";
        QTest::newRow("unicode password") << "me" << QString::fromUtf8("pässwörd✓") << "docker.io"
                                          << "";
    }

    void headerValue()
    {
        QFETCH(QString, username);
        QFETCH(QString, password);
        QFETCH(QString, server);
        QFETCH(QString, token);
        RegistryAuth auth{username, password, server, token};
        const QByteArray header = auth.toHeaderValue();
        QVERIFY(!header.contains('+'));
        QVERIFY(!header.contains('/'));
        QCOMPARE(header.size() % 4, 0); // padded
        const auto decoded = QByteArray::fromBase64Encoding(
            header, QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
        QVERIFY(decoded);
        const QJsonObject json = QJsonDocument::fromJson(*decoded).object();
        QCOMPARE(json, auth.toJson());
        QCOMPARE(json.value(QStringLiteral("username")).toString(), username);
        QCOMPARE(json.value(QStringLiteral("password")).toString(), password);
        QCOMPARE(json.value(QStringLiteral("serveraddress")).toString(), server);
        QCOMPARE(json.value(QStringLiteral("identitytoken")).toString(), token);
        // Empty fields are left out, as the docker CLI's omitempty does.
        QCOMPARE(json.contains(QStringLiteral("identitytoken")), !token.isEmpty());
    }

    void urlAlphabetIsReallyUsed()
    {
        RegistryAuth auth;
        auth.password = QStringLiteral("~~~>>>");
        const QByteArray standard = QJsonDocument(auth.toJson()).toJson(QJsonDocument::Compact).toBase64();
        QVERIFY(standard.contains('+') || standard.contains('/'));
        const QByteArray header = auth.toHeaderValue();
        QVERIFY(header.contains('-') || header.contains('_'));
    }

    void paddingIsKept()
    {
        RegistryAuth auth;
        auth.username = QStringLiteral("ab"); // {"username":"ab"} is 17 bytes: base64 needs "="
        const QByteArray header = auth.toHeaderValue();
        QVERIFY(header.endsWith('='));
        QCOMPARE(header, QByteArray("eyJ1c2VybmFtZSI6ImFiIn0="));
    }

    void emptyAuthIsAnEmptyObject() { QCOMPARE(RegistryAuth{}.toHeaderValue(), QByteArray("e30=")); }
};

QTEST_APPLESS_MAIN(TestRegistryAuth)
#include "tst_registryauth.moc"
