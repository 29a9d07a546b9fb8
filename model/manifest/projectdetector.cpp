#include "manifest/projectdetector.h"

#include "manifest/manifestloader.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <toml++/toml.h>

#include <optional>

namespace mcpdock::manifest {

using project::Project;
using project::ProjectIssue;
using project::ServerCommand;

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("ProjectDetector", text);
}

ProjectIssue makeIssue(const QString& file, const QString& field, const QString& message, int line = 0,
                       int column = 0)
{
    ProjectIssue i;
    i.file = file;
    i.field = field;
    i.message = message;
    i.line = line;
    i.column = column;
    return i;
}

bool isSemver(const QString& v)
{
    static const QRegularExpression re(QStringLiteral(
        "^(0|[1-9][0-9]*)\\.(0|[1-9][0-9]*)\\.(0|[1-9][0-9]*)(-[0-9A-Za-z.-]+)?(\\+[0-9A-Za-z.-]+)?$"));
    return v.size() <= 128 && re.match(v).hasMatch();
}

bool plainText(const QString& s, int max)
{
    if (s.size() > max)
        return false;
    for (const QChar c : s)
        if (c.category() == QChar::Other_Control && c != QLatin1Char('\n') && c != QLatin1Char('\t'))
            return false;
    return true;
}

// A path from package.json ("./dist/index.js") as a project-relative path, or empty when it leaves
// the project or holds characters that cannot reach a Dockerfile.
QString relativeEntry(const QString& raw)
{
    QStringList parts;
    for (const QString& part : raw.split(QLatin1Char('/'))) {
        if (part.isEmpty() || part == QLatin1String("."))
            continue;
        static const QRegularExpression safe(QStringLiteral("^[A-Za-z0-9._@+-]+$"));
        if (part == QLatin1String("..") || !safe.match(part).hasMatch())
            return {};
        parts.append(part);
    }
    if (raw.startsWith(QLatin1Char('/')) || parts.isEmpty())
        return {};
    return parts.join(QLatin1Char('/'));
}

const QStringList& nodeSdks()
{
    static const QStringList names{QStringLiteral("@modelcontextprotocol/sdk"),
                                   QStringLiteral("@modelcontextprotocol/server")};
    return names;
}

struct Candidate
{
    std::optional<Project> project;
    QList<ProjectIssue> issues;
    bool sdk = false; // an MCP SDK is among the dependencies
};

