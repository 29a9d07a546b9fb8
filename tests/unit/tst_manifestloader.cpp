#include "manifest/manifestloader.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace mcpdock::manifest;

namespace {

QString projectDir()
{
    return mcpdock::test::testDataDir() + QStringLiteral("/manifests/project");
}

// Issues as "file:line:col: field: message" with the fixture folder removed from the path.
QStringList issueStrings(const QList<ProjectIssue>& issues)
{
    QStringList out;
    const QString prefix = QDir(projectDir()).canonicalPath() + QLatin1Char('/');
    const QString prefix2 = QDir(projectDir()).absolutePath() + QLatin1Char('/');
    for (const ProjectIssue& i : issues) {
        QString s = i.toString();
        s.remove(prefix);
        s.remove(prefix2);
        out.append(s);
    }
    return out;
}

void writeFile(const QString& path, const QByteArray& bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(bytes);
}

} // namespace

class TestManifestLoader : public QObject
{
    Q_OBJECT

private slots:
    void validYaml()
    {
        const auto r = loadManifest(projectDir() + QStringLiteral("/valid.yaml"));
        QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(issueStrings(r.error()).join(QLatin1Char('\n'))));
        const Project& m = *r;
        QCOMPARE(m.name, QStringLiteral("fixture"));
        QCOMPARE(m.version, QStringLiteral("1.0.0-rc.1+build.5"));
        QCOMPARE(m.description, QStringLiteral("A fixture"));
        QCOMPARE(m.license, QStringLiteral("MIT"));
        QCOMPARE(m.source, QStringLiteral("https://example.com/fixture"));
        QCOMPARE(m.projectDir, QDir(projectDir()).canonicalPath());
        QCOMPARE(m.tools.size(), 3);
        QCOMPARE(m.tools[1].file, QStringLiteral("tools/shout.py")); // "./" normalised away
        QCOMPARE(m.tools[0].language, ToolEntry::Language::JavaScript);
        QCOMPARE(m.tools[1].language, ToolEntry::Language::Python);
        QCOMPARE(m.tools[2].language, ToolEntry::Language::TypeScript);
        QCOMPARE(m.tools[0].line, 7);
        QCOMPARE(m.connectors.size(), 1);
        QCOMPARE(m.npmDependencies.value(QStringLiteral("@scope/pkg")), QStringLiteral("~2.0.0"));
        QCOMPARE(m.pythonRequirements, (QStringList{QStringLiteral("httpx>=0.27"), QStringLiteral("rich")}));
        QCOMPARE(m.runtime.transport, Runtime::Transport::Http);
        QCOMPARE(m.runtime.port, 9090);
        QCOMPARE(m.runtime.node, QStringLiteral("22"));
        QCOMPARE(m.runtime.python, QStringLiteral("3.12"));
        QCOMPARE(m.configFile, QStringLiteral("config.yaml")); // the default beside the manifest
        QVERIFY(m.usesNode());
        QVERIFY(m.usesPython());
        QVERIFY(m.usesTypeScript());
    }

    void resourcesTemplatesAndPrompts()
    {
        const auto r = loadManifest(projectDir() + QStringLiteral("/features.yaml"));
        QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(issueStrings(r.error()).join(QLatin1Char('\n'))));
        const Project& m = *r;
        QCOMPARE(m.title, QStringLiteral("Feature fixture"));
        QVERIFY(m.tools.isEmpty()); // resources and prompts alone make a server
        QCOMPARE(m.resources.size(), 2);
        QCOMPARE(m.resources[0].uri, QStringLiteral("docs://readme"));
        QCOMPARE(m.resources[0].file, QStringLiteral("resources/readme.txt"));
        QCOMPARE(m.resources[0].mimeType, QStringLiteral("text/plain"));
        QVERIFY(m.resources[0].handler.isEmpty());
        QCOMPARE(m.resources[0].line, 5);
        QCOMPARE(m.resources[1].handler, QStringLiteral("resources/status.js"));
        QCOMPARE(m.resources[1].language, ToolEntry::Language::JavaScript);
        QCOMPARE(m.resourceTemplates.size(), 1);
        QCOMPARE(m.resourceTemplates[0].uriTemplate, QStringLiteral("file:///logs/{day}"));
        QCOMPARE(m.resourceTemplates[0].language, ToolEntry::Language::Python);
        QCOMPARE(m.prompts.size(), 1);
        QCOMPARE(m.prompts[0].name, QStringLiteral("review"));
        QCOMPARE(m.prompts[0].arguments.size(), 2);
        QCOMPARE(m.prompts[0].arguments[0].name, QStringLiteral("file"));
        QVERIFY(m.prompts[0].arguments[0].required);
        QVERIFY(!m.prompts[0].arguments[1].required);
        // The handlers' languages decide the runtimes the image carries.
        QVERIFY(m.usesNode());
        QVERIFY(m.usesPython());
        QVERIFY(!m.usesTypeScript());
    }

    void validJson()
    {
        const auto r = loadManifest(projectDir() + QStringLiteral("/valid.json"));
        QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(issueStrings(r.error()).join(QLatin1Char('\n'))));
        QCOMPARE(r->name, QStringLiteral("fixture-json"));
        QCOMPARE(r->tools.size(), 1);
        QCOMPARE(r->tools[0].line, 5);
        QCOMPARE(r->runtime.transport, Runtime::Transport::Stdio);
        QCOMPARE(r->runtime.node, QStringLiteral("20"));
        QVERIFY(r->usesNode());
        QVERIFY(!r->usesPython());
    }

    void errors_data()
    {
        QTest::addColumn<QString>("fixture");
        QTest::addColumn<QStringList>("expected");
        const auto row = [](const char* fixture, QStringList expected) {
            QTest::newRow(fixture) << QString::fromLatin1(fixture) << expected;
        };
        row("missing-required.yaml",
            {QStringLiteral("missing-required.yaml:1:1: name: is required"),
             QStringLiteral("missing-required.yaml:1:1: version: is required"),
             QStringLiteral("missing-required.yaml:1:1: tools: is required: list at least "
                            "one tool with name and file (or resources, resourceTemplates or prompts; or "
                            "server: with the command of a server of your own)")});
        row("bad-features.yaml",
            {QStringLiteral("bad-features.yaml:4:11: resources[0].uri: \"no scheme\" is not a URI such as "
                            "file:///notes.txt or weather://stations"),
             QStringLiteral("bad-features.yaml:5:5: resources[1]: give either file (the resource's content) "
                            "or handler (a module whose read() serves it)"),
             QStringLiteral("bad-features.yaml:6:5: resources[2]: give either file (the resource's content) "
                            "or handler (a module whose read() serves it)"),
             QStringLiteral(
                 "bad-features.yaml:7:43: resources[3].file: resources/missing.txt does not exist"),
             QStringLiteral("bad-features.yaml:8:11: resources[4].uri: \"docs://readme\" is already used on "
                            "line 7; resource URIs must be unique"),
             QStringLiteral("bad-features.yaml:8:75: resources[4].mimeType: \"not a type\" is not a media "
                            "type such as text/plain or application/json"),
             QStringLiteral(
                 "bad-features.yaml:10:19: resourceTemplates[0].uriTemplate: \"file:///logs/{day\" "
                 "is not a URI template such as notes://note/{id} (a scheme, then literal text "
                 "and {name} variables)"),
             QStringLiteral(
                 "bad-features.yaml:11:63: resourceTemplates[1].handler: resources/readme.txt must "
                 "end in .js, .mjs, .cjs, .ts or .py"),
             QStringLiteral("bad-features.yaml:13:12: prompts[0].name: \"bad name\" is not a valid name: use "
                            "1 to 64 letters, digits, _ or -"),
             QStringLiteral(
                 "bad-features.yaml:14:80: prompts[1].arguments[0].required: must be true or false"),
             QStringLiteral("bad-features.yaml:14:88: prompts[1].arguments[1].name: is required"),
             QStringLiteral(
                 "bad-features.yaml:15:12: prompts[2].name: \"review\" is already used on line 14; "
                 "names must be unique")});
        row("bad-publishing.yaml",
            {QStringLiteral(
                 "bad-publishing.yaml:3:10: mcpName: \"weather\" is not an MCP Registry name: use "
                 "reverse-DNS with one slash, such as io.github.acme/weather (3 to 200 characters)"),
             QStringLiteral(
                 "bad-publishing.yaml:4:11: homepage: \"ftp://example.com\" is not an http(s) URL"),
             QStringLiteral(
                 "bad-publishing.yaml:5:7: icon: tools/hello.js must be a .png, .jpg, .svg or .webp image"),
             QStringLiteral("bad-publishing.yaml:9:12: env[0].name: \"1BAD\" is not an environment variable "
                            "name: letters, digits and _, not starting with a digit"),
             QStringLiteral("bad-publishing.yaml:10:12: env[1].name: PORT is set by the image itself; choose "
                            "another name"),
             QStringLiteral(
                 "bad-publishing.yaml:11:42: env[2].default: a secret has no value in the manifest; whoever "
                 "runs the image supplies it (mcpdock run asks for it and keeps it in the keychain)"),
             QStringLiteral(
                 "bad-publishing.yaml:12:46: env[3].default: \"many\" does not match the variable's format"),
             QStringLiteral("bad-publishing.yaml:13:26: env[4].format: \"enum\" is not string, number, "
                            "boolean or filepath"),
             QStringLiteral("bad-publishing.yaml:14:28: env[5].secret: must be true or false"),
             QStringLiteral("bad-publishing.yaml:15:12: env[6].name: \"RETRIES\" is already used on line 12; "
                            "names must be unique"),
             QStringLiteral("bad-publishing.yaml:16:5: env[7].name: is required")});
        row("bad-values.yaml",
            {QStringLiteral("bad-values.yaml:12:1: unknown_top: unknown field (known fields: name, version, "
                            "title, description, license, source, tools, connectors, resources, "
                            "resourceTemplates, prompts, dependencies, config, runtime, mcpName, icon, "
                            "homepage, env, server)"),
             QStringLiteral(
                 "bad-values.yaml:1:7: name: \"Weather Server\" is not a valid name: use at most 64 "
                 "lowercase letters and digits, separated by single . _ or -"),
             QStringLiteral("bad-values.yaml:2:10: version: \"1.2\" is not a semantic version such as 1.2.0"),
             QStringLiteral(
                 "bad-values.yaml:4:11: tools[0].name: \"bad name\" is not a valid name: use 1 to 64 "
                 "letters, digits, _ or -"),
             QStringLiteral("bad-values.yaml:7:11: tools[1].file: tools/missing.py does not exist"),
             QStringLiteral(
                 "bad-values.yaml:8:11: tools[2].name: \"hello\" is already used on line 6; names must "
                 "be unique"),
             QStringLiteral(
                 "bad-values.yaml:9:11: tools[2].file: tools/notes.txt must end in .js, .mjs, .cjs, .ts "
                 "or .py"),
             QStringLiteral(
                 "bad-values.yaml:11:5: tools[3].colour: unknown field (known fields: name, description, "
                 "file)"),
             QStringLiteral("bad-values.yaml:10:5: tools[3].name: is required")});
        row("bad-paths.yaml",
            {QStringLiteral(
                 "bad-paths.yaml:5:11: tools[0].file: ../outside.js leaves the project folder (..); keep "
                 "every file inside it"),
             QStringLiteral(
                 "bad-paths.yaml:7:11: tools[1].file: /etc/passwd.js is an absolute path; give a path "
                 "relative to the manifest's folder"),
             QStringLiteral(
                 "bad-paths.yaml:9:11: tools[2].file: tools\\hello.js uses \\; separate folders with /"),
             QStringLiteral(
                 "bad-paths.yaml:11:11: tools[3].file: tools/*.js: only letters, digits and . _ - @ + may "
                 "appear in file and folder names"),
             QStringLiteral("bad-paths.yaml:13:11: tools[4].file: tools is not a file"),
             QStringLiteral("bad-paths.yaml:15:11: tools[5].file: node_modules/x.js does not exist")});
        row("bad-runtime.yaml",
            {QStringLiteral(
                 "bad-runtime.yaml:11:3: runtime.memory: unknown field (known fields: transport, port, "
                 "node, python)"),
             QStringLiteral("bad-runtime.yaml:7:14: runtime.transport: \"grpc\" is not stdio or http"),
             QStringLiteral("bad-runtime.yaml:8:9: runtime.port: \"70000\" is not a port number (1-65535)"),
             QStringLiteral(
                 "bad-runtime.yaml:9:9: runtime.node: Node 16 is too old; the runtime needs Node 18 or "
                 "newer (use \"22\" or \"24\")"),
             QStringLiteral(
                 "bad-runtime.yaml:10:11: runtime.python: \"2.7\" is not a Python 3 version such as "
                 "\"3.11\"")});
        row("bad-deps.yaml",
            {QStringLiteral(
                 "bad-deps.yaml:13:3: dependencies.ruby: unknown field (known fields: npm, python)"),
             QStringLiteral(
                 "bad-deps.yaml:8:5: dependencies.npm.Bad Name: \"Bad Name\" is not a valid npm package "
                 "name"),
             QStringLiteral(
                 "bad-deps.yaml:9:13: dependencies.npm.ok-pkg: must be a single value, not a list or a "
                 "mapping"),
             QStringLiteral(
                 "bad-deps.yaml:11:7: dependencies.python[0]: \"--index-url http://evil\" is not a "
                 "requirement like \"httpx>=0.27\"")});
        row("bad-config-ref.yaml",
            {QStringLiteral("bad-config.yaml:2:2: not valid YAML: end of sequence flow not found")});
        row("alias-config-ref.yaml",
            {QStringLiteral("alias-config.yaml:1:7: anchors (&name) are not supported"),
             QStringLiteral("alias-config.yaml:2:8: aliases (*name) are not supported")});
        row("types.yaml",
            {QStringLiteral("types.yaml:1:7: name: must be a single value, not a list or a mapping"),
             QStringLiteral("types.yaml:4:3: tools: must be a list of entries with name and file")});
        row("empty-tools.yaml",
            {QStringLiteral("empty-tools.yaml:3:8: tools: must list at least one entry")});
        row("yaml-syntax.yaml", {QStringLiteral("yaml-syntax.yaml:2:15: not valid YAML: illegal map value")});
        row("alias-bomb.yaml", {QStringLiteral("alias-bomb.yaml:1:4: anchors (&name) are not supported"),
                                QStringLiteral("alias-bomb.yaml:2:8: aliases (*name) are not supported")});
        row("deep.yaml", {QStringLiteral("deep.yaml:6:39: nested deeper than 32 levels")});
        row("duplicate-key.yaml", {QStringLiteral("duplicate-key.yaml:2:1: name: is given twice")});
        row("bad-json.json", {QStringLiteral("bad-json.json:4:14: not valid JSON: illegal value")});
    }

    void errors()
    {
        QFETCH(QString, fixture);
        QFETCH(QStringList, expected);
        const auto r = loadManifest(projectDir() + QLatin1Char('/') + fixture);
        QVERIFY(!r.ok());
        QCOMPARE(issueStrings(r.error()), expected);
        for (const ProjectIssue& i : r.error())
            QVERIFY(!i.file.isEmpty());
    }

    // What the loader accepts, the build carries (issue 16, item 3): a module the context's skip
    // list would leave out is refused at load time with the file, line and field.
    void filesTheContextLeavesOutRefused_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("skipped");
        QTest::newRow("tools/venv") << "tools/venv/x.py"
                                    << "venv";
        QTest::newRow("tools/.env.js") << "tools/.env.js"
                                       << ".env.js";
        QTest::newRow(".env.js at the root") << ".env.js"
                                             << ".env.js";
        QTest::newRow("__pycache__") << "tools/__pycache__/x.py"
                                     << "__pycache__";
        QTest::newRow(".venv") << "lib/.venv/tool.py"
                               << ".venv";
        QTest::newRow("link to .env.js") << "tools/link.js"
                                         << ".env.js";
    }
    void filesTheContextLeavesOutRefused()
    {
        QFETCH(QString, file);
        QFETCH(QString, skipped);
        QTemporaryDir dir;
        writeFile(dir.path() + QStringLiteral("/mcp.yaml"),
                  "name: skip-test\nversion: 1.0.0\ntools:\n  - name: ok\n"
                  "    file: tools/ok.js\n  - name: t\n    file: " +
                      file.toUtf8() + "\n");
        writeFile(dir.path() + QStringLiteral("/tools/ok.js"), "module.exports = {};\n");
        if (file == QLatin1String("tools/link.js")) {
            writeFile(dir.path() + QStringLiteral("/.env.js"), "module.exports = {};\n");
            QVERIFY(QFile::link(QStringLiteral("../.env.js"), dir.path() + QStringLiteral("/tools/link.js")));
        } else {
            writeFile(dir.path() + QLatin1Char('/') + file,
                      file.endsWith(QLatin1String(".py")) ? "x = 1\n" : "module.exports = {};\n");
        }
        const auto r = loadManifest(dir.path());
        QVERIFY2(!r.ok(), qPrintable(file + QStringLiteral(" was accepted")));
        QCOMPARE(r.error().size(), 1);
        const ProjectIssue& i = r.error().first();
        QCOMPARE(i.file, QDir(dir.path()).filePath(QStringLiteral("mcp.yaml")));
        QCOMPARE(i.line, 7);
        QCOMPARE(i.field, QStringLiteral("tools[1].file"));
        QVERIFY2(i.message.contains(file) && i.message.contains(skipped), qPrintable(i.toString()));
    }

    // pip options in a requirement line (issue 16, item 5): they belong in requirements.txt.
    void requirementOptionsRefused_data()
    {
        QTest::addColumn<QString>("requirement");
        QTest::newRow("--index-url=") << "httpx --index-url=http://evil.example/simple";
        QTest::newRow("--extra-index-url") << "httpx>=0.27 --extra-index-url http://evil.example";
        QTest::newRow("-r") << "httpx -r /etc/passwd";
        QTest::newRow("--hash after a marker") << "httpx; python_version >= '3.8' --hash=sha256:00";
        QTest::newRow("trailing backslash") << "httpx \\\\";
    }
    void requirementOptionsRefused()
    {
        QFETCH(QString, requirement);
        QTemporaryDir dir;
        writeFile(dir.path() + QStringLiteral("/mcp.yaml"),
                  "name: req-test\nversion: 1.0.0\ntools:\n  - name: t\n    file: tools/t.py\n"
                  "dependencies:\n  python:\n    - pyyaml>=6\n    - \"" +
                      requirement.toUtf8() + "\"\n");
        writeFile(dir.path() + QStringLiteral("/tools/t.py"), "x = 1\n");
        const auto r = loadManifest(dir.path());
        QVERIFY2(!r.ok(), qPrintable(requirement + QStringLiteral(" was accepted")));
        QCOMPARE(r.error().size(), 1);
        const ProjectIssue& i = r.error().first();
        QCOMPARE(i.line, 9);
        QCOMPARE(i.field, QStringLiteral("dependencies.python[1]"));
        QVERIFY2(i.message.contains(QStringLiteral("requirements.txt")), qPrintable(i.toString()));
    }

    void issueToString()
    {
        ProjectIssue i{QStringLiteral("path/mcp.yaml"), 12, 5, QStringLiteral("tools[1].file"),
                       QStringLiteral("tools/x.py does not exist")};
        QCOMPARE(i.toString(),
                 QStringLiteral("path/mcp.yaml:12:5: tools[1].file: tools/x.py does not exist"));
        i.line = 0;
        i.field.clear();
        QCOMPARE(i.toString(), QStringLiteral("path/mcp.yaml: tools/x.py does not exist"));
    }

    void folderLookup()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        ProjectIssue none = loadManifest(dir.path()).error().value(0);
        QCOMPARE(none.message, QStringLiteral("no mcp.yaml, mcp.yml or manifest.json in this folder"));
        QCOMPARE(findManifestInDir(dir.path()), QString());
        writeFile(dir.filePath(QStringLiteral("tools/t.py")), "def handler(a, c):\n    return 'x'\n");
        writeFile(dir.filePath(QStringLiteral("manifest.json")),
                  R"({"name": "j", "version": "1.0.0", "tools": [{"name": "t", "file": "tools/t.py"}]})");
        QCOMPARE(findManifestInDir(dir.path()), dir.filePath(QStringLiteral("manifest.json")));
        writeFile(dir.filePath(QStringLiteral("mcp.yml")),
                  "name: y\nversion: 1.0.0\ntools: [{name: t, file: tools/t.py}]\n");
        QCOMPARE(findManifestInDir(dir.path()), dir.filePath(QStringLiteral("mcp.yml")));
        const auto r = loadManifest(dir.path());
        QVERIFY(r.ok());
        QCOMPARE(r->name, QStringLiteral("y"));
        QVERIFY(r->usesPython());
        QVERIFY(!r->usesNode());
    }

    void symlinkLeavingProject()
    {
        QTemporaryDir outside;
        QTemporaryDir dir;
        writeFile(outside.filePath(QStringLiteral("secret.js")), "module.exports = {}\n");
        QDir(dir.path()).mkpath(QStringLiteral("tools"));
        QVERIFY(QFile::link(outside.filePath(QStringLiteral("secret.js")),
                            dir.filePath(QStringLiteral("tools/a.js"))));
        QVERIFY(QFile::link(outside.path(), dir.filePath(QStringLiteral("linked"))));
        writeFile(dir.filePath(QStringLiteral("tools/inside.js")), "module.exports = {}\n");
        QVERIFY(QFile::link(dir.filePath(QStringLiteral("tools/inside.js")),
                            dir.filePath(QStringLiteral("tools/b.js"))));
        writeFile(dir.filePath(QStringLiteral("mcp.yaml")), "name: links\nversion: 1.0.0\ntools:\n"
                                                            "  - name: a\n    file: tools/a.js\n"
                                                            "  - name: c\n    file: linked/secret.js\n"
                                                            "  - name: b\n    file: tools/b.js\n");
        const auto r = loadManifest(dir.filePath(QStringLiteral("mcp.yaml")));
        QVERIFY(!r.ok());
        QStringList got;
        for (const ProjectIssue& i : r.error())
            got.append(QStringLiteral("%1:%2: %3: %4").arg(i.line).arg(i.column).arg(i.field, i.message));
        QCOMPARE(
            got,
            (QStringList{
                QStringLiteral("5:11: tools[0].file: tools/a.js is a symbolic link that leads outside the "
                               "project folder; copy the file into the project"),
                QStringLiteral("7:11: tools[1].file: linked/secret.js is a symbolic link that leads outside "
                               "the project folder; copy the file into the project"),
            })); // tools/b.js links inside the project: fine
    }

    void sizeCap()
    {
        QTemporaryDir dir;
        QByteArray big = "name: big\nversion: 1.0.0\n# ";
        big += QByteArray(MaxManifestBytes, 'x');
        writeFile(dir.filePath(QStringLiteral("mcp.yaml")), big);
        const auto r = loadManifest(dir.path());
        QVERIFY(!r.ok());
        QCOMPARE(r.error().size(), 1);
        QVERIFY(r.error()[0].message.contains(QStringLiteral("larger than")));
    }

    void normalizedJson()
    {
        const auto r = loadManifest(projectDir() + QStringLiteral("/valid.yaml"));
        QVERIFY(r.ok());
        const QByteArray json = normalizedManifestJson(*r);
        QCOMPARE(json, normalizedManifestJson(*r)); // deterministic
        const QJsonObject o = QJsonDocument::fromJson(json).object();
        QCOMPARE(o.value(QStringLiteral("name")).toString(), QStringLiteral("fixture"));
        const QJsonArray tools = o.value(QStringLiteral("tools")).toArray();
        QCOMPARE(tools.size(), 3);
        QCOMPARE(tools[2].toObject().value(QStringLiteral("file")).toString(),
                 QStringLiteral("tools/typed.js"));
        QCOMPARE(tools[2].toObject().value(QStringLiteral("language")).toString(),
                 QStringLiteral("javascript"));
        QCOMPARE(tools[1].toObject().value(QStringLiteral("language")).toString(), QStringLiteral("python"));
        QCOMPARE(o.value(QStringLiteral("runtime")).toObject().value(QStringLiteral("transport")).toString(),
                 QStringLiteral("http"));
        QVERIFY(!json.contains("greeting")); // nothing from config.yaml
    }

    void imagePaths()
    {
        ToolEntry e;
        e.file = QStringLiteral("x.ts");
        e.language = ToolEntry::Language::TypeScript;
        QCOMPARE(imageRelativePath(e, false), QStringLiteral("tools/x.js"));
        QCOMPARE(imageRelativePath(e, true), QStringLiteral("connectors/x.js"));
        e.file = QStringLiteral("src/deep/y.py");
        e.language = ToolEntry::Language::Python;
        QCOMPARE(imageRelativePath(e, false), QStringLiteral("src/deep/y.py"));
    }

    void examplesLoad_data()
    {
        QTest::addColumn<QString>("example");
        QTest::newRow("weather-js") << QStringLiteral("weather-js");
        QTest::newRow("notes-py") << QStringLiteral("notes-py");
        QTest::newRow("mixed") << QStringLiteral("mixed");
    }

    void examplesLoad()
    {
        QFETCH(QString, example);
        const auto r = loadManifest(mcpdock::test::sourceDir() + QStringLiteral("/examples/") + example);
        QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error()[0].toString()));
        QVERIFY(!r->connectors.isEmpty());
        QCOMPARE(r->configFile, QStringLiteral("config.yaml"));
    }
};

QTEST_GUILESS_MAIN(TestManifestLoader)
#include "tst_manifestloader.moc"
