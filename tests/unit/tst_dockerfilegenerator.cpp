#include "cli.h"
#include "dockerfile/dockerfilegenerator.h"
#include "dockerfile/labels.h"
#include "manifest/manifestloader.h"
#include "testsupport.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace mcpdock;

namespace {

// One Dockerfile instruction as the builder sees it: continuation lines joined, comments dropped.
struct Instruction
{
    QString keyword;
    QString args;
};

bool operator==(const Instruction& a, const Instruction& b)
{
    return a.keyword == b.keyword && a.args == b.args;
}

// A small model of the Dockerfile parser: a line ending in the escape character continues on the
// next line; comment lines are dropped, also inside a continuation.
QList<Instruction> parseDockerfile(const QString& text)
{
    QList<Instruction> out;
    QString current;
    for (const QString& raw : text.split(QLatin1Char('\n'))) {
        const QString trimmed = raw.trimmed();
        if (trimmed.startsWith(QLatin1Char('#')) || (trimmed.isEmpty() && current.isEmpty()))
            continue;
        QString line = raw;
        if (line.endsWith(QLatin1Char('\\'))) {
            current += line.left(line.size() - 1);
            continue;
        }
        current += line;
        const QString s = current.trimmed();
        current.clear();
        if (s.isEmpty())
            continue;
        const qsizetype space = s.indexOf(QLatin1Char(' '));
        out.append({s.left(space).toUpper(), space < 0 ? QString() : s.mid(space + 1)});
    }
    if (!current.trimmed().isEmpty())
        out.append({QStringLiteral("<DANGLING>"), current});
    return out;
}

// LABEL key="value" [key="value" ...] with the Dockerfile lexer's double-quote rules: \ escapes
// " \ and $; an unescaped $ would expand a variable, which is a failure here. Pairs are separated
// by blanks (what is left of the line continuations after parseDockerfile joined them).
bool parseLabels(const QString& args, QList<QPair<QString, QString>>& pairs)
{
    pairs.clear();
    qsizetype i = 0;
    const qsizetype n = args.size();
    while (true) {
        while (i < n && args.at(i).isSpace())
            ++i;
        if (i == n)
            return !pairs.isEmpty();
        const qsizetype eq = args.indexOf(QLatin1Char('='), i);
        if (eq <= i || eq + 1 >= n || args.at(eq + 1) != QLatin1Char('"'))
            return false;
        const QString key = args.mid(i, eq - i);
        if (key.contains(QLatin1Char(' ')) || key.contains(QLatin1Char('"')))
            return false;
        QString value;
        bool closed = false;
        for (i = eq + 2; i < n; ++i) {
            const QChar c = args.at(i);
            if (c == QLatin1Char('\\') && i + 1 < n) {
                const QChar next = args.at(i + 1);
                if (next == QLatin1Char('"') || next == QLatin1Char('\\') || next == QLatin1Char('$')) {
                    value += next;
                    ++i;
                    continue;
                }
                value += c;
            } else if (c == QLatin1Char('"')) {
                closed = true;
                ++i;
                break;
            } else if (c == QLatin1Char('$')) {
                return false;
            } else {
                value += c;
            }
        }
        // The closing quote must end the pair: a blank or the end of the instruction follows.
        if (!closed || (i < n && !args.at(i).isSpace()))
            return false;
        pairs.append({key, value});
    }
}

QString manifestsDir()
{
    return test::testDataDir() + QStringLiteral("/manifests");
}

QString normalise(QString text)
{
    // The generator's own version is in a label; goldens must not change with every release.
    return text.replace(QStringLiteral("io.mcpdock.generator=\"" MCPDOCK_VERSION "\""),
                        QStringLiteral("io.mcpdock.generator=\"@VERSION@\""));
}

project::Project sample()
{
    project::Project m;
    m.projectDir = test::sourceDir() + QStringLiteral("/examples/weather-js");
    m.name = QStringLiteral("sample");
    m.version = QStringLiteral("1.0.0");
    m.description = QStringLiteral("A sample");
    m.license = QStringLiteral("MIT");
    m.source = QStringLiteral("https://example.com/sample");
    project::ToolEntry t;
    t.name = QStringLiteral("convert");
    t.description = QStringLiteral("Convert");
    t.file = QStringLiteral("tools/convert.js");
    m.tools.append(t);
    return m;
}

} // namespace

