// Servers with their own command, built on the test daemon: a published npm package
// (npm:@modelcontextprotocol/server-memory, resolved with npm view, installed from the npm registry
// through --network host), an SDK-based TypeScript folder without mcp.yaml (examples/hello-sdk-ts),
// and a server that does not answer (no tag, nothing left). Each image is then spoken to with the
// official SDK client (tests/sdkclient, npm ci'd here) over `docker run -i`.
#include "buildtestbase.h"

#include "dockerfile/labels.h"
#include "project/projectloader.h"

#include <QJsonDocument>
#include <QProcessEnvironment>

class TestSdkBuild : public BuildTestBase
{
    Q_OBJECT

    QTemporaryDir m_clientDir;

    // Runs the SDK client against image: lists the tools, calls tool with args. The parsed JSON line.
    QJsonObject callWithSdkClient(const QString& image, const QString& tool, const QJsonObject& args)
    {
        QProcess node;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("DOCKER_HOST"), test::testEnv().dockerHost);
        node.setProcessEnvironment(env);
        node.setWorkingDirectory(m_clientDir.path());
        node.start(QStringLiteral("node"),
                   {QStringLiteral("client.mjs"), image, tool,
                    QString::fromUtf8(QJsonDocument(args).toJson(QJsonDocument::Compact))});
        if (!node.waitForFinished(180000)) {
            node.kill();
            node.waitForFinished();
            qWarning("the SDK client did not finish within 180 s");
            return {};
        }
        const QByteArray out = node.readAllStandardOutput();
        if (node.exitCode() != 0)
            qWarning("SDK client exit %d: %s %s", node.exitCode(), out.constData(),
                     node.readAllStandardError().constData());
        return QJsonDocument::fromJson(out.trimmed().split('\n').last()).object();
    }

    QJsonObject labelsOf(const QString& image)
    {
        docker::EngineClient client(m_endpoint);
        auto inspected = client.inspectImage(image);
        if (!inspected)
            return {};
        return inspected->value(QStringLiteral("Config"))
            .toObject()
            .value(QStringLiteral("Labels"))
            .toObject();
    }

    QString text(const QJsonObject& called)
    {
        return called.value(QStringLiteral("result"))
            .toObject()
            .value(QStringLiteral("content"))
            .toArray()
            .at(0)
            .toObject()
            .value(QStringLiteral("text"))
            .toString();
    }

