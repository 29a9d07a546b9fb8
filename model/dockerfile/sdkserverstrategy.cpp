#include "dockerfile/dockerfilestrategy.h"

#include "dockerfile/dockerfilesupport.h"
#include "dockerfile/imagelabels.h"
#include "dockerfile/labels.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace mcpdock::dockerfile {

using namespace support;
using project::Project;
using project::Runtime;
using project::ServerCommand;

namespace {

const QStringList NpmQuiet{QStringLiteral("--no-audit"), QStringLiteral("--no-fund")};

// The same policy as the tool-contract images: a stdio server has no port, and a probe that can fail
// on a healthy server makes orchestrators restart it; an HTTP server is alive when it answers at all.
void addHealthcheck(Writer& w, const Project& m)
{
    if (m.runtime.transport != Runtime::Transport::Http) {
        w.comment("stdio has no port to probe, and this server has no self-check: no HEALTHCHECK rather than "
                  "one that can fail on a healthy server.");
        w.add(QStringLiteral("HEALTHCHECK NONE"));
        return;
    }
    w.add(QStringLiteral("EXPOSE %1").arg(m.runtime.port));
    const QString url = QStringLiteral("http://127.0.0.1:%1/mcp").arg(m.runtime.port);
    // Any HTTP answer (405 to a GET included) means the server is up.
    const QStringList probe =
        m.server.language == ServerCommand::Language::Python
            ? QStringList{QStringLiteral("python"), QStringLiteral("-c"),
                          QStringLiteral(
                              "import urllib.request,urllib.error\ntry: urllib.request.urlopen('%1', "
                              "timeout=5)\nexcept urllib.error.HTTPError: pass")
                              .arg(url)}
            : QStringList{
                  QStringLiteral("node"), QStringLiteral("-e"),
                  QStringLiteral("fetch('%1').then(()=>process.exit(0),()=>process.exit(1))").arg(url)};
    w.add(QStringLiteral("HEALTHCHECK --interval=30s --timeout=10s --start-period=10s --retries=3 CMD ") +
          execForm(probe));
}

void addEnv(Writer& w, const Project& m)
{
    QStringList env;
    if (m.server.language == ServerCommand::Language::Node)
        env << QStringLiteral("NODE_ENV=production");
    else
        env << QStringLiteral("PYTHONUNBUFFERED=1") << QStringLiteral("PATH=/opt/venv/bin:$PATH");
    if (m.runtime.transport == Runtime::Transport::Http)
        env << QStringLiteral("PORT=%1").arg(m.runtime.port);
    w.add(QStringLiteral("ENV ") + env.join(QLatin1Char(' ')));
}

QStringList checkCommand(const Project& m)
{
    QStringList errors;
    if (m.server.command.isEmpty())
        errors << tr("the project has no server command; load it with the project loader first");
    if (m.name.isEmpty() || m.version.isEmpty())
        errors << tr("the project has no name or version; load it with the project loader first");
    return errors;
}

void finish(GeneratedDockerfile& out, Writer& w)
{
    out.text = w.lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
    out.projectFiles.removeDuplicates();
    out.buildLabels.insert(QLatin1String(labels::OciCreated),
                           QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
}

} // namespace

Expected<GeneratedDockerfile, QStringList> SdkServerStrategy::generate(const Project& m,
                                                                       const GeneratorOptions& options) const
{
    QStringList errors = checkCommand(m);
    const bool node = m.server.language == ServerCommand::Language::Node;
    const BaseImages bases = resolveBaseImages(m, options.bases);
    const QString base = node ? bases.node : bases.python;
    if (!safeImageReference(base))
        errors << tr("\"%1\" is not an image reference such as node:22-alpine").arg(base);

    // The project's files: dependency files first (their own layer), then every top-level entry
    // (folders copied whole; nothing .dockerignore, node_modules, .git, .npmrc or .env* excludes).
    const QDir project(m.projectDir);
    QStringList depFiles;
    if (node && !m.packageJson.isEmpty()) {
        depFiles << m.packageJson;
        if (!m.npmLockfile.isEmpty())
            depFiles << m.npmLockfile;
    } else if (!m.requirementsTxt.isEmpty()) {
        depFiles << m.requirementsTxt;
    }
    static const QStringList ours{QStringLiteral("Dockerfile"), QStringLiteral(".dockerignore"),
                                  QStringLiteral(".build.log")};
    QStringList sourceFiles;
    QStringList sourceFolders;
    GeneratedDockerfile out;
    const QFileInfoList top =
        project.entryInfoList(QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot | QDir::Hidden, QDir::Name);
    for (const QFileInfo& fi : top) {
        const QString name = fi.fileName();
        if (skippedInContext(name) || ours.contains(name) || depFiles.contains(name) ||
            name.startsWith(QLatin1String(".build.log")))
            continue;
        const QString canonical = fi.canonicalFilePath();
        if (canonical.isEmpty() || !canonical.startsWith(project.canonicalPath() + QLatin1Char('/')))
            continue; // a link leading out of the project never reaches the context
        if (!safeProjectPath(name)) {
            errors << tr("%1: the name cannot be written into a Dockerfile safely; rename it or add it to "
                         ".dockerignore")
                          .arg(name);
            continue;
        }
        if (fi.isDir()) {
            const QStringList files = filesUnder(project, name);
            if (files.isEmpty())
                continue;
            sourceFolders << name;
            out.projectFiles << files;
        } else {
            sourceFiles << name;
            out.projectFiles << name;
        }
    }
    out.projectFiles << depFiles;
    if (!errors.isEmpty())
        return errors;

    Writer w;
    // Line 1 is fixed text without '=': user text can never become a parser directive.
    w.comment("Generated by MCP Dock. Edit the project and generate again rather than editing this file.");
    w.comment("Classic builder compatible: no RUN --mount, no COPY --chmod.");
    w.blank();
    auto copySources = [&](const QString& dest) {
        if (!sourceFiles.isEmpty())
            w.add(QStringLiteral("COPY ") + execForm(sourceFiles + QStringList{dest}));
        for (const QString& folder : std::as_const(sourceFolders))
            w.add(QStringLiteral("COPY ") + execForm({folder, dest + folder}));
    };

    if (node) {
        const bool lock = !m.npmLockfile.isEmpty();
        w.comment(
            "Builder: dependencies from the lockfile before the sources, so editing a source reuses this "
            "layer; the build script runs here, dev dependencies are pruned before the final stage.");
        w.add(QStringLiteral("FROM %1 AS build").arg(base));
        w.add(QStringLiteral("WORKDIR /build"));
        const bool npmDeps = !depFiles.isEmpty();
        if (npmDeps) {
            w.add(QStringLiteral("COPY ") + execForm(depFiles + QStringList{QStringLiteral("/build/")}));
            w.add(QStringLiteral("RUN ") +
                  execForm(QStringList{QStringLiteral("npm"),
                                       lock ? QStringLiteral("ci") : QStringLiteral("install")} +
                           NpmQuiet));
        }
        copySources(QStringLiteral("/build/"));
        if (m.server.buildScript && npmDeps)
            w.add(QStringLiteral("RUN ") +
                  execForm({QStringLiteral("npm"), QStringLiteral("run"), QStringLiteral("build")}));
        if (npmDeps)
            w.add(QStringLiteral("RUN ") +
                  execForm(QStringList{QStringLiteral("npm"), QStringLiteral("prune"),
                                       QStringLiteral("--omit=dev")} +
                           NpmQuiet));
        w.blank();
        w.add(QStringLiteral("FROM %1").arg(base));
        addEnv(w, m);
        addAppUser(w, QStringLiteral("/app"), false);
        // Only what runs: the production node_modules, package.json, and the output of the build
        // (the entry's folder); without a build step every source is what runs.
        const QString entry =
            m.server.command.value(m.server.command.first() == QLatin1String("node") ? 1 : 0);
        const QString entryTop = entry.section(QLatin1Char('/'), 0, 0);
        if (m.server.buildScript && npmDeps && entry.contains(QLatin1Char('/')) &&
            safeProjectPath(entryTop)) {
            w.add(QStringLiteral("COPY --from=build ") + Chown + QLatin1Char(' ') +
                  execForm({QStringLiteral("/build/node_modules"), QStringLiteral("/app/node_modules")}));
            w.add(QStringLiteral("COPY --from=build ") + Chown + QLatin1Char(' ') +
                  execForm({QStringLiteral("/build/package.json"), QStringLiteral("/app/package.json")}));
            w.add(QStringLiteral("COPY --from=build ") + Chown + QLatin1Char(' ') +
                  execForm({QStringLiteral("/build/") + entryTop, QStringLiteral("/app/") + entryTop}));
        } else {
            w.add(QStringLiteral("COPY --from=build ") + Chown + QLatin1Char(' ') +
                  execForm({QStringLiteral("/build/"), QStringLiteral("/app/")}));
        }
    } else {
        w.comment(
            "Builder: a virtual environment with the requirements, then the project installed as a package; "
            "only the environment reaches the final stage.");
        w.add(QStringLiteral("FROM %1 AS build").arg(base));
        w.add(QStringLiteral("RUN ") + execForm({QStringLiteral("python"), QStringLiteral("-m"),
                                                 QStringLiteral("venv"), QStringLiteral("/opt/venv")}));
        w.add(QStringLiteral(
            "ENV PATH=/opt/venv/bin:$PATH PIP_NO_CACHE_DIR=1 PIP_DISABLE_PIP_VERSION_CHECK=1"));
        if (!m.server.pipConf.isEmpty()) {
            w.comment(
                "Your pip configuration (index URL, auth) is in this builder stage only: the final stage "
                "is a new FROM that copies the virtual environment alone, so no layer of it holds it.");
            out.generatedFiles.insert(GenDir + QStringLiteral("pip.conf"), m.server.pipConf);
            w.add(QStringLiteral("COPY ") +
                  execForm({GenDir + QStringLiteral("pip.conf"), QStringLiteral("/etc/pip.conf")}));
        }
        w.add(QStringLiteral("WORKDIR /build"));
        if (!m.requirementsTxt.isEmpty()) {
            w.add(QStringLiteral("COPY ") + execForm({m.requirementsTxt, QStringLiteral("/build/")}));
            w.add(QStringLiteral("RUN ") +
                  execForm({QStringLiteral("pip"), QStringLiteral("install"), QStringLiteral("-r"),
                            QStringLiteral("/build/") + m.requirementsTxt}));
        }
        copySources(QStringLiteral("/build/"));
        if (!m.server.pyproject.isEmpty())
            w.add(QStringLiteral("RUN ") +
                  execForm({QStringLiteral("pip"), QStringLiteral("install"), QStringLiteral(".")}));
        w.blank();
        w.add(QStringLiteral("FROM %1").arg(base));
        addEnv(w, m);
        addAppUser(w, QStringLiteral("/app"), false);
        w.add(QStringLiteral("COPY --from=build ") +
              execForm({QStringLiteral("/opt/venv"), QStringLiteral("/opt/venv")}));
        // Installed as a package, the sources are in the environment; a plain script needs them.
        if (m.server.pyproject.isEmpty())
            w.add(QStringLiteral("COPY --from=build ") + Chown + QLatin1Char(' ') +
                  execForm({QStringLiteral("/build/"), QStringLiteral("/app/")}));
    }

    w.add(QStringLiteral("USER %1:%1").arg(AppUid));
    addHealthcheck(w, m);
    // The tools are not known until the server runs: the builder adds the real list on top after
    // asking it (see ImageBuilder), before any tag is set.
    w.add(labelInstruction(imageLabels(m, declaredDescription(m))));
    w.add(QStringLiteral("ENTRYPOINT ") + execForm(m.server.command));
    finish(out, w);
    if (node && m.npmLockfile.isEmpty())
        out.notes << tr("The project has no package-lock.json: npm install resolves the dependencies anew on "
                        "every build; commit a lockfile for reproducible images.");
    return out;
}

Expected<GeneratedDockerfile, QStringList> PackageStrategy::generate(const Project& m,
                                                                     const GeneratorOptions& options) const
{
    QStringList errors = checkCommand(m);
    if (m.package.registry != project::PackageReference::Registry::Npm)
        errors << tr("only npm packages can be built yet");
    if (m.package.resolvedVersion.isEmpty())
        errors << tr("the package's version is not resolved; load it with the project loader first");
    const BaseImages bases = resolveBaseImages(m, options.bases);
    if (!safeImageReference(bases.node))
        errors << tr("\"%1\" is not an image reference such as node:22-alpine").arg(bases.node);
    if (!errors.isEmpty())
        return errors;

    GeneratedDockerfile out;
    // A package.json pinning the one exact version resolved when the project was loaded.
    const QJsonObject pkg{
        {QStringLiteral("name"), QStringLiteral("mcpdock-package")},
        {QStringLiteral("version"), QStringLiteral("0.0.0")},
        {QStringLiteral("private"), true},
        {QStringLiteral("dependencies"), QJsonObject{{m.package.name, m.package.resolvedVersion}}}};
    out.generatedFiles.insert(GenDir + QStringLiteral("package.json"),
                              QJsonDocument(pkg).toJson(QJsonDocument::Indented));
    const bool npmrc = !m.package.npmrc.isEmpty();
    if (npmrc)
        out.generatedFiles.insert(GenDir + QStringLiteral("npmrc"), m.package.npmrc);

    Writer w;
    w.comment("Generated by MCP Dock. Built from a published package; generate again to change it.");
    w.comment("Classic builder compatible: no RUN --mount, no COPY --chmod.");
    w.blank();
    w.add(QStringLiteral("FROM %1 AS package").arg(bases.node));
    w.add(QStringLiteral("WORKDIR /opt/package"));
    if (npmrc) {
        w.comment(
            "Your ~/.npmrc (registry and auth) is in this builder stage only. Deleting it in a later RUN "
            "would not be enough if this stage were the final image (the COPY layer would keep it): the "
            "final stage below is a new FROM that copies node_modules alone, so no layer of it holds the "
            "file.");
        w.add(QStringLiteral("COPY ") +
              execForm({GenDir + QStringLiteral("npmrc"), QStringLiteral("/root/.npmrc")}));
    }
    w.add(QStringLiteral("COPY ") +
          execForm({GenDir + QStringLiteral("package.json"), QStringLiteral("/opt/package/package.json")}));
    w.add(QStringLiteral("RUN ") + execForm(QStringList{QStringLiteral("npm"), QStringLiteral("install"),
                                                        QStringLiteral("--omit=dev")} +
                                            NpmQuiet));
    w.blank();
    w.add(QStringLiteral("FROM %1").arg(bases.node));
    addEnv(w, m);
    addAppUser(w, QStringLiteral("/app"), false);
    w.add(QStringLiteral("COPY --from=package ") + Chown + QLatin1Char(' ') +
          execForm({QStringLiteral("/opt/package/node_modules"), QStringLiteral("/app/node_modules")}));
    w.add(QStringLiteral("USER %1:%1").arg(AppUid));
    addHealthcheck(w, m);
    w.add(labelInstruction(imageLabels(m, declaredDescription(m))));
    w.add(QStringLiteral("ENTRYPOINT ") + execForm(m.server.command));
    finish(out, w);
    return out;
}

} // namespace mcpdock::dockerfile
