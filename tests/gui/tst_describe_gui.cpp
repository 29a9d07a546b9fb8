// The Describe dialog of the Images tab, fed the labels MCP Dock's generator gives an image (so the
// labels are the real ones, not written by hand for the test).

#include "dockerfile/imagelabels.h"
#include "images/describedialog.h"
#include "manifest/manifestloader.h"
#include "testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>

using namespace mcpdock;

namespace {

// GET /images/{name}/json as the daemon answers it for an image built from the env-server fixture.
QJsonObject inspectOfEnvServer()
{
    const auto m =
        manifest::loadManifest(test::testDataDir() + QStringLiteral("/projects/env-server/mcp.yaml"));
    if (!m)
        qFatal("%s", qPrintable(m.error().first().toString()));
    QJsonObject labels;
    for (const auto& [key, value] : dockerfile::imageLabels(*m, dockerfile::declaredDescription(*m)))
        labels.insert(key, value);
    return QJsonObject{
        {QStringLiteral("Config"),
         QJsonObject{{QStringLiteral("Labels"), labels},
                     {QStringLiteral("Env"), QJsonArray{QStringLiteral("NODE_ENV=production")}}}}};
}

} // namespace

class TestDescribeGui : public QObject
{
    Q_OBJECT

private slots:
    void serverJsonFollowsThePublishedReference()
    {
        widgets::DescribeDialog d(inspectOfEnvServer(), QStringLiteral("env-server:latest"));
        d.show();
        QVERIFY(QTest::qWaitForWindowExposed(&d));
        auto* save = d.findChild<QPushButton*>(QStringLiteral("describeSave"));
        auto* state = d.findChild<QLabel*>(QStringLiteral("describeState"));
        QVERIFY(save && state);

        // A registry the MCP Registry does not accept: the problem named, nothing to save.
        d.setPublishedAs(QStringLiteral("127.0.0.1:5000/acme/env-server:2.1.0"));
        QVERIFY(!d.canSave());
        QVERIFY(!save->isEnabled());
        QVERIFY2(d.serverJsonText().contains(
                     QStringLiteral("docker.io, ghcr.io and *.pkg.dev only, not 127.0.0.1:5000")),
                 qPrintable(d.serverJsonText()));
        QVERIFY(state->text().contains(QStringLiteral("problem")));

        d.setPublishedAs(QStringLiteral("ghcr.io/acme/env-server:2.1.0"));
        QVERIFY(d.canSave());
        QVERIFY(save->isEnabled());
        const QJsonObject json = QJsonDocument::fromJson(d.serverJsonText().toUtf8()).object();
        QCOMPARE(json.value(QStringLiteral("name")).toString(),
                 QStringLiteral("io.github.mcpdock-test/env-server"));
        QCOMPARE(json.value(QStringLiteral("packages"))
                     .toArray()
                     .at(0)
                     .toObject()
                     .value(QStringLiteral("identifier"))
                     .toString(),
                 QStringLiteral("ghcr.io/acme/env-server:2.1.0"));

        QTemporaryDir dir;
        QString error;
        QVERIFY2(d.saveServerJson(dir.filePath(QStringLiteral("server.json")), &error), qPrintable(error));
        QFile f(dir.filePath(QStringLiteral("server.json")));
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(QJsonDocument::fromJson(f.readAll()).object(), json);
    }

    void gatewayAndClientConfiguration()
    {
        widgets::DescribeDialog d(inspectOfEnvServer(), QStringLiteral("env-server:latest"));
        const QJsonObject gateway = QJsonDocument::fromJson(d.gatewayText().toUtf8()).object();
        QCOMPARE(gateway.value(QStringLiteral("name")).toString(), QStringLiteral("env-server"));
        QCOMPARE(gateway.value(QStringLiteral("secrets"))
                     .toArray()
                     .at(0)
                     .toObject()
                     .value(QStringLiteral("env"))
                     .toString(),
                 QStringLiteral("API_TOKEN"));
        const QJsonObject server = QJsonDocument::fromJson(d.clientConfigText().toUtf8())
                                       .object()
                                       .value(QStringLiteral("mcpServers"))
                                       .toObject()
                                       .value(QStringLiteral("env-server"))
                                       .toObject();
        QCOMPARE(server.value(QStringLiteral("args")).toArray().last().toString(),
                 QStringLiteral("env-server:latest"));
        QCOMPARE(server.value(QStringLiteral("env")).toObject().value(QStringLiteral("API_TOKEN")).toString(),
                 QStringLiteral("<your API_TOKEN>"));
        QCOMPARE(server.value(QStringLiteral("env")).toObject().value(QStringLiteral("GREETING")).toString(),
                 QStringLiteral("hello"));
    }

    void withoutMcpNameNothingCanBeSaved()
    {
        QJsonObject inspect = inspectOfEnvServer();
        QJsonObject config = inspect.value(QStringLiteral("Config")).toObject();
        QJsonObject labels = config.value(QStringLiteral("Labels")).toObject();
        labels.remove(QStringLiteral("io.modelcontextprotocol.server.name"));
        config.insert(QStringLiteral("Labels"), labels);
        inspect.insert(QStringLiteral("Config"), config);
        widgets::DescribeDialog d(inspect, QStringLiteral("ghcr.io/acme/env-server:2.1.0"));
        QVERIFY(!d.canSave());
        QVERIFY2(d.serverJsonText().startsWith(QStringLiteral("mcpName: the MCP Registry needs")),
                 qPrintable(d.serverJsonText()));
    }
};

QTEST_MAIN(TestDescribeGui)
#include "tst_describe_gui.moc"