private slots:
    void initTestCase()
    {
        baseInit();
        QVERIFY(test::copyProjectTree(test::sourceDir() + QStringLiteral("/tests/sdkclient"),
                                      m_clientDir.path()));
        QProcess npm;
        npm.setWorkingDirectory(m_clientDir.path());
        npm.start(QStringLiteral("npm"),
                  {QStringLiteral("ci"), QStringLiteral("--no-audit"), QStringLiteral("--no-fund")});
        QVERIFY2(npm.waitForFinished(300000), "npm ci of tests/sdkclient did not finish in 5 minutes");
        QVERIFY2(npm.exitCode() == 0,
                 qPrintable(QStringLiteral(
                                "npm ci of tests/sdkclient failed (the npm registry must be reachable): ") +
                            QString::fromUtf8(npm.readAllStandardError())));
    }
    void cleanupTestCase() { baseCleanup(); }

    void npmPackage()
    {
        const auto loaded =
            project::loadProject(QStringLiteral("npm:@modelcontextprotocol/server-memory@2026.8.31"));
        QVERIFY2(loaded.ok(), loaded.ok() ? "" : qPrintable(loaded.error().first().toString()));
        QCOMPARE(loaded->package.resolvedVersion, QStringLiteral("2026.8.31"));
        QCOMPARE(loaded->package.bin, QStringLiteral("mcp-server-memory"));

        const QString tag = QStringLiteral("mcpdock-itest-%1/server-memory:latest").arg(m_run);
        ImageBuildOptions o = options();
        o.networkMode = QStringLiteral("host");
        o.tags = {tag};
        o.writeLog = false;
        const auto built = ImageBuilder(o).build(*loaded);
        QVERIFY2(built.ok(), built.ok() ? "" : qPrintable(built.error().message));
        m_tagsToRemove << tag;
        QVERIFY2(built->discoveredTools.contains(QStringLiteral("create_entities")),
                 qPrintable(built->discoveredTools.join(QLatin1Char(','))));

        // The labels list the real tools and the exact version installed.
        const QJsonObject labels = labelsOf(tag);
        const QStringList labelled = mcp::McpVerifier::toolsFromLabel(
            labels.value(QLatin1String(dockerfile::labels::Tools)).toString());
        QCOMPARE(labelled, built->discoveredTools);
        QCOMPARE(labels.value(QLatin1String(dockerfile::labels::Package)).toString(),
                 QStringLiteral("npm:@modelcontextprotocol/server-memory@2026.8.31"));
        QCOMPARE(labels.value(QLatin1String(dockerfile::labels::OciVersion)).toString(),
                 QStringLiteral("2026.8.31"));

        // The official SDK client lists the tools and calls one.
        const QJsonObject called = callWithSdkClient(
            tag, QStringLiteral("create_entities"),
            QJsonObject{{QStringLiteral("entities"),
                         QJsonArray{QJsonObject{
                             {QStringLiteral("name"), QStringLiteral("Dock")},
                             {QStringLiteral("entityType"), QStringLiteral("app")},
                             {QStringLiteral("observations"), QJsonArray{QStringLiteral("builds")}}}}}});
        QVERIFY2(called.value(QStringLiteral("tools")).toArray().contains(QStringLiteral("read_graph")),
                 QJsonDocument(called).toJson().constData());
        QVERIFY2(text(called).contains(QLatin1String("\"name\": \"Dock\"")), qPrintable(text(called)));

        // mcpdock verify accepts it: the server lists what the label says.
        const auto verified = mcp::McpVerifier(m_endpoint).verify(tag);
        QVERIFY2(verified.ok(), verified.ok() ? "" : qPrintable(verified.error().message));
        QVERIFY(verified->matches());
    }

    void sdkFolderWithoutManifest()
    {
        QTemporaryDir dir;
        const QString project = dir.filePath(QStringLiteral("hello-sdk-ts"));
        QVERIFY(test::copyProjectTree(test::sourceDir() + QStringLiteral("/examples/hello-sdk-ts"), project));
        const auto loaded = project::loadProject(project);
        QVERIFY2(loaded.ok(), loaded.ok() ? "" : qPrintable(loaded.error().first().toString()));
        QCOMPARE(loaded->kind, project::Project::Kind::SdkServer);

        const QString tag = QStringLiteral("mcpdock-itest-%1/hello-sdk-ts:latest").arg(m_run);
        ImageBuildOptions o = options();
        o.networkMode = QStringLiteral("host");
        o.tags = {tag};
        const auto built = ImageBuilder(o).build(*loaded);
        QVERIFY2(built.ok(), built.ok() ? "" : qPrintable(built.error().message));
        m_tagsToRemove << tag;
        QCOMPARE(built->discoveredTools, (QStringList{QStringLiteral("greet"), QStringLiteral("add")}));

        const QJsonObject called = callWithSdkClient(
            tag, QStringLiteral("greet"), QJsonObject{{QStringLiteral("name"), QStringLiteral("Dock")}});
        QCOMPARE(text(called), QStringLiteral("Hello, Dock!"));
        const auto verified = mcp::McpVerifier(m_endpoint).verify(tag);
        QVERIFY2(verified.ok(), verified.ok() ? "" : qPrintable(verified.error().message));
    }

    // PyPI cannot be reached here: a local index (tests/support/localpyindex.py, a wheel made on the
    // spot of tests/data/sdk/py-stdio-kit) serves the server's package; the user's pip.conf names it
    // and reaches the builder stage only.
    void pythonServerFromLocalIndex()
    {
        QTemporaryDir indexDir;
        QProcess index;
        index.start(QStringLiteral("python3"),
                    {test::sourceDir() + QStringLiteral("/tests/support/localpyindex.py"),
                     test::testDataDir() + QStringLiteral("/sdk/py-stdio-kit"), indexDir.path()});
        struct Stop
        {
            QProcess& p;
            ~Stop()
            {
                p.kill();
                p.waitForFinished(5000);
            }
        } stop{index};
        QVERIFY2(index.waitForReadyRead(30000), index.readAllStandardError().constData());
        const QString url = QString::fromUtf8(index.readLine()).trimmed();
        QVERIFY2(url.startsWith(QLatin1String("http://127.0.0.1:")), qPrintable(url));

        QTemporaryDir dir;
        buildtest::writeFile(
            dir.filePath(QStringLiteral("mcp.yaml")),
            "name: hello-stdio\nversion: 0.1.0\nserver:\n  command: [hello-stdio]\n  language: python\n");
        buildtest::writeFile(dir.filePath(QStringLiteral("requirements.txt")),
                             "mcpdock-hello-stdio==0.1.0\n");
        QTemporaryDir home; // the user's pip.conf lives outside the project
        buildtest::writeFile(home.filePath(QStringLiteral("pip.conf")),
                             QStringLiteral("[global]\nindex-url = %1\n").arg(url).toUtf8());
        qputenv("PIP_CONFIG_FILE", home.filePath(QStringLiteral("pip.conf")).toLocal8Bit());
        const auto loaded = project::loadProject(dir.path());
        qunsetenv("PIP_CONFIG_FILE");
        QVERIFY2(loaded.ok(), loaded.ok() ? "" : qPrintable(loaded.error().first().toString()));
        QVERIFY(loaded->server.pipConf.contains(url.toUtf8()));

        const QString tag = QStringLiteral("mcpdock-itest-%1/hello-stdio:latest").arg(m_run);
        ImageBuildOptions o = options();
        o.networkMode = QStringLiteral("host"); // the index listens on the host's 127.0.0.1
        o.tags = {tag};
        const auto built = ImageBuilder(o).build(*loaded);
        QVERIFY2(built.ok(), built.ok() ? "" : qPrintable(built.error().message));
        m_tagsToRemove << tag;
        QCOMPARE(built->discoveredTools, QStringList{QStringLiteral("shout")});

        const QJsonObject called = callWithSdkClient(
            tag, QStringLiteral("shout"), QJsonObject{{QStringLiteral("text"), QStringLiteral("hi")}});
        QCOMPARE(text(called), QStringLiteral("HI"));
        // The index URL was in the builder stage only.
        QProcess docker;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("DOCKER_HOST"), test::testEnv().dockerHost);
        docker.setProcessEnvironment(env);
        docker.start(
            QStringLiteral("docker"),
            {QStringLiteral("run"), QStringLiteral("--rm"), QStringLiteral("--network"),
             QStringLiteral("none"), QStringLiteral("--entrypoint"), QStringLiteral("/bin/sh"), tag,
             QStringLiteral("-c"),
             QStringLiteral("grep -rqs 127.0.0.1 /etc/pip.conf /app /opt/venv/pip.conf || echo clean")});
        QVERIFY(docker.waitForFinished(120000));
        QCOMPARE(QString::fromUtf8(docker.readAllStandardOutput()).trimmed(), QStringLiteral("clean"));
    }

    void serverThatDoesNotAnswerLeavesNoTag()
    {
        QTemporaryDir dir;
        buildtest::writeFile(dir.filePath(QStringLiteral("mcp.yaml")),
                             "name: silent\nversion: 1.0.0\nserver:\n  command: [node, index.js]\n");
        buildtest::writeFile(dir.filePath(QStringLiteral("index.js")),
                             "console.error('boom: the server cannot start');\n"
                             "console.error('second line');\nprocess.exit(3);\n");
        const auto loaded = project::loadProject(dir.path());
        QVERIFY2(loaded.ok(), loaded.ok() ? "" : qPrintable(loaded.error().first().toString()));

        const QString tag = QStringLiteral("mcpdock-itest-%1/silent:latest").arg(m_run);
        ImageBuildOptions o = options();
        o.tags = {tag};
        buildtest::Recorder rec;
        ImageBuilder builder(o);
        builder.setEventHandler([&rec](const BuildEvent& e) { rec(e); });
        const auto built = builder.build(*loaded);
        QVERIFY(!built.ok());
        QCOMPARE(built.error().kind, BuildFailure::Kind::Discovery);
        QVERIFY2(
            built.error().message.contains(QLatin1String("Its stderr began: boom: the server cannot start | "
                                                         "second line")),
            qPrintable(built.error().message));
        // The recorder counts the " ---> ID" of the second stage's FROM as made by this build; it is the
        // base image (tagged node:...), which stays.
        docker::EngineClient client(m_endpoint);
        for (const QString& id : QStringList(rec.createdImages))
            if (auto i = client.inspectImage(id);
                i && !i->value(QStringLiteral("RepoTags")).toArray().isEmpty())
                rec.createdImages.removeAll(id);
        assertNothingLeft(rec, {tag});
    }
};

MCPDOCK_BUILDTEST_MAIN(TestSdkBuild)
#include "tst_sdkbuild.moc"
