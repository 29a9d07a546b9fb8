// The Try session against a real built image: initialize, tools/list, tools/call with real
// arguments, notifications and traffic, and no container left afterwards (McpSession, its worker
// thread, and the `mcpdock try` verb).
#include "buildtestbase.h"

#include "cli.h"
#include "commands.h"
#include "mcp/mcpsession.h"
#include "mcp/mcpsessionthread.h"

#include <QBuffer>

using namespace mcpdock;
using namespace mcpdock::mcp;
using namespace buildtest;

class TestTry : public BuildTestBase
{
    Q_OBJECT

public:
    static QList<QJsonObject> documents(const QByteArray& out);

private slots:
    void initTestCase();
    void cleanupTestCase() { baseCleanup(); }
    void sessionListsAndCallsTools();
    void sessionThreadRemovesContainer();
    void sessionResourcesPromptsNotificationsPages();
    void cliTryInProcess();
    void cliTryBinary();

private:
    // Containers on the test daemon made from m_image (running or not).
    QStringList containersOfImage();

    QString m_image;
};

void TestTry::initTestCase()
{
    baseInit();
    QTemporaryDir dir;
    const project::Project m = copyAndLoad(QStringLiteral("weather-js"), dir);
    ImageBuildOptions o = options();
    m_image = QStringLiteral("mcpdock-itest-%1/try:latest").arg(m_run);
    o.tags = {m_image};
    const auto r = buildMCPImage(m, o);
    QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().message));
    m_tagsToRemove << m_image;
}

QStringList TestTry::containersOfImage()
{
    docker::EngineClient client(m_endpoint);
    auto containers = client.listContainers(true);
    if (!containers) {
        qWarning() << containers.error().message;
        return {QStringLiteral("<cannot list containers>")};
    }
    QStringList ids;
    for (const auto& c : *containers)
        if (c.image == m_image)
            ids << c.id;
    return ids;
}

void TestTry::sessionListsAndCallsTools()
{
    McpSession session(m_endpoint);
    QSignalSpy traffic(&session, &McpSession::traffic);
    StdioContainerOptions run;
    run.image = m_image;
    run.env = {QStringLiteral("MCPDOCK_TRY_TEST=1")};
    const auto info = session.start(run);
    QVERIFY2(info.ok(), info.ok() ? "" : qPrintable(info.error().message));
    QCOMPARE(info->name, QStringLiteral("weather-js"));
    QCOMPARE(info->protocolVersion, QStringLiteral("2025-11-25"));
    QVERIFY(info->capabilities.contains(QStringLiteral("tools")));
    QVERIFY(!session.containerId().isEmpty());
    QCOMPARE(containersOfImage(), QStringList{session.containerId()});

    const auto tools = session.listTools();
    QVERIFY2(tools.ok(), tools.ok() ? "" : qPrintable(tools.error().message));
    QStringList names;
    for (const QJsonValue& t : tools->result.value(QStringLiteral("tools")).toArray())
        names << t.toObject().value(QStringLiteral("name")).toString();
    names.sort();
    QCOMPARE(names, (QStringList{QStringLiteral("convert_temperature"), QStringLiteral("dew_point"),
                                 QStringLiteral("station_info")}));
    QVERIFY(!tools->result.contains(QStringLiteral("nextCursor")));

    const auto called = session.callTool(QStringLiteral("convert_temperature"),
                                         QJsonObject{{QStringLiteral("value"), 100},
                                                     {QStringLiteral("from"), QStringLiteral("celsius")},
                                                     {QStringLiteral("to"), QStringLiteral("fahrenheit")}});
    QVERIFY2(called.ok(), called.ok() ? "" : qPrintable(called.error().message));
    QVERIFY(!called->isError());
    const QString text = called->result.value(QStringLiteral("content"))
                             .toArray()
                             .first()
                             .toObject()
                             .value(QStringLiteral("text"))
                             .toString();
    QCOMPARE(text, QStringLiteral("100 °C = 212 °F"));
    QVERIFY(called->elapsedMs >= 0);

    // A tool's own failure is a result with isError, not a protocol error.
    const auto below = session.callTool(QStringLiteral("convert_temperature"),
                                        QJsonObject{{QStringLiteral("value"), -500},
                                                    {QStringLiteral("from"), QStringLiteral("celsius")},
                                                    {QStringLiteral("to"), QStringLiteral("kelvin")}});
    QVERIFY2(below.ok(), below.ok() ? "" : qPrintable(below.error().message));
    QVERIFY(below->isError());

    // An unknown method is the server's JSON-RPC error, named.
    const auto unknown = session.request(QStringLiteral("no/such"), {});
    QVERIFY(!unknown.ok());
    QCOMPARE(unknown.error().kind, McpError::Kind::Rpc);
    QVERIFY2(unknown.error().message.contains(QStringLiteral("no/such")),
             qPrintable(unknown.error().message));

    // Every line both ways went to the traffic signal: initialize first.
    QVERIFY(traffic.size() >= 8);
    QCOMPARE(traffic.first().at(0).toBool(), true);
    QVERIFY(traffic.first().at(1).toByteArray().contains("\"initialize\""));

    session.stop();
    QVERIFY(session.containerId().isEmpty());
    QCOMPARE(containersOfImage(), QStringList());
    QCOMPARE(session.listTools().error().kind, McpError::Kind::Exited);
}

