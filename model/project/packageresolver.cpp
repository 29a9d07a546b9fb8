#include "packageresolver.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QRegularExpression>

namespace mcpdock::project {
namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("PackageResolver", text);
}

// A bin path inside the package, safe in an exec-form ENTRYPOINT and a COPY-free image path.
bool safeBinPath(const QString& path)
{
    static const QRegularExpression re(QStringLiteral("^[A-Za-z0-9._@+-]+(/[A-Za-z0-9._@+-]+)*$"));
    return re.match(path).hasMatch() && !path.split(QLatin1Char('/')).contains(QStringLiteral(".."));
}

QString unscoped(const QString& name)
{
    return name.startsWith(QLatin1Char('@')) ? name.section(QLatin1Char('/'), 1) : name;
}

} // namespace

bool isPackageReference(const QString& text)
{
    return text.startsWith(QLatin1String("npm:")) || text.startsWith(QLatin1String("pypi:"));
}

Expected<PackageReference, QString> parsePackageReference(const QString& text)
{
    PackageReference ref;
    if (text.startsWith(QLatin1String("npm:"))) {
        ref.registry = PackageReference::Registry::Npm;
        const QString spec = text.mid(4);
        // "@scope/name@range": the version's @ is the one after the scope's.
        const qsizetype at = spec.indexOf(QLatin1Char('@'), spec.startsWith(QLatin1Char('@')) ? 1 : 0);
        ref.name = at < 0 ? spec : spec.left(at);
        ref.requested = at < 0 ? QString() : spec.mid(at + 1);
        static const QRegularExpression name(
            QStringLiteral("^(@[a-z0-9~-][a-z0-9._~-]*/)?[a-z0-9~-][a-z0-9._~-]*$"));
        if (ref.name.size() > 214 || !name.match(ref.name).hasMatch())
            return tr("\"%1\" is not an npm package name such as @modelcontextprotocol/server-memory")
                .arg(ref.name);
        static const QRegularExpression range(QStringLiteral("^[A-Za-z0-9.^~<>=| *+-]{1,128}$"));
        if (at >= 0 && !range.match(ref.requested).hasMatch())
            return tr("\"%1\" is not an npm version or range such as 2026.8.31 or ^2026").arg(ref.requested);
        return ref;
    }
    if (text.startsWith(QLatin1String("pypi:"))) {
        ref.registry = PackageReference::Registry::PyPI;
        const QString spec = text.mid(5);
        const qsizetype eq = spec.indexOf(QStringLiteral("=="));
        ref.name = eq < 0 ? spec : spec.left(eq);
        ref.requested = eq < 0 ? QString() : spec.mid(eq + 2);
        static const QRegularExpression name(QStringLiteral("^[A-Za-z0-9]([A-Za-z0-9._-]*[A-Za-z0-9])?$"));
        if (!name.match(ref.name).hasMatch())
            return tr("\"%1\" is not a PyPI project name").arg(ref.name);
        static const QRegularExpression version(QStringLiteral("^[A-Za-z0-9.+!-]{1,64}$"));
        if (eq >= 0 && !version.match(ref.requested).hasMatch())
            return tr("\"%1\" is not a version such as 1.2.0").arg(ref.requested);
        return ref;
    }
    return tr("\"%1\" is not a package reference: write npm:NAME[@VERSION] or pypi:NAME[==VERSION]")
        .arg(text);
}

