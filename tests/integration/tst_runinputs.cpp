// What an image declares about itself for catalogs and for whoever runs it, on the real test
// daemon: the MCP Registry ownership label only with mcpName, Docker's gateway metadata in the
// gateway's shape, and `mcpdock run` supplying the declared inputs (a secret from the environment or
// the keychain, never from the command line) with no container left afterwards.

#include "catalog/serverjson.h"
#include "docker/endpoint.h"
#include "docker/engineclient.h"
#include "dockerfile/labels.h"
#include "registry/keychainstore.h"
#include "secretservice.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <unistd.h>
#include <yaml-cpp/yaml.h>

using namespace mcpdock;

namespace {

constexpr char Token[] = "s3cr3t-t0ken";

QString binary()
{
    return QStringLiteral(MCPDOCK_BINARY_DIR "/app/mcpdock");
}

// The fields of the gateway's catalog entry (docker/mcp-gateway pkg/catalog/types.go, Server) and
// what kind of YAML node each is; the gateway reads the label into that struct.
const QMap<QString, YAML::NodeType::value>& gatewayFields()
{
    static const QMap<QString, YAML::NodeType::value> fields{
        {QStringLiteral("name"), YAML::NodeType::Scalar},
        {QStringLiteral("type"), YAML::NodeType::Scalar},
        {QStringLiteral("image"), YAML::NodeType::Scalar},
        {QStringLiteral("description"), YAML::NodeType::Scalar},
        {QStringLiteral("title"), YAML::NodeType::Scalar},
        {QStringLiteral("icon"), YAML::NodeType::Scalar},
        {QStringLiteral("readme"), YAML::NodeType::Scalar},
        {QStringLiteral("longLived"), YAML::NodeType::Scalar},
        {QStringLiteral("remote"), YAML::NodeType::Map},
        {QStringLiteral("oauth"), YAML::NodeType::Map},
        {QStringLiteral("secrets"), YAML::NodeType::Sequence},
        {QStringLiteral("env"), YAML::NodeType::Sequence},
        {QStringLiteral("command"), YAML::NodeType::Sequence},
        {QStringLiteral("volumes"), YAML::NodeType::Sequence},
        {QStringLiteral("user"), YAML::NodeType::Scalar},
        {QStringLiteral("disableNetwork"), YAML::NodeType::Scalar},
        {QStringLiteral("allowHosts"), YAML::NodeType::Sequence},
        {QStringLiteral("tools"), YAML::NodeType::Sequence},
        {QStringLiteral("config"), YAML::NodeType::Sequence},
        {QStringLiteral("prefix"), YAML::NodeType::Scalar},
        {QStringLiteral("metadata"), YAML::NodeType::Map}};
    return fields;
}

QStringList keysOf(const YAML::Node& map)
{
    QStringList keys;
    for (const auto& kv : map)
        keys << QString::fromStdString(kv.first.as<std::string>());
    return keys;
}

} // namespace

