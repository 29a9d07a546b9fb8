// libFuzzer target: Dockerfile generation and quoting (model/dockerfile/dockerfilegenerator.h).
// The input becomes a manifest struct directly (not through the loader), so the generator's own
// guards are what is tested: whatever names, descriptions, versions, file paths and base image
// overrides it is handed, an accepted manifest gives a Dockerfile of the same shape (the same
// instruction sequence) as a neutral manifest of the same structure, with every LABEL value exactly
// the user's text; no user text becomes an instruction, a continuation, a comment or a variable, nor
// a word of the shell scripts inside exec-form `sh -c` (they may differ from the neutral ones only
// in numbers).

#include "dockerfilecheck.h"

#include <QDir>
#include <QTemporaryDir>

using namespace mcpdock;
using project::Project;
using project::ToolEntry;

namespace {

ToolEntry::Language languageOf(uint8_t b)
{
    switch (b % 3) {
    case 0:
        return ToolEntry::Language::JavaScript;
    case 1:
        return ToolEntry::Language::TypeScript;
    default:
        return ToolEntry::Language::Python;
    }
}

QString extensionOf(ToolEntry::Language l)
{
    return l == ToolEntry::Language::Python       ? QStringLiteral(".py")
           : l == ToolEntry::Language::TypeScript ? QStringLiteral(".ts")
                                                  : QStringLiteral(".js");
}

// The same structure with harmless text: same number of tools, same languages, same grouping of
// files into folders, same optional fields present.
Project neutral(const Project& m)
{
    Project n = m;
    n.name = QStringLiteral("n");
    n.version = QStringLiteral("1");
    n.description = m.description.isEmpty() ? QString() : QStringLiteral("d");
    n.license = m.license.isEmpty() ? QString() : QStringLiteral("MIT");
    n.source = m.source.isEmpty() ? QString() : QStringLiteral("https://example.org/x");
    n.configFile = m.configFile.isEmpty() ? QString() : QStringLiteral("config.yaml");
    // Versions too: they reach the sh -c scripts, whose words must match the neutral ones but for
    // numbers (see shellScriptShape).
    n.runtime.node = QStringLiteral("22");
    n.runtime.python = QStringLiteral("3.11");
    QMap<QString, QString> folders;
    QMap<QString, QString> files; // entries sharing a file share its neutral name (one COPY)
    int i = 0;
    const auto fix = [&](QList<ToolEntry>& entries) {
        for (ToolEntry& e : entries) {
            e.name = QStringLiteral("t%1").arg(i);
            e.description = QStringLiteral("d");
            if (files.contains(e.file)) {
                ++i;
                e.file = files.value(e.file);
                continue;
            }
            const QString original = e.file;
            const QString base = QStringLiteral("f%1").arg(i++) + extensionOf(e.language);
            if (e.file.contains(QLatin1Char('/'))) {
                const QString top = e.file.section(QLatin1Char('/'), 0, 0);
                if (!folders.contains(top))
                    folders.insert(top, QStringLiteral("d%1").arg(folders.size()));
                e.file = folders.value(top) + QLatin1Char('/') + base;
            } else {
                e.file = base;
            }
            files.insert(original, e.file);
        }
    };
    fix(n.tools);
    fix(n.connectors);
    return n;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    fuzz::ensureApp();
    static QTemporaryDir project;
    fuzz::ByteReader in(data, size);
    const uint8_t flags = in.byte();
    const uint8_t counts = in.byte();

    Project m;
    m.projectDir = project.path();
    m.manifestPath = QDir(project.path()).filePath(QStringLiteral("mcp.yaml"));
    m.name = QString::fromUtf8(in.field());
    m.version = QString::fromUtf8(in.field());
    m.description = QString::fromUtf8(in.field());
    m.license = QString::fromUtf8(in.field());
    m.source = QString::fromUtf8(in.field());
    if (flags & 0x01)
        m.runtime.node = QString::fromUtf8(in.field());
    if (flags & 0x02)
        m.runtime.python = QString::fromUtf8(in.field());
    m.runtime.transport =
        (flags & 0x04) ? project::Runtime::Transport::Http : project::Runtime::Transport::Stdio;
    m.runtime.port = 1 + (counts >> 4) * 4000;
    if (flags & 0x08)
        m.configFile = QString::fromUtf8(in.field());
    dockerfile::GeneratorOptions options;
    if (flags & 0x10)
        options.bases.node = QString::fromUtf8(in.field());
    if (flags & 0x20)
        options.bases.python = QString::fromUtf8(in.field());
    if (flags & 0x40)
        options.bases.nodeDebian = QString::fromUtf8(in.field());
    const int tools = 1 + (counts & 0x03);
    const int connectors = (counts >> 2) & 0x03;
    for (int i = 0; i < tools + connectors; ++i) {
        ToolEntry e;
        e.language = languageOf(in.byte());
        e.name = QString::fromUtf8(in.field());
        e.description = QString::fromUtf8(in.field());
        e.file = QString::fromUtf8(in.field());
        if (e.file.isEmpty())
            e.file = QStringLiteral("tools/t") + extensionOf(e.language);
        (i < tools ? m.tools : m.connectors).append(e);
    }
    if (flags & 0x80)
        m.npmDependencies.insert(QStringLiteral("zod"), QStringLiteral("^3"));

    const auto generated = dockerfile::generateDockerfile(m, options);
    if (!generated.ok()) {
        FUZZ_CHECK(!generated.error().isEmpty(), QStringLiteral("refused without a reason"));
        for (const QString& e : generated.error())
            FUZZ_CHECK(!e.isEmpty(), QString());
        return 0;
    }
    const fuzz::ParsedDockerfile parsed = fuzz::checkGenerated(m, generated.value());

    const auto baseline = dockerfile::generateDockerfile(neutral(m), options);
    if (baseline.ok()) {
        const fuzz::ParsedDockerfile expected = fuzz::parseDockerfile(baseline->text);
        FUZZ_CHECK(parsed.instructions == expected.instructions,
                   QStringLiteral("shape changed by user text:\n%1\n--- neutral:\n%2")
                       .arg(generated->text, baseline->text));
        FUZZ_CHECK(parsed.comments == expected.comments,
                   QStringLiteral("comments changed by user text:\n%1").arg(generated->text));
        FUZZ_CHECK(parsed.shellScripts.size() == expected.shellScripts.size(),
                   QStringLiteral("sh -c scripts added or dropped by user text:\n%1").arg(generated->text));
        for (qsizetype i = 0; i < parsed.shellScripts.size(); ++i)
            FUZZ_CHECK(fuzz::shellScriptShape(parsed.shellScripts[i]) ==
                           fuzz::shellScriptShape(expected.shellScripts[i]),
                       QStringLiteral("sh -c script changed by user text:\n%1\n--- neutral:\n%2")
                           .arg(parsed.shellScripts[i], expected.shellScripts[i]));
    }
    return 0;
}
