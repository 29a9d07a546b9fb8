// Runs the image runtime (resources/runtime/server.js with this machine's node, server.py with
// python3) against the examples over real stdio pipes, the way `docker run -i` would.
#include "manifest/manifestloader.h"
#include "testsupport.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace mcpdock;

namespace {

QString runtimeDir()
{
    return test::sourceDir() + QStringLiteral("/resources/runtime");
}

// A client speaking newline-delimited JSON-RPC to a runtime process.
class StdioServer
{
public:
    // interpreter: "node" or "python3"; example: a folder under examples/ (or any project).
    bool start(const QString& interpreter, const QString& project, const QByteArray& configOverride = {},
               const QStringList& extraArgs = {})
    {
        const auto m = manifest::loadManifest(project);
        if (!m.ok()) {
            qWarning() << m.error()[0].toString();
            return false;
        }
        manifest = *m;
        if (!dir.isValid())
            return false;
        QFile mf(dir.filePath(QStringLiteral("manifest.json")));
        if (!mf.open(QIODevice::WriteOnly))
            return false;
        mf.write(manifest::normalizedManifestJson(manifest));
        mf.close();
        QString config = manifest.configFile.isEmpty()
                             ? dir.filePath(QStringLiteral("none.yaml"))
                             : QDir(manifest.projectDir).filePath(manifest.configFile);
        if (!configOverride.isEmpty()) {
            config = dir.filePath(QStringLiteral("config.yaml"));
            QFile cf(config);
            if (!cf.open(QIODevice::WriteOnly))
                return false;
            cf.write(configOverride);
        }
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("MCP_APP_DIR"), manifest.projectDir);
        env.insert(QStringLiteral("MCP_MANIFEST_PATH"), mf.fileName());
        env.insert(QStringLiteral("MCP_CONFIG_PATH"), config);
        env.insert(QStringLiteral("PYTHONDONTWRITEBYTECODE"), QStringLiteral("1"));
        process.setProcessEnvironment(env);
        const QString script = interpreter == QLatin1String("node") ? QStringLiteral("js/server.js")
                                                                    : QStringLiteral("py/server.py");
        process.start(interpreter, QStringList{QDir(runtimeDir()).filePath(script)} + extraArgs);
        return process.waitForStarted(10000);
    }

    void send(const QByteArray& line) { process.write(line + '\n'); }

    void send(const QJsonObject& msg) { send(QJsonDocument(msg).toJson(QJsonDocument::Compact)); }

    // The next message with this id (messages for other ids are kept).
    QJsonObject response(const QJsonValue& id, int timeoutMs = 15000)
    {
        QDeadlineTimer deadline(timeoutMs);
        for (;;) {
            for (int i = 0; i < received.size(); ++i) {
                if (received[i].value(QStringLiteral("id")) == id)
                    return received.takeAt(i);
            }
            if (deadline.hasExpired())
                return {};
            if (!readLine(deadline))
                return {};
        }
    }

    QJsonObject request(int id, const QString& method, const QJsonObject& params = {})
    {
        QJsonObject msg{{QStringLiteral("jsonrpc"), QStringLiteral("2.0")},
                        {QStringLiteral("id"), id},
                        {QStringLiteral("method"), method}};
        if (!params.isEmpty())
            msg.insert(QStringLiteral("params"), params);
        send(msg);
        return response(id);
    }

    QJsonObject handshake(const QString& version = QStringLiteral("2025-06-18"))
    {
        const QJsonObject r = request(
            1, QStringLiteral("initialize"),
            {{QStringLiteral("protocolVersion"), version},
             {QStringLiteral("capabilities"), QJsonObject()},
             {QStringLiteral("clientInfo"), QJsonObject{{QStringLiteral("name"), QStringLiteral("tst")},
                                                        {QStringLiteral("version"), QStringLiteral("1")}}}});
        send(QJsonObject{{QStringLiteral("jsonrpc"), QStringLiteral("2.0")},
                         {QStringLiteral("method"), QStringLiteral("notifications/initialized")}});
        return r;
    }

    QJsonObject call(int id, const QString& tool, const QJsonObject& args)
    {
        return request(id, QStringLiteral("tools/call"),
                       {{QStringLiteral("name"), tool}, {QStringLiteral("arguments"), args}});
    }

