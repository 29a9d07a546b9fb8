// Projects that bring their own MCP server: the manifest's server: block, detection of a folder
// without mcp.yaml (package.json / pyproject.toml), npm: references, and the Dockerfiles made for them.
#include "dockerfile/dockerfilegenerator.h"
#include "dockerfile/labels.h"
#include "manifest/manifestloader.h"
#include "manifest/projectdetector.h"
#include "project/packageresolver.h"
#include "project/projectloader.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace mcpdock;
using project::Project;
using project::ProjectIssue;

namespace {

QString sdkData(const char* name)
{
    return test::testDataDir() + QStringLiteral("/sdk/") + QLatin1String(name);
}

QString joined(const QList<ProjectIssue>& issues)
{
    QStringList out;
    for (const ProjectIssue& i : issues)
        out << i.toString();
    return out.join(QLatin1Char('\n'));
}

void writeFile(const QString& path, const QByteArray& bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(bytes);
}

QString generate(const Project& p)
{
    const auto g = dockerfile::generateDockerfile(p, {});
    if (!g)
        return QStringLiteral("ERROR: ") + g.error().join(QLatin1Char(' '));
    return g->text;
}

// The instructions of the last stage (after the last FROM).
QString finalStage(const QString& dockerfile)
{
    return dockerfile.mid(dockerfile.lastIndexOf(QLatin1String("\nFROM ")));
}

} // namespace

