// mcpdock verify against real containers: the initialize fallback for older servers, the time limit, a tool
// list that differs from the label.
#include "buildtestbase.h"

using namespace mcpdock;
using namespace mcpdock::imagebuild;
using namespace mcpdock::mcp;
using namespace buildtest;

class TestMcpVerifier : public BuildTestBase
{
    Q_OBJECT

private slots:
    void initTestCase() { baseInit(); }
    void cleanupTestCase() { baseCleanup(); }
    void verifyFallsBackToInitialize();
    void verifyTimeoutAndMismatch();
};

void TestMcpVerifier::verifyFallsBackToInitialize()
{
    // An older server: initialize only, "Method not found" for server/discover.
    const QByteArray server = R"JS(
const rl = require('readline').createInterface({ input: process.stdin });
const send = (m) => process.stdout.write(JSON.stringify(m) + '\n');
let initialized = false;
rl.on('line', (line) => {
  const msg = JSON.parse(line);
  if (!('id' in msg)) { if (msg.method === 'notifications/initialized') initialized = true; return; }
  if (msg.method === 'initialize')
    return send({ jsonrpc: '2.0', id: msg.id, result: { protocolVersion: '2025-06-18', capabilities: { tools: {} }, serverInfo: { name: 'legacy', version: '0.9' } } });
  if (msg.method === 'tools/list' && initialized)
    return send({ jsonrpc: '2.0', id: msg.id, result: { tools: [{ name: 'echo', inputSchema: { type: 'object' } }] } });
  send({ jsonrpc: '2.0', id: msg.id, error: { code: -32601, message: 'Method not found' } });
});
)JS";
    const QString tag = QStringLiteral("mcpdock-itest-%1/legacy:latest").arg(m_run);
    const QString id =
        buildRawImage(QByteArray("FROM ") + QByteArray(test::NodeImage) +
                          "\nCOPY server.js /server.js\n"
                          "LABEL io.mcpdock.tools='[{\"name\":\"echo\",\"description\":\"e\"}]'\n"
                          "ENTRYPOINT [\"node\", \"/server.js\"]\n",
                      {{QStringLiteral("server.js"), server}}, tag);
    QVERIFY(!id.isEmpty());
    McpVerifier verifier(m_endpoint);
    verifier.setTimeoutMs(60000);
    const auto v = verifier.verify(tag);
    QVERIFY2(v.ok(), v.ok() ? "" : qPrintable(v.error().message));
    QCOMPARE(v->handshake, QStringLiteral("initialize"));
    QCOMPARE(v->protocolVersion, QStringLiteral("2025-06-18"));
    QCOMPARE(v->tools, QStringList{QStringLiteral("echo")});
    QCOMPARE(v->serverName, QStringLiteral("legacy"));
}

void TestMcpVerifier::verifyTimeoutAndMismatch()
{
    // Silent: reads stdin, never answers.
    const QString silent = QStringLiteral("mcpdock-itest-%1/silent:latest").arg(m_run);
    QVERIFY(
        !buildRawImage(QByteArray("FROM ") + QByteArray(test::NodeImage) +
                           "\nLABEL io.mcpdock.tools='[{\"name\":\"x\"}]'\nENTRYPOINT [\"sleep\", \"300\"]\n",
                       {}, silent)
             .isEmpty());
    McpVerifier verifier(m_endpoint);
    verifier.setTimeoutMs(4000);
    QElapsedTimer t;
    t.start();
    auto v = verifier.verify(silent);
    QVERIFY(!v.ok());
    QCOMPARE(v.error().kind, VerifyError::Kind::Timeout);
    QVERIFY(t.elapsed() < 200000); // the timeout ended it, not the server's sleep 300

    // A real MCP Dock image whose label is rewritten to name a tool the server does not have.
    QTemporaryDir dir;
    const project::Project m = copyAndLoad(QStringLiteral("weather-js"), dir);
    ImageBuildOptions o = options();
    o.labels.insert(QStringLiteral("io.mcpdock.tools"),
                    QStringLiteral("[{\"name\":\"convert_temperature\"},{\"name\":\"not_served\"}]"));
    const QString tag = QStringLiteral("mcpdock-itest-%1/mismatch:latest").arg(m_run);
    o.tags = {tag};
    const auto r = buildMCPImage(m, o);
    QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().message));
    m_tagsToRemove << tag;
    verifier.setTimeoutMs(60000);
    v = verifier.verify(tag);
    QVERIFY(!v.ok());
    QCOMPARE(v.error().kind, VerifyError::Kind::Mismatch);
    QCOMPARE(v.error().partial.missing, QStringList{QStringLiteral("not_served")});
    QVERIFY(v.error().partial.unexpected.contains(QStringLiteral("dew_point")));

    // Both runs removed their containers.
    docker::EngineClient client(m_endpoint);
    auto containers = client.listContainers(true);
    QVERIFY(containers.ok());
    for (const auto& c : *containers)
        QVERIFY2(c.image != silent && c.image != tag, qPrintable(c.id));
}

MCPDOCK_BUILDTEST_MAIN(TestMcpVerifier)
#include "tst_mcpverifier.moc"
