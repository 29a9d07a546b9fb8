// The registry HTTP API client against the test environment's real registries: the anonymous
// Docker Hub mirror (which serves the base images as OCI indexes when arm64 is available) and the
// private registry with htpasswd (Basic) auth.

#include "registrytesthelpers.h"
#include "testsupport.h"

#include "docker/endpoint.h"
#include "docker/engineclient.h"
#include "registry/imagepusher.h"
#include "registry/registryclient.h"
#include "registry/registrystore.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTest>

#include <memory>

using namespace mcpdock;
using namespace mcpdock::registry;

class tst_RegistryClient : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void anonymousIndexFromMirror();
    void blobExists();
    void missingManifestIsNotFound();
    void noCredentialsIsUnauthorized();
    void wrongPasswordIsUnauthorized();
    void putIndexAndReadItBack();
    void manifestWithUnknownBlobIsRefused();
    void unreachableRegistry();
    void parseIndexNamesTheField_data();
    void parseIndexNamesTheField();

private:
    docker::RegistryAuth goodAuth() const;
    std::unique_ptr<docker::EngineClient> m_client;
    QString m_imageId;
    QString m_runId;
    QString m_repo;
    PushResult m_pushed;
};

docker::RegistryAuth tst_RegistryClient::goodAuth() const
{
    docker::RegistryAuth auth;
    auth.username = test::testEnv().registryUser;
    auth.password = test::testEnv().registryPassword;
    auth.serverAddress = test::testEnv().registry;
    return auth;
}

void tst_RegistryClient::initTestCase()
{
    MCPDOCK_REQUIRE_TESTENV();
    const auto& env = test::testEnv();
    m_runId = QString::number(QDateTime::currentMSecsSinceEpoch(), 36) +
              QString::number(QRandomGenerator::global()->bounded(1000000), 36);
    const auto endpoint = docker::parseHost(env.dockerHost, QStringLiteral("test environment"));
    QVERIFY2(endpoint.ok(), endpoint.ok() ? "" : qPrintable(endpoint.error().message));
    m_client = std::make_unique<docker::EngineClient>(endpoint.value());
    const QString local = QStringLiteral("mcpdock-rctest-") + m_runId + QStringLiteral("/img:v1");
    QString error;
    m_imageId = test::buildManagedImage(*m_client, {local}, QStringLiteral("img"), QStringLiteral("1.0.0"),
                                        (QStringLiteral("registry client ") + m_runId).toUtf8(), &error);
    QVERIFY2(!m_imageId.isEmpty(), qPrintable(error));
    m_repo = QStringLiteral("rc") + m_runId + QStringLiteral("/img");
    PushTarget target{env.registry, m_repo, QStringLiteral("single")};
    const auto pushed = ImagePusher::push(*m_client, local, target, goodAuth());
    QVERIFY2(pushed.ok(), pushed.ok() ? "" : qPrintable(pushed.error().text()));
    m_pushed = pushed.value();
    QVERIFY(m_pushed.digest.startsWith(QLatin1String("sha256:")));
}

void tst_RegistryClient::cleanupTestCase()
{
    if (m_client && !m_imageId.isEmpty())
        m_client->removeImage(m_imageId, true);
}

