#include "dockerfile/dockerfilestrategy.h"

#include "dockerfile/dockerfilesupport.h"
#include "dockerfile/imagelabels.h"
#include "dockerfile/labels.h"
#include "manifest/manifestloader.h"
#include "project/valuerules.h"

#include <QDateTime>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace mcpdock::dockerfile {

using namespace support;
using project::Project;
using project::Runtime;
using project::ToolEntry;

Expected<GeneratedDockerfile, QStringList>
ToolContractStrategy::generate(const Project& m, const GeneratorOptions& options) const
{
    QStringList errors;
    GeneratedDockerfile out;

    // A project of static resources only has no module: the JavaScript runtime serves it.
    const bool node = m.usesNode() || !m.usesPython();
    const bool python = m.usesPython();
    const bool typescript = m.usesTypeScript();
    const bool mixed = node && python;
    const BaseImages bases = resolveBaseImages(m, options.bases);
    // One libc family per image: a mixed image is Debian (python slim) so its node comes from the
    // Debian node image; node copied from alpine (musl) would not start there.
    const QString nodeBase = mixed ? bases.nodeDebian : bases.node;
    QStringList refs;
    if (node)
        refs.append(nodeBase);
    if (python)
        refs.append(bases.python);
    // Checked here too (the loader checks them first): the Node major goes into a `sh -c` string, and
    // with a base-image override no reference made from a version is there to be checked.
    if (node && !project::isNodeMajor(m.runtime.node))
        errors.append(
            tr("runtime.node: \"%1\" is not a Node major version such as \"22\"").arg(m.runtime.node));
    if (python && !project::isPythonVersion(m.runtime.python))
        errors.append(
            tr("runtime.python: \"%1\" is not a Python 3 version such as \"3.11\"").arg(m.runtime.python));
    if (python)
        for (const QString& req : m.pythonRequirements)
            if (const QString problem = project::requirementProblem(req); !problem.isEmpty())
                errors.append(QStringLiteral("dependencies.python: ") + problem);
    for (const QString& ref : std::as_const(refs)) {
        if (!safeImageReference(ref))
            errors.append(tr("\"%1\" is not an image reference such as node:22-alpine").arg(ref));
    }
    if (m.name.isEmpty() || m.version.isEmpty() ||
        (m.tools.isEmpty() && m.resources.isEmpty() && m.resourceTemplates.isEmpty() && m.prompts.isEmpty()))
        errors.append(tr("the manifest has no name, version, tools, resources or prompts; load it with the "
                         "manifest loader first"));

    // Where every source file goes. Folders holding tools or connectors are copied whole, so a
    // tool's helper modules come along; files at the project's root are copied one by one.
    const QDir project(m.projectDir);
    QStringList folders;                      // top folders with plain JS/Python sources
    QStringList tsFolders;                    // top folders holding TypeScript (compiled in the build stage)
    QList<QPair<QString, QString>> rootFiles; // project file -> image path (relative to /app)
    QList<QPair<QString, QString>> rootTsFiles;
    for (const manifest::ImageFile& f : manifest::imageFiles(m)) {
        if (!safeProjectPath(f.projectFile)) {
            errors.append(tr("%1: the path cannot be written into a Dockerfile safely").arg(f.projectFile));
            continue;
        }
        if (f.projectFile.contains(QLatin1Char('/'))) {
            const QString top = f.projectFile.section(QLatin1Char('/'), 0, 0);
            QStringList& list = f.typescript ? tsFolders : folders;
            if (!list.contains(top))
                list.append(top);
        } else {
            const QString target =
                f.typescript ? f.imagePath.left(f.imagePath.size() - 3) + QStringLiteral(".ts") : f.imagePath;
            auto& list = f.typescript ? rootTsFiles : rootFiles;
            if (!list.contains({f.projectFile, target}))
                list.append({f.projectFile, target});
        }
    }
    // A folder with TypeScript is built as a whole; its JS files come out of the build stage too.
    for (const QString& f : std::as_const(tsFolders))
        folders.removeAll(f);
    folders.sort();
    tsFolders.sort();

    if (!errors.isEmpty())
        return errors;

    // The runtime (resources/runtime/js and /py, each a folder copied whole into /app; a mixed image
    // needs both: the JavaScript server runs Python tools through py/worker.py) and the normalised
    // manifest.
    QStringList runtimeFolders;
    if (node)
        runtimeFolders.append(QStringLiteral("js"));
    if (python)
        runtimeFolders.append(QStringLiteral("py"));
    for (const QString& folder : std::as_const(runtimeFolders)) {
        const QString root = QStringLiteral(":/mcpdock/runtime/") + folder;
        QDirIterator it(root, QDir::Files, QDirIterator::Subdirectories);
        int count = 0;
        while (it.hasNext()) {
            QFile f(it.next());
            if (!f.open(QIODevice::ReadOnly)) {
                errors.append(
                    tr("the runtime file %1 cannot be read from this build of MCP Dock").arg(f.fileName()));
                continue;
            }
            out.generatedFiles.insert(
                GenDir + QStringLiteral("runtime/") + folder + f.fileName().mid(root.size()), f.readAll());
            ++count;
        }
        if (count == 0)
            errors.append(tr("the %1 runtime is missing from this build of MCP Dock").arg(folder));
    }
    out.generatedFiles.insert(GenDir + QStringLiteral("manifest.json"), manifest::normalizedManifestJson(m));
    if (!errors.isEmpty())
        return errors;

    // npm dependency files: the project's package.json (and lockfile), or one generated from the
    // manifest with a fixed name and version so a version bump does not reinstall dependencies.
    QStringList npmFiles;
    const bool npmDeps = node && (!m.packageJson.isEmpty() || !m.npmDependencies.isEmpty());
    if (!m.packageJson.isEmpty()) {
        npmFiles.append(m.packageJson);
        if (!m.npmLockfile.isEmpty())
            npmFiles.append(m.npmLockfile);
    } else if (!m.npmDependencies.isEmpty()) {
        QJsonObject deps;
        for (auto it = m.npmDependencies.cbegin(); it != m.npmDependencies.cend(); ++it)
            deps.insert(it.key(), it.value());
        QJsonObject pkg{{QStringLiteral("name"), QStringLiteral("mcp-server")},
                        {QStringLiteral("version"), QStringLiteral("0.0.0")},
                        {QStringLiteral("private"), true},
                        {QStringLiteral("dependencies"), deps}};
        out.generatedFiles.insert(GenDir + QStringLiteral("package.json"),
                                  QJsonDocument(pkg).toJson(QJsonDocument::Indented));
        npmFiles.append(GenDir + QStringLiteral("package.json"));
    }
    const bool npmrc = npmDeps && QFileInfo(project.filePath(QStringLiteral(".npmrc"))).isFile();
    const QStringList npmInstall =
        !m.npmLockfile.isEmpty()
            ? QStringList{QStringLiteral("npm"), QStringLiteral("ci"), QStringLiteral("--omit=dev"),
                          QStringLiteral("--no-audit"), QStringLiteral("--no-fund")}
            : QStringList{QStringLiteral("npm"), QStringLiteral("install"), QStringLiteral("--omit=dev"),
                          QStringLiteral("--no-audit"), QStringLiteral("--no-fund")};

    QStringList pyReqFiles;
    if (python) {
        if (!m.requirementsTxt.isEmpty())
            pyReqFiles.append(m.requirementsTxt);
        if (!m.pythonRequirements.isEmpty()) {
            out.generatedFiles.insert(GenDir + QStringLiteral("requirements.txt"),
                                      m.pythonRequirements.join(QLatin1Char('\n')).toUtf8() + '\n');
            pyReqFiles.append(GenDir + QStringLiteral("requirements.txt"));
        }
    }

    Writer w;
    // Line 1 is fixed text without '=': user text can never become a parser directive.
    w.comment("Generated by MCP Dock. Edit mcp.yaml and generate again rather than editing this file.");
    w.comment("Classic builder compatible: no RUN --mount, no COPY --chmod.");

    if (mixed) {
        w.blank();
        w.comment("Node for the mixed image, from the Debian-based node image (same libc as python slim).");
        w.add(QStringLiteral("FROM %1 AS node-runtime").arg(bases.nodeDebian));
    }

    if (npmDeps) {
        w.blank();
        w.comment("Production npm dependencies. .npmrc (registry tokens) stays in this stage.");
        w.add(QStringLiteral("FROM %1 AS npm-deps").arg(nodeBase));
        w.add(QStringLiteral("WORKDIR /deps"));
        QStringList copy = npmFiles;
        if (npmrc)
            copy.append(QStringLiteral(".npmrc"));
        for (const QString& f : std::as_const(copy))
            out.projectFiles.append(f);
        w.add(QStringLiteral("COPY ") + execForm(copy + QStringList{QStringLiteral("/deps/")}));
        w.add(QStringLiteral("RUN ") + execForm(npmInstall));
    }

    if (typescript) {
        w.blank();
        w.comment("TypeScript is compiled here; only the JavaScript output reaches the final image.");
        w.add(QStringLiteral("FROM %1 AS ts-build").arg(nodeBase));
        w.add(QStringLiteral("WORKDIR /build"));
        if (npmDeps) {
            QStringList copy = npmFiles;
            if (npmrc)
                copy.append(QStringLiteral(".npmrc"));
            w.add(QStringLiteral("COPY ") + execForm(copy + QStringList{QStringLiteral("/build/")}));
            // With dev dependencies: the project's own typescript and @types packages.
            w.add(QStringLiteral("RUN ") +
                  execForm(!m.npmLockfile.isEmpty()
                               ? QStringList{QStringLiteral("npm"), QStringLiteral("ci"),
                                             QStringLiteral("--no-audit"), QStringLiteral("--no-fund")}
                               : QStringList{QStringLiteral("npm"), QStringLiteral("install"),
                                             QStringLiteral("--no-audit"), QStringLiteral("--no-fund")}));
        }
        w.add(QStringLiteral("RUN ") +
              execForm({QStringLiteral("/bin/sh"), QStringLiteral("-c"),
                        QStringLiteral(
                            "test -x node_modules/.bin/tsc || npm install --no-save --no-audit --no-fund "
                            "typescript@5 @types/node@%1")
                            .arg(nodeMajor(m))}));
        QStringList tsInputs;
        for (const QString& folder : std::as_const(tsFolders)) {
            w.add(QStringLiteral("COPY ") + execForm({folder, QStringLiteral("/build/out/") + folder}));
            for (const QString& f : filesUnder(project, folder)) {
                out.projectFiles.append(f);
                if (f.endsWith(QLatin1String(".ts")) && !f.endsWith(QLatin1String(".d.ts")))
                    tsInputs.append(QStringLiteral("out/") + f);
            }
        }
        for (const auto& [file, target] : std::as_const(rootTsFiles)) {
            out.projectFiles.append(file);
            w.add(QStringLiteral("COPY ") + execForm({file, QStringLiteral("/build/out/") + target}));
            tsInputs.append(QStringLiteral("out/") + target);
        }
        tsInputs.sort();
        w.add(QStringLiteral("RUN ") +
              execForm(QStringList{QStringLiteral("node_modules/.bin/tsc"), QStringLiteral("--rootDir"),
                                   QStringLiteral("out"), QStringLiteral("--outDir"), QStringLiteral("out"),
                                   QStringLiteral("--module"), QStringLiteral("commonjs"),
                                   QStringLiteral("--target"), QStringLiteral("es2022"),
                                   QStringLiteral("--moduleResolution"), QStringLiteral("node"),
                                   QStringLiteral("--esModuleInterop"), QStringLiteral("--skipLibCheck")} +
                       tsInputs));
        // find -exec rm, not -delete: busybox builds without -delete exist.
        w.add(QStringLiteral("RUN ") +
              execForm({QStringLiteral("find"), QStringLiteral("out"), QStringLiteral("-type"),
                        QStringLiteral("f"), QStringLiteral("-name"), QStringLiteral("*.ts"),
                        QStringLiteral("-exec"), QStringLiteral("rm"), QStringLiteral("-f"),
                        QStringLiteral("{}"), QStringLiteral("+")}));
    }

    // The final image.
    w.blank();
    w.add(QStringLiteral("FROM %1").arg(python ? bases.python : bases.node));
    QStringList env;
    if (node)
        env.append(QStringLiteral("NODE_ENV=production"));
    if (python)
        env.append(QStringLiteral("PYTHONUNBUFFERED=1"));
    env.append(QStringLiteral("MCP_CONFIG_PATH=/app/config/config.yaml"));
    if (m.runtime.transport == Runtime::Transport::Http)
        env.append(QStringLiteral("PORT=%1").arg(m.runtime.port));
    w.add(QStringLiteral("ENV ") + env.join(QLatin1Char(' ')));
    if (mixed) {
        w.add(QStringLiteral("COPY --from=node-runtime ") +
              execForm({QStringLiteral("/usr/local/bin/node"), QStringLiteral("/usr/local/bin/node")}));
    }
    addAppUser(w, QStringLiteral("/app/tools /app/connectors /app/config"), true);

    // Dependencies before sources: editing a tool reuses these layers.
    if (npmDeps)
        w.add(QStringLiteral("COPY --from=npm-deps ") + Chown + QLatin1Char(' ') +
              execForm({QStringLiteral("/deps/node_modules"), QStringLiteral("/app/node_modules")}));
    if (!pyReqFiles.isEmpty()) {
        QStringList pip{QStringLiteral("python"),
                        QStringLiteral("-m"),
                        QStringLiteral("pip"),
                        QStringLiteral("install"),
                        QStringLiteral("--no-cache-dir"),
                        QStringLiteral("--disable-pip-version-check")};
        QStringList copy;
        for (const QString& f : std::as_const(pyReqFiles)) {
            const QString target =
                QStringLiteral("/tmp/requirements/") + QString::number(copy.size()) + QStringLiteral(".txt");
            w.add(QStringLiteral("COPY ") + execForm({f, target}));
            copy.append(target);
            pip << QStringLiteral("-r") << target;
            if (!f.startsWith(GenDir))
                out.projectFiles.append(f);
        }
        w.add(QStringLiteral("RUN ") + execForm(pip));
    }

    const QStringList serve = node ? QStringList{QStringLiteral("node"), QStringLiteral("server.js")}
                                   : QStringList{QStringLiteral("python"), QStringLiteral("server.py")};
    // The image's metadata comes before the sources: each instruction after a changed layer is a
    // build step that runs again (on some storage drivers a copy of the whole image), so an edited
    // tool re-runs only the source COPYs and the check below.
    w.add(QStringLiteral("USER %1:%1").arg(AppUid));
    if (m.runtime.transport == Runtime::Transport::Http) {
        w.add(QStringLiteral("EXPOSE %1").arg(m.runtime.port));
        w.add(QStringLiteral("HEALTHCHECK --interval=30s --timeout=10s --start-period=10s --retries=3 CMD ") +
              execForm(serve + QStringList{QStringLiteral("--probe")}));
    } else {
        w.comment("stdio has no port to probe: the check that the runtime, manifest and tools load cannot "
                  "fail on a healthy server.");
        w.add(QStringLiteral("HEALTHCHECK --interval=60s --timeout=30s --start-period=10s --retries=3 CMD ") +
              execForm(serve + QStringList{QStringLiteral("--check")}));
    }

    // Labels: names and descriptions only, never config. The per-build date is not here: it goes in
    // as the build's labels= parameter (buildLabels), so it never breaks the cache.
    // One LABEL instruction for all of them: each LABEL is a build step of its own (and a line in
    // the build log), so a dozen of them made a tiny project look like a 25-step build.
    w.add(labelInstruction(imageLabels(m, declaredDescription(m))));

    w.add(QStringLiteral("ENTRYPOINT ") + execForm(serve));

    // The runtime, then the configuration, then the sources, then the manifest.
    for (const QString& folder : std::as_const(runtimeFolders))
        w.add(QStringLiteral("COPY ") + Chown + QLatin1Char(' ') +
              execForm({GenDir + QStringLiteral("runtime/") + folder + QLatin1Char('/'),
                        QStringLiteral("/app/")}));
    if (!m.configFile.isEmpty()) {
        if (!safeProjectPath(m.configFile))
            return QStringList{
                tr("%1: the path cannot be written into a Dockerfile safely").arg(m.configFile)};
        out.projectFiles.append(m.configFile);
        w.comment("Mount a file over /app/config/config.yaml (or a folder over /app/config) to change it at "
                  "run time.");
        w.add(QStringLiteral("COPY ") + Chown + QLatin1Char(' ') +
              execForm({m.configFile, QStringLiteral("/app/config/config.yaml")}));
    }
    for (const QString& folder : std::as_const(folders)) {
        out.projectFiles.append(filesUnder(project, folder));
        w.add(QStringLiteral("COPY ") + Chown + QLatin1Char(' ') +
              execForm({folder, QStringLiteral("/app/") + folder}));
    }
    for (const auto& [file, target] : std::as_const(rootFiles)) {
        out.projectFiles.append(file);
        w.add(QStringLiteral("COPY ") + Chown + QLatin1Char(' ') +
              execForm({file, QStringLiteral("/app/") + target}));
    }
    for (const QString& folder : std::as_const(tsFolders))
        w.add(QStringLiteral("COPY --from=ts-build ") + Chown + QLatin1Char(' ') +
              execForm({QStringLiteral("/build/out/") + folder, QStringLiteral("/app/") + folder}));
    if (!rootTsFiles.isEmpty()) {
        for (const auto& [file, target] : std::as_const(rootTsFiles)) {
            const QString js = target.left(target.size() - 3) + QStringLiteral(".js");
            w.add(QStringLiteral("COPY --from=ts-build ") + Chown + QLatin1Char(' ') +
                  execForm({QStringLiteral("/build/out/") + js, QStringLiteral("/app/") + js}));
        }
    }
    w.add(QStringLiteral("COPY ") + Chown + QLatin1Char(' ') +
          execForm({GenDir + QStringLiteral("manifest.json"), QStringLiteral("/app/manifest.json")}));
    w.comment("Fails the build with the file and line of a tool or connector that does not load.");
    w.add(QStringLiteral("RUN ") + execForm(serve + QStringList{QStringLiteral("--check")}));

    out.text = w.lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
    out.projectFiles.removeDuplicates();
    out.buildLabels.insert(QLatin1String(labels::OciCreated),
                           QDateTime::currentDateTimeUtc().toString(Qt::ISODate));

    if (node) {
        const int major = nodeMajor(m).toInt();
        if (major == 20)
            out.notes.append(tr("Node 20 reached end of life on 30 April 2026 and gets no security fixes; "
                                "set runtime.node to \"22\" or \"24\" (LTS) in the manifest."));
        else if (major < 20)
            out.notes.append(tr("Node %1 reached end of life and gets no security fixes; set runtime.node to "
                                "\"22\" or \"24\" (LTS) in the manifest.")
                                 .arg(major));
        else if (major % 2 == 1)
            out.notes.append(
                tr("Node %1 is not a long-term-support release; consider \"22\" or \"24\".").arg(major));
    }
    if (python) {
        // CPython's end-of-life dates (five years after each release): 3.9 in October 2025.
        const int minor = m.runtime.python.section(QLatin1Char('.'), 1, 1).toInt();
        if (minor <= 9)
            out.notes.append(
                tr("Python %1 reached end of life and gets no security fixes; set runtime.python to "
                   "\"3.12\" or newer in the manifest.")
                    .arg(m.runtime.python));
    }
    return out;
}

} // namespace mcpdock::dockerfile