void TestTry::sessionThreadRemovesContainer()
{
    {
        McpSessionThread worker(m_endpoint);
        QSignalSpy started(&worker, &McpSessionThread::started);
        QSignalSpy finished(&worker, &McpSessionThread::finished);
        StdioContainerOptions run;
        run.image = m_image;
        worker.start(run);
        QVERIFY(started.wait(120000));
        QCOMPARE(started.first().at(0).value<ServerInfo>().name, QStringLiteral("weather-js"));
        const int ticket = worker.submit(McpSessionThread::Op::CallTool, QStringLiteral("station_info"),
                                         QJsonObject{{QStringLiteral("id"), QStringLiteral("EDDB")}});
        QVERIFY(finished.wait(120000));
        QCOMPARE(finished.first().at(0).toInt(), ticket);
        const auto r = finished.first().at(2).value<CallResult>();
        QVERIFY2(r.result.value(QStringLiteral("content"))
                     .toArray()
                     .first()
                     .toObject()
                     .value(QStringLiteral("text"))
                     .toString()
                     .startsWith(QStringLiteral("EDDB: Berlin")),
                 QJsonDocument(r.result).toJson().constData());
        QCOMPARE(containersOfImage().size(), 1);
        // Destroyed while running: the destructor removes the container.
    }
    QCOMPARE(containersOfImage(), QStringList());
}

