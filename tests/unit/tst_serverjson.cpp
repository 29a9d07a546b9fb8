// The MCP Registry's server.json and docker/mcp-registry's server.yaml made from a manifest, and the
// validator that checks a server.json against the registry's schema (2025-12-11) and OCI rules.

#include "catalog/catalogentry.h"
#include "catalog/serverjson.h"
#include "manifest/manifestloader.h"
#include "testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

#include <yaml-cpp/yaml.h>

using namespace mcpdock;

namespace {

project::Project envServer()
{
    const auto m =
        manifest::loadManifest(test::testDataDir() + QStringLiteral("/projects/env-server/mcp.yaml"));
    if (!m)
        qFatal("%s", qPrintable(m.error().first().toString()));
    return *m;
}

QStringList problemStrings(const QList<catalog::ServerJsonProblem>& problems)
{
    QStringList s;
    for (const auto& p : problems)
        s << p.toString();
    return s;
}

QJsonObject validDocument()
{
    return QJsonDocument::fromJson(
               "{\n"
               "        \"$schema\": "
               "\"https://static.modelcontextprotocol.io/schemas/2025-12-11/server.schema.json\",\n"
               "        \"name\": \"io.github.acme/weather\", \"description\": \"Weather\", \"version\": "
               "\"1.2.0\",\n"
               "        \"packages\": [{\"registryType\": \"oci\", \"identifier\": "
               "\"ghcr.io/acme/weather:1.2.0\",\n"
               "                      \"transport\": {\"type\": \"stdio\"},\n"
               "                      \"environmentVariables\": [{\"name\": \"KEY\", \"isSecret\": true, "
               "\"isRequired\": true}]}]}")
        .object();
}

} // namespace

class TestServerJson : public QObject
{
    Q_OBJECT

private slots:
    void madeFromTheManifest()
    {
        const auto made =
            catalog::makeServerJson(envServer(), QStringLiteral("ghcr.io/mcpdock-test/env-server:2.1.0"));
        QVERIFY2(made.ok(),
                 made.ok() ? "" : qPrintable(problemStrings(made.error()).join(QLatin1Char('\n'))));
        const QJsonObject o = *made;
        QCOMPARE(o.value(QStringLiteral("$schema")).toString(), QLatin1String(catalog::ServerJsonSchema));
        QCOMPARE(o.value(QStringLiteral("name")).toString(),
                 QStringLiteral("io.github.mcpdock-test/env-server"));
        QCOMPARE(o.value(QStringLiteral("version")).toString(), QStringLiteral("2.1.0"));
        QCOMPARE(o.value(QStringLiteral("title")).toString(), QStringLiteral("Env server"));
        QCOMPARE(o.value(QStringLiteral("websiteUrl")).toString(),
                 QStringLiteral("https://mcpdock-test.example/env-server"));
        QCOMPARE(o.value(QStringLiteral("repository")).toObject().value(QStringLiteral("source")).toString(),
                 QStringLiteral("github"));
        const QJsonObject pkg = o.value(QStringLiteral("packages")).toArray().at(0).toObject();
        QCOMPARE(pkg.value(QStringLiteral("registryType")).toString(), QStringLiteral("oci"));
        QCOMPARE(pkg.value(QStringLiteral("identifier")).toString(),
                 QStringLiteral("ghcr.io/mcpdock-test/env-server:2.1.0"));
        QVERIFY(!pkg.contains(QStringLiteral("version"))); // the registry refuses it on OCI packages
        QCOMPARE(pkg.value(QStringLiteral("transport")).toObject().value(QStringLiteral("type")).toString(),
                 QStringLiteral("stdio"));
        const QJsonArray env = pkg.value(QStringLiteral("environmentVariables")).toArray();
        QCOMPARE(env.size(), 3);
        QCOMPARE(env.at(0).toObject().value(QStringLiteral("name")).toString(), QStringLiteral("API_TOKEN"));
        QVERIFY(env.at(0).toObject().value(QStringLiteral("isSecret")).toBool());
        QVERIFY(!env.at(0).toObject().contains(QStringLiteral("default")));
        QCOMPARE(env.at(2).toObject().value(QStringLiteral("format")).toString(), QStringLiteral("number"));
        QVERIFY(catalog::validateServerJson(o).isEmpty());
    }

