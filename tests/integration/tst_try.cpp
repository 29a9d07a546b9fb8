// The Try session against a real built image: initialize, tools/list, tools/call with real
// arguments, notifications and traffic, and no container left afterwards (McpSession, its worker
// thread, and the `mcpdock try` verb).
#include "buildtestbase.h"

#include "mcp/mcpsession.h"
#include "mcp/mcpsessionthread.h"

using namespace mcpdock;
using namespace mcpdock::mcp;
using namespace buildtest;

class TestTry : public BuildTestBase
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase() { baseCleanup(); }
    void sessionListsAndCallsTools();
    void sessionThreadRemovesContainer();

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

MCPDOCK_BUILDTEST_MAIN(TestTry)
#include "tst_try.moc"