class TestRunInputs : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_run = QUuid::createUuid().toString(QUuid::Id128).left(8);
    QString m_name;       // the env-server copy's project name
    QString m_image;      // its tag
    QString m_plainImage; // weather-js, which has no mcpName
    std::unique_ptr<docker::EngineClient> m_client;

    QProcessEnvironment env() const
    {
        QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
        e.insert(QStringLiteral("DOCKER_HOST"), test::testEnv().dockerHost);
        e.remove(QStringLiteral("API_TOKEN"));
        return e;
    }

    void build(const QString& dir, const QString& tag)
    {
        QProcess p;
        p.setProcessEnvironment(env());
        p.setProcessChannelMode(QProcess::MergedChannels);
        p.start(binary(), {QStringLiteral("build"), dir, QStringLiteral("--tag"), tag});
        QVERIFY(p.waitForFinished(600000));
        QVERIFY2(p.exitCode() == 0, p.readAll().constData());
    }

    QJsonObject labels(const QString& image)
    {
        const auto inspected = m_client->inspectImage(image);
        if (!inspected)
            qWarning() << inspected.error().message;
        return inspected ? inspected->value(QStringLiteral("Config"))
                               .toObject()
                               .value(QStringLiteral("Labels"))
                               .toObject()
                         : QJsonObject{};
    }

    struct RunResult
    {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
    };

    // mcpdock run with an MCP conversation on stdin: initialize, then one call of whoami.
    RunResult run(const QStringList& extra, const QProcessEnvironment& environment,
                  bool detachTerminal = true)
    {
        QProcess p;
        p.setProcessEnvironment(environment);
        if (detachTerminal) // no controlling terminal, as under an MCP client: nobody to ask
            p.setChildProcessModifier([] { ::setsid(); });
        p.start(binary(), QStringList{QStringLiteral("run"), m_image} + extra);
        if (!p.waitForStarted(10000))
            return {};
        p.write(
            R"({"jsonrpc":"2.0","id":1,"method":"initialize","params":{"protocolVersion":"2025-06-18","capabilities":{},"clientInfo":{"name":"tst","version":"1"}}})"
            "\n"
            R"({"jsonrpc":"2.0","method":"notifications/initialized"})"
            "\n"
            R"({"jsonrpc":"2.0","id":2,"method":"tools/call","params":{"name":"whoami","arguments":{}}})"
            "\n");
        p.closeWriteChannel();
        p.waitForFinished(120000);
        return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(),
                p.readAllStandardError()};
    }

    static QString callResult(const QByteArray& out)
    {
        for (const QByteArray& line : out.split('\n')) {
            const QJsonObject o = QJsonDocument::fromJson(line).object();
            if (o.value(QStringLiteral("id")).toInt() == 2)
                return o.value(QStringLiteral("result"))
                    .toObject()
                    .value(QStringLiteral("content"))
                    .toArray()
                    .at(0)
                    .toObject()
                    .value(QStringLiteral("text"))
                    .toString();
        }
        return {};
    }

    void noRunContainerLeft()
    {
        const auto containers = m_client->listContainers(true, {QStringLiteral("label=io.mcpdock.run=true")});
        QVERIFY(containers.ok());
        for (const docker::ContainerSummary& c : *containers)
            QVERIFY2(c.image != m_image,
                     qPrintable(QStringLiteral("container %1 of %2 was left").arg(c.id, c.image)));
    }