Candidate fromPackageJson(const QDir& dir)
{
    Candidate c;
    const QString file = dir.filePath(QStringLiteral("package.json"));
    QFile f(file);
    if (f.size() > MaxManifestBytes || !f.open(QIODevice::ReadOnly)) {
        c.issues << makeIssue(file, QString(), tr("cannot be read or is larger than 1 MiB"));
        return c;
    }
    const QByteArray bytes = f.readAll();
    QJsonParseError err;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &err);
    if (err.error != QJsonParseError::NoError || !doc.isObject()) {
        const int line = 1 + static_cast<int>(bytes.left(err.offset).count('\n'));
        c.issues << makeIssue(file, QString(), tr("not valid JSON: %1").arg(err.errorString()), line);
        return c;
    }
    const QJsonObject pkg = doc.object();
    const QJsonObject deps = pkg.value(QStringLiteral("dependencies")).toObject();
    for (const QString& sdk : nodeSdks())
        if (deps.contains(sdk))
            c.sdk = true;

    Project p;
    p.kind = Project::Kind::SdkServer;
    p.server.language = ServerCommand::Language::Node;
    p.runtime.node = QStringLiteral("22"); // Node 20 reached end of life in April 2026
    p.packageJson = QStringLiteral("package.json");
    for (const char* lock : {"package-lock.json", "npm-shrinkwrap.json"})
        if (QFileInfo(dir.filePath(QString::fromLatin1(lock))).isFile()) {
            p.npmLockfile = QString::fromLatin1(lock);
            break;
        }
    p.server.buildScript = pkg.value(QStringLiteral("scripts")).toObject().contains(QStringLiteral("build"));

    const QString pkgName = pkg.value(QStringLiteral("name")).toString();
    p.name = imageNameFromPackageName(pkgName);
    if (p.name.isEmpty())
        c.issues << makeIssue(file, QStringLiteral("name"),
                              pkgName.isEmpty()
                                  ? tr("is required: the image is named after the package")
                                  : tr("\"%1\" cannot be made an image name; use lowercase letters, digits "
                                       "and - in the package name")
                                        .arg(pkgName));
    p.provenance.insert(QStringLiteral("name"), QStringLiteral("package.json"));
    p.version = pkg.value(QStringLiteral("version")).toString();
    if (!isSemver(p.version))
        c.issues << makeIssue(file, QStringLiteral("version"),
                              p.version.isEmpty()
                                  ? tr("is required: add \"version\": \"1.0.0\"")
                                  : tr("\"%1\" is not a semantic version such as 1.0.0").arg(p.version));
    p.provenance.insert(QStringLiteral("version"), QStringLiteral("package.json"));
    const QString description = pkg.value(QStringLiteral("description")).toString();
    if (!description.isEmpty() && plainText(description, 2048)) {
        p.description = description;
        p.provenance.insert(QStringLiteral("description"), QStringLiteral("package.json"));
    }
    static const QRegularExpression spdx(QStringLiteral("^[A-Za-z0-9.+:() -]{1,128}$"));
    const QString license = pkg.value(QStringLiteral("license")).toString();
    if (spdx.match(license).hasMatch()) {
        p.license = license;
        p.provenance.insert(QStringLiteral("license"), QStringLiteral("package.json"));
    }

    // The command: the one bin, else main.
    QString entry;
    QString entryField;
    const QJsonValue bin = pkg.value(QStringLiteral("bin"));
    if (bin.isString()) {
        entry = bin.toString();
        entryField = QStringLiteral("bin");
    } else if (bin.isObject() && bin.toObject().size() == 1) {
        entry = bin.toObject().begin().value().toString();
        entryField = QStringLiteral("bin.") + bin.toObject().begin().key();
    } else if (bin.isObject() && bin.toObject().size() > 1) {
        c.issues << makeIssue(file, QStringLiteral("bin"),
                              tr("lists %1 commands (%2); MCP Dock cannot tell which one starts the server: "
                                 "add an mcp.yaml with server.command, such as [\"node\", \"%3\"]")
                                  .arg(bin.toObject().size())
                                  .arg(bin.toObject().keys().join(QStringLiteral(", ")),
                                       bin.toObject().begin().value().toString()));
        return c;
    } else if (pkg.value(QStringLiteral("main")).isString()) {
        entry = pkg.value(QStringLiteral("main")).toString();
        entryField = QStringLiteral("main");
    } else {
        c.issues << makeIssue(file, QStringLiteral("bin"),
                              tr("neither bin nor main says how the server starts: add \"bin\" (or \"main\") "
                                 "naming its entry file, such as \"dist/index.js\""));
        return c;
    }
    const QString rel = relativeEntry(entry);
    if (rel.isEmpty()) {
        c.issues << makeIssue(file, entryField,
                              tr("\"%1\" is not a file inside the project (letters, digits and . _ - @ + "
                                 "only, no ..)")
                                  .arg(entry));
        return c;
    }
    p.server.command = QStringList{QStringLiteral("node"), rel};
    p.provenance.insert(QStringLiteral("server.command"),
                        QStringLiteral("package.json (%1)").arg(entryField));
    if (c.issues.isEmpty())
        c.project = p;
    return c;
}

// A requirement's distribution name, normalised as pip compares them ("FastMCP[cli]>=2" -> "fastmcp").
QString requirementName(const QString& req)
{
    static const QRegularExpression name(QStringLiteral("^\\s*([A-Za-z0-9][A-Za-z0-9._-]*)"));
    const auto m = name.match(req);
    if (!m.hasMatch())
        return {};
    QString n = m.captured(1).toLower();
    n.replace(QRegularExpression(QStringLiteral("[._-]+")), QStringLiteral("-"));
    return n;
}