void TestTry::sessionResourcesPromptsNotificationsPages()
{
    // weather-js with a tool that logs and reports progress, a resource and a prompt.
    QTemporaryDir dir;
    const QString project = dir.path() + QStringLiteral("/weather-js");
    QVERIFY(test::copyProjectTree(test::sourceDir() + QStringLiteral("/examples/weather-js"), project));
    writeFile(project + QStringLiteral("/tools/report.js"), R"JS(
module.exports = {
  description: 'Logs, reports progress, answers',
  inputSchema: { type: 'object', properties: { n: { type: 'integer' } }, required: ['n'] },
  handler({ n }, context) {
    context.log('info', `working on ${n}`);
    context.progress(1, 2, 'half way');
    return `done ${n}`;
  },
};
)JS");
    writeFile(project + QStringLiteral("/notes/readme.txt"), "hello from a resource\n");
    writeFile(project + QStringLiteral("/prompts/forecast.js"),
              "module.exports = { get({ city }) { return `What is the weather in ${city}?`; } };\n");
    QFile yaml(project + QStringLiteral("/mcp.yaml"));
    QVERIFY(yaml.open(QIODevice::ReadOnly));
    QByteArray text = yaml.readAll();
    yaml.close();
    text.replace("connectors:\n", "  - name: report\n    description: Logs, reports progress, answers\n"
                                  "    file: tools/report.js\nconnectors:\n");
    // Into the example's own lists of resources and prompts, first.
    text.replace("\nresources:\n",
                 "\nresources:\n  - uri: notes://readme\n    name: readme\n    mimeType: text/plain\n"
                 "    file: notes/readme.txt\n");
    text.replace("\nprompts:\n", "\nprompts:\n  - name: forecast\n    description: Ask for a forecast\n"
                                 "    file: prompts/forecast.js\n"
                                 "    arguments:\n      - name: city\n        required: true\n");
    QVERIFY(text.contains("notes://readme") && text.contains("name: forecast"));
    writeFile(project + QStringLiteral("/mcp.yaml"), text);
    auto m = manifest::loadManifest(project);
    if (!m)
        for (const auto& issue : m.error())
            qWarning() << issue.toString();
    QVERIFY(m.ok());
    ImageBuildOptions o = options();
    const QString image = QStringLiteral("mcpdock-itest-%1/try-more:latest").arg(m_run);
    o.tags = {image};
    const auto built = buildMCPImage(*m, o);
    QVERIFY2(built.ok(), built.ok() ? "" : qPrintable(built.error().message));
    m_tagsToRemove << image;

    McpSession session(m_endpoint);
    QSignalSpy logs(&session, &McpSession::logMessage);
    QSignalSpy progress(&session, &McpSession::progressed);
    StdioContainerOptions run;
    run.image = image;
    run.env = {QStringLiteral("MCP_PAGE_SIZE=1")}; // the runtime's page size: every list paginates
    const auto info = session.start(run);
    QVERIFY2(info.ok(), info.ok() ? "" : qPrintable(info.error().message));
    QVERIFY(info->capabilities.contains(QStringLiteral("resources")));
    QVERIFY(info->capabilities.contains(QStringLiteral("prompts")));

    // Four tools, one a page: every page followed through nextCursor.
    const auto tools = session.listTools();
    QVERIFY2(tools.ok(), tools.ok() ? "" : qPrintable(tools.error().message));
    QCOMPARE(tools->result.value(QStringLiteral("tools")).toArray().size(), 4);
    QCOMPARE(tools->pages, 4);

    const auto called = session.callTool(QStringLiteral("report"), QJsonObject{{QStringLiteral("n"), 7}});
    QVERIFY2(called.ok(), called.ok() ? "" : qPrintable(called.error().message));
    QCOMPARE(called->result.value(QStringLiteral("content"))
                 .toArray()
                 .first()
                 .toObject()
                 .value(QStringLiteral("text"))
                 .toString(),
             QStringLiteral("done 7"));
    // The notifications came before the answer, on the same stream.
    QCOMPARE(logs.size(), 1);
    QCOMPARE(logs.first().at(0).toString(), QStringLiteral("info"));
    QCOMPARE(logs.first().at(2).value<QJsonValue>().toString(), QStringLiteral("working on 7"));
    QCOMPARE(progress.size(), 1);
    QCOMPARE(progress.first().at(1).toDouble(), 1.0);
    QCOMPARE(progress.first().at(2).toDouble(), 2.0);
    QCOMPARE(progress.first().at(3).toString(), QStringLiteral("half way"));

    const auto resources = session.listResources();
    QVERIFY2(resources.ok(), resources.ok() ? "" : qPrintable(resources.error().message));
    QCOMPARE(resources->result.value(QStringLiteral("resources"))
                 .toArray()
                 .first()
                 .toObject()
                 .value(QStringLiteral("uri"))
                 .toString(),
             QStringLiteral("notes://readme"));
    const auto read = session.readResource(QStringLiteral("notes://readme"));
    QVERIFY2(read.ok(), read.ok() ? "" : qPrintable(read.error().message));
    QCOMPARE(read->result.value(QStringLiteral("contents"))
                 .toArray()
                 .first()
                 .toObject()
                 .value(QStringLiteral("text"))
                 .toString(),
             QStringLiteral("hello from a resource\n"));

    const auto prompts = session.listPrompts();
    QVERIFY2(prompts.ok(), prompts.ok() ? "" : qPrintable(prompts.error().message));
    QCOMPARE(prompts->result.value(QStringLiteral("prompts"))
                 .toArray()
                 .first()
                 .toObject()
                 .value(QStringLiteral("name"))
                 .toString(),
             QStringLiteral("forecast"));
    const auto prompt = session.getPrompt(QStringLiteral("forecast"),
                                          QJsonObject{{QStringLiteral("city"), QStringLiteral("Berlin")}});
    QVERIFY2(prompt.ok(), prompt.ok() ? "" : qPrintable(prompt.error().message));
    const QJsonObject message = prompt->result.value(QStringLiteral("messages")).toArray().first().toObject();
    QCOMPARE(message.value(QStringLiteral("content")).toObject().value(QStringLiteral("text")).toString(),
             QStringLiteral("What is the weather in Berlin?"));
    // A required prompt argument missing: the server's error, as an Rpc error.
    const auto missing = session.getPrompt(QStringLiteral("forecast"), {});
    QVERIFY(!missing.ok());
    QCOMPARE(missing.error().kind, McpError::Kind::Rpc);
    QCOMPARE(missing.error().code, -32602);
    session.stop();
    docker::EngineClient client(m_endpoint);
    auto containers = client.listContainers(true);
    QVERIFY(containers.ok());
    for (const auto& c : *containers)
        QVERIFY2(c.image != image, qPrintable(c.id));
}

