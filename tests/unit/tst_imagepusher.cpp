// The pure parts of pushing: targets, error classification, progress aggregation over recorded
// daemon streams (tests/data/registry, captured from a real push to the test registry), and the
// local image mapping.
#include "testsupport.h"

#include "docker/jsonstreamreader.h"
#include "registry/imagepusher.h"
#include "registry/localimages.h"
#include "registry/registrystore.h"

#include <QFile>
#include <QJsonDocument>
#include <QTest>

using namespace mcpdock;
using namespace mcpdock::registry;

Q_DECLARE_METATYPE(PushError::Kind)

class tst_ImagePusher : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void targetFor_data();
    void targetFor();
    void classify_data();
    void classify();
    void errorText();
    void replaySuccessfulPush();
    void replayUnauthorizedPush();
    void layersAlreadyThere();
    void toolsFromLabel_data();
    void toolsFromLabel();
    void localImageFromSummary();
};

void tst_ImagePusher::targetFor_data()
{
    QTest::addColumn<QString>("local");
    QTest::addColumn<QString>("registry");
    QTest::addColumn<QString>("defaultNs");
    QTest::addColumn<QString>("ns");
    QTest::addColumn<QString>("tag");
    QTest::addColumn<QString>("expected"); // empty: an error is expected

    QTest::newRow("private") << "weather:v1"
                             << "127.0.0.1:5000"
                             << ""
                             << "acme"
                             << ""
                             << "127.0.0.1:5000/acme/weather:v1";
    QTest::newRow("private no ns") << "weather"
                                   << "registry.lan:443"
                                   << ""
                                   << ""
                                   << ""
                                   << "registry.lan:443/weather:latest";
    QTest::newRow("tag override") << "weather:v1"
                                  << "ghcr.io"
                                  << ""
                                  << "octo"
                                  << "stable"
                                  << "ghcr.io/octo/weather:stable";
    QTest::newRow("default namespace") << "weather:v1"
                                       << "ghcr.io"
                                       << "team"
                                       << ""
                                       << ""
                                       << "ghcr.io/team/weather:v1";
    QTest::newRow("last path component") << "localhost:5000/build/weather:v3"
                                         << "ghcr.io"
                                         << ""
                                         << "octo"
                                         << ""
                                         << "ghcr.io/octo/weather:v3";
    QTest::newRow("hub with ns") << "weather:v1"
                                 << "docker.io"
                                 << ""
                                 << "acme"
                                 << ""
                                 << "docker.io/acme/weather:v1";
    QTest::newRow("hub without ns") << "weather:v1"
                                    << "docker.io"
                                    << ""
                                    << ""
                                    << ""
                                    << "";
    QTest::newRow("invalid local") << "Weather:v1"
                                   << "ghcr.io"
                                   << ""
                                   << "octo"
                                   << ""
                                   << "";
    QTest::newRow("invalid tag") << "weather:v1"
                                 << "ghcr.io"
                                 << ""
                                 << "octo"
                                 << "1+2"
                                 << "";
    QTest::newRow("invalid namespace") << "weather:v1"
                                       << "ghcr.io"
                                       << ""
                                       << "Octo"
                                       << ""
                                       << "";
    QTest::newRow("image id") << "sha256:0eaf81354aef1adb6432270644df60929e817a41a5b74a19eddc0429bd1f967e"
                              << "ghcr.io"
                              << ""
                              << "octo"
                              << ""
                              << "";
    QTest::newRow("short image id") << "0eaf81354aef"
                                    << "ghcr.io"
                                    << ""
                                    << "octo"
                                    << ""
                                    << "";
    QTest::newRow("invalid registry") << "weather:v1"
                                      << "bad_host:1"
                                      << ""
                                      << ""
                                      << ""
                                      << "";
}

void tst_ImagePusher::targetFor()
{
    QFETCH(QString, local);
    QFETCH(QString, registry);
    QFETCH(QString, defaultNs);
    QFETCH(QString, ns);
    QFETCH(QString, tag);
    QFETCH(QString, expected);
    RegistryEntry entry = RegistryEntry::forHost(registry);
    entry.defaultNamespace = defaultNs;
    const auto t = ImagePusher::targetFor(local, entry, ns, tag);
    if (expected.isEmpty()) {
        QVERIFY(!t.ok());
        QCOMPARE(t.error().kind, PushError::Kind::InvalidReference);
        QVERIFY(!t.error().message.isEmpty());
        return;
    }
    QVERIFY2(t.ok(), t.ok() ? "" : qPrintable(t.error().text()));
    QCOMPARE(t->reference(), expected);
}