Expected<Project, QString> projectFromNpmView(const PackageReference& asked, const QByteArray& json)
{
    const QJsonDocument doc = QJsonDocument::fromJson(json);
    QJsonObject info;
    if (doc.isArray() && !doc.array().isEmpty())
        info = doc.array().last().toObject();
    else if (doc.isObject())
        info = doc.object();
    const QString spec =
        asked.name + (asked.requested.isEmpty() ? QString() : QLatin1Char('@') + asked.requested);
    if (info.isEmpty())
        return tr("npm found no version of %1 (the registry's answer was empty)").arg(spec);
    if (info.contains(QStringLiteral("error"))) {
        const QJsonObject e = info.value(QStringLiteral("error")).toObject();
        return tr("npm could not resolve %1: %2").arg(spec, e.value(QStringLiteral("summary")).toString());
    }
    PackageReference ref = asked;
    ref.resolvedVersion = info.value(QStringLiteral("version")).toString();
    static const QRegularExpression semver(
        QStringLiteral("^[0-9]+\\.[0-9]+\\.[0-9]+(-[0-9A-Za-z.-]+)?(\\+[0-9A-Za-z.-]+)?$"));
    if (!semver.match(ref.resolvedVersion).hasMatch())
        return tr("npm answered %1 for the version of %2, which is not a version")
            .arg(ref.resolvedVersion, spec);

    // The bin: the only one, or the one named like the package (as npx chooses).
    const QJsonValue binValue = info.value(QStringLiteral("bin"));
    QJsonObject bins;
    if (binValue.isString())
        bins.insert(unscoped(ref.name), binValue.toString());
    else
        bins = binValue.toObject();
    if (bins.isEmpty())
        return tr("%1@%2 has no bin in its package.json: npm cannot start it as a command, so MCP Dock "
                  "cannot "
                  "either")
            .arg(ref.name, ref.resolvedVersion);
    QString chosen;
    if (bins.size() == 1)
        chosen = bins.begin().key();
    else if (bins.contains(unscoped(ref.name)))
        chosen = unscoped(ref.name);
    else
        return tr("%1@%2 has %3 bins (%4) and none is named %5; MCP Dock cannot tell which one starts the "
                  "server")
            .arg(ref.name, ref.resolvedVersion)
            .arg(bins.size())
            .arg(bins.keys().join(QStringLiteral(", ")), unscoped(ref.name));
    QString path = bins.value(chosen).toString();
    while (path.startsWith(QLatin1String("./")))
        path = path.mid(2);
    if (!safeBinPath(path))
        return tr("%1@%2: its bin %3 is \"%4\", a path MCP Dock will not write into a Dockerfile")
            .arg(ref.name, ref.resolvedVersion, chosen, path);
    ref.bin = chosen;
    ref.binPath = path;

    Project p;
    p.kind = Project::Kind::Package;
    p.origin = QStringLiteral("npm:") + spec;
    p.server.language = ServerCommand::Language::Node;
    p.runtime.node = QStringLiteral("22"); // Node 20 reached end of life in April 2026
    p.server.command = QStringList{QStringLiteral("node"), QStringLiteral("/app/node_modules/") + ref.name +
                                                               QLatin1Char('/') + path} +
                       ref.args;
    QString imageName = unscoped(ref.name).toLower();
    imageName.replace(QRegularExpression(QStringLiteral("[^a-z0-9]+")), QStringLiteral("-"));
    p.name = imageName.left(64);
    p.version = ref.resolvedVersion;
    const QString description = info.value(QStringLiteral("description")).toString();
    if (description.size() <= 2048)
        p.description = description;
    static const QRegularExpression spdx(QStringLiteral("^[A-Za-z0-9.+:() -]{1,128}$"));
    const QString license = info.value(QStringLiteral("license")).toString();
    if (spdx.match(license).hasMatch())
        p.license = license;
    p.package = ref;
    const QString from = QStringLiteral("npm registry (%1)").arg(ref.resolvedBy);
    for (const char* field : {"name", "version", "description", "license", "server.command"})
        p.provenance.insert(QString::fromLatin1(field), from);
    return p;
}

Expected<Project, QList<ProjectIssue>> resolvePackage(const QString& reference, const QStringList& args)
{
    auto fail = [&reference](const QString& message) {
        ProjectIssue i;
        i.file = reference;
        i.message = message;
        return QList<ProjectIssue>{i};
    };
    auto parsed = parsePackageReference(reference);
    if (!parsed)
        return fail(parsed.error());
    PackageReference ref = *parsed;
    ref.args = args;
    for (const QString& a : args)
        for (const QChar c : a)
            if (c.category() == QChar::Other_Control)
                return fail(tr("the argument \"%1\" holds a control character").arg(a));
    if (ref.registry == PackageReference::Registry::PyPI)
        return fail(tr("pypi: packages are not supported yet (PyPI cannot be reached from this machine to "
                       "resolve a version); build a folder with a pyproject.toml instead"));

    const QString spec = ref.name + (ref.requested.isEmpty() ? QString() : QLatin1Char('@') + ref.requested);
    const QStringList npmArgs{QStringLiteral("view"),        spec,
                              QStringLiteral("name"),        QStringLiteral("version"),
                              QStringLiteral("description"), QStringLiteral("license"),
                              QStringLiteral("bin"),         QStringLiteral("--json")};
    ref.resolvedBy = QStringLiteral("npm view %1 version bin --json").arg(spec);
    QProcess npm;
    npm.start(QStringLiteral("npm"), npmArgs);
    if (!npm.waitForStarted(10000))
        return fail(
            tr("npm could not be started (%1); install npm to build npm: packages").arg(npm.errorString()));
    if (!npm.waitForFinished(120000)) {
        npm.kill();
        npm.waitForFinished(5000);
        return fail(
            tr("npm view %1 did not answer within 120 s; check the registry in ~/.npmrc and the network")
                .arg(spec));
    }
    const QByteArray out = npm.readAllStandardOutput();
    if (npm.exitCode() != 0) {
        // npm prints {"error": {"code","summary","detail"}} with --json.
        const QJsonObject e = QJsonDocument::fromJson(out).object().value(QStringLiteral("error")).toObject();
        QString summary = e.value(QStringLiteral("summary")).toString();
        if (summary.isEmpty())
            summary =
                QString::fromUtf8(npm.readAllStandardError()).trimmed().section(QLatin1Char('\n'), 0, 2);
        return fail(tr("npm view %1 failed: %2").arg(spec, summary));
    }
    auto project = projectFromNpmView(ref, out);
    if (!project)
        return fail(project.error());

    // The user's npm configuration (registry, auth): for the builder stage only.
    QString npmrc = QProcessEnvironment::systemEnvironment().value(QStringLiteral("NPM_CONFIG_USERCONFIG"));
    if (npmrc.isEmpty())
        npmrc = QDir::home().filePath(QStringLiteral(".npmrc"));
    QFile f(npmrc);
    if (f.size() < 1024 * 1024 && f.open(QIODevice::ReadOnly))
        project->package.npmrc = f.readAll();
    return *project;
}

} // namespace mcpdock::project