Candidate fromPyproject(const QDir& dir)
{
    Candidate c;
    const QString file = dir.filePath(QStringLiteral("pyproject.toml"));
    QFile f(file);
    if (f.size() > MaxManifestBytes || !f.open(QIODevice::ReadOnly)) {
        c.issues << makeIssue(file, QString(), tr("cannot be read or is larger than 1 MiB"));
        return c;
    }
    const std::string text = f.readAll().toStdString();
    toml::table doc;
    try {
        doc = toml::parse(text, file.toStdString());
    } catch (const toml::parse_error& e) {
        c.issues << makeIssue(file, QString(),
                              tr("not valid TOML: %1")
                                  .arg(QString::fromUtf8(e.description().data(),
                                                         static_cast<qsizetype>(e.description().size()))),
                              static_cast<int>(e.source().begin.line),
                              static_cast<int>(e.source().begin.column));
        return c;
    }
    const auto lineOf = [](const toml::node* n) {
        return n ? static_cast<int>(n->source().begin.line) : 0;
    };
    const toml::table* proj = doc["project"].as_table();
    if (!proj) {
        c.issues << makeIssue(file, QStringLiteral("project"),
                              tr("has no [project] table (PEP 621): add one with name, version, dependencies "
                                 "and [project.scripts]"));
        return c;
    }
    if (const toml::array* deps = (*proj)["dependencies"].as_array()) {
        for (const toml::node& d : *deps) {
            const auto s = d.value<std::string>();
            const QString n = s ? requirementName(QString::fromStdString(*s)) : QString();
            if (n == QLatin1String("mcp") || n == QLatin1String("fastmcp"))
                c.sdk = true;
        }
    }
    Project p;
    p.kind = Project::Kind::SdkServer;
    p.server.language = ServerCommand::Language::Python;
    p.server.pyproject = QStringLiteral("pyproject.toml");
    if (QFileInfo(dir.filePath(QStringLiteral("requirements.txt"))).isFile())
        p.requirementsTxt = QStringLiteral("requirements.txt");

    const QString rawName = QString::fromStdString((*proj)["name"].value_or(std::string()));
    p.name = imageNameFromPackageName(rawName);
    if (p.name.isEmpty())
        c.issues << makeIssue(file, QStringLiteral("project.name"),
                              rawName.isEmpty() ? tr("is required")
                                                : tr("\"%1\" cannot be made an image name").arg(rawName),
                              lineOf((*proj)["name"].node()));
    p.provenance.insert(QStringLiteral("name"), QStringLiteral("pyproject.toml"));
    // PEP 440 versions are wider than semver: take the common "1.2" / "1.2.3" and pad.
    QString version = QString::fromStdString((*proj)["version"].value_or(std::string()));
    if (QRegularExpression(QStringLiteral("^[0-9]+\\.[0-9]+$")).match(version).hasMatch())
        version += QStringLiteral(".0");
    if (!isSemver(version))
        c.issues << makeIssue(file, QStringLiteral("project.version"),
                              version.isEmpty() ? tr("is required (a dynamic version cannot be read without "
                                                     "building the package): add version = \"1.0.0\"")
                                                : tr("\"%1\" is not a version such as 1.0.0").arg(version),
                              lineOf((*proj)["version"].node()));
    p.version = version;
    p.provenance.insert(QStringLiteral("version"), QStringLiteral("pyproject.toml"));
    const QString description = QString::fromStdString((*proj)["description"].value_or(std::string()));
    if (!description.isEmpty() && plainText(description, 2048)) {
        p.description = description;
        p.provenance.insert(QStringLiteral("description"), QStringLiteral("pyproject.toml"));
    }
    QString license = QString::fromStdString((*proj)["license"].value_or(std::string()));
    if (license.isEmpty())
        license = QString::fromStdString((*proj)["license"]["text"].value_or(std::string()));
    static const QRegularExpression spdx(QStringLiteral("^[A-Za-z0-9.+:() -]{1,128}$"));
    if (spdx.match(license).hasMatch()) {
        p.license = license;
        p.provenance.insert(QStringLiteral("license"), QStringLiteral("pyproject.toml"));
    }
    const toml::table* scripts = (*proj)["scripts"].as_table();
    if (!scripts || scripts->empty()) {
        c.issues << makeIssue(file, QStringLiteral("project.scripts"),
                              tr("is missing: add [project.scripts] with the command that starts the server, "
                                 "such as my-server = \"my_server:main\""));
        return c;
    }
    if (scripts->size() > 1) {
        QStringList names;
        for (const auto& [key, value] : *scripts)
            names << QString::fromUtf8(key.str().data(), static_cast<qsizetype>(key.str().size()));
        c.issues << makeIssue(file, QStringLiteral("project.scripts"),
                              tr("lists %1 commands (%2); MCP Dock cannot tell which one starts the server: "
                                 "add an mcp.yaml with server.command, such as [\"%3\"]")
                                  .arg(names.size())
                                  .arg(names.join(QStringLiteral(", ")), names.first()),
                              lineOf(scripts));
        return c;
    }
    const std::string_view key = scripts->begin()->first.str();
    const QString script = QString::fromUtf8(key.data(), static_cast<qsizetype>(key.size()));
    static const QRegularExpression scriptName(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$"));
    if (!scriptName.match(script).hasMatch()) {
        c.issues << makeIssue(file, QStringLiteral("project.scripts"),
                              tr("\"%1\" is not a command name MCP Dock can start").arg(script),
                              lineOf(scripts));
        return c;
    }
    p.server.command = QStringList{script};
    p.provenance.insert(QStringLiteral("server.command"),
                        QStringLiteral("pyproject.toml ([project.scripts])"));
    if (c.issues.isEmpty())
        c.project = p;
    return c;
}

} // namespace