class TestDockerfileGenerator : public QObject
{
    Q_OBJECT

private slots:
    void golden_data()
    {
        QTest::addColumn<QString>("manifest");
        QTest::addColumn<QString>("golden");
        QTest::addColumn<QStringList>("projectFiles");
        QTest::addColumn<QStringList>("generated");
        const QString ex = test::sourceDir() + QStringLiteral("/examples/");
        QTest::newRow("js-only")
            << ex + QStringLiteral("weather-js") << QStringLiteral("js-only.Dockerfile")
            << QStringList{QStringLiteral("config.yaml"),         QStringLiteral("connectors/stations.js"),
                           QStringLiteral("prompts/briefing.js"), QStringLiteral("resources/station.js"),
                           QStringLiteral("resources/units.md"),  QStringLiteral("tools/convert.js"),
                           QStringLiteral("tools/dewpoint.mjs"),  QStringLiteral("tools/station.js"),
                           QStringLiteral("tools/units.js")}
            << QStringList{QStringLiteral(".mcpdock/manifest.json"),
                           QStringLiteral(".mcpdock/runtime/js/server.js")};
        QTest::newRow("python-only")
            << ex + QStringLiteral("notes-py") << QStringLiteral("python-only.Dockerfile")
            << QStringList{QStringLiteral("config.yaml"),          QStringLiteral("connectors/db.py"),
                           QStringLiteral("prompts/summarise.py"), QStringLiteral("resources/note.py"),
                           QStringLiteral("tools/add_note.py"),    QStringLiteral("tools/search_notes.py")}
            << QStringList{QStringLiteral(".mcpdock/manifest.json"),
                           QStringLiteral(".mcpdock/runtime/py/server.py")};
        QTest::newRow("mixed") << ex + QStringLiteral("mixed") << QStringLiteral("mixed.Dockerfile")
                               << QStringList{QStringLiteral("config.yaml"),
                                              QStringLiteral("connectors/glossary.js"),
                                              QStringLiteral("tools/define.js"),
                                              QStringLiteral("tools/number_stats.py"),
                                              QStringLiteral("tools/text_stats.js")}
                               << QStringList{QStringLiteral(".mcpdock/manifest.json"),
                                              QStringLiteral(".mcpdock/runtime/js/server.js"),
                                              QStringLiteral(".mcpdock/runtime/py/server.py")};
        QTest::newRow("typescript")
            << manifestsDir() + QStringLiteral("/ts-project") << QStringLiteral("typescript.Dockerfile")
            << QStringList{QStringLiteral(".npmrc"),       QStringLiteral("greet.ts"),
                           QStringLiteral("lib/plain.js"), QStringLiteral("package-lock.json"),
                           QStringLiteral("package.json"), QStringLiteral("tools/add.ts"),
                           QStringLiteral("tools/math.ts")}
            << QStringList{QStringLiteral(".mcpdock/manifest.json"),
                           QStringLiteral(".mcpdock/runtime/js/server.js")};
        QTest::newRow("http") << manifestsDir() + QStringLiteral("/http-project")
                              << QStringLiteral("http.Dockerfile")
                              << QStringList{QStringLiteral("requirements.txt"),
                                             QStringLiteral("tools/echo.py")}
                              << QStringList{QStringLiteral(".mcpdock/manifest.json"),
                                             QStringLiteral(".mcpdock/requirements.txt"),
                                             QStringLiteral(".mcpdock/runtime/py/server.py")};
    }