void tst_RegistryClient::anonymousIndexFromMirror()
{
    const auto& env = test::testEnv();
    RegistryClient client(env.hubMirror, {});
    const auto m = client.getManifest(QStringLiteral("library/node"), QStringLiteral("20-alpine"));
    QVERIFY2(m.ok(), m.ok() ? "" : qPrintable(m.error().text()));
    QCOMPARE(m->digest, RegistryClient::sha256Digest(m->body));
    if (env.all.value(QStringLiteral("MCPDOCK_TEST_ARM64")) != QLatin1String("1"))
        QFAIL("the test environment has no arm64 stand-ins (MCPDOCK_TEST_ARM64 is not 1): see testenv.sh's "
              "output");
    QCOMPARE(m->mediaType, QString::fromLatin1(RegistryClient::OciIndexMediaType));
    const auto index = RegistryClient::parseIndex(m->body);
    QVERIFY2(index.ok(), index.ok() ? "" : qPrintable(index.error()));
    QCOMPARE(index->size(), 2);
    QCOMPARE(index->at(0).architecture, QStringLiteral("amd64"));
    QCOMPARE(index->at(1).architecture, QStringLiteral("arm64"));
    // Each referenced manifest is there, by digest, with the architecture the index claims.
    for (const auto& e : *index) {
        const auto one = client.getManifest(QStringLiteral("library/node"), e.digest);
        QVERIFY2(one.ok(), one.ok() ? "" : qPrintable(one.error().text()));
        QCOMPARE(one->digest, e.digest);
        QCOMPARE(qint64(one->body.size()), e.size);
        const auto config =
            QJsonDocument::fromJson(one->body).object().value(QLatin1String("config")).toObject();
        QVERIFY(!config.value(QLatin1String("digest")).toString().isEmpty());
    }
}

void tst_RegistryClient::blobExists()
{
    RegistryClient client(test::testEnv().registry, goodAuth());
    const auto m = client.getManifest(m_repo, QStringLiteral("single"));
    QVERIFY2(m.ok(), m.ok() ? "" : qPrintable(m.error().text()));
    QCOMPARE(m->digest, m_pushed.digest);
    const QString config = QJsonDocument::fromJson(m->body)
                               .object()
                               .value(QLatin1String("config"))
                               .toObject()
                               .value(QLatin1String("digest"))
                               .toString();
    const auto there = client.blobExists(m_repo, config);
    QVERIFY2(there.ok(), there.ok() ? "" : qPrintable(there.error().text()));
    QVERIFY(*there);
    const auto absent =
        client.blobExists(m_repo, RegistryClient::sha256Digest("no such blob " + m_runId.toUtf8()));
    QVERIFY2(absent.ok(), absent.ok() ? "" : qPrintable(absent.error().text()));
    QVERIFY(!*absent);
}

void tst_RegistryClient::missingManifestIsNotFound()
{
    RegistryClient client(test::testEnv().registry, goodAuth());
    const auto m = client.getManifest(m_repo, QStringLiteral("no-such-tag"));
    QVERIFY(!m.ok());
    QCOMPARE(m.error().kind, RegistryError::Kind::NotFound);
    QCOMPARE(m.error().httpStatus, 404);
    QVERIFY2(m.error().message.contains(QLatin1String("MANIFEST_UNKNOWN")), qPrintable(m.error().message));
}

void tst_RegistryClient::noCredentialsIsUnauthorized()
{
    RegistryClient client(test::testEnv().registry, {});
    const auto m = client.getManifest(m_repo, QStringLiteral("single"));
    QVERIFY(!m.ok());
    QCOMPARE(m.error().kind, RegistryError::Kind::Unauthorized);
    QVERIFY2(m.error().text().contains(QLatin1String("mcpdock login")), qPrintable(m.error().text()));
}

void tst_RegistryClient::wrongPasswordIsUnauthorized()
{
    auto auth = goodAuth();
    auth.password += QLatin1String("-wrong");
    RegistryClient client(test::testEnv().registry, auth);
    const auto m = client.getManifest(m_repo, QStringLiteral("single"));
    QVERIFY(!m.ok());
    QCOMPARE(m.error().kind, RegistryError::Kind::Unauthorized);
    QCOMPARE(m.error().httpStatus, 401);
    QVERIFY2(!m.error().text().contains(auth.password), "the error must not carry the password");
}