void tst_ImagePusher::classify_data()
{
    QTest::addColumn<QString>("message");
    QTest::addColumn<PushError::Kind>("kind");
    QTest::addColumn<QString>("hintContains");
    using K = PushError::Kind;
    QTest::newRow("auth required") << "unauthorized: authentication required" << K::Unauthorized
                                   << "credentials";
    QTest::newRow("hub denied") << "denied: requested access to the resource is denied" << K::Unauthorized
                                << "scope";
    QTest::newRow("no basic auth") << "no basic auth credentials" << K::Unauthorized << "mcpdock login";
    QTest::newRow("name unknown") << "name unknown: repository name not known to registry" << K::NameUnknown
                                  << "Create the repository";
    QTest::newRow("refused")
        << "Get \"http://127.0.0.1:1/v2/\": dial tcp 127.0.0.1:1: connect: connection refused"
        << K::Unreachable << "address";
    QTest::newRow("no such host")
        << "Get \"https://nope.invalid/v2/\": dial tcp: lookup nope.invalid: no such host" << K::Unreachable
        << "address";
    QTest::newRow("http to https")
        << "Get \"https://r.lan:5000/v2/\": http: server gave HTTP response to HTTPS client" << K::Tls
        << "insecure-registries";
    QTest::newRow("x509") << "x509: certificate signed by unknown authority" << K::Tls << "certificate";
    QTest::newRow("other") << "blob upload invalid" << K::Failed << "";
}

void tst_ImagePusher::classify()
{
    QFETCH(QString, message);
    QFETCH(PushError::Kind, kind);
    QFETCH(QString, hintContains);
    const PushError e = ImagePusher::classify(message, QStringLiteral("r.lan:5000"));
    QCOMPARE(e.kind, kind);
    QCOMPARE(e.message, message); // the registry's own words, unchanged
    QVERIFY2(e.hint.contains(hintContains), qPrintable(e.hint));
}

void tst_ImagePusher::errorText()
{
    PushError e;
    e.message = QStringLiteral("connection refused");
    e.hint = QStringLiteral("Check it.");
    QCOMPARE(e.text(), QStringLiteral("connection refused. Check it."));
    e.message = QStringLiteral("Refused.");
    QCOMPARE(e.text(), QStringLiteral("Refused. Check it."));
}

void tst_ImagePusher::replaySuccessfulPush()
{
    QFile f(test::testDataDir() + QStringLiteral("/registry/push-ok.jsonl"));
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray stream = f.readAll();
    for (const int chunk : {1, 7, 64, 100000}) {
        docker::JsonStreamReader reader;
        PushProgressAggregator agg;
        QList<PushProgress> seen;
        for (qsizetype i = 0; i < stream.size(); i += chunk)
            QVERIFY(reader.feed(stream.mid(i, chunk), [&](const docker::JsonMessage& m) {
                if (agg.add(m))
                    seen << agg.progress();
            }));
        QVERIFY(reader.finish());
        QVERIFY(!reader.streamFailed());
        QCOMPARE(reader.auxDigest(),
                 QStringLiteral("sha256:cf9b5ec42a15fc731ea044b7b11063b97c1e2e79b42cc70fd80b38c5f9bca052"));
        QVERIFY(seen.size() > 4);
        qint64 previous = 0;
        for (const PushProgress& p : seen) {
            QVERIFY(p.bytesDone >= previous); // never goes backwards
            QVERIFY(p.bytesDone <= p.bytesTotal || p.bytesTotal == 0);
            previous = p.bytesDone;
        }
        const PushProgress last = agg.progress();
        QCOMPARE(last.layers, 2);
        QCOMPARE(last.layersDone, 2);
        QCOMPARE(last.bytesTotal, qint64(3000000 + 1982256));
        QCOMPARE(last.bytesDone, last.bytesTotal);
        QVERIFY(last.status.contains(QStringLiteral("digest: sha256:")));
    }
}

void tst_ImagePusher::replayUnauthorizedPush()
{
    QFile f(test::testDataDir() + QStringLiteral("/registry/push-unauthorized.jsonl"));
    QVERIFY(f.open(QIODevice::ReadOnly));
    docker::JsonStreamReader reader;
    PushProgressAggregator agg;
    QVERIFY(reader.feed(f.readAll(), [&](const docker::JsonMessage& m) { agg.add(m); }));
    QVERIFY(reader.streamFailed());
    const PushError e = ImagePusher::classify(reader.streamError(), QStringLiteral("127.0.0.1:46023"));
    QCOMPARE(e.kind, PushError::Kind::Unauthorized);
    QCOMPARE(e.message, QStringLiteral("unauthorized: authentication required"));
    QCOMPARE(agg.progress().layersDone, 0);
}

