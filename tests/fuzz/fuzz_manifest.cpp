// libFuzzer target: the manifest loader (model/manifest/manifestloader.h), YAML and JSON. The input
// is written as mcp.yaml or manifest.json into a temporary project that holds a few real tool files,
// a config.yaml, a requirements.txt and a symlink leading out of the project. Checks: a refusal
// always names the file and says why; an accepted manifest only names files inside the project and
// holds text that the Dockerfile generator turns into a Dockerfile of the expected shape.

#include "dockerfilecheck.h"
#include "manifest/manifestloader.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

using namespace mcpdock;

namespace {

struct Project
{
    QTemporaryDir dir;
    QTemporaryDir outside;

    Project()
    {
        const QDir d(dir.path());
        d.mkpath(QStringLiteral("tools"));
        d.mkpath(QStringLiteral("connectors"));
        write(QStringLiteral("tools/forecast.js"), "module.exports = {};\n");
        write(QStringLiteral("tools/report.ts"), "export const x = 1;\n");
        write(QStringLiteral("tools/lookup.py"), "def run():\n    pass\n");
        write(QStringLiteral("connectors/db.py"), "def connect():\n    pass\n");
        write(QStringLiteral("config.yaml"), "greeting: hi\n");
        write(QStringLiteral("requirements.txt"), "requests==2.31.0\n");
        QFile secret(QDir(outside.path()).filePath(QStringLiteral("secret.js")));
        secret.open(QIODevice::WriteOnly);
        secret.write("// outside the project\n");
        secret.close();
        QFile::link(secret.fileName(), d.filePath(QStringLiteral("tools/escape.js")));
        QFile::link(outside.path(), d.filePath(QStringLiteral("outside")));
    }
    void write(const QString& rel, const QByteArray& bytes) const
    {
        QFile f(QDir(dir.path()).filePath(rel));
        f.open(QIODevice::WriteOnly);
        f.write(bytes);
    }
};

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    fuzz::ensureApp();
    static Project project;
    if (size < 1)
        return 0;
    static const QStringList names = {QStringLiteral("mcp.yaml"), QStringLiteral("manifest.json")};
    const QString name = names[data[0] % 2];
    const QString path = QDir(project.dir.path()).filePath(name);
    const QString other = QDir(project.dir.path()).filePath(names[(data[0] + 1) % 2]);
    QFile::remove(other);
    {
        QFile f(path);
        FUZZ_CHECK(f.open(QIODevice::WriteOnly | QIODevice::Truncate), path);
        f.write(reinterpret_cast<const char*>(data + 1), static_cast<qint64>(size - 1));
    }

    const auto loaded = manifest::loadManifest(project.dir.path());
    if (!loaded.ok()) {
        FUZZ_CHECK(!loaded.error().isEmpty(), QStringLiteral("refused without an issue"));
        for (const project::ProjectIssue& issue : loaded.error()) {
            FUZZ_CHECK(!issue.message.isEmpty(), issue.toString());
            FUZZ_CHECK(!issue.file.isEmpty(), issue.toString());
            FUZZ_CHECK(issue.line >= 0 && issue.column >= 0, issue.toString());
        }
        return 0;
    }
    const project::Project& m = loaded.value();
    const QString root = QDir(project.dir.path()).canonicalPath() + QLatin1Char('/');
    const auto inside = [&](const QString& rel, const QString& field) {
        if (rel.isEmpty())
            return;
        FUZZ_CHECK(!QDir::isAbsolutePath(rel) && !rel.split(QLatin1Char('/')).contains(QStringLiteral("..")),
                   field + QStringLiteral(": ") + rel);
        const QString canonical = QFileInfo(QDir(m.projectDir).filePath(rel)).canonicalFilePath();
        FUZZ_CHECK(canonical.startsWith(root),
                   field + QStringLiteral(": ") + rel + QStringLiteral(" -> ") + canonical);
    };
    for (const auto& t : m.tools)
        inside(t.file, QStringLiteral("tool"));
    for (const auto& c : m.connectors)
        inside(c.file, QStringLiteral("connector"));
    inside(m.configFile, QStringLiteral("config"));
    inside(m.packageJson, QStringLiteral("packageJson"));
    inside(m.requirementsTxt, QStringLiteral("requirementsTxt"));
    for (const QString& req : m.pythonRequirements)
        FUZZ_CHECK(!req.contains(QLatin1Char('\n')) && !req.contains(QLatin1Char('\r')), req);
    FUZZ_CHECK(!m.tools.isEmpty(), QStringLiteral("accepted without tools"));

    dockerfile::GeneratorOptions options;
    options.bases.node = QStringLiteral("mcpdock-test/node:20");
    options.bases.nodeDebian = QStringLiteral("mcpdock-test/node:20");
    options.bases.python = QStringLiteral("mcpdock-test/python:3.11");
    const auto generated = dockerfile::generateDockerfile(m, options);
    FUZZ_CHECK(generated.ok(),
               QStringLiteral("a loaded manifest the generator refuses: ") +
                   (generated.ok() ? QString() : generated.error().join(QStringLiteral("; "))));
    fuzz::checkGenerated(m, generated.value());
    return 0;
}