QString imageNameFromPackageName(const QString& packageName)
{
    QString n = packageName.toLower();
    if (n.startsWith(QLatin1Char('@')))
        n = n.section(QLatin1Char('/'), 1);
    n.replace(QRegularExpression(QStringLiteral("[^a-z0-9]+")), QStringLiteral("-"));
    while (n.startsWith(QLatin1Char('-')))
        n.remove(0, 1);
    while (n.endsWith(QLatin1Char('-')))
        n.chop(1);
    return n.left(64);
}

Expected<Project, QList<ProjectIssue>> detectProject(const QString& path)
{
    const QDir dir(QFileInfo(path).absoluteFilePath());
    const bool hasPackage = QFileInfo(dir.filePath(QStringLiteral("package.json"))).isFile();
    const bool hasPyproject = QFileInfo(dir.filePath(QStringLiteral("pyproject.toml"))).isFile();
    if (!hasPackage && !hasPyproject)
        return QList<ProjectIssue>{makeIssue(
            dir.absolutePath(), QString(),
            tr("not an MCP server project: looked for mcp.yaml, mcp.yml, manifest.json, a package.json with "
               "bin or main, and a pyproject.toml with [project.scripts]; found none"))};

    QList<Candidate> found;
    QStringList read;
    if (hasPackage) {
        found << fromPackageJson(dir);
        read << QStringLiteral("package.json");
    }
    if (hasPyproject) {
        found << fromPyproject(dir);
        read << QStringLiteral("pyproject.toml");
    }
    QList<Candidate*> withSdk;
    for (Candidate& c : found)
        if (c.sdk)
            withSdk << &c;
    if (withSdk.size() > 1)
        return QList<ProjectIssue>{
            makeIssue(dir.absolutePath(), QStringLiteral("server.command"),
                      tr("both package.json and pyproject.toml depend on an MCP SDK; add an mcp.yaml with "
                         "server.command to say which server to build"))};
    // A file that cannot be read says so first: its dependencies are unknown.
    for (const Candidate& c : std::as_const(found))
        if (!c.sdk && !c.issues.isEmpty() && c.issues.first().field.isEmpty())
            return c.issues;
    if (withSdk.isEmpty())
        return QList<ProjectIssue>{makeIssue(
            dir.filePath(read.first()), QStringLiteral("dependencies"),
            tr("read %1 and found no MCP SDK among the dependencies (%2); add it there, or add an mcp.yaml "
               "with server.command when the server does start this way")
                .arg(read.join(QStringLiteral(", ")),
                     hasPackage ? QStringLiteral("@modelcontextprotocol/sdk or @modelcontextprotocol/server")
                                : QStringLiteral("mcp or fastmcp")))};
    Candidate& c = *withSdk.first();
    if (!c.project)
        return c.issues;
    Project p = *c.project;
    p.projectDir = dir.canonicalPath();
    p.origin = dir.absolutePath();
    p.provenance.insert(QStringLiteral("transport"), tr("default (stdio)"));
    return p;
}

} // namespace mcpdock::manifest