QList<QJsonObject> TestTry::documents(const QByteArray& out)
{
    QList<QJsonObject> docs;
    QByteArray pending;
    // Pretty-printed objects end in a "}" line of their own.
    for (const QByteArray& part : out.split('\n')) {
        pending += part + '\n';
        if (part == "}") {
            docs << QJsonDocument::fromJson(pending).object();
            pending.clear();
        }
    }
    return docs;
}

static const char TryScript[] =
    "tools\n"
    "# a comment\n"
    "call convert_temperature {\"value\": 100, \"from\": \"celsius\", \"to\": \"fahrenheit\"}\n"
    "call convert_temperature {\"value\": oops}\n"
    "frobnicate\n"
    "call convert_temperature {\"value\": -500, \"from\": \"celsius\", \"to\": \"kelvin\"}\n"
    "call station_info {\"id\": \"RJTT\"}\n"
    "quit\n"
    "tools\n";

static void checkTryOutput(const QByteArray& out, const QByteArray& err)
{
    const QList<QJsonObject> docs = TestTry::documents(out);
    QCOMPARE(docs.size(), 4); // tools, two calls that answer, the isError call; nothing after quit
    QCOMPARE(docs[0].value(QStringLiteral("tools")).toArray().size(), 3);
    auto text = [](const QJsonObject& r) {
        return r.value(QStringLiteral("content"))
            .toArray()
            .first()
            .toObject()
            .value(QStringLiteral("text"))
            .toString();
    };
    QCOMPARE(text(docs[1]), QStringLiteral("100 °C = 212 °F"));
    QVERIFY(docs[2].value(QStringLiteral("isError")).toBool());
    QVERIFY2(text(docs[3]).startsWith(QStringLiteral("RJTT: Tokyo Haneda")), qPrintable(text(docs[3])));
    const QString e = QString::fromUtf8(err);
    QVERIFY2(e.contains(QStringLiteral("weather-js 1.0.0 (protocol 2025-11-25)")), qPrintable(e));
    QVERIFY2(e.contains(QStringLiteral("stdin line 4: the arguments must be one JSON object")),
             qPrintable(e));
    QVERIFY2(e.contains(QStringLiteral("stdin line 5: unknown command \"frobnicate\"")), qPrintable(e));
    QVERIFY2(e.contains(QStringLiteral("isError: the tool reported an error")), qPrintable(e));
    QVERIFY2(e.contains(QStringLiteral("container removed")), qPrintable(e));
}

void TestTry::cliTryInProcess()
{
    QByteArray outBytes, errBytes;
    QTextStream out(&outBytes), err(&errBytes);
    QBuffer in;
    in.setData(TryScript);
    in.open(QIODevice::ReadOnly);
    QProcessEnvironment env;
    env.insert(QStringLiteral("DOCKER_HOST"), test::testEnv().dockerHost);
    cli::CliIo io{out, err, &in, env};
    const int rc = cli::runTry(
        {QStringLiteral("mcpdock try"), QStringLiteral("-e"), QStringLiteral("A=1"), m_image}, io);
    out.flush();
    err.flush();
    QVERIFY2(rc == 0, errBytes.constData());
    checkTryOutput(outBytes, errBytes);
    QCOMPARE(containersOfImage(), QStringList());

    // Usage errors name the option.
    QByteArray e2;
    QTextStream err2(&e2);
    cli::CliIo io2{out, err2, &in, env};
    QCOMPARE(cli::runTry(
                 {QStringLiteral("mcpdock try"), QStringLiteral("-e"), QStringLiteral("1BAD"), m_image}, io2),
             int(cli::Usage));
    err2.flush();
    QVERIFY2(e2.contains("-e takes NAME=VALUE"), e2.constData());
}

void TestTry::cliTryBinary()
{
    // The real binary with a real pipe for stdin, as a script would run it; EOF ends it.
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("DOCKER_HOST"), test::testEnv().dockerHost);
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(MCPDOCK_BINARY), {QStringLiteral("try"), m_image});
    QVERIFY(p.waitForStarted());
    QByteArray script(TryScript);
    script.truncate(script.indexOf("quit\n")); // no quit: end of input stops it
    p.write(script);
    p.closeWriteChannel();
    QVERIFY(p.waitForFinished(180000));
    const QByteArray err = p.readAllStandardError();
    QVERIFY2(p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0, err.constData());
    checkTryOutput(p.readAllStandardOutput(), err);
    QCOMPARE(containersOfImage(), QStringList());
}

MCPDOCK_BUILDTEST_MAIN(TestTry)
#include "tst_try.moc"
