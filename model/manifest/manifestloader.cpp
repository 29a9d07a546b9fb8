#include "manifest/manifestloader.h"
#include "manifest/manifestloader_p.h"
#include "project/valuerules.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QSet>

#include <yaml-cpp/eventhandler.h>

#include <algorithm>
#include <sstream>

namespace mcpdock::manifest {

QStringList manifestFileNames()
{
    return {QStringLiteral("mcp.yaml"), QStringLiteral("mcp.yml"), QStringLiteral("manifest.json")};
}

QString findManifestInDir(const QString& dir)
{
    const QDir d(dir);
    for (const QString& name : manifestFileNames()) {
        const QFileInfo fi(d.filePath(name));
        if (fi.isFile())
            return fi.absoluteFilePath();
    }
    return {};
}

namespace detail {

QString tr(const char* text)
{
    return QCoreApplication::translate("ManifestLoader", text);
}

QString qs(const std::string& s)
{
    return QString::fromStdString(s);
}

const QRegularExpression& re(const char* pattern)
{
    // One compiled expression per pattern literal; the loader runs on any thread.
    thread_local QHash<const char*, QRegularExpression> cache;
    auto it = cache.find(pattern);
    if (it == cache.end())
        it = cache.insert(pattern, QRegularExpression(QString::fromLatin1(pattern)));
    return *it;
}

bool matches(const char* pattern, const QString& s)
{
    return re(pattern).match(s).hasMatch();
}

bool hasControlChars(const QString& s, bool allowNewlines)
{
    for (const QChar c : s) {
        if (allowNewlines && (c == QLatin1Char('\n') || c == QLatin1Char('\t')))
            continue;
        if (c.category() == QChar::Other_Control || c == QChar::LineSeparator ||
            c == QChar::ParagraphSeparator)
            return true;
    }
    return false;
}

// Offsets from QJsonParseError to line/column, so JSON manifests get the same kind of message.
YAML::Mark markAt(const QByteArray& bytes, int offset)
{
    YAML::Mark m;
    m.pos = offset;
    m.line = 0;
    m.column = 0;
    for (int i = 0; i < offset && i < bytes.size(); ++i) {
        if (bytes.at(i) == '\n') {
            ++m.line;
            m.column = 0;
        } else {
            ++m.column;
        }
    }
    return m;
}

namespace {

// A pass over the YAML events before building nodes: depth, anchors, aliases, tags and documents.
// yaml-cpp resolves aliases to shared nodes, so an alias bomb is cheap to parse but explodes when
// walked or converted; we refuse aliases in manifests outright and in config files (the runtime's
// YAML reader does not support them either).
class ScanHandler : public YAML::EventHandler
{
public:
    struct Finding
    {
        YAML::Mark mark;
        QString message;
    };

    QList<Finding> findings;
    int documents = 0;

    void OnDocumentStart(const YAML::Mark&) override { ++documents; }
    void OnDocumentEnd() override {}
    void OnNull(const YAML::Mark& mark, YAML::anchor_t anchor) override { node(mark, anchor); }
    void OnAlias(const YAML::Mark& mark, YAML::anchor_t) override
    {
        if (!m_aliasReported) {
            findings.append({mark, tr("aliases (*name) are not supported")});
            m_aliasReported = true;
        }
    }
    void OnScalar(const YAML::Mark& mark, const std::string& tag, YAML::anchor_t anchor,
                  const std::string&) override
    {
        node(mark, anchor);
        checkTag(mark, tag);
    }
    void OnSequenceStart(const YAML::Mark& mark, const std::string& tag, YAML::anchor_t anchor,
                         YAML::EmitterStyle::value) override
    {
        open(mark, tag, anchor);
    }
    void OnSequenceEnd() override { --m_depth; }
    void OnMapStart(const YAML::Mark& mark, const std::string& tag, YAML::anchor_t anchor,
                    YAML::EmitterStyle::value) override
    {
        open(mark, tag, anchor);
    }
    void OnMapEnd() override { --m_depth; }

private:
    void node(const YAML::Mark& mark, YAML::anchor_t anchor)
    {
        if (anchor != YAML::NullAnchor && !m_anchorReported) {
            findings.append({mark, tr("anchors (&name) are not supported")});
            m_anchorReported = true;
        }
    }
    void checkTag(const YAML::Mark& mark, const std::string& tag)
    {
        // "?" is a plain scalar, "!" a quoted one, "" untagged; anything else was written by hand.
        if (!tag.empty() && tag != "?" && tag != "!" && !m_tagReported) {
            findings.append({mark, tr("tags (%1) are not supported").arg(qs(tag))});
            m_tagReported = true;
        }
    }
    void open(const YAML::Mark& mark, const std::string& tag, YAML::anchor_t anchor)
    {
        node(mark, anchor);
        checkTag(mark, tag);
        if (++m_depth > MaxManifestDepth && !m_depthReported) {
            findings.append({mark, tr("nested deeper than %1 levels").arg(MaxManifestDepth)});
            m_depthReported = true;
        }
    }