void tst_ImagePusher::layersAlreadyThere()
{
    const QByteArray stream =
        "{\"status\":\"Preparing\",\"id\":\"a\"}\n{\"status\":\"Preparing\",\"id\":\"b\"}\n"
        "{\"status\":\"Preparing\",\"id\":\"c\"}\n"
        "{\"status\":\"Layer already exists\",\"id\":\"a\"}\n"
        "{\"status\":\"Mounted from acme/other\",\"id\":\"b\"}\n"
        "{\"status\":\"Pushing\",\"progressDetail\":{\"current\":50,\"total\":200},\"id\":\"c\"}\n";
    docker::JsonStreamReader reader;
    PushProgressAggregator agg;
    QVERIFY(reader.feed(stream, [&](const docker::JsonMessage& m) { agg.add(m); }));
    const PushProgress p = agg.progress();
    QCOMPARE(p.layers, 3);
    QCOMPARE(p.layersDone, 2);
    QCOMPARE(p.bytesDone, qint64(50));
    QCOMPARE(p.bytesTotal, qint64(200));
    QCOMPARE(p.layersExisting, 2);
    const QLocale c = QLocale::c();
    QCOMPARE(p.text(c), QStringLiteral("2 of 3 layers, 50 bytes of 200 bytes (2 already in the registry)"));

    // Every layer already there: said so, not "0 bytes of 0 bytes".
    const QByteArray existing =
        "{\"status\":\"Preparing\",\"id\":\"a\"}\n{\"status\":\"Preparing\",\"id\":\"b\"}\n"
        "{\"status\":\"Layer already exists\",\"id\":\"a\"}\n"
        "{\"status\":\"Layer already exists\",\"id\":\"b\"}\n";
    docker::JsonStreamReader again;
    PushProgressAggregator all;
    QVERIFY(again.feed(existing, [&](const docker::JsonMessage& m) { all.add(m); }));
    QCOMPARE(all.progress().text(c), QStringLiteral("all 2 layers already in the registry"));
}

void tst_ImagePusher::toolsFromLabel_data()
{
    QTest::addColumn<QString>("label");
    QTest::addColumn<QStringList>("tools");
    QTest::newRow("objects") << "[{\"name\":\"a\",\"description\":\"x\"},{\"name\":\"b\"}]"
                             << QStringList{QStringLiteral("a"), QStringLiteral("b")};
    QTest::newRow("strings") << "[\"a\",\"b\"]" << QStringList{QStringLiteral("a"), QStringLiteral("b")};
    QTest::newRow("comma list") << "a, b" << QStringList{QStringLiteral("a"), QStringLiteral("b")};
    QTest::newRow("empty") << "" << QStringList();
    QTest::newRow("broken json") << "[{" << QStringList();
}

void tst_ImagePusher::toolsFromLabel()
{
    QFETCH(QString, label);
    QFETCH(QStringList, tools);
    QCOMPARE(registry::toolsFromLabel(label), tools);
}

void tst_ImagePusher::localImageFromSummary()
{
    docker::ImageSummary s;
    s.id = QStringLiteral("sha256:abc");
    s.repoTags = {QStringLiteral("127.0.0.1:5000/acme/weather:v1"), QStringLiteral("<none>:<none>"),
                  QStringLiteral("weather:v1"), QStringLiteral("weather:latest")};
    s.size = 42;
    s.labels = {{QStringLiteral("io.mcpdock.managed"), QStringLiteral("true")},
                {QStringLiteral("io.mcpdock.project"), QStringLiteral("weather")},
                {QStringLiteral("io.mcpdock.version"), QStringLiteral("1.0.0")},
                {QStringLiteral("io.mcpdock.tools"), QStringLiteral("[{\"name\":\"forecast\"}]")}};
    const LocalImage img = registry::localImageFromSummary(s);
    QCOMPARE(img.repository, QStringLiteral("weather"));
    QCOMPARE(img.tags, (QStringList{QStringLiteral("weather:v1"), QStringLiteral("weather:latest"),
                                    QStringLiteral("127.0.0.1:5000/acme/weather:v1")}));
    QCOMPARE(img.projectName, QStringLiteral("weather"));
    QCOMPARE(img.projectVersion, QStringLiteral("1.0.0"));
    QCOMPARE(img.tools, QStringList{QStringLiteral("forecast")});
    QCOMPARE(img.size, qint64(42));
}

QTEST_APPLESS_MAIN(tst_ImagePusher)
#include "tst_imagepusher.moc"