    void dockerHubReferencesAreWrittenInFull()
    {
        const auto made = catalog::makeServerJson(envServer(), QStringLiteral("acme/env-server:2.1.0"));
        QVERIFY(made.ok());
        QCOMPARE(made->value(QStringLiteral("packages"))
                     .toArray()
                     .at(0)
                     .toObject()
                     .value(QStringLiteral("identifier"))
                     .toString(),
                 QStringLiteral("docker.io/acme/env-server:2.1.0"));
    }

    void whatTheRegistryNeedsIsNamed()
    {
        project::Project p = envServer();
        p.mcpName.clear();
        p.description = QString(101, QLatin1Char('x'));
        const auto made = catalog::makeServerJson(p, QStringLiteral("ghcr.io/acme/env-server:1.0.0"));
        QVERIFY(!made.ok());
        const QStringList s = problemStrings(made.error());
        QCOMPARE(s.size(), 2);
        QVERIFY2(s[0].startsWith(QStringLiteral("mcpName: the MCP Registry needs")), qPrintable(s[0]));
        QVERIFY2(s[1].startsWith(QStringLiteral("description: the MCP Registry takes at most 100")),
                 qPrintable(s[1]));
        // A registry it does not accept: the push target named, and where to push instead.
        const auto local =
            catalog::makeServerJson(envServer(), QStringLiteral("127.0.0.1:5000/acme/env-server:1.0.0"));
        QVERIFY(!local.ok());
        QCOMPARE(problemStrings(local.error()),
                 QStringList{QStringLiteral(
                     "packages[0].identifier: the MCP Registry accepts images on docker.io, ghcr.io "
                     "and *.pkg.dev only, not 127.0.0.1:5000; push the image to one of them")});
    }

    void validatorRefusals_data()
    {
        QTest::addColumn<QByteArray>("patch"); // JSON object merged into the package or the root
        QTest::addColumn<bool>("intoPackage");
        QTest::addColumn<QString>("expected");
        QTest::newRow("oci version") << QByteArray("{\"version\":\"1.2.0\"}") << true
                                     << QStringLiteral(
                                            "packages[0].version: an OCI package must not have version");
        QTest::newRow("oci registryBaseUrl")
            << QByteArray("{\"registryBaseUrl\":\"https://docker.io\"}") << true
            << QStringLiteral("packages[0].registryBaseUrl: an OCI package must not have");
        QTest::newRow("oci fileSha256")
            << QByteArray("{\"fileSha256\":\"abc\"}") << true
            << QStringLiteral("packages[0].fileSha256: must be 64 lowercase hex digits");
        QTest::newRow("registry") << QByteArray("{\"identifier\":\"quay.io/acme/weather:1\"}") << true
                                  << QStringLiteral(
                                         "packages[0].identifier: the MCP Registry accepts images on");
        QTest::newRow("no tag") << QByteArray("{\"identifier\":\"ghcr.io/acme/weather\"}") << true
                                << QStringLiteral(
                                       "packages[0].identifier: \"ghcr.io/acme/weather\" has no tag");
        QTest::newRow("transport") << QByteArray("{\"transport\":{\"type\":\"websocket\"}}") << true
                                   << QStringLiteral(
                                          "packages[0].transport.type: \"websocket\" is not one of");
        QTest::newRow("http url") << QByteArray("{\"transport\":{\"type\":\"streamable-http\"}}") << true
                                  << QStringLiteral("packages[0].transport.url: is required");
        QTest::newRow("secret default")
            << QByteArray("{\"environmentVariables\":[{\"name\":\"K\",\"isSecret\":true,\"default\":\"x\"}]}")
            << true << QStringLiteral("packages[0].environmentVariables[0].default: a secret must not have");
        QTest::newRow("env format")
            << QByteArray("{\"environmentVariables\":[{\"name\":\"K\",\"format\":\"int\"}]}") << true
            << QStringLiteral("packages[0].environmentVariables[0].format: \"int\" is not one of");
        QTest::newRow("name slash") << QByteArray("{\"name\":\"weather\"}") << false
                                    << QStringLiteral("name: \"weather\" is not reverse-DNS");
        QTest::newRow("description") << QByteArray("{\"description\":\"\"}") << false
                                     << QStringLiteral(
                                            "description: must be 1 to 100 characters long (it is 0)");
        QTest::newRow("version range") << QByteArray("{\"version\":\"^1.2.0\"}") << false
                                       << QStringLiteral("version: \"^1.2.0\" is a range");
        QTest::newRow("icon http") << QByteArray("{\"icons\":[{\"src\":\"http://x.example/i.png\"}]}")
                                   << false << QStringLiteral("icons[0].src: must be an https URL");
        QTest::newRow("repository") << QByteArray("{\"repository\":{\"url\":\"https://github.com/a/b\"}}")
                                    << false << QStringLiteral("repository.source: is required");
        QTest::newRow("missing version")
            << QByteArray("{\"version\":null}") << false << QStringLiteral("version: must be a string");
    }