    void golden()
    {
        QFETCH(QString, manifest);
        QFETCH(QString, golden);
        QFETCH(QStringList, projectFiles);
        QFETCH(QStringList, generated);
        const auto m = manifest::loadManifest(manifest);
        QVERIFY2(m.ok(), m.ok() ? "" : qPrintable(m.error()[0].toString()));
        const auto r = dockerfile::generateDockerfile(*m, {});
        QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().join(QLatin1Char('\n'))));
        const QString path = test::testDataDir() + QStringLiteral("/dockerfile/") + golden;
        const QString text = normalise(r->text);
        if (QProcessEnvironment::systemEnvironment().value(QStringLiteral("MCPDOCK_UPDATE_GOLDEN")) ==
            QLatin1String("1")) {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(text.toUtf8());
        }
        QFile f(path);
        QVERIFY2(f.open(QIODevice::ReadOnly), qPrintable(path));
        QCOMPARE(text, QString::fromUtf8(f.readAll()));

        QStringList files = r->projectFiles;
        files.sort();
        QCOMPARE(files, projectFiles);
        // The runtime's entry files by name; the rest of each runtime folder must be exactly what
        // resources/runtime/<js|py> holds, byte for byte (nothing left out of the image).
        QStringList keys;
        QStringList runtimes;
        for (const QString& k : r->generatedFiles.keys()) {
            static const QRegularExpression entry(
                QStringLiteral("^\\.mcpdock/runtime/(js|py)/server\\.(js|py)$"));
            if (!k.startsWith(QLatin1String(".mcpdock/runtime/")))
                keys << k;
            else if (const auto hit = entry.match(k); hit.hasMatch())
                keys << k, runtimes << hit.captured(1);
        }
        QCOMPARE(keys, generated);
        for (const QString& g : generated)
            QVERIFY(!r->generatedFiles.value(g).isEmpty());
        for (const QString& lang : std::as_const(runtimes)) {
            const QString root = test::sourceDir() + QStringLiteral("/resources/runtime/") + lang;
            QDirIterator it(root, {QStringLiteral("*.js"), QStringLiteral("*.py")}, QDir::Files,
                            QDirIterator::Subdirectories);
            int copied = 0;
            while (it.hasNext()) {
                QFile source(it.next());
                if (source.fileName().contains(QLatin1String("__pycache__")))
                    continue;
                QVERIFY(source.open(QIODevice::ReadOnly));
                const QString key =
                    QStringLiteral(".mcpdock/runtime/") + lang + source.fileName().mid(root.size());
                QVERIFY2(r->generatedFiles.contains(key),
                         qPrintable(key + QStringLiteral(" is not in the context")));
                QCOMPARE(r->generatedFiles.value(key), source.readAll());
                ++copied;
            }
            QVERIFY2(copied > 5, qPrintable(lang));
        }
        // Every file a COPY names from the context is in the context.
        QVERIFY(r->buildLabels.contains(QLatin1String(dockerfile::labels::OciCreated)));
        QVERIFY(!r->text.contains(QLatin1String(dockerfile::labels::OciCreated)));
    }

    void invariants_data() { golden_data(); }

    void invariants()
    {
        QFETCH(QString, manifest);
        const auto m = manifest::loadManifest(manifest);
        QVERIFY(m.ok());
        const auto r = dockerfile::generateDockerfile(*m, {});
        QVERIFY(r.ok());
        const QList<Instruction> ins = parseDockerfile(r->text);
        QStringList keywords;
        for (const Instruction& i : ins)
            keywords.append(i.keyword);
        for (const Instruction& i : ins) {
            QVERIFY(!i.args.contains(QStringLiteral("--mount")));
            QVERIFY(!i.args.contains(QStringLiteral("--chmod")));
        }
        // Line 1 is our fixed comment, never a parser directive.
        QVERIFY(!r->text.section(QLatin1Char('\n'), 0, 0).contains(QLatin1Char('=')));
        // USER before ENTRYPOINT, one ENTRYPOINT in exec form.
        QVERIFY(keywords.lastIndexOf(QStringLiteral("USER")) <
                keywords.lastIndexOf(QStringLiteral("ENTRYPOINT")));
        QCOMPARE(keywords.count(QStringLiteral("ENTRYPOINT")), 1);
        QVERIFY(ins[keywords.indexOf(QStringLiteral("ENTRYPOINT"))].args.startsWith(QLatin1Char('[')));
        QCOMPARE(keywords.count(QStringLiteral("HEALTHCHECK")), 1);
        // The metadata (labels, healthcheck, entrypoint) precedes the sources, so an edited tool
        // re-runs only the source COPYs and the load check, which is the last step.
        const qsizetype toolsCopy = r->text.indexOf(QStringLiteral("\"/app/tools\"]"));
        QVERIFY(toolsCopy > 0);
        for (const char* meta : {"LABEL ", "ENTRYPOINT ", "HEALTHCHECK "})
            QVERIFY2(r->text.indexOf(QLatin1String("\n") + QLatin1String(meta)) < toolsCopy, meta);
        QCOMPARE(keywords.last(), QStringLiteral("RUN"));
        QVERIFY(ins.last().args.endsWith(QStringLiteral("\"--check\"]")));
        // The per-build date is a build parameter, never an instruction of the Dockerfile.
        QVERIFY(!r->text.contains(QLatin1String(dockerfile::labels::OciCreated)));
        QVERIFY(r->buildLabels.contains(QLatin1String(dockerfile::labels::OciCreated)));
        // Dependencies before sources: the last dependency step precedes the first tools COPY.
        const qsizetype sources = r->text.indexOf(QStringLiteral("\"/app/tools\"]"));
        const qsizetype pip = r->text.indexOf(QStringLiteral("pip\", \"install"));
        const qsizetype nodeModules = r->text.indexOf(QStringLiteral("/app/node_modules"));
        QVERIFY(pip < sources && nodeModules < sources);
        // A healthy stdio server cannot fail its healthcheck: it is the same --check the build ran.
        if (m->runtime.transport == project::Runtime::Transport::Stdio)
            QVERIFY(r->text.contains(QStringLiteral("CMD [\"node\", \"server.js\", \"--check\"]")) ||
                    r->text.contains(QStringLiteral("CMD [\"python\", \"server.py\", \"--check\"]")));
        // Every LABEL parses, and the tools label holds exactly the manifest's tools.
        // All labels in ONE instruction: each LABEL would be a build step of its own.
        QCOMPARE(keywords.count(QStringLiteral("LABEL")), 1);
        QSet<QString> keys;
        for (const Instruction& i : ins) {
            if (i.keyword != QLatin1String("LABEL"))
                continue;
            QList<QPair<QString, QString>> pairs;
            QVERIFY2(parseLabels(i.args, pairs), qPrintable(i.args));
            for (const auto& [key, value] : std::as_const(pairs)) {
                keys.insert(key);
                if (key == QLatin1String(dockerfile::labels::Tools)) {
                    const QJsonArray tools = QJsonDocument::fromJson(value.toUtf8()).array();
                    QCOMPARE(tools.size(), m->tools.size());
                    for (int k = 0; k < tools.size(); ++k)
                        QCOMPARE(tools[k].toObject().value(QStringLiteral("name")).toString(),
                                 m->tools[k].name);
                }
            }
        }
        for (const char* key :
             {dockerfile::labels::Managed, dockerfile::labels::Project, dockerfile::labels::Version,
              dockerfile::labels::Tools, dockerfile::labels::OciTitle})
            QVERIFY2(keys.contains(QLatin1String(key)), key);
        // No config value in any label (config.yaml of the examples holds these words).
        for (const char* secret : {"EDDB", "/tmp/notes.sqlite3", "Model Context Protocol, a JSON-RPC"})
            QVERIFY(!r->text.contains(QString::fromUtf8(secret)));
    }

    void injection_data()
    {
        QTest::addColumn<QString>("hostile");
        QTest::newRow("newline RUN") << QStringLiteral("x\nRUN evil");
        QTest::newRow("carriage return") << QStringLiteral("x\r\nRUN evil");
        QTest::newRow("quote") << QStringLiteral("x\" evil=\"1");
        QTest::newRow("backslash at end") << QStringLiteral("x\\");
        QTest::newRow("backslash newline") << QStringLiteral("x\\\nRUN evil");
        QTest::newRow("dollar") << QStringLiteral("$HOME ${PATH} $(id)");
        QTest::newRow("escaped dollar") << QStringLiteral("\\$HOME");
        QTest::newRow("json breaking") << QStringLiteral("\"]\nRUN [\"sh\", \"-c\", \"evil\"]");
        QTest::newRow("directive") << QStringLiteral("\n# escape=`\nRUN evil");
        QTest::newRow("unicode line separator") << QString(QChar(0x2028)) + QStringLiteral("RUN evil");
        QTest::newRow("tab and nul") << QStringLiteral("a\tb") + QChar(0) + QStringLiteral("c");
    }

    void injection()
    {
        QFETCH(QString, hostile);
        const project::Project benign = sample();
        const auto expected = dockerfile::generateDockerfile(benign, {});
        QVERIFY(expected.ok());
        const QList<Instruction> expectedIns = parseDockerfile(expected->text);

        // The loader rejects these values; the generator must be safe even when handed them.
        project::Project m = benign;
        m.name = hostile;
        m.version = hostile;
        m.description = hostile;
        m.license = hostile;
        m.source = hostile;
        m.tools[0].name = hostile;
        m.tools[0].description = hostile;
        const auto r = dockerfile::generateDockerfile(m, {});
        QVERIFY(r.ok());
        const QList<Instruction> ins = parseDockerfile(r->text);
        QStringList expectedKeywords, keywords;
        for (const Instruction& i : expectedIns)
            expectedKeywords.append(i.keyword);
        for (const Instruction& i : ins)
            keywords.append(i.keyword);
        QCOMPARE(keywords, expectedKeywords);
        for (int i = 0; i < ins.size(); ++i) {
            if (ins[i].keyword == QLatin1String("LABEL")) {
                QList<QPair<QString, QString>> pairs;
                QVERIFY2(parseLabels(ins[i].args, pairs), qPrintable(ins[i].args));
                QList<QPair<QString, QString>> expectedPairs;
                QVERIFY(parseLabels(expectedIns[i].args, expectedPairs));
                // The hostile text neither adds nor drops a label.
                QCOMPARE(pairs.size(), expectedPairs.size());
                bool sawTitle = false;
                for (const auto& [key, value] : std::as_const(pairs)) {
                    QVERIFY(!value.contains(QLatin1Char('\n')));
                    QString folded = hostile;
                    for (QChar& c : folded)
                        if (c.category() == QChar::Other_Control || c == QChar::LineSeparator)
                            c = QLatin1Char(' ');
                    if (key == QLatin1String(dockerfile::labels::OciTitle)) {
                        QCOMPARE(value, folded);
                        sawTitle = true;
                    }
                    if (key == QLatin1String(dockerfile::labels::Tools)) {
                        const QJsonArray tools = QJsonDocument::fromJson(value.toUtf8()).array();
                        QCOMPARE(tools.size(), 1);
                        // JSON escapes control characters itself; only raw line separators are folded.
                        QString expectedName = hostile;
                        expectedName.replace(QChar(QChar::LineSeparator), QLatin1Char(' '));
                        QCOMPARE(tools[0].toObject().value(QStringLiteral("name")).toString(), expectedName);
                    }
                }
                QVERIFY(sawTitle);
            } else if (ins[i].keyword != QLatin1String("LABEL")) {
                // Every other instruction is byte for byte the benign one (labels only carry user text).
                const int k = expectedIns.indexOf(ins[i]) >= 0 ? 0 : -1;
                QVERIFY2(k == 0, qPrintable(ins[i].keyword + QLatin1Char(' ') + ins[i].args));
            }
        }
        QVERIFY(!r->text.contains(QStringLiteral("\nRUN evil")));
    }

    void hostileBaseImages_data()
    {
        QTest::addColumn<QString>("image");
        QTest::newRow("newline") << QStringLiteral("node:20\nRUN evil");
        QTest::newRow("variable") << QStringLiteral("node:${TAG}");
        QTest::newRow("space") << QStringLiteral("node:20 AS x");
        QTest::newRow("empty tag") << QStringLiteral("node:");
    }

    void hostileBaseImages()
    {
        QFETCH(QString, image);
        dockerfile::GeneratorOptions o;
        o.bases.node = image;
        const auto r = dockerfile::generateDockerfile(sample(), o);
        QVERIFY(!r.ok());
        QVERIFY(r.error().join(QString()).contains(image));
    }

    // The generator checks runtime versions itself (issue 16, item 5): the Node major goes into a
    // `sh -c` string (the TypeScript stage), and with a base-image override no image reference made
    // from the version is there to be checked.
    void hostileRuntimeVersions_data()
    {
        QTest::addColumn<QString>("node");
        QTest::addColumn<QString>("python");
        QTest::addColumn<QString>("field");
        QTest::newRow("node: command") << "22 && touch /tmp/pwned"
                                       << ""
                                       << "runtime.node";
        QTest::newRow("node: quote") << "22' ; id ; '"
                                     << ""
                                     << "runtime.node";
        QTest::newRow("node: newline") << "22\nRUN evil"
                                       << ""
                                       << "runtime.node";
        QTest::newRow("node: empty") << ""
                                     << ""
                                     << "runtime.node";
        QTest::newRow("python: command") << ""
                                         << "3.11; id"
                                         << "runtime.python";
        QTest::newRow("python: not 3") << ""
                                       << "2.7"
                                       << "runtime.python";
    }
    void hostileRuntimeVersions()
    {
        QFETCH(QString, node);
        QFETCH(QString, python);
        QFETCH(QString, field);
        project::Project m = sample();
        m.tools[0].file = QStringLiteral("tools/convert.ts");
        m.tools[0].language = project::ToolEntry::Language::TypeScript;
        if (!python.isEmpty()) {
            project::ToolEntry py;
            py.name = QStringLiteral("py");
            py.file = QStringLiteral("tools/py.py");
            py.language = project::ToolEntry::Language::Python;
            m.tools.append(py);
            m.runtime.python = python;
        } else {
            m.runtime.node = node;
        }
        dockerfile::GeneratorOptions o; // every base overridden: nothing is made from the versions
        o.bases.node = QStringLiteral("mcpdock-test/node:22");
        o.bases.nodeDebian = QStringLiteral("mcpdock-test/node:22-debian");
        o.bases.python = QStringLiteral("mcpdock-test/python:3.11");
        const auto r = dockerfile::generateDockerfile(m, o);
        QVERIFY2(!r.ok(), r.ok() ? qPrintable(r->text) : "");
        QVERIFY2(r.error().join(QString()).contains(field), qPrintable(r.error().join(QLatin1Char('\n'))));
    }

    // Requirement lines handed to the generator with pip options are refused too (the loader refuses
    // them first; see tst_manifestloader).
    void requirementOptionsRefused_data()
    {
        QTest::addColumn<QString>("requirement");
        QTest::newRow("--index-url") << "httpx --index-url=http://evil.example/simple";
        QTest::newRow("-r") << "httpx -r /etc/passwd";
        QTest::newRow("trailing backslash") << "httpx \\";
        QTest::newRow("newline") << "httpx\n--extra-index-url http://evil";
    }
    void requirementOptionsRefused()
    {
        QFETCH(QString, requirement);
        project::Project m = sample();
        project::ToolEntry py;
        py.name = QStringLiteral("py");
        py.file = QStringLiteral("tools/py.py");
        py.language = project::ToolEntry::Language::Python;
        m.tools.append(py);
        m.pythonRequirements = {QStringLiteral("pyyaml>=6"), requirement};
        const auto r = dockerfile::generateDockerfile(m, {});
        QVERIFY2(!r.ok(), "a requirement with pip options was written into requirements.txt");
        QVERIFY2(r.error().join(QString()).contains(QStringLiteral("dependencies.python")),
                 qPrintable(r.error().join(QLatin1Char('\n'))));
    }

    void hostilePaths()
    {
        project::Project m = sample();
        m.tools[0].file = QStringLiteral("tools/x\"]\nRUN evil.js");
        QVERIFY(!dockerfile::generateDockerfile(m, {}).ok());
        m.tools[0].file = QStringLiteral("../x.js");
        QVERIFY(!dockerfile::generateDockerfile(m, {}).ok());
    }

    void labelValueEscapes()
    {
        QCOMPARE(dockerfile::labelValue(QStringLiteral("a\"b\\c$d\ne")),
                 QStringLiteral("\"a\\\"b\\\\c\\$d e\""));
    }

    void baseImages()
    {
        project::Project m = sample();
        m.runtime.node = QStringLiteral("22");
        m.runtime.python = QStringLiteral("3.12");
        const dockerfile::BaseImages b = dockerfile::resolveBaseImages(m, {});
        QCOMPARE(b.node, QStringLiteral("node:22-alpine"));
        QCOMPARE(b.nodeDebian, QStringLiteral("node:22-bookworm-slim"));
        QCOMPARE(b.python, QStringLiteral("python:3.12-slim"));
        dockerfile::GeneratorOptions o;
        o.bases.node = QStringLiteral("mcpdock-test/node:20");
        const auto r = dockerfile::generateDockerfile(m, o);
        QVERIFY(r.ok());
        QVERIFY(r->text.contains(QStringLiteral("\nFROM mcpdock-test/node:20\n")));
        QVERIFY(r->notes.isEmpty()); // Node 22 is supported
        m.runtime.node = QStringLiteral("20");
        const auto old = dockerfile::generateDockerfile(m, {});
        QCOMPARE(old->notes.size(), 1);
        QVERIFY(old->notes[0].contains(QStringLiteral("end of life")));
    }

    void cliCommand_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("out");
        QTest::addColumn<QString>("err");
        const QString ex = test::sourceDir() + QStringLiteral("/examples/");
        const QString bad = manifestsDir() + QStringLiteral("/project/bad-runtime.yaml");
        // The usage line names the verb as typed, not the test binary's (or the app's) path.
        QTest::newRow("help") << QStringList{QStringLiteral("dockerfile"), QStringLiteral("--help")} << 0
                              << QStringLiteral("Usage: mcpdock dockerfile [options]") << QString();
        QTest::newRow("prints") << QStringList{QStringLiteral("dockerfile"),
                                               ex + QStringLiteral("weather-js")}
                                << 0 << QStringLiteral("ENTRYPOINT [\"node\", \"server.js\"]") << QString();
        QTest::newRow("bases")
            << QStringList{QStringLiteral("dockerfile"),         ex + QStringLiteral("mixed"),
                           QStringLiteral("--base-python"),      QStringLiteral("py:1"),
                           QStringLiteral("--base-node-debian"), QStringLiteral("nd:1")}
            << 0 << QStringLiteral("FROM nd:1 AS node-runtime\n") << QStringLiteral("note: Node 20");
        QTest::newRow("issues") << QStringList{QStringLiteral("dockerfile"), bad} << 1 << QString()
                                << QDir(bad).absolutePath() +
                                       QStringLiteral(
                                           ":7:14: runtime.transport: \"grpc\" is not stdio or http\n");
        QTest::newRow("no manifest") << QStringList{QStringLiteral("dockerfile")} << 2 << QString()
                                     << QStringLiteral("give exactly one manifest");
        QTest::newRow("bad option") << QStringList{QStringLiteral("dockerfile"), QStringLiteral("--nope"),
                                                   bad}
                                    << 2 << QString() << QStringLiteral("nope");
        QTest::newRow("bad base") << QStringList{QStringLiteral("dockerfile"),
                                                 ex + QStringLiteral("weather-js"),
                                                 QStringLiteral("--base-node"), QStringLiteral("a b")}
                                  << 1 << QString()
                                  << QStringLiteral("error: \"a b\" is not an image reference");
    }

    void cliCommand()
    {
        QFETCH(QStringList, args);
        QFETCH(int, exitCode);
        QFETCH(QString, out);
        QFETCH(QString, err);
        QString outText, errText;
        QTextStream o(&outText), e(&errText);
        cli::CliIo io{o, e};
        QCOMPARE(cli::run(args, io), exitCode);
        o.flush();
        e.flush();
        if (!out.isEmpty())
            QVERIFY2(outText.contains(out), qPrintable(outText));
        if (!err.isEmpty())
            QVERIFY2(errText.contains(err), qPrintable(errText));
        if (exitCode != 0)
            QVERIFY(outText.isEmpty());
    }

    // A mistyped verb is a usage error on the terminal, not a window (which aborted without a
    // display); paths, existing files and folders still open the app.
    void cliInvocation_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<bool>("cli");
        const QString ex = test::sourceDir() + QStringLiteral("/examples/");
        QTest::newRow("nothing") << QStringList{} << false;
        QTest::newRow("verb") << QStringList{QStringLiteral("build")} << true;
        QTest::newRow("option") << QStringList{QStringLiteral("--help")} << true;
        QTest::newRow("typo") << QStringList{QStringLiteral("biuld")} << true;
        QTest::newRow("folder") << QStringList{ex + QStringLiteral("weather-js")} << false;
        QTest::newRow("relative file") << QStringList{QStringLiteral("mcp.yaml")} << false;
        QTest::newRow("relative path") << QStringList{QStringLiteral("examples/mixed")} << false;
    }

    void cliInvocation()
    {
        QFETCH(QStringList, args);
        QFETCH(bool, cli);
        QCOMPARE(cli::isCliInvocation(args), cli);
        if (!cli || args.isEmpty() || args.first() != QLatin1String("biuld"))
            return;
        QString outText, errText;
        QTextStream o(&outText), e(&errText);
        cli::CliIo io{o, e};
        QCOMPARE(cli::run(args, io), 2);
        e.flush();
        QVERIFY2(errText.contains(QStringLiteral("unknown verb")), qPrintable(errText));
    }

    void mixedUsesDebianNode()
    {
        const auto m = manifest::loadManifest(test::sourceDir() + QStringLiteral("/examples/mixed"));
        QVERIFY(m.ok());
        dockerfile::GeneratorOptions o;
        o.bases.node = QStringLiteral("alpine-node:1");
        o.bases.nodeDebian = QStringLiteral("debian-node:1");
        const auto r = dockerfile::generateDockerfile(*m, o);
        QVERIFY(r.ok());
        QVERIFY(!r->text.contains(QStringLiteral("alpine-node")));
        QVERIFY(r->text.contains(QStringLiteral("FROM debian-node:1 AS node-runtime")));
        QVERIFY(r->text.contains(
            QStringLiteral("COPY --from=node-runtime [\"/usr/local/bin/node\", \"/usr/local/bin/node\"]")));
    }
};

QTEST_GUILESS_MAIN(TestDockerfileGenerator)
#include "tst_dockerfilegenerator.moc"