private slots:
    void initTestCase()
    {
        MCPDOCK_REQUIRE_TESTENV();
        const auto endpoint = docker::parseHost(test::testEnv().dockerHost, QStringLiteral("test"));
        QVERIFY(endpoint.ok());
        m_client = std::make_unique<docker::EngineClient>(*endpoint);

        m_name = QStringLiteral("env-server-") + m_run;
        const QString project = m_dir.filePath(m_name);
        QVERIFY(test::copyProjectTree(test::testDataDir() + QStringLiteral("/projects/env-server"), project));
        QFile manifest(project + QStringLiteral("/mcp.yaml"));
        QVERIFY(manifest.open(QIODevice::ReadWrite));
        QByteArray text =
            manifest.readAll().replace("name: env-server\n", QByteArray("name: " + m_name.toUtf8() + '\n'));
        manifest.resize(0);
        manifest.write(text);
        manifest.close();
        m_image = m_name + QStringLiteral(":test");
        build(project, m_image);

        const QString plain =
            test::copyExample(QStringLiteral("weather-js"), QStringLiteral("plain-") + m_run, m_dir.path());
        QVERIFY(!plain.isEmpty());
        m_plainImage = QStringLiteral("plain-%1:test").arg(m_run);
        build(plain, m_plainImage);
    }

    void cleanupTestCase()
    {
        if (!m_client)
            return;
        for (const QString& image : {m_image, m_plainImage})
            if (!image.isEmpty())
                m_client->removeImage(image, true);
    }

    void registryLabelOnlyWithMcpName()
    {
        QCOMPARE(labels(m_image).value(QLatin1String(dockerfile::labels::McpServerName)).toString(),
                 QStringLiteral("io.github.mcpdock-test/env-server"));
        const QJsonObject plain = labels(m_plainImage);
        QVERIFY(!plain.isEmpty());
        QVERIFY(!plain.contains(QLatin1String(dockerfile::labels::McpServerName)));
    }

    void declaredInputsLabelHasNoSecretValue()
    {
        const QJsonArray env =
            QJsonDocument::fromJson(
                labels(m_image).value(QLatin1String(dockerfile::labels::Env)).toString().toUtf8())
                .array();
        QCOMPARE(env.size(), 3);
        const QJsonObject token = env.at(0).toObject();
        QCOMPARE(token.value(QStringLiteral("name")).toString(), QStringLiteral("API_TOKEN"));
        QVERIFY(token.value(QStringLiteral("secret")).toBool());
        QVERIFY(token.value(QStringLiteral("required")).toBool());
        QVERIFY(!token.contains(QStringLiteral("default")));
        QCOMPARE(env.at(1).toObject().value(QStringLiteral("default")).toString(), QStringLiteral("hello"));
    }

    // The gateway parses the label as YAML into its Server struct: every key must be one of its
    // fields, of the right kind, and secrets/env in its {name, env} / {name, value} shapes.
    void gatewayMetadataHasTheGatewaysShape()
    {
        const QString text =
            labels(m_image).value(QLatin1String(dockerfile::labels::DockerServerMetadata)).toString();
        QVERIFY(!text.isEmpty());
        YAML::Node node;
        try {
            node = YAML::Load(text.toStdString());
        } catch (const YAML::Exception& e) {
            QFAIL(e.what());
        }
        QVERIFY(node.IsMap());
        for (const QString& key : keysOf(node)) {
            QVERIFY2(gatewayFields().contains(key),
                     qPrintable(QStringLiteral("%1 is not a field of the gateway's Server").arg(key)));
            QCOMPARE(int(node[key.toStdString()].Type()), int(gatewayFields().value(key)));
        }
        QCOMPARE(QString::fromStdString(node["name"].as<std::string>()), m_name);
        QCOMPARE(QString::fromStdString(node["type"].as<std::string>()), QStringLiteral("server"));
        QCOMPARE(node["secrets"].size(), std::size_t(1));
        QCOMPARE(keysOf(node["secrets"][0]), (QStringList{QStringLiteral("env"), QStringLiteral("name")}));
        QCOMPARE(QString::fromStdString(node["secrets"][0]["env"].as<std::string>()),
                 QStringLiteral("API_TOKEN"));
        QCOMPARE(QString::fromStdString(node["secrets"][0]["name"].as<std::string>()),
                 m_name + QStringLiteral(".api_token"));
        for (const auto& e : node["env"])
            QCOMPARE(keysOf(e), (QStringList{QStringLiteral("name"), QStringLiteral("value")}));
        QCOMPARE(node["tools"].size(), std::size_t(1));
        QCOMPARE(QString::fromStdString(node["tools"][0]["name"].as<std::string>()),
                 QStringLiteral("whoami"));
        QVERIFY(!text.contains(QLatin1String(Token)));
    }

    // push --server-json has only the image: its labels must carry what server.json needs.
    void serverJsonFromTheImagesLabels()
    {
        const auto inspected = m_client->inspectImage(m_image);
        QVERIFY(inspected.ok());
        const project::Project p = catalog::projectFromImage(*inspected);
        QCOMPARE(p.name, m_name);
        QCOMPARE(p.title, QStringLiteral("Env server"));
        QCOMPARE(p.homepage, QStringLiteral("https://mcpdock-test.example/env-server"));
        const QString digest = QStringLiteral("sha256:") + QString(64, QLatin1Char('0'));
        const auto made =
            catalog::makeServerJson(p, QStringLiteral("ghcr.io/mcpdock-test/env-server:2.1.0@") + digest);
        QVERIFY(made.ok());
        QCOMPARE(made->value(QStringLiteral("name")).toString(),
                 QStringLiteral("io.github.mcpdock-test/env-server"));
        const QJsonObject pkg = made->value(QStringLiteral("packages")).toArray().at(0).toObject();
        QCOMPARE(pkg.value(QStringLiteral("identifier")).toString(),
                 QStringLiteral("ghcr.io/mcpdock-test/env-server:2.1.0@") + digest);
        QCOMPARE(pkg.value(QStringLiteral("environmentVariables")).toArray().size(), 3);
        QVERIFY(catalog::validateServerJson(*made).isEmpty());
    }

    void runTakesTheSecretFromTheEnvironment()
    {
        QProcessEnvironment e = env();
        e.insert(QStringLiteral("API_TOKEN"), QLatin1String(Token));
        const RunResult r = run({QStringLiteral("-e"), QStringLiteral("GREETING=moin")}, e);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(callResult(r.out), QStringLiteral("moin; token ok; retries 3"));
        // The client configuration names the inputs, never the secret's value.
        QVERIFY2(r.err.contains("\"mcpServers\""), r.err.constData());
        QVERIFY(r.err.contains("<your API_TOKEN>"));
        QVERIFY(!r.err.contains(Token));
        QVERIFY(!r.out.contains(Token));
        noRunContainerLeft();
    }

    void runRefusesASecretOnTheCommandLine()
    {
        const RunResult r =
            run({QStringLiteral("-e"), QStringLiteral("API_TOKEN=%1").arg(QLatin1String(Token))}, env());
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("never taken from the command line"), r.err.constData());
    }

    void runWithoutTheSecretSaysWhatToDo()
    {
        const RunResult r = run({}, env());
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("needs API_TOKEN") && r.err.contains("no terminal"), r.err.constData());
        QVERIFY(callResult(r.out).isEmpty());
        noRunContainerLeft();
    }

    void runTakesTheSecretFromTheKeychain()
    {
        test::SecretService secrets;
        const QString problem = secrets.start();
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        const registry::KeychainStore keychain(QString::fromLatin1(registry::KeychainStore::DefaultService),
                                               registry::KeychainStore::Kind::ServerSecret);
        const auto saved = keychain.writeSecret(m_name + QStringLiteral("/API_TOKEN"), QLatin1String(Token));
        QVERIFY2(saved.ok(), saved.ok() ? "" : qPrintable(saved.error().message));
        QProcessEnvironment e = env();
        e.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), secrets.busAddress());
        const RunResult r = run({}, e);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(callResult(r.out), QStringLiteral("hello; token ok; retries 3"));
        noRunContainerLeft();
    }

    void printConfigOnly()
    {
        QProcess p;
        p.setProcessEnvironment(env());
        p.start(binary(), {QStringLiteral("run"), m_image, QStringLiteral("--print-config")});
        QVERIFY(p.waitForFinished(60000));
        QCOMPARE(p.exitCode(), 0);
        const QJsonObject server = QJsonDocument::fromJson(p.readAllStandardOutput())
                                       .object()
                                       .value(QStringLiteral("mcpServers"))
                                       .toObject()
                                       .value(m_name)
                                       .toObject();
        QCOMPARE(server.value(QStringLiteral("command")).toString(), QStringLiteral("docker"));
        const QStringList args = server.value(QStringLiteral("args")).toVariant().toStringList();
        QCOMPARE(args.mid(0, 5),
                 (QStringList{QStringLiteral("run"), QStringLiteral("-i"), QStringLiteral("--rm"),
                              QStringLiteral("--network"), QStringLiteral("none")}));
        QCOMPARE(args.last(), m_image);
        QVERIFY(args.contains(QStringLiteral("API_TOKEN")));
    }
};

QTEST_GUILESS_MAIN(TestRunInputs)
#include "tst_runinputs.moc"