    void validatorRefusals()
    {
        QFETCH(QByteArray, patch);
        QFETCH(bool, intoPackage);
        QFETCH(QString, expected);
        QJsonObject doc = validDocument();
        const QJsonObject p = QJsonDocument::fromJson(patch).object();
        QVERIFY(!p.isEmpty());
        if (intoPackage) {
            QJsonArray packages = doc.value(QStringLiteral("packages")).toArray();
            QJsonObject pkg = packages.at(0).toObject();
            for (auto it = p.begin(); it != p.end(); ++it)
                pkg.insert(it.key(), it.value());
            packages[0] = pkg;
            doc.insert(QStringLiteral("packages"), packages);
        } else {
            for (auto it = p.begin(); it != p.end(); ++it)
                doc.insert(it.key(), it.value());
        }
        QVERIFY(catalog::validateServerJson(validDocument()).isEmpty());
        const QStringList problems = problemStrings(catalog::validateServerJson(doc));
        QVERIFY2(!problems.isEmpty(), "accepted");
        QVERIFY2(problems.first().startsWith(expected), qPrintable(problems.join(QLatin1Char('\n'))));
    }

    // server.yaml read back with a YAML parser: the fields docker/mcp-registry's CONTRIBUTING.md names.
    void catalogEntry()
    {
        catalog::CatalogEntryOptions o;
        o.image = QStringLiteral("docker.io/acme/env-server:2.1.0");
        o.category = QStringLiteral("devops");
        o.commit = QString(40, QLatin1Char('a'));
        const auto e = catalog::makeCatalogEntry(envServer(), o);
        QVERIFY2(e.ok(), e.ok() ? "" : qPrintable(e.error().join(QLatin1Char('\n'))));
        const YAML::Node y = YAML::Load(e->serverYaml.toStdString());
        QCOMPARE(y["name"].as<std::string>(), std::string("env-server"));
        QCOMPARE(y["image"].as<std::string>(), std::string("acme/env-server"));
        QCOMPARE(y["type"].as<std::string>(), std::string("server"));
        QCOMPARE(y["meta"]["category"].as<std::string>(), std::string("devops"));
        QCOMPARE(y["about"]["title"].as<std::string>(), std::string("Env server"));
        QCOMPARE(y["source"]["project"].as<std::string>(),
                 std::string("https://github.com/mcpdock-test/env-server"));
        QCOMPARE(y["source"]["commit"].as<std::string>(), o.commit.toStdString());
        QCOMPARE(y["config"]["secrets"][0]["name"].as<std::string>(), std::string("env-server.api_token"));
        QCOMPARE(y["config"]["secrets"][0]["env"].as<std::string>(), std::string("API_TOKEN"));
        QCOMPARE(y["config"]["env"][0]["value"].as<std::string>(), std::string("{{env-server.greeting}}"));
        QCOMPARE(y["config"]["parameters"]["properties"]["retries"]["type"].as<std::string>(),
                 std::string("number"));
        const QJsonArray tools = QJsonDocument::fromJson(e->toolsJson.toUtf8()).array();
        QCOMPARE(tools.size(), 1);
        QCOMPARE(tools.at(0).toObject().value(QStringLiteral("name")).toString(), QStringLiteral("whoami"));

        o.category.clear();
        QVERIFY(!catalog::makeCatalogEntry(envServer(), o).ok());
    }
};

QTEST_GUILESS_MAIN(TestServerJson)
#include "tst_serverjson.moc"