class TestSdkProject : public QObject
{
    Q_OBJECT

private slots:
    void manifestServerBlock()
    {
        const auto r = project::loadProject(sdkData("manifest-server"));
        QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(joined(r.error())));
        QCOMPARE(r->kind, Project::Kind::SdkServer);
        QCOMPARE(r->name, QStringLiteral("own-server"));
        QCOMPARE(r->server.command, (QStringList{QStringLiteral("node"), QStringLiteral("dist/index.js"),
                                                 QStringLiteral("--stdio")}));
        QCOMPARE(r->server.language, project::ServerCommand::Language::Node);
        QVERIFY(r->server.buildScript);
        QCOMPARE(r->packageJson, QStringLiteral("package.json"));
        QCOMPARE(r->npmLockfile, QStringLiteral("package-lock.json"));
        QCOMPARE(r->provenance.value(QStringLiteral("server.command")),
                 QStringLiteral("mcp.yaml:5")); // the line of the command list
        QVERIFY(r->tools.isEmpty());
    }

    void manifestServerErrors_data()
    {
        QTest::addColumn<QByteArray>("yaml");
        QTest::addColumn<QString>("expected"); // a part of one issue: line:column: field: message
        QTest::newRow("command not a list")
            << QByteArray("name: a\nversion: 1.0.0\nserver:\n  command: node x.js\n")
            << QStringLiteral(":4:12: server.command: must be a non-empty list");
        QTest::newRow("command missing")
            << QByteArray("name: a\nversion: 1.0.0\nserver:\n  transport: stdio\n")
            << QStringLiteral(":4:3: server.command: is required");
        QTest::newRow("bad transport")
            << QByteArray("name: a\nversion: 1.0.0\nserver:\n  command: [node, x.js]\n  transport: tcp\n")
            << QStringLiteral(":5:14: server.transport: \"tcp\" is not stdio or http");
        QTest::newRow("bad port")
            << QByteArray("name: a\nversion: 1.0.0\nserver:\n  command: [node, x.js]\n  port: 99999\n")
            << QStringLiteral(":5:9: server.port: \"99999\" is not a port number");
        QTest::newRow("unknown key")
            << QByteArray("name: a\nversion: 1.0.0\nserver:\n  command: [node, x.js]\n  shell: true\n")
            << QStringLiteral(":5:3: server.shell: unknown field");
        QTest::newRow("tools and server") << QByteArray("name: a\nversion: 1.0.0\nserver:\n  command: [node, "
                                                        "x.js]\ntools:\n  - name: t\n    file: t.js\n")
                                          << QStringLiteral(":6:3: tools: cannot be given with server:");
        QTest::newRow("newline in an argument")
            << QByteArray("name: a\nversion: 1.0.0\nserver:\n  command: [node, \"x.js\\nRUN evil\"]\n")
            << QStringLiteral(
                   ":4:19: server.command[1]: must be text of 1 to 4096 characters without control");
        QTest::newRow("language unknown")
            << QByteArray("name: a\nversion: 1.0.0\nserver:\n  command: [./serve]\n")
            << QStringLiteral(":4:12: server.language: cannot tell whether");
    }
    void manifestServerErrors()
    {
        QFETCH(QByteArray, yaml);
        QFETCH(QString, expected);
        QTemporaryDir dir;
        writeFile(dir.filePath(QStringLiteral("mcp.yaml")), yaml);
        const auto r = project::loadProject(dir.path());
        QVERIFY(!r.ok());
        const QString all = joined(r.error());
        QVERIFY2(all.contains(QStringLiteral("mcp.yaml") + expected), qPrintable(all));
    }

    void detectsNodeBin()
    {
        const auto r = project::loadProject(sdkData("node-bin"));
        QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(joined(r.error())));
        QCOMPARE(r->kind, Project::Kind::SdkServer);
        QCOMPARE(r->name, QStringLiteral("hello-server")); // the scope is dropped
        QCOMPARE(r->version, QStringLiteral("1.2.3"));
        QCOMPARE(r->description, QStringLiteral("Says hello"));
        QCOMPARE(r->license, QStringLiteral("MIT"));
        QCOMPARE(r->server.command, (QStringList{QStringLiteral("node"), QStringLiteral("index.js")}));
        QCOMPARE(r->npmLockfile, QStringLiteral("package-lock.json"));
        QVERIFY(!r->server.buildScript);
        QCOMPARE(r->provenance.value(QStringLiteral("version")), QStringLiteral("package.json"));
        QCOMPARE(r->provenance.value(QStringLiteral("server.command")),
                 QStringLiteral("package.json (bin.hello-server)"));
    }

    void detectsPyproject()
    {
        const auto r = project::loadProject(sdkData("py-fastmcp"));
        QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(joined(r.error())));
        QCOMPARE(r->server.language, project::ServerCommand::Language::Python);
        QCOMPARE(r->name, QStringLiteral("hello-py"));
        QCOMPARE(r->version, QStringLiteral("0.3.0"));
        QCOMPARE(r->license, QStringLiteral("Apache-2.0"));
        QCOMPARE(r->server.command, QStringList{QStringLiteral("hello-py")});
        QCOMPARE(r->server.pyproject, QStringLiteral("pyproject.toml"));
        QCOMPARE(r->provenance.value(QStringLiteral("name")), QStringLiteral("pyproject.toml"));
    }

    void detectionErrors_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("expected");
        const QByteArray sdk = "\"dependencies\": {\"@modelcontextprotocol/sdk\": \"^1\"}";
        QTest::newRow("two bins")
            << QStringLiteral("package.json")
            << QByteArray("{\"name\":\"x\",\"version\":\"1.0.0\",\"bin\":{\"a\":\"a.js\",\"b\":\"b.js\"}," +
                          sdk + "}")
            << QStringLiteral("package.json: bin: lists 2 commands (a, b)");
        QTest::newRow("no sdk") << QStringLiteral("package.json")
                                << QByteArray("{\"name\":\"x\",\"version\":\"1.0.0\",\"bin\":\"a.js\"}")
                                << QStringLiteral(
                                       "package.json: dependencies: read package.json and found no MCP SDK");
        QTest::newRow("no bin, no main") << QStringLiteral("package.json")
                                         << QByteArray("{\"name\":\"x\",\"version\":\"1.0.0\"," + sdk + "}")
                                         << QStringLiteral("package.json: bin: neither bin nor main");
        QTest::newRow("bin outside")
            << QStringLiteral("package.json")
            << QByteArray("{\"name\":\"x\",\"version\":\"1.0.0\",\"bin\":\"../a.js\"," + sdk + "}")
            << QStringLiteral("package.json: bin: \"../a.js\" is not a file inside");
        QTest::newRow("bad json") << QStringLiteral("package.json") << QByteArray("{\n\"name\": x}")
                                  << QStringLiteral("package.json:2: not valid JSON");
        QTest::newRow("two scripts") << QStringLiteral("pyproject.toml")
                                     << QByteArray(
                                            "[project]\nname='x'\nversion='1.0.0'\ndependencies=['mcp']\n"
                                            "[project.scripts]\na='x:a'\nb='x:b'\n")
                                     << QStringLiteral(
                                            "pyproject.toml:5: project.scripts: lists 2 commands (a, b)");
        QTest::newRow("no scripts") << QStringLiteral("pyproject.toml")
                                    << QByteArray(
                                           "[project]\nname='x'\nversion='1.0.0'\ndependencies=['mcp>=1']\n")
                                    << QStringLiteral("pyproject.toml: project.scripts: is missing");
        QTest::newRow("bad toml") << QStringLiteral("pyproject.toml") << QByteArray("[project]\nname = \n")
                                  << QStringLiteral("pyproject.toml:2:");
        QTest::newRow("nothing") << QStringLiteral("README.md") << QByteArray("hi")
                                 << QStringLiteral("not an MCP server project: looked for mcp.yaml");
    }
    void detectionErrors()
    {
        QFETCH(QString, file);
        QFETCH(QByteArray, content);
        QFETCH(QString, expected);
        QTemporaryDir dir;
        writeFile(dir.filePath(file), content);
        const auto r = project::loadProject(dir.path());
        QVERIFY(!r.ok());
        const QString all = joined(r.error());
        QVERIFY2(all.contains(expected), qPrintable(all));
    }

    void packageReferences_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("requested");
        QTest::addColumn<bool>("ok");
        QTest::newRow("scoped, versioned")
            << QStringLiteral("npm:@modelcontextprotocol/server-memory@2026.8.31")
            << QStringLiteral("@modelcontextprotocol/server-memory") << QStringLiteral("2026.8.31") << true;
        QTest::newRow("scoped") << QStringLiteral("npm:@a/b") << QStringLiteral("@a/b") << QString() << true;
        QTest::newRow("plain, range") << QStringLiteral("npm:left-pad@^1.3") << QStringLiteral("left-pad")
                                      << QStringLiteral("^1.3") << true;
        QTest::newRow("pypi") << QStringLiteral("pypi:mcp-server-fetch==1.2.0")
                              << QStringLiteral("mcp-server-fetch") << QStringLiteral("1.2.0") << true;
        QTest::newRow("uppercase") << QStringLiteral("npm:Bad") << QString() << QString() << false;
        QTest::newRow("shell in range")
            << QStringLiteral("npm:a@1;rm -rf") << QString() << QString() << false;
        QTest::newRow("quote in range") << QStringLiteral("npm:a@\"1\"") << QString() << QString() << false;
    }
    void packageReferences()
    {
        QFETCH(QString, text);
        QFETCH(QString, name);
        QFETCH(QString, requested);
        QFETCH(bool, ok);
        const auto r = project::parsePackageReference(text);
        QCOMPARE(r.ok(), ok);
        if (ok) {
            QCOMPARE(r->name, name);
            QCOMPARE(r->requested, requested);
        }
    }

    void npmViewAnswers()
    {
        project::PackageReference ref;
        ref.name = QStringLiteral("@modelcontextprotocol/server-memory");
        ref.requested = QStringLiteral("^2026");
        ref.args = {QStringLiteral("--flag")};
        // A range matching several versions: an array, the newest last.
        const auto many = project::projectFromNpmView(
            ref,
            R"([{"name":"@modelcontextprotocol/server-memory","version":"2026.7.4","bin":{"mcp-server-memory":"dist/index.js"}},
                    {"name":"@modelcontextprotocol/server-memory","version":"2026.8.31","license":"MIT","bin":{"mcp-server-memory":"./dist/index.js"}}])");
        QVERIFY2(many.ok(), many.ok() ? "" : qPrintable(many.error()));
        QCOMPARE(many->kind, Project::Kind::Package);
        QCOMPARE(many->version, QStringLiteral("2026.8.31"));
        QCOMPARE(many->name, QStringLiteral("server-memory"));
        QCOMPARE(many->package.bin, QStringLiteral("mcp-server-memory"));
        QCOMPARE(many->server.command,
                 (QStringList{
                     QStringLiteral("node"),
                     QStringLiteral("/app/node_modules/@modelcontextprotocol/server-memory/dist/index.js"),
                     QStringLiteral("--flag")}));

        const auto noBin = project::projectFromNpmView(ref, R"({"version":"1.0.0"})");
        QVERIFY(!noBin.ok());
        QVERIFY2(
            noBin.error().contains(QStringLiteral("@modelcontextprotocol/server-memory@1.0.0 has no bin")),
            qPrintable(noBin.error()));
        const auto twoBins =
            project::projectFromNpmView(ref, R"({"version":"1.0.0","bin":{"a":"a.js","b":"b.js"}})");
        QVERIFY(!twoBins.ok());
        QVERIFY2(twoBins.error().contains(QStringLiteral("has 2 bins (a, b)")), qPrintable(twoBins.error()));
        // Two bins, one named like the package: that one (as npx chooses).
        const auto named = project::projectFromNpmView(
            ref, R"({"version":"1.0.0","bin":{"server-memory":"m.js","other":"o.js"}})");
        QVERIFY(named.ok());
        QCOMPARE(named->package.binPath, QStringLiteral("m.js"));
        const auto evilPath = project::projectFromNpmView(ref, R"({"version":"1.0.0","bin":"../../etc/x"})");
        QVERIFY(!evilPath.ok());
    }

    void nodeServerDockerfile()
    {
        const auto r = project::loadProject(sdkData("manifest-server"));
        QVERIFY(r.ok());
        const QString text = generate(*r);
        QVERIFY2(!text.startsWith(QLatin1String("ERROR")), qPrintable(text));
        // Lockfile and npm ci before the sources, the build script, then the prune.
        const qsizetype ci = text.indexOf(QLatin1String(
            "COPY [\"package.json\", \"package-lock.json\", \"/build/\"]\nRUN [\"npm\", \"ci\""));
        const qsizetype src = text.indexOf(QLatin1String("COPY [\"src\", \"/build/src\"]"));
        const qsizetype build = text.indexOf(QLatin1String("RUN [\"npm\", \"run\", \"build\"]"));
        const qsizetype prune = text.indexOf(QLatin1String("RUN [\"npm\", \"prune\", \"--omit=dev\""));
        QVERIFY2(ci > 0 && src > ci && build > src && prune > build, qPrintable(text));
        // Only the output reaches the final stage: node_modules, package.json, dist.
        const QString final = finalStage(text);
        QVERIFY2(final.contains(
                     QLatin1String("COPY --from=build --chown=10001:10001 [\"/build/dist\", \"/app/dist\"]")),
                 qPrintable(final));
        QVERIFY(!final.contains(QLatin1String("/build/src")));
        QVERIFY(!final.contains(QLatin1String("/build/\", \"/app/\"")));
        QVERIFY(final.contains(QLatin1String("USER 10001:10001")));
        QVERIFY(final.contains(QLatin1String("HEALTHCHECK NONE")));
        QVERIFY(final.contains(QLatin1String("ENTRYPOINT [\"node\", \"dist/index.js\", \"--stdio\"]")));
        QVERIFY(final.indexOf(QLatin1String("USER ")) < final.indexOf(QLatin1String("ENTRYPOINT ")));
        QVERIFY(final.contains(QLatin1String("io.mcpdock.tools=\"[]\"")));
    }

    void nodeServerWithoutBuild()
    {
        const auto r = project::loadProject(sdkData("node-bin"));
        QVERIFY(r.ok());
        const QString text = generate(*r);
        QVERIFY2(text.contains(QLatin1String("COPY [\"index.js\", \"/build/\"]")), qPrintable(text));
        QVERIFY(!text.contains(QLatin1String("npm\", \"run\"")));
        QVERIFY(finalStage(text).contains(
            QLatin1String("COPY --from=build --chown=10001:10001 [\"/build/\", \"/app/\"]")));
        QVERIFY(text.contains(QLatin1String("FROM node:22-alpine AS build")));
    }

    void pythonServerDockerfile()
    {
        const auto r = project::loadProject(sdkData("py-fastmcp"));
        QVERIFY(r.ok());
        const QString text = generate(*r);
        QVERIFY2(text.contains(QLatin1String("RUN [\"python\", \"-m\", \"venv\", \"/opt/venv\"]")),
                 qPrintable(text));
        QVERIFY(text.indexOf(QLatin1String("COPY [\"pyproject.toml\", \"/build/\"]")) <
                text.indexOf(QLatin1String("RUN [\"pip\", \"install\", \".\"]")));
        const QString final = finalStage(text);
        QVERIFY(final.contains(QLatin1String("COPY --from=build [\"/opt/venv\", \"/opt/venv\"]")));
        QVERIFY(final.contains(QLatin1String("PYTHONUNBUFFERED=1")));
        QVERIFY(!final.contains(QLatin1String("/build/"))); // installed as a package: no sources
        QVERIFY(final.contains(QLatin1String("ENTRYPOINT [\"hello-py\"]")));

        // pip's configuration (index, auth) only in the builder stage.
        Project withConf = *r;
        withConf.server.pipConf = "[global]\nindex-url = https://user:SECRET@pypi.example/simple\n";
        const auto g = dockerfile::generateDockerfile(withConf, {});
        QVERIFY(g.ok());
        QCOMPARE(g->generatedFiles.value(QStringLiteral(".mcpdock/pip.conf")), withConf.server.pipConf);
        QVERIFY(g->text.indexOf(QLatin1String("/etc/pip.conf")) <
                g->text.lastIndexOf(QLatin1String("\nFROM ")));
        QVERIFY(!finalStage(g->text).contains(QLatin1String("pip.conf")));
        QVERIFY(!g->text.contains(QLatin1String("SECRET")));
    }

    void commandCannotInjectInstructions()
    {
        Project p;
        p.kind = Project::Kind::SdkServer;
        p.name = QStringLiteral("x");
        p.version = QStringLiteral("1.0.0");
        p.projectDir = sdkData("node-bin");
        p.packageJson = QStringLiteral("package.json");
        p.server.command = {QStringLiteral("node"), QStringLiteral("a\"]\nRUN [\"evil"),
                            QStringLiteral("$HOME\\")};
        const QString text = generate(p);
        QVERIFY2(
            text.contains(QLatin1String("ENTRYPOINT [\"node\", \"a\\\"]\\nRUN [\\\"evil\", \"$HOME\\\\\"]")),
            qPrintable(text));
        QVERIFY(!text.contains(QLatin1String("\nRUN [\"evil")));
    }

    void packageDockerfile()
    {
        project::PackageReference ref;
        ref.name = QStringLiteral("@modelcontextprotocol/server-memory");
        auto p = project::projectFromNpmView(
            ref, R"({"version":"2026.8.31","bin":{"mcp-server-memory":"dist/index.js"}})");
        QVERIFY(p.ok());
        p->package.npmrc = "//registry.example/:_authToken=SECRET\n";
        const auto g = dockerfile::generateDockerfile(*p, {});
        QVERIFY(g.ok());
        const QString text = g->text;
        QCOMPARE(g->generatedFiles.value(QStringLiteral(".mcpdock/npmrc")), p->package.npmrc);
        QVERIFY(g->generatedFiles.value(QStringLiteral(".mcpdock/package.json"))
                    .contains("\"@modelcontextprotocol/server-memory\": \"2026.8.31\""));
        // The npmrc only in the builder stage; the final stage copies node_modules alone.
        const QString final = finalStage(text);
        QVERIFY2(text.indexOf(QLatin1String("/root/.npmrc")) < text.lastIndexOf(QLatin1String("\nFROM ")),
                 qPrintable(text));
        QVERIFY(!final.contains(QLatin1String("npmrc")));
        QVERIFY(!text.contains(QLatin1String("SECRET")));
        QVERIFY(final.contains(QLatin1String("COPY --from=package --chown=10001:10001 "
                                             "[\"/opt/package/node_modules\", \"/app/node_modules\"]")));
        QVERIFY(final.contains(
            QLatin1String("ENTRYPOINT [\"node\", "
                          "\"/app/node_modules/@modelcontextprotocol/server-memory/dist/index.js\"]")));
        QVERIFY(final.contains(
            QLatin1String("io.mcpdock.package=\"npm:@modelcontextprotocol/server-memory@2026.8.31\"")));
        QVERIFY(final.contains(QLatin1String("org.opencontainers.image.version=\"2026.8.31\"")));
    }
};

QTEST_GUILESS_MAIN(TestSdkProject)
#include "tst_sdkproject.moc"