    ~StdioServer()
    {
        if (process.state() != QProcess::NotRunning) {
            process.kill();
            process.waitForFinished(5000);
        }
    }

    QProcess process;
    QTemporaryDir dir;
    project::Project manifest;
    QList<QJsonObject> received;
    QStringList nonJsonLines;

private:
    bool readLine(const QDeadlineTimer& deadline)
    {
        while (!process.canReadLine()) {
            if (process.state() == QProcess::NotRunning)
                return false;
            if (!process.waitForReadyRead(int(qMax<qint64>(1, deadline.remainingTime()))))
                return false;
        }
        const QByteArray line = process.readLine().trimmed();
        QJsonParseError err;
        const QJsonDocument doc = QJsonDocument::fromJson(line, &err);
        if (err.error != QJsonParseError::NoError || !doc.isObject())
            nonJsonLines.append(QString::fromUtf8(line));
        else
            received.append(doc.object());
        return true;
    }
};

QString firstText(const QJsonObject& response)
{
    return response.value(QStringLiteral("result"))
        .toObject()
        .value(QStringLiteral("content"))
        .toArray()
        .at(0)
        .toObject()
        .value(QStringLiteral("text"))
        .toString();
}

QString example(const char* name)
{
    return test::sourceDir() + QStringLiteral("/examples/") + QString::fromLatin1(name);
}

QByteArray notesConfig(const QTemporaryDir& dir)
{
    return "database:\n  path: " + dir.filePath(QStringLiteral("notes.sqlite3")).toUtf8() +
           "\n  seed:\n    - title: Welcome\n      body: \"Seeded: by config\"\nsearch:\n  limit: 5\n";
}

} // namespace