    int m_depth = 0;
    bool m_aliasReported = false;
    bool m_anchorReported = false;
    bool m_tagReported = false;
    bool m_depthReported = false;
};

} // namespace

bool Loader::readFile(const QString& path, QByteArray& bytes, const QString& field, const YAML::Mark& mark)
{
    QFile f(path);
    // Only a regular file: open(2) of a FIFO waits for a writer forever (and a device never ends).
    if (const QFileInfo fi(path); fi.exists() && !fi.isFile()) {
        issue(path, mark, field,
              fi.isDir() ? tr("is a folder, not a regular file")
                         : tr("is not a regular file (a FIFO, socket or device); replace it with a file"));
        return false;
    }
    if (f.size() > MaxManifestBytes) {
        issue(path, mark, field,
              tr("the file is larger than %1 KiB; a manifest or config file this big is not supported")
                  .arg(MaxManifestBytes / 1024));
        return false;
    }
    if (!f.open(QIODevice::ReadOnly)) {
        issue(path, mark, field, tr("cannot be read: %1").arg(f.errorString()));
        return false;
    }
    bytes = f.read(MaxManifestBytes + 1);
    if (bytes.size() > MaxManifestBytes) {
        issue(path, mark, field, tr("the file is larger than %1 KiB").arg(MaxManifestBytes / 1024));
        return false;
    }
    return true;
}

bool Loader::scanYaml(const QString& file, const QByteArray& bytes, bool strict)
{
    const std::string text = bytes.toStdString();
    ScanHandler handler;
    try {
        std::istringstream in(text);
        YAML::Parser parser(in);
        while (parser.HandleNextDocument(handler)) {
            // yaml-cpp 0.7 hands out empty documents forever for a stray ',' at the top level;
            // more than one document is refused anyway, so stop there.
            if (handler.documents > 1)
                break;
        }
    } catch (const YAML::Exception& e) {
        issue(file, e.mark, QString(), tr("not valid YAML: %1").arg(qs(e.msg)));
        return false;
    }
    for (const ScanHandler::Finding& f : handler.findings)
        issue(file, f.mark, QString(), f.message);
    if (handler.documents > 1)
        issue(file, YAML::Mark(), QString(),
              tr("holds %1 YAML documents; only one is allowed").arg(handler.documents));
    Q_UNUSED(strict)
    return handler.findings.isEmpty() && handler.documents <= 1;
}

std::optional<QString> Loader::scalar(const YAML::Node& node, const QString& field)
{
    if (!node.IsScalar()) {
        issue(node.Mark(), field, tr("must be a single value, not a list or a mapping"));
        return std::nullopt;
    }
    return qs(node.Scalar());
}

void Loader::unknownKeys(const YAML::Node& map, const QString& prefix, const QStringList& known)
{
    QSet<QString> seen;
    for (auto it = map.begin(); it != map.end(); ++it) {
        const YAML::Node key = it->first;
        if (!key.IsScalar()) {
            issue(key.Mark(), prefix, tr("keys must be plain names"));
            continue;
        }
        const QString k = qs(key.Scalar());
        const QString field = prefix.isEmpty() ? k : prefix + QLatin1Char('.') + k;
        if (seen.contains(k))
            issue(key.Mark(), field, tr("is given twice"));
        seen.insert(k);
        if (!known.contains(k))
            issue(key.Mark(), field,
                  tr("unknown field (known fields: %1)").arg(known.join(QStringLiteral(", "))));
    }
}

std::optional<QString> Loader::checkRelativePath(const QString& raw, const YAML::Mark& mark,
                                                 const QString& field)
{
    if (raw.isEmpty()) {
        issue(mark, field, tr("must not be empty"));
        return std::nullopt;
    }
    if (raw.startsWith(QLatin1Char('/')) || raw.startsWith(QLatin1Char('~')) || matches("^[A-Za-z]:", raw)) {
        issue(mark, field,
              tr("%1 is an absolute path; give a path relative to the manifest's folder").arg(raw));
        return std::nullopt;
    }
    if (raw.contains(QLatin1Char('\\'))) {
        issue(mark, field, tr("%1 uses \\; separate folders with /").arg(raw));
        return std::nullopt;
    }
    QStringList parts;
    for (const QString& part : raw.split(QLatin1Char('/'))) {
        if (part.isEmpty() || part == QLatin1String("."))
            continue;
        if (part == QLatin1String("..")) {
            issue(mark, field, tr("%1 leaves the project folder (..); keep every file inside it").arg(raw));
            return std::nullopt;
        }
        // The path reaches COPY instructions and the build context: no wildcards, spaces or quotes.
        if (!matches("^[A-Za-z0-9._@+-]+$", part)) {
            issue(mark, field,
                  tr("%1: only letters, digits and . _ - @ + may appear in file and folder names").arg(raw));
            return std::nullopt;
        }
        parts.append(part);
    }
    if (parts.isEmpty()) {
        issue(mark, field, tr("%1 names the project folder, not a file").arg(raw));
        return std::nullopt;
    }
    return parts.join(QLatin1Char('/'));
}

std::optional<QString> Loader::path(const YAML::Node& node, const QString& field, bool mustBeFile)
{
    const auto raw = scalar(node, field);
    if (!raw)
        return std::nullopt;
    const auto rel = checkRelativePath(*raw, node.Mark(), field);
    if (!rel)
        return std::nullopt;
    // canonicalFilePath resolves every link on the way (the file's and its folders'); only where
    // it finally leads counts.
    const QFileInfo fi(m_dir.filePath(*rel));
    const QString canonical = fi.canonicalFilePath();
    const QString root = m_dir.canonicalPath();
    if (canonical.isEmpty()) {
        issue(node.Mark(), field, tr("%1 does not exist").arg(*rel));
        return std::nullopt;
    }
    if (!canonical.startsWith(root + QLatin1Char('/'))) {
        issue(
            node.Mark(), field,
            tr("%1 is a symbolic link that leads outside the project folder; copy the file into the project")
                .arg(*rel));
        return std::nullopt;
    }
    if (mustBeFile && !QFileInfo(canonical).isFile()) {
        issue(node.Mark(), field, tr("%1 is not a file").arg(*rel));
        return std::nullopt;
    }
    return rel;
}

void Loader::dependencies(const YAML::Node& node)
{
    if (!node.IsMap()) {
        issue(node.Mark(), QStringLiteral("dependencies"), tr("must be a mapping with npm and/or python"));
        return;
    }
    unknownKeys(node, QStringLiteral("dependencies"), {QStringLiteral("npm"), QStringLiteral("python")});
    if (const YAML::Node npm = node["npm"]; npm && !npm.IsNull()) {
        if (!npm.IsMap()) {
            issue(npm.Mark(), QStringLiteral("dependencies.npm"),
                  tr("must map package names to version ranges, like { pg: \"^8.11.0\" }"));
        } else {
            for (auto it = npm.begin(); it != npm.end(); ++it) {
                const QString name = qs(it->first.as<std::string>(std::string()));
                const QString field = QStringLiteral("dependencies.npm.") + name;
                if (!it->first.IsScalar() || name.size() > 214 ||
                    !matches("^(@[a-z0-9~-][a-z0-9._~-]*/)?[a-z0-9~-][a-z0-9._~-]*$", name)) {
                    issue(it->first.Mark(), field, tr("\"%1\" is not a valid npm package name").arg(name));
                    continue;
                }
                if (m_m.npmDependencies.contains(name)) {
                    issue(it->first.Mark(), field, tr("is given twice"));
                    continue;
                }
                const auto range = scalar(it->second, field);
                if (!range)
                    continue;
                if (range->isEmpty() || range->size() > 256 || hasControlChars(*range, false)) {
                    issue(it->second.Mark(), field, tr("must be a version range such as \"^8.11.0\""));
                    continue;
                }
                m_m.npmDependencies.insert(name, *range);
            }
        }
    }
    if (const YAML::Node py = node["python"]; py && !py.IsNull()) {
        if (!py.IsSequence()) {
            issue(py.Mark(), QStringLiteral("dependencies.python"),
                  tr("must be a list of requirements, like [\"httpx>=0.27\"]"));
        } else {
            int index = 0;
            for (const YAML::Node& item : py) {
                const QString field = QStringLiteral("dependencies.python[%1]").arg(index++);
                const auto req = scalar(item, field);
                if (!req)
                    continue;
                // One requirement per entry; pip options (-r, --index-url, -e) belong in requirements.txt.
                if (const QString problem = project::requirementProblem(*req); !problem.isEmpty()) {
                    issue(item.Mark(), field, problem);
                    continue;
                }
                m_m.pythonRequirements.append(*req);
            }
        }
    }
}

void Loader::transport(const YAML::Node& t, const QString& field)
{
    if (const auto v = scalar(t, field)) {
        if (*v == QLatin1String("stdio"))
            m_m.runtime.transport = Runtime::Transport::Stdio;
        else if (*v == QLatin1String("http"))
            m_m.runtime.transport = Runtime::Transport::Http;
        else
            issue(t.Mark(), field, tr("\"%1\" is not stdio or http").arg(*v));
    }
}

void Loader::port(const YAML::Node& p, const QString& field)
{
    if (const auto v = scalar(p, field)) {
        bool ok = false;
        const int port = v->toInt(&ok);
        if (!ok || port < 1 || port > 65535 || !matches("^[0-9]+$", *v))
            issue(p.Mark(), field, tr("\"%1\" is not a port number (1-65535)").arg(*v));
        else
            m_m.runtime.port = port;
    }
}

void Loader::runtime(const YAML::Node& node)
{
    if (!node.IsMap()) {
        issue(node.Mark(), QStringLiteral("runtime"),
              tr("must be a mapping with transport, port, node, python"));
        return;
    }
    unknownKeys(node, QStringLiteral("runtime"),
                {QStringLiteral("transport"), QStringLiteral("port"), QStringLiteral("node"),
                 QStringLiteral("python")});
    if (const YAML::Node t = node["transport"]; t && !t.IsNull())
        transport(t, QStringLiteral("runtime.transport"));
    if (const YAML::Node p = node["port"]; p && !p.IsNull())
        port(p, QStringLiteral("runtime.port"));
    if (const YAML::Node n = node["node"]; n && !n.IsNull()) {
        if (const auto v = scalar(n, QStringLiteral("runtime.node"))) {
            if (!project::isNodeMajor(*v))
                issue(n.Mark(), QStringLiteral("runtime.node"),
                      tr("\"%1\" is not a Node major version such as \"22\"").arg(*v));
            else if (v->toInt() < 18)
                issue(n.Mark(), QStringLiteral("runtime.node"),
                      tr("Node %1 is too old; the runtime needs Node 18 or newer (use \"22\" or \"24\")")
                          .arg(*v));
            else
                m_m.runtime.node = *v;
        }
    }
    if (const YAML::Node py = node["python"]; py && !py.IsNull()) {
        if (const auto v = scalar(py, QStringLiteral("runtime.python"))) {
            if (!project::isPythonVersion(*v))
                issue(py.Mark(), QStringLiteral("runtime.python"),
                      tr("\"%1\" is not a Python 3 version such as \"3.11\"").arg(*v));
            else if (v->section(QLatin1Char('.'), 1, 1).toInt() < 8)
                issue(py.Mark(), QStringLiteral("runtime.python"),
                      tr("Python %1 is too old; the runtime needs Python 3.8 or newer").arg(*v));
            else
                m_m.runtime.python = *v;
        }
    }
}

void Loader::server(const YAML::Node& node)
{
    // A project that brings its own MCP server: the command that starts it, instead of tools.
    m_m.kind = Project::Kind::SdkServer;
    if (!node.IsMap()) {
        issue(node.Mark(), QStringLiteral("server"),
              tr("must be a mapping with command (a list), and optionally transport, port, language"));
        return;
    }
    unknownKeys(node, QStringLiteral("server"),
                {QStringLiteral("command"), QStringLiteral("transport"), QStringLiteral("port"),
                 QStringLiteral("language")});
    const YAML::Node command = node["command"];
    if (!command || command.IsNull()) {
        issue(node.Mark(), QStringLiteral("server.command"),
              tr("is required: the command that starts the server, as a list such as [\"node\", "
                 "\"dist/index.js\"]"));
    } else if (!command.IsSequence() || command.size() == 0) {
        issue(command.Mark(), QStringLiteral("server.command"),
              tr("must be a non-empty list such as [\"node\", \"dist/index.js\"] (it is never run "
                 "through a shell)"));
    } else {
        int index = 0;
        for (const YAML::Node& item : command) {
            const QString field = QStringLiteral("server.command[%1]").arg(index++);
            const auto arg = scalar(item, field);
            if (!arg)
                continue;
            if (arg->isEmpty() || arg->size() > 4096 || hasControlChars(*arg, false))
                issue(item.Mark(), field,
                      tr("must be text of 1 to 4096 characters without control characters"));
            else
                m_m.server.command.append(*arg);
        }
        m_m.provenance.insert(QStringLiteral("server.command"), QFileInfo(m_file).fileName() +
                                                                    QLatin1Char(':') +
                                                                    QString::number(command.Mark().line + 1));
    }
    // The same fields as runtime.transport / runtime.port (labels, EXPOSE, HEALTHCHECK read them there).
    if (const YAML::Node t = node["transport"]; t && !t.IsNull())
        transport(t, QStringLiteral("server.transport"));
    if (const YAML::Node p = node["port"]; p && !p.IsNull())
        port(p, QStringLiteral("server.port"));
    // Node or Python: said, or told by the command and the project's files.
    const QString first = m_m.server.command.value(0);
    const QString lang =
        node["language"] && node["language"].IsScalar() ? qs(node["language"].Scalar()) : QString();
    if (node["language"] && !node["language"].IsNull()) {
        if (lang == QLatin1String("node"))
            m_m.server.language = project::ServerCommand::Language::Node;
        else if (lang == QLatin1String("python"))
            m_m.server.language = project::ServerCommand::Language::Python;
        else
            issue(node["language"].Mark(), QStringLiteral("server.language"),
                  tr("\"%1\" is not node or python").arg(lang));
    } else if (first == QLatin1String("node") || first.endsWith(QLatin1String(".js")) ||
               first.endsWith(QLatin1String(".mjs")) || first.endsWith(QLatin1String(".cjs"))) {
        m_m.server.language = project::ServerCommand::Language::Node;
    } else if (first.startsWith(QLatin1String("python")) || first.endsWith(QLatin1String(".py"))) {
        m_m.server.language = project::ServerCommand::Language::Python;
    } else if (QFileInfo(m_dir.filePath(QStringLiteral("package.json"))).isFile()) {
        m_m.server.language = project::ServerCommand::Language::Node;
    } else if (QFileInfo(m_dir.filePath(QStringLiteral("pyproject.toml"))).isFile() ||
               QFileInfo(m_dir.filePath(QStringLiteral("requirements.txt"))).isFile()) {
        m_m.server.language = project::ServerCommand::Language::Python;
    } else if (!first.isEmpty()) {
        issue(command.Mark(), QStringLiteral("server.language"),
              tr("cannot tell whether \"%1\" is a Node or a Python server (no package.json, "
                 "pyproject.toml or requirements.txt beside the manifest); add language: node or "
                 "language: python")
                  .arg(first));
    }
}

void Loader::config(const YAML::Node& root)
{
    const YAML::Node node = root["config"];
    QString rel;
    YAML::Mark mark;
    if (node && !node.IsNull()) {
        const auto p = path(node, QStringLiteral("config"));
        if (!p)
            return;
        rel = *p;
        mark = node.Mark();
    } else if (QFileInfo(m_dir.filePath(QStringLiteral("config.yaml"))).exists()) {
        YAML::Node fake = YAML::Node(std::string("config.yaml"));
        const auto p = path(fake, QStringLiteral("config"));
        if (!p)
            return;
        rel = *p;
    } else {
        return;
    }
    const QString file = m_dir.filePath(rel);
    QByteArray bytes;
    if (!readFile(file, bytes, QString(), YAML::Mark()))
        return;
    if (!scanYaml(file, bytes, true))
        return;
    m_m.configFile = rel;
}

QString Loader::relIfFile(const QString& name) const
{
    const QFileInfo fi(m_dir.filePath(name));
    if (!fi.isFile())
        return {};
    const QString canonical = fi.canonicalFilePath();
    if (!canonical.startsWith(m_dir.canonicalPath() + QLatin1Char('/')))
        return {};
    return name;
}

void Loader::projectFiles(const YAML::Node& root)
{
    if (m_m.kind == Project::Kind::SdkServer) {
        if (m_m.server.language == project::ServerCommand::Language::Python) {
            m_m.requirementsTxt = relIfFile(QStringLiteral("requirements.txt"));
            m_m.server.pyproject = relIfFile(QStringLiteral("pyproject.toml"));
            return;
        }
    }
    const bool js = m_m.usesNode();
    if (js) {
        const QString pkg = QStringLiteral("package.json");
        if (QFileInfo(m_dir.filePath(pkg)).exists() && relIfFile(pkg).isEmpty()) {
            issue(m_dir.filePath(pkg), YAML::Mark(), QString(),
                  tr("package.json is not a file inside the project folder (a link leading out of it?)"));
        } else if (!relIfFile(pkg).isEmpty()) {
            QFile f(m_dir.filePath(pkg));
            QJsonParseError err;
            if (f.size() > MaxManifestBytes || !f.open(QIODevice::ReadOnly)) {
                issue(f.fileName(), YAML::Mark(), QString(), tr("cannot be read or is too large"));
            } else {
                const QByteArray bytes = f.readAll();
                const QJsonDocument doc = QJsonDocument::fromJson(bytes, &err);
                if (err.error != QJsonParseError::NoError || !doc.isObject())
                    issue(f.fileName(), markAt(bytes, err.offset), QString(),
                          tr("not valid JSON (%1); npm could not install from it").arg(err.errorString()));
                else if (m_m.kind == Project::Kind::SdkServer)
                    m_m.server.buildScript = doc.object()
                                                 .value(QStringLiteral("scripts"))
                                                 .toObject()
                                                 .contains(QStringLiteral("build"));
            }
            m_m.packageJson = pkg;
            if (!m_m.npmDependencies.isEmpty()) {
                const YAML::Node npm = root["dependencies"]["npm"];
                issue(npm.Mark(), QStringLiteral("dependencies.npm"),
                      tr("the project has a package.json; list npm dependencies there, not in the manifest"));
            }
            for (const char* lock : {"package-lock.json", "npm-shrinkwrap.json"}) {
                const QString l = relIfFile(QString::fromLatin1(lock));
                if (!l.isEmpty()) {
                    m_m.npmLockfile = l;
                    break;
                }
            }
        }
    }
    const bool py = m_m.usesPython();
    if (py)
        m_m.requirementsTxt = relIfFile(QStringLiteral("requirements.txt"));
}

Expected<Project, QList<ProjectIssue>> Loader::load()
{
    const QFileInfo fi(m_file);
    m_file = fi.absoluteFilePath();
    m_dir = QDir(fi.absolutePath());
    m_m.manifestPath = m_file;
    m_m.projectDir = m_dir.canonicalPath();
    m_dir = QDir(m_m.projectDir);

    QByteArray bytes;
    if (!readFile(m_file, bytes, QString(), YAML::Mark()))
        return m_issues;

    if (fi.suffix().compare(QLatin1String("json"), Qt::CaseInsensitive) == 0) {
        QJsonParseError err;
        const QJsonDocument doc = QJsonDocument::fromJson(bytes, &err);
        if (err.error != QJsonParseError::NoError) {
            issue(markAt(bytes, err.offset), QString(), tr("not valid JSON: %1").arg(err.errorString()));
            return m_issues;
        }
    }
    if (!scanYaml(m_file, bytes, true))
        return m_issues;

    YAML::Node root;
    try {
        root = YAML::Load(bytes.toStdString());
    } catch (const YAML::Exception& e) {
        issue(e.mark, QString(), tr("not valid YAML: %1").arg(qs(e.msg)));
        return m_issues;
    }
    if (!root.IsMap()) {
        issue(root.Mark(), QString(), tr("a manifest must be a mapping with name, version and tools"));
        return m_issues;
    }
    unknownKeys(root, QString(),
                {QStringLiteral("name"), QStringLiteral("version"), QStringLiteral("title"),
                 QStringLiteral("description"), QStringLiteral("license"), QStringLiteral("source"),
                 QStringLiteral("tools"), QStringLiteral("connectors"), QStringLiteral("resources"),
                 QStringLiteral("resourceTemplates"), QStringLiteral("prompts"),
                 QStringLiteral("dependencies"), QStringLiteral("config"), QStringLiteral("runtime"),
                 QStringLiteral("mcpName"), QStringLiteral("icon"), QStringLiteral("homepage"),
                 QStringLiteral("env"), QStringLiteral("server")});

    YAML::Mark rootMark = root.Mark();
    if (const YAML::Node n = root["name"]; !n || n.IsNull()) {
        issue(rootMark, QStringLiteral("name"), tr("is required"));
    } else if (const auto name = scalar(n, QStringLiteral("name"))) {
        if (name->size() > 64 || !matches("^[a-z0-9]+([._-][a-z0-9]+)*$", *name))
            issue(n.Mark(), QStringLiteral("name"),
                  tr("\"%1\" is not a valid name: use at most 64 lowercase letters and digits, "
                     "separated by single . _ or -")
                      .arg(*name));
        else
            m_m.name = *name;
    }
    if (const YAML::Node n = root["version"]; !n || n.IsNull()) {
        issue(rootMark, QStringLiteral("version"), tr("is required"));
    } else if (const auto version = scalar(n, QStringLiteral("version"))) {
        static const char semver[] = "^(0|[1-9][0-9]*)\\.(0|[1-9][0-9]*)\\.(0|[1-9][0-9]*)"
                                     "(-((0|[1-9][0-9]*|[0-9]*[a-zA-Z-][0-9a-zA-Z-]*)(\\.(0|[1-9][0-9]*|[0-9]"
                                     "*[a-zA-Z-][0-9a-zA-Z-]*))*))?"
                                     "(\\+([0-9a-zA-Z-]+(\\.[0-9a-zA-Z-]+)*))?$";
        if (version->size() > 128 || !matches(semver, *version))
            issue(n.Mark(), QStringLiteral("version"),
                  tr("\"%1\" is not a semantic version such as 1.2.0").arg(*version));
        else
            m_m.version = *version;
    }
    if (const YAML::Node n = root["description"]; n && !n.IsNull()) {
        if (const auto d = scalar(n, QStringLiteral("description"))) {
            if (d->size() > 2048 || hasControlChars(*d, true))
                issue(n.Mark(), QStringLiteral("description"),
                      tr("must be text of at most 2048 characters without control characters"));
            else
                m_m.description = *d;
        }
    }
    if (const YAML::Node n = root["license"]; n && !n.IsNull()) {
        if (const auto l = scalar(n, QStringLiteral("license"))) {
            if (!matches("^[A-Za-z0-9.+:() -]{1,128}$", *l))
                issue(n.Mark(), QStringLiteral("license"),
                      tr("\"%1\" is not an SPDX license expression such as MIT or Apache-2.0").arg(*l));
            else
                m_m.license = *l;
        }
    }
    if (const YAML::Node n = root["source"]; n && !n.IsNull()) {
        if (const auto s = scalar(n, QStringLiteral("source"))) {
            if (s->size() > 512 || !matches("^https?://[^\\s\"'\\\\$`]+$", *s))
                issue(n.Mark(), QStringLiteral("source"), tr("\"%1\" is not an http(s) URL").arg(*s));
            else
                m_m.source = *s;
        }
    }
    if (const YAML::Node n = root["title"]; n && !n.IsNull())
        assign(text(n, QStringLiteral("title"), 128, false), m_m.title);
    publishing(root);
    // What the server offers: at least one of tools, resources, resource templates and prompts.
    const auto given = [&root](const char* key) {
        const YAML::Node n = root[key];
        return n && !n.IsNull();
    };
    if (given("server")) {
        // The server serves itself: MCP Dock's tools, resources and prompts do not apply.
        for (const char* key : {"tools", "connectors", "resources", "resourceTemplates", "prompts"})
            if (given(key))
                issue(root[key].Mark(), QString::fromLatin1(key),
                      tr("cannot be given with server: a server with its own command lists its own "
                         "tools; remove one of the two"));
        // runtime first: server.transport / server.port override it.
        if (const YAML::Node n = root["runtime"]; n && !n.IsNull())
            runtime(n);
        server(root["server"]);
        if (const YAML::Node n = root["dependencies"]; n && !n.IsNull())
            dependencies(n);
        projectFiles(root);
        if (!m_issues.isEmpty())
            return m_issues;
        return m_m;
    }
    if (!given("tools") && !given("resources") && !given("resourceTemplates") && !given("prompts"))
        issue(rootMark, QStringLiteral("tools"),
              tr("is required: list at least one tool with name and file (or resources, resourceTemplates "
                 "or prompts; or server: with the command of a server of your own)"));
    if (given("tools"))
        m_m.tools = entries(root["tools"], QStringLiteral("tools"));
    if (given("connectors"))
        m_m.connectors = entries(root["connectors"], QStringLiteral("connectors"));
    if (given("resources"))
        m_m.resources = resources(root["resources"]);
    if (given("resourceTemplates"))
        m_m.resourceTemplates = resourceTemplates(root["resourceTemplates"]);
    if (given("prompts"))
        m_m.prompts = prompts(root["prompts"]);
    imageCollisions();
    if (const YAML::Node n = root["dependencies"]; n && !n.IsNull())
        dependencies(n);
    if (const YAML::Node n = root["runtime"]; n && !n.IsNull())
        runtime(n);
    config(root);
    projectFiles(root);

    if (!m_issues.isEmpty())
        return m_issues;
    return m_m;
}

} // namespace detail

Expected<Project, QList<ProjectIssue>> loadManifest(const QString& pathOrProjectDir)
{
    const QFileInfo fi(pathOrProjectDir);
    QString file = pathOrProjectDir;
    if (fi.isDir()) {
        file = findManifestInDir(pathOrProjectDir);
        if (file.isEmpty()) {
            ProjectIssue i;
            i.file = fi.absoluteFilePath();
            i.message = QCoreApplication::translate("ManifestLoader",
                                                    "no mcp.yaml, mcp.yml or manifest.json in this folder");
            return QList<ProjectIssue>{i};
        }
    } else if (!fi.exists()) {
        ProjectIssue i;
        i.file = fi.absoluteFilePath();
        i.message = QCoreApplication::translate("ManifestLoader", "the manifest does not exist");
        return QList<ProjectIssue>{i};
    }
    return detail::Loader(file).load();
}

} // namespace mcpdock::manifest