void tst_RegistryClient::putIndexAndReadItBack()
{
    RegistryClient client(test::testEnv().registry, goodAuth());
    const auto m = client.getManifest(m_repo, m_pushed.digest);
    QVERIFY2(m.ok(), m.ok() ? "" : qPrintable(m.error().text()));
    IndexEntry e{
        m->mediaType, m->digest, m->body.size(), QStringLiteral("linux"), QStringLiteral("amd64"), {}};
    const QByteArray index = RegistryClient::imageIndex({e});
    const auto digest = client.putManifest(m_repo, QStringLiteral("multi"), index,
                                           QString::fromLatin1(RegistryClient::OciIndexMediaType));
    QVERIFY2(digest.ok(), digest.ok() ? "" : qPrintable(digest.error().text()));
    QCOMPARE(*digest, RegistryClient::sha256Digest(index));
    const auto back = client.getManifest(m_repo, QStringLiteral("multi"));
    QVERIFY2(back.ok(), back.ok() ? "" : qPrintable(back.error().text()));
    QCOMPARE(back->body, index);
    QCOMPARE(back->mediaType, QString::fromLatin1(RegistryClient::OciIndexMediaType));
    const auto parsed = RegistryClient::parseIndex(back->body);
    QVERIFY(parsed.ok());
    QCOMPARE(parsed->size(), 1);
    QCOMPARE(parsed->at(0).digest, m_pushed.digest);
}

void tst_RegistryClient::manifestWithUnknownBlobIsRefused()
{
    RegistryClient client(test::testEnv().registry, goodAuth());
    IndexEntry e{QString::fromLatin1(RegistryClient::DockerManifestMediaType),
                 RegistryClient::sha256Digest("nothing " + m_runId.toUtf8()),
                 100,
                 QStringLiteral("linux"),
                 QStringLiteral("arm64"),
                 {}};
    const auto digest = client.putManifest(m_repo, QStringLiteral("broken"), RegistryClient::imageIndex({e}),
                                           QString::fromLatin1(RegistryClient::OciIndexMediaType));
    QVERIFY(!digest.ok());
    QCOMPARE(digest.error().httpStatus, 400);
    QCOMPARE(digest.error().kind, RegistryError::Kind::Invalid);
    QVERIFY2(digest.error().message.contains(QLatin1String("MANIFEST_")), qPrintable(digest.error().message));
}

void tst_RegistryClient::unreachableRegistry()
{
    RegistryClient client(QStringLiteral("127.0.0.1:1"), {}, 10000);
    const auto m = client.getManifest(QStringLiteral("x/y"), QStringLiteral("latest"));
    QVERIFY(!m.ok());
    QCOMPARE(m.error().kind, RegistryError::Kind::Unreachable);
    QVERIFY2(m.error().hint.contains(QLatin1String("running")), qPrintable(m.error().hint));
}

void tst_RegistryClient::parseIndexNamesTheField_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("expected");
    QTest::newRow("not json") << QByteArray("{") << QStringLiteral("not a JSON object");
    QTest::newRow("wrong type") << QByteArray(R"({"mediaType":"application/vnd.oci.image.manifest.v1+json"})")
                                << QStringLiteral("not an image index");
    QTest::newRow("no manifests") << QByteArray(R"({"schemaVersion":2})")
                                  << QStringLiteral("manifests is missing");
    QTest::newRow("bad digest")
        << QByteArray(
               R"({"manifests":[{"digest":"md5:x","platform":{"os":"linux","architecture":"amd64"}}]})")
        << QStringLiteral("manifests[0].digest");
    QTest::newRow("no platform") << QByteArray(R"({"manifests":[{"digest":"sha256:ab"}]})")
                                 << QStringLiteral("manifests[0].platform");
}

void tst_RegistryClient::parseIndexNamesTheField()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, expected);
    const auto r = RegistryClient::parseIndex(body);
    QVERIFY(!r.ok());
    QVERIFY2(r.error().contains(expected), qPrintable(r.error()));
}

QTEST_GUILESS_MAIN(tst_RegistryClient)
#include "tst_registryclient.moc"