class TestRuntime : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY2(!QStandardPaths::findExecutable(QStringLiteral("node")).isEmpty(),
                 "node is needed for this test");
        QVERIFY2(!QStandardPaths::findExecutable(QStringLiteral("python3")).isEmpty(), "python3 is needed");
    }

    void conversation_data()
    {
        QTest::addColumn<QString>("interpreter");
        QTest::addColumn<QString>("project");
        QTest::addColumn<QString>("tool");
        QTest::addColumn<QJsonObject>("args");
        QTest::addColumn<QString>("expected");
        QTest::newRow("node weather-js convert")
            << QStringLiteral("node") << example("weather-js") << QStringLiteral("convert_temperature")
            << QJsonObject{{QStringLiteral("value"), 25},
                           {QStringLiteral("from"), QStringLiteral("celsius")},
                           {QStringLiteral("to"), QStringLiteral("fahrenheit")}}
            << QStringLiteral("25 °C = 77 °F");
        QTest::newRow("node weather-js ESM tool")
            << QStringLiteral("node") << example("weather-js") << QStringLiteral("dew_point")
            << QJsonObject{{QStringLiteral("temperature_c"), 20}, {QStringLiteral("humidity"), 50}}
            << QStringLiteral("Dew point: 9.3 °C");
        QTest::newRow("node weather-js connector")
            << QStringLiteral("node") << example("weather-js") << QStringLiteral("station_info")
            << QJsonObject{{QStringLiteral("id"), QStringLiteral("ksfo")}}
            << QStringLiteral("KSFO: San Francisco International, elevation 4 m");
        QTest::newRow("node mixed python tool")
            << QStringLiteral("node") << example("mixed") << QStringLiteral("number_stats")
            << QJsonObject{{QStringLiteral("numbers"), QJsonArray{2, 4, 4, 4, 5, 5, 7, 9}}}
            << QStringLiteral("n=8, mean=5, median=4.5, stdev=2.1381, min=2, max=9");
        QTest::newRow("node mixed js connector")
            << QStringLiteral("node") << example("mixed") << QStringLiteral("define")
            << QJsonObject{{QStringLiteral("term"), QStringLiteral("Median")}}
            << QStringLiteral("Median: The middle value of a sorted list");
        QTest::newRow("python notes-py search seeded")
            << QStringLiteral("python3") << example("notes-py") << QStringLiteral("search_notes")
            << QJsonObject{{QStringLiteral("query"), QStringLiteral("by config")}}
            << QStringLiteral("#1 Welcome: Seeded: by config");
    }

    void conversation()
    {
        QFETCH(QString, interpreter);
        QFETCH(QString, project);
        QFETCH(QString, tool);
        QFETCH(QJsonObject, args);
        QFETCH(QString, expected);
        StdioServer s;
        QTemporaryDir data;
        QVERIFY(s.start(interpreter, project,
                        project.endsWith(QLatin1String("notes-py")) ? notesConfig(data) : QByteArray()));

        const QJsonObject init = s.handshake(QStringLiteral("2025-06-18"));
        const QJsonObject result = init.value(QStringLiteral("result")).toObject();
        QCOMPARE(result.value(QStringLiteral("protocolVersion")).toString(), QStringLiteral("2025-06-18"));
        QCOMPARE(
            result.value(QStringLiteral("serverInfo")).toObject().value(QStringLiteral("name")).toString(),
            s.manifest.name);
        QCOMPARE(
            result.value(QStringLiteral("serverInfo")).toObject().value(QStringLiteral("version")).toString(),
            s.manifest.version);
        QVERIFY(result.value(QStringLiteral("capabilities")).toObject().contains(QStringLiteral("tools")));

        // tools/list is exactly the manifest's tools, in its order.
        const QJsonArray tools = s.request(2, QStringLiteral("tools/list"))
                                     .value(QStringLiteral("result"))
                                     .toObject()
                                     .value(QStringLiteral("tools"))
                                     .toArray();
        QCOMPARE(tools.size(), s.manifest.tools.size());
        for (int i = 0; i < tools.size(); ++i) {
            const QJsonObject t = tools[i].toObject();
            QCOMPARE(t.value(QStringLiteral("name")).toString(), s.manifest.tools[i].name);
            if (!s.manifest.tools[i].description.isEmpty())
                QCOMPARE(t.value(QStringLiteral("description")).toString(), s.manifest.tools[i].description);
            QCOMPARE(
                t.value(QStringLiteral("inputSchema")).toObject().value(QStringLiteral("type")).toString(),
                QStringLiteral("object"));
        }

        const QJsonObject called = s.call(3, tool, args);
        QCOMPARE(firstText(called), expected);
        QVERIFY(!called.value(QStringLiteral("result")).toObject().value(QStringLiteral("isError")).toBool());

        // Errors: unknown tool and bad arguments are JSON-RPC errors.
        const QJsonObject unknown = s.call(4, QStringLiteral("no_such_tool"), {});
        QCOMPARE(unknown.value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toInt(),
                 -32602);
        QVERIFY(unknown.value(QStringLiteral("error"))
                    .toObject()
                    .value(QStringLiteral("message"))
                    .toString()
                    .contains(QStringLiteral("no_such_tool")));
        s.send(QByteArray("{\"jsonrpc\":\"2.0\",\"id\":5,\"method\":\"tools/call\",\"params\":{\"name\":\"") +
               tool.toUtf8() + "\",\"arguments\":[1]}}");
        QCOMPARE(
            s.response(5).value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toInt(),
            -32602);
        const QJsonObject missing = s.call(6, tool, {});
        QCOMPARE(missing.value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toInt(),
                 -32602);
        QCOMPARE(s.request(7, QStringLiteral("resources/nope"))
                     .value(QStringLiteral("error"))
                     .toObject()
                     .value(QStringLiteral("code"))
                     .toInt(),
                 -32601);
        QCOMPARE(s.request(8, QStringLiteral("ping")).value(QStringLiteral("result")).toObject(),
                 QJsonObject());
        s.send(QByteArray("{not json"));
        QCOMPARE(s.response(QJsonValue::Null)
                     .value(QStringLiteral("error"))
                     .toObject()
                     .value(QStringLiteral("code"))
                     .toInt(),
                 -32700);

        // Every line on stdout was a JSON-RPC message: logs went to stderr.
        QVERIFY2(s.nonJsonLines.isEmpty(), qPrintable(s.nonJsonLines.join(QLatin1Char('\n'))));

        // docker stop sends SIGTERM to PID 1: a clean exit, code 0.
        ::kill(pid_t(s.process.processId()), SIGTERM);
        QVERIFY(s.process.waitForFinished(10000));
        QCOMPARE(s.process.exitStatus(), QProcess::NormalExit);
        QCOMPARE(s.process.exitCode(), 0);
    }

    void versions_data()
    {
        QTest::addColumn<QString>("interpreter");
        QTest::addColumn<QString>("asked");
        QTest::addColumn<QString>("answered");
        for (const char* interp : {"node", "python3"}) {
            for (const char* v : {"2024-11-05", "2025-03-26", "2025-06-18", "2025-11-25"})
                QTest::addRow("%s %s", interp, v)
                    << QString::fromLatin1(interp) << QString::fromLatin1(v) << QString::fromLatin1(v);
            QTest::addRow("%s unknown", interp) << QString::fromLatin1(interp) << QStringLiteral("1999-01-01")
                                                << QStringLiteral("2025-11-25");
        }
    }

    void versions()
    {
        QFETCH(QString, interpreter);
        QFETCH(QString, asked);
        QFETCH(QString, answered);
        StdioServer s;
        QTemporaryDir data;
        const QString project =
            interpreter == QLatin1String("node") ? example("weather-js") : example("notes-py");
        QVERIFY(s.start(interpreter, project,
                        interpreter == QLatin1String("node") ? QByteArray() : notesConfig(data)));
        const QJsonObject r = s.handshake(asked);
        QCOMPARE(
            r.value(QStringLiteral("result")).toObject().value(QStringLiteral("protocolVersion")).toString(),
            answered);
    }

    void statelessRevision_data()
    {
        QTest::addColumn<QString>("interpreter");
        QTest::newRow("node") << QStringLiteral("node");
        QTest::newRow("python") << QStringLiteral("python3");
    }

    void statelessRevision()
    {
        QFETCH(QString, interpreter);
        StdioServer s;
        QTemporaryDir data;
        const bool node = interpreter == QLatin1String("node");
        QVERIFY(s.start(interpreter, node ? example("weather-js") : example("notes-py"),
                        node ? QByteArray() : notesConfig(data)));
        const QJsonObject meta{
            {QStringLiteral("io.modelcontextprotocol/protocolVersion"), QStringLiteral("2026-07-28")},
            {QStringLiteral("io.modelcontextprotocol/clientCapabilities"), QJsonObject()}};
        // No initialize: server/discover first, then a request carrying its version in _meta.
        const QJsonObject discover =
            s.request(1, QStringLiteral("server/discover"), {{QStringLiteral("_meta"), meta}})
                .value(QStringLiteral("result"))
                .toObject();
        QVERIFY(discover.value(QStringLiteral("supportedVersions"))
                    .toArray()
                    .contains(QStringLiteral("2026-07-28")));
        QVERIFY(discover.value(QStringLiteral("supportedVersions"))
                    .toArray()
                    .contains(QStringLiteral("2025-11-25")));
        // 2026-07-28: the server's identity is in the result's _meta only.
        QCOMPARE(discover.value(QStringLiteral("_meta"))
                     .toObject()
                     .value(QStringLiteral("io.modelcontextprotocol/serverInfo"))
                     .toObject()
                     .value(QStringLiteral("name"))
                     .toString(),
                 s.manifest.name);
        QVERIFY(!discover.contains(QStringLiteral("serverInfo")));
        QCOMPARE(discover.value(QStringLiteral("resultType")).toString(), QStringLiteral("complete"));
        QVERIFY(discover.value(QStringLiteral("capabilities")).toObject().contains(QStringLiteral("tools")));
        const QJsonObject list = s.request(2, QStringLiteral("tools/list"), {{QStringLiteral("_meta"), meta}})
                                     .value(QStringLiteral("result"))
                                     .toObject();
        QCOMPARE(list.value(QStringLiteral("tools")).toArray().size(), s.manifest.tools.size());
        QCOMPARE(list.value(QStringLiteral("resultType")).toString(), QStringLiteral("complete"));
        const QJsonObject bad = s.request(
            3, QStringLiteral("tools/list"),
            {{QStringLiteral("_meta"), QJsonObject{{QStringLiteral("io.modelcontextprotocol/protocolVersion"),
                                                    QStringLiteral("2099-01-01")}}}});
        // UnsupportedProtocolVersion (2026-07-28).
        QCOMPARE(bad.value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toInt(), -32022);
        QVERIFY(bad.value(QStringLiteral("error"))
                    .toObject()
                    .value(QStringLiteral("data"))
                    .toObject()
                    .contains(QStringLiteral("supported")));
    }

    void toolFailureIsError_data()
    {
        QTest::addColumn<QString>("interpreter");
        QTest::addColumn<QString>("project");
        QTest::addColumn<QString>("tool");
        QTest::addColumn<QJsonObject>("args");
        QTest::addColumn<QString>("message");
        QTest::newRow("node") << QStringLiteral("node") << example("weather-js")
                              << QStringLiteral("convert_temperature")
                              << QJsonObject{{QStringLiteral("value"), -500},
                                             {QStringLiteral("from"), QStringLiteral("celsius")},
                                             {QStringLiteral("to"), QStringLiteral("kelvin")}}
                              << QStringLiteral("-500 °C is below absolute zero");
        QTest::newRow("python") << QStringLiteral("python3") << example("notes-py")
                                << QStringLiteral("add_note")
                                << QJsonObject{{QStringLiteral("title"), QStringLiteral("  ")},
                                               {QStringLiteral("body"), QStringLiteral("x")}}
                                << QStringLiteral("the title must not be empty");
        QTest::newRow("python via node")
            << QStringLiteral("node") << example("mixed") << QStringLiteral("number_stats")
            << QJsonObject{{QStringLiteral("numbers"), QJsonArray()}}
            << QStringLiteral("give at least one number");
    }

    void toolFailureIsError()
    {
        QFETCH(QString, interpreter);
        QFETCH(QString, project);
        QFETCH(QString, tool);
        QFETCH(QJsonObject, args);
        QFETCH(QString, message);
        StdioServer s;
        QTemporaryDir data;
        QVERIFY(s.start(interpreter, project,
                        project.endsWith(QLatin1String("notes-py")) ? notesConfig(data) : QByteArray()));
        s.handshake();
        const QJsonObject r = s.call(2, tool, args);
        QVERIFY(r.value(QStringLiteral("result")).toObject().value(QStringLiteral("isError")).toBool());
        QCOMPARE(firstText(r), message);
    }

    void pythonRoundTrip()
    {
        // add_note then search_notes through the SQLite connector, in the Python-only runtime.
        StdioServer s;
        QTemporaryDir data;
        QVERIFY(s.start(QStringLiteral("python3"), example("notes-py"), notesConfig(data)));
        s.handshake();
        QCOMPARE(firstText(s.call(2, QStringLiteral("add_note"),
                                  {{QStringLiteral("title"), QStringLiteral("Groceries")},
                                   {QStringLiteral("body"), QStringLiteral("oat milk, 100% rye bread")}})),
                 QStringLiteral("Saved note 2: Groceries"));
        QCOMPARE(firstText(s.call(3, QStringLiteral("search_notes"),
                                  {{QStringLiteral("query"), QStringLiteral("100%")}})),
                 QStringLiteral("#2 Groceries: oat milk, 100% rye bread"));
        QCOMPARE(firstText(s.call(4, QStringLiteral("search_notes"),
                                  {{QStringLiteral("query"), QStringLiteral("zzz")}})),
                 QStringLiteral("No notes match 'zzz'."));
    }

    void check_data()
    {
        QTest::addColumn<QString>("interpreter");
        QTest::addColumn<QString>("project");
        QTest::newRow("node weather-js") << QStringLiteral("node") << example("weather-js");
        QTest::newRow("node mixed") << QStringLiteral("node") << example("mixed");
        QTest::newRow("python notes-py") << QStringLiteral("python3") << example("notes-py");
    }

    void check()
    {
        QFETCH(QString, interpreter);
        QFETCH(QString, project);
        StdioServer s;
        QVERIFY(s.start(interpreter, project, {}, {QStringLiteral("--check")}));
        QVERIFY(s.process.waitForFinished(15000));
        const QString err = QString::fromUtf8(s.process.readAllStandardError());
        QCOMPARE(s.process.exitCode(), 0);
        QVERIFY2(err.startsWith(QStringLiteral("ok: ") + s.manifest.name), qPrintable(err));
        QVERIFY(s.process.readAllStandardOutput().isEmpty());
    }

    void checkReportsBrokenTool_data()
    {
        QTest::addColumn<QString>("interpreter");
        QTest::addColumn<QString>("file");
        QTest::addColumn<QByteArray>("source");
        QTest::addColumn<QString>("where");
        QTest::newRow("js syntax") << QStringLiteral("node") << QStringLiteral("tools/t.js")
                                   << QByteArray("module.exports = {\n  handler( {\n};\n")
                                   << QStringLiteral("tools/t.js:3");
        QTest::newRow("js no handler") << QStringLiteral("node") << QStringLiteral("tools/t.js")
                                       << QByteArray("module.exports = { description: 'x' };\n")
                                       << QStringLiteral("must export a function handler(args, context)");
        QTest::newRow("py syntax") << QStringLiteral("python3") << QStringLiteral("tools/t.py")
                                   << QByteArray("def handler(args, context):\n    return (\n")
                                   << QStringLiteral("tools/t.py:");
        QTest::newRow("py via node") << QStringLiteral("node") << QStringLiteral("tools/t.py")
                                     << QByteArray("import no_such_module_here\n")
                                     << QStringLiteral("no_such_module_here");
    }

    void checkReportsBrokenTool()
    {
        QFETCH(QString, interpreter);
        QFETCH(QString, file);
        QFETCH(QByteArray, source);
        QFETCH(QString, where);
        QTemporaryDir project;
        QDir(project.path()).mkpath(QStringLiteral("tools"));
        QFile f(project.filePath(file));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(source);
        f.close();
        QFile m(project.filePath(QStringLiteral("mcp.yaml")));
        QVERIFY(m.open(QIODevice::WriteOnly));
        m.write("name: broken\nversion: 1.0.0\ntools:\n  - name: t\n    file: " + file.toUtf8() + "\n");
        m.close();
        StdioServer s;
        QVERIFY(s.start(interpreter, project.path(), {}, {QStringLiteral("--check")}));
        QVERIFY(s.process.waitForFinished(15000));
        const QString err = QString::fromUtf8(s.process.readAllStandardError());
        QCOMPARE(s.process.exitCode(), 1);
        QVERIFY2(err.contains(where), qPrintable(err));
        QVERIFY2(err.contains(QStringLiteral("tool \"t\"")), qPrintable(err));
    }

    void pythonWorkerRestarts()
    {
        // A Python tool that kills its worker fails alone; the next call gets a fresh worker, and a
        // JavaScript tool's stray rejected promise does not stop the server.
        QTemporaryDir project;
        QDir(project.path()).mkpath(QStringLiteral("tools"));
        const auto write = [&](const QString& name, const QByteArray& bytes) {
            QFile f(project.filePath(name));
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(bytes);
        };
        write(QStringLiteral("tools/die.py"), "import os\n\ndef handler(a, c):\n    os._exit(3)\n");
        write(QStringLiteral("tools/ok.py"), "def handler(a, c):\n    return 'alive'\n");
        write(QStringLiteral("tools/stray.js"),
              "module.exports = { handler: () => { Promise.reject(new Error('stray')); return 'js'; } };\n");
        write(QStringLiteral("mcp.yaml"),
              "name: die\nversion: 1.0.0\ntools:\n  - {name: die, file: tools/die.py}\n"
              "  - {name: ok, file: tools/ok.py}\n  - {name: stray, file: tools/stray.js}\n");
        StdioServer s;
        QVERIFY(s.start(QStringLiteral("node"), project.path()));
        s.handshake();
        const QJsonObject died = s.call(2, QStringLiteral("die"), {});
        QVERIFY(died.value(QStringLiteral("result")).toObject().value(QStringLiteral("isError")).toBool());
        QVERIFY(firstText(died).contains(QStringLiteral("Python worker exited")));
        QCOMPARE(firstText(s.call(3, QStringLiteral("stray"), {})), QStringLiteral("js"));
        QCOMPARE(firstText(s.call(4, QStringLiteral("ok"), {})), QStringLiteral("alive"));
        QCOMPARE(s.request(5, QStringLiteral("ping")).value(QStringLiteral("result")).toObject(),
                 QJsonObject());
    }

    void configMountedAtRunTime()
    {
        // context.config is read at start: a different file at MCP_CONFIG_PATH changes behaviour.
        StdioServer s;
        QVERIFY(
            s.start(QStringLiteral("node"), example("weather-js"),
                    "units: imperial\nstations:\n  - {id: ABCD, name: \"Test: Field\", elevation_m: 7}\n"));
        s.handshake();
        QCOMPARE(firstText(s.call(2, QStringLiteral("dew_point"),
                                  {{QStringLiteral("temperature_c"), 20}, {QStringLiteral("humidity"), 50}})),
                 QStringLiteral("Dew point: 48.7 °F"));
        QCOMPARE(firstText(s.call(3, QStringLiteral("station_info"),
                                  {{QStringLiteral("id"), QStringLiteral("abcd")}})),
                 QStringLiteral("ABCD: Test: Field, elevation 7 m"));
    }

    void yamlSubsetAgrees()
    {
        // server.js and server.py read config files with the same YAML subset and agree.
        const QByteArray yaml =
            "# comment\nname: demo   # trailing\nnum: 42\nfloat: 1.5\nflag: true\nnothing: ~\n"
            "quoted: \"a \\\"b\\\" \\u00e9\"\nsingle: 'it''s'\nlist:\n  - one\n  - {k: v, n: [1, 2]}\n"
            "  - key: x\n    other: y\nnested:\n  deeper:\n    leaf: \"#not a comment\"\n"
            "block: |\n  line 1\n  line 2\nfolded: >-\n  a\n  b\nseq_same_indent:\n- a\n- b\nurl: "
            "http://x:8/p\n";
        QProcess node;
        node.start(
            QStringLiteral("node"),
            {QStringLiteral("-e"),
             QStringLiteral(
                 "const {parseYaml}=require(process.argv[1]);let s='';process.stdin.on('data',d=>s+=d);"
                 "process.stdin.on('end',()=>process.stdout.write(JSON.stringify(parseYaml(s))));"),
             QDir(runtimeDir()).filePath(QStringLiteral("js/mcpdock_js/yaml.js"))});
        node.write(yaml);
        node.closeWriteChannel();
        QVERIFY(node.waitForFinished(10000));
        QProcess py;
        py.start(QStringLiteral("python3"),
                 {QStringLiteral("-c"),
                  QStringLiteral("import sys, json; sys.path.insert(0, sys.argv[1]); "
                                 "from mcpdock_py.yamlsubset import parse_yaml; "
                                 "sys.__stdout__.write(json.dumps(parse_yaml(sys.stdin.read())))"),
                  QDir(runtimeDir()).filePath(QStringLiteral("py"))});
        py.write(yaml);
        py.closeWriteChannel();
        QVERIFY(py.waitForFinished(10000));
        const QJsonObject a = QJsonDocument::fromJson(node.readAllStandardOutput()).object();
        const QJsonObject b = QJsonDocument::fromJson(py.readAllStandardOutput()).object();
        QVERIFY2(!a.isEmpty(), node.readAllStandardError().constData());
        QCOMPARE(a, b);
        QCOMPARE(a.value(QStringLiteral("quoted")).toString(), QStringLiteral("a \"b\" é"));
        QCOMPARE(a.value(QStringLiteral("single")).toString(), QStringLiteral("it's"));
        QCOMPARE(a.value(QStringLiteral("block")).toString(), QStringLiteral("line 1\nline 2\n"));
        QCOMPARE(a.value(QStringLiteral("folded")).toString(), QStringLiteral("a b"));
        QCOMPARE(a.value(QStringLiteral("num")).toInt(), 42);
        QCOMPARE(a.value(QStringLiteral("nested"))
                     .toObject()
                     .value(QStringLiteral("deeper"))
                     .toObject()
                     .value(QStringLiteral("leaf"))
                     .toString(),
                 QStringLiteral("#not a comment"));
        QCOMPARE(a.value(QStringLiteral("list")).toArray().size(), 3);
        QCOMPARE(a.value(QStringLiteral("seq_same_indent")).toArray().size(), 2);
        QCOMPARE(a.value(QStringLiteral("url")).toString(), QStringLiteral("http://x:8/p"));
    }

    void httpTransport_data()
    {
        QTest::addColumn<QString>("interpreter");
        QTest::newRow("node") << QStringLiteral("node");
        QTest::newRow("python") << QStringLiteral("python3");
    }

    void httpTransport()
    {
        QFETCH(QString, interpreter);
        QTemporaryDir project;
        QDir(project.path()).mkpath(QStringLiteral("tools"));
        const bool node = interpreter == QLatin1String("node");
        QFile t(project.filePath(node ? QStringLiteral("tools/echo.js") : QStringLiteral("tools/echo.py")));
        QVERIFY(t.open(QIODevice::WriteOnly));
        t.write(
            node ? "module.exports = { inputSchema: {type: 'object'}, handler: (a) => 'echo ' + a.text };\n"
                 : "input_schema = {'type': 'object'}\n\ndef handler(a, c):\n    return 'echo ' + "
                   "a['text']\n");
        t.close();
        // A free port: bind, read it, release.
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        const quint16 port = probe.serverPort();
        probe.close();
        QFile m(project.filePath(QStringLiteral("mcp.yaml")));
        QVERIFY(m.open(QIODevice::WriteOnly));
        m.write("name: echo\nversion: 1.0.0\ntools:\n  - name: echo\n    file: tools/echo." +
                QByteArray(node ? "js" : "py") +
                "\nruntime:\n  transport: http\n  port: " + QByteArray::number(port) + "\n");
        m.close();
        StdioServer s;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        QVERIFY(s.start(interpreter, project.path()));

        const auto http = [&](const QByteArray& method, const QByteArray& path, const QByteArray& body,
                              const QByteArray& extra = {}) -> QPair<int, QByteArray> {
            QTcpSocket sock;
            QDeadlineTimer deadline(10000);
            while (!deadline.hasExpired()) {
                sock.connectToHost(QHostAddress::LocalHost, port);
                if (sock.waitForConnected(500))
                    break;
                sock.abort();
                QTest::qWait(100);
            }
            sock.write(method + ' ' + path +
                       " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n"
                       "Content-Type: application/json\r\nAccept: application/json, text/event-stream\r\n" +
                       extra + "Content-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body);
            QByteArray all;
            while (sock.state() == QAbstractSocket::ConnectedState && sock.waitForReadyRead(5000))
                all += sock.readAll();
            all += sock.readAll();
            const int status = all.mid(9, 3).toInt();
            return {status, all.mid(all.indexOf("\r\n\r\n") + 4)};
        };
        auto health = http("GET", "/healthz", {});
        QCOMPARE(health.first, 200);
        QCOMPARE(QJsonDocument::fromJson(health.second).object().value(QStringLiteral("status")).toString(),
                 QStringLiteral("ok"));
        auto init =
            http("POST", "/mcp",
                 "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"initialize\",\"params\":{\"protocolVersion\":"
                 "\"2025-11-25\",\"capabilities\":{},\"clientInfo\":{\"name\":\"t\",\"version\":\"1\"}}}");
        QCOMPARE(init.first, 200);
        QCOMPARE(QJsonDocument::fromJson(init.second)
                     .object()
                     .value(QStringLiteral("result"))
                     .toObject()
                     .value(QStringLiteral("protocolVersion"))
                     .toString(),
                 QStringLiteral("2025-11-25"));
        QCOMPARE(http("POST", "/mcp", "{\"jsonrpc\":\"2.0\",\"method\":\"notifications/initialized\"}").first,
                 202);
        auto call = http("POST", "/mcp",
                         "{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"tools/"
                         "call\",\"params\":{\"name\":\"echo\",\"arguments\":{\"text\":\"hi\"}}}",
                         "MCP-Protocol-Version: 2025-11-25\r\n");
        QCOMPARE(call.first, 200);
        QCOMPARE(firstText(QJsonDocument::fromJson(call.second).object()), QStringLiteral("echo hi"));
        QCOMPARE(http("GET", "/mcp", {}).first, 405);
        QCOMPARE(http("POST", "/mcp", "{\"jsonrpc\":\"2.0\",\"id\":3,\"method\":\"ping\"}",
                      "Origin: http://evil.example\r\n")
                     .first,
                 403);
        QCOMPARE(http("POST", "/mcp", "{\"jsonrpc\":\"2.0\",\"id\":3,\"method\":\"ping\"}",
                      "MCP-Protocol-Version: 1999-01-01\r\n")
                     .first,
                 400);

        // The HEALTHCHECK of http images: --probe against the running server.
        QProcess probeProcess;
        QProcessEnvironment penv = s.process.processEnvironment();
        probeProcess.setProcessEnvironment(penv);
        probeProcess.start(interpreter, {QDir(runtimeDir())
                                             .filePath(node ? QStringLiteral("js/server.js")
                                                            : QStringLiteral("py/server.py")),
                                         QStringLiteral("--probe")});
        QVERIFY(probeProcess.waitForFinished(10000));
        QCOMPARE(probeProcess.exitCode(), 0);

        ::kill(pid_t(s.process.processId()), SIGTERM);
        QVERIFY(s.process.waitForFinished(10000));
        QCOMPARE(s.process.exitCode(), 0);
    }
};

QTEST_GUILESS_MAIN(TestRuntime)
#include "tst_runtime.moc"
