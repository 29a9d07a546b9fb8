#include "serverjson.h"

#include "dockerfile/labels.h"
#include "registry/reference.h"

#include <QJsonDocument>

#include <QCoreApplication>
#include <QJsonArray>
#include <QRegularExpression>
#include <QUrl>

namespace mcpdock::catalog {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("ServerJson", text);
}

bool matches(const QString& pattern, const QString& s)
{
    return QRegularExpression(pattern).match(s).hasMatch();
}

bool isUri(const QString& s)
{
    const QUrl u(s, QUrl::StrictMode);
    return u.isValid() && !u.scheme().isEmpty() && !s.contains(QLatin1Char(' '));
}

// The registry refuses version ranges ("^1.2.3", "~1.2.3", ">=1.2.3", "1.x", "1.*") and "latest".
bool isVersionRange(const QString& v)
{
    return v == QLatin1String("latest") || matches(QStringLiteral("[\\^~<>=*|]|(^|\\.)[xX](\\.|$)| - "), v);
}

class Checker
{
public:
    QList<ServerJsonProblem> problems;

    void add(const QString& field, const QString& message) { problems.append({field, message}); }

    bool type(const QJsonObject& o, const QString& key, const QString& field, QJsonValue::Type t,
              bool required = false)
    {
        if (!o.contains(key)) {
            if (required)
                add(field, tr("is required"));
            return false;
        }
        if (o.value(key).type() != t) {
            static const QHash<int, QString> names{{QJsonValue::String, QStringLiteral("a string")},
                                                   {QJsonValue::Bool, QStringLiteral("true or false")},
                                                   {QJsonValue::Array, QStringLiteral("a list")},
                                                   {QJsonValue::Object, QStringLiteral("an object")}};
            add(field, tr("must be %1").arg(names.value(t)));
            return false;
        }
        return true;
    }
    void string(const QJsonObject& o, const QString& key, const QString& field, bool required, int minLength,
                int maxLength)
    {
        if (!type(o, key, field, QJsonValue::String, required))
            return;
        const QString s = o.value(key).toString();
        if (s.size() < minLength || (maxLength > 0 && s.size() > maxLength))
            add(field, maxLength > 0 ? tr("must be %1 to %2 characters long (it is %3)")
                                           .arg(minLength)
                                           .arg(maxLength)
                                           .arg(s.size())
                                     : tr("must not be empty"));
    }
    void uri(const QJsonObject& o, const QString& key, const QString& field, bool required = false)
    {
        if (type(o, key, field, QJsonValue::String, required) && !isUri(o.value(key).toString()))
            add(field, tr("\"%1\" is not a URI").arg(o.value(key).toString()));
    }
    void oneOf(const QJsonObject& o, const QString& key, const QString& field, const QStringList& allowed,
               bool required = false)
    {
        if (type(o, key, field, QJsonValue::String, required) && !allowed.contains(o.value(key).toString()))
            add(field, tr("\"%1\" is not one of %2")
                           .arg(o.value(key).toString(), allowed.join(QStringLiteral(", "))));
    }

    // KeyValueInput (environment variables, headers): name plus an Input's fields.
    void keyValueInputs(const QJsonObject& o, const QString& key, const QString& field)
    {
        if (!type(o, key, field, QJsonValue::Array))
            return;
        const QJsonArray a = o.value(key).toArray();
        for (int i = 0; i < a.size(); ++i) {
            const QString f = QStringLiteral("%1[%2]").arg(field).arg(i);
            if (!a[i].isObject()) {
                add(f, tr("must be an object with name"));
                continue;
            }
            const QJsonObject v = a[i].toObject();
            string(v, QStringLiteral("name"), f + QStringLiteral(".name"), true, 1, 0);
            for (const char* k : {"description", "default", "value", "placeholder"})
                type(v, QLatin1String(k), f + QLatin1Char('.') + QLatin1String(k), QJsonValue::String);
            for (const char* k : {"isRequired", "isSecret"})
                type(v, QLatin1String(k), f + QLatin1Char('.') + QLatin1String(k), QJsonValue::Bool);
            oneOf(v, QStringLiteral("format"), f + QStringLiteral(".format"),
                  {QStringLiteral("string"), QStringLiteral("number"), QStringLiteral("boolean"),
                   QStringLiteral("filepath")});
            if (type(v, QStringLiteral("choices"), f + QStringLiteral(".choices"), QJsonValue::Array)) {
                for (const QJsonValue& c : v.value(QStringLiteral("choices")).toArray())
                    if (!c.isString())
                        add(f + QStringLiteral(".choices"), tr("must be a list of strings"));
            }
            if (v.value(QStringLiteral("isSecret")).toBool() && v.contains(QStringLiteral("default")))
                add(f + QStringLiteral(".default"), tr("a secret must not have a default value"));
        }
    }

    void transport(const QJsonObject& o, const QString& field)
    {
        if (!type(o, QStringLiteral("transport"), field, QJsonValue::Object, true))
            return;
        const QJsonObject t = o.value(QStringLiteral("transport")).toObject();
        oneOf(t, QStringLiteral("type"), field + QStringLiteral(".type"),
              {QStringLiteral("stdio"), QStringLiteral("streamable-http"), QStringLiteral("sse")}, true);
        const QString kind = t.value(QStringLiteral("type")).toString();
        if (kind == QLatin1String("streamable-http") || kind == QLatin1String("sse")) {
            if (type(t, QStringLiteral("url"), field + QStringLiteral(".url"), QJsonValue::String, true) &&
                !matches(QStringLiteral("^https?://[^\\s]+$"), t.value(QStringLiteral("url")).toString()))
                add(field + QStringLiteral(".url"), tr("must be an http(s) URL"));
            keyValueInputs(t, QStringLiteral("headers"), field + QStringLiteral(".headers"));
        }
    }

    void package(const QJsonObject& p, const QString& field)
    {
        string(p, QStringLiteral("registryType"), field + QStringLiteral(".registryType"), true, 1, 0);
        string(p, QStringLiteral("identifier"), field + QStringLiteral(".identifier"), true, 1, 0);
        transport(p, field + QStringLiteral(".transport"));
        keyValueInputs(p, QStringLiteral("environmentVariables"),
                       field + QStringLiteral(".environmentVariables"));
        for (const char* k : {"packageArguments", "runtimeArguments"})
            type(p, QLatin1String(k), field + QLatin1Char('.') + QLatin1String(k), QJsonValue::Array);
        type(p, QStringLiteral("runtimeHint"), field + QStringLiteral(".runtimeHint"), QJsonValue::String);
        if (type(p, QStringLiteral("fileSha256"), field + QStringLiteral(".fileSha256"),
                 QJsonValue::String) &&
            !matches(QStringLiteral("^[a-f0-9]{64}$"), p.value(QStringLiteral("fileSha256")).toString()))
            add(field + QStringLiteral(".fileSha256"), tr("must be 64 lowercase hex digits"));
        if (type(p, QStringLiteral("version"), field + QStringLiteral(".version"), QJsonValue::String)) {
            const QString v = p.value(QStringLiteral("version")).toString();
            if (v.isEmpty() || isVersionRange(v))
                add(field + QStringLiteral(".version"), tr("\"%1\" is not a specific version").arg(v));
        }
        uri(p, QStringLiteral("registryBaseUrl"), field + QStringLiteral(".registryBaseUrl"));

        if (p.value(QStringLiteral("registryType")).toString() != QLatin1String("oci"))
            return;
        // The publish validator's rules for OCI packages (internal/validators/registries/oci.go).
        for (const char* k : {"version", "registryBaseUrl", "fileSha256"})
            if (p.contains(QLatin1String(k)))
                add(field + QLatin1Char('.') + QLatin1String(k),
                    tr("an OCI package must not have %1: the reference in identifier carries the version "
                       "(docker.io/owner/image:1.0.0)")
                        .arg(QLatin1String(k)));
        const QString identifier = p.value(QStringLiteral("identifier")).toString();
        if (identifier.isEmpty())
            return;
        const auto ref = registry::ReferenceParser::parse(identifier);
        if (!ref.ok()) {
            add(field + QStringLiteral(".identifier"),
                tr("\"%1\" is not an image reference: %2").arg(identifier, ref.error().text()));
            return;
        }
        if (!isAcceptedOciRegistry(ref->domain))
            add(field + QStringLiteral(".identifier"), tr("the MCP Registry accepts images on docker.io, "
                                                          "ghcr.io and *.pkg.dev only, not %1; push the "
                                                          "image to one of them")
                                                           .arg(ref->domain));
        if (ref->tag.isEmpty() && ref->digest.isEmpty())
            add(field + QStringLiteral(".identifier"),
                tr("\"%1\" has no tag or digest; name the published version (image:1.2.0)").arg(identifier));
    }
};

QString repositorySource(const QString& url)
{
    const QString host = QUrl(url).host().toLower();
    if (host == QLatin1String("github.com"))
        return QStringLiteral("github");
    if (host == QLatin1String("gitlab.com"))
        return QStringLiteral("gitlab");
    return {};
}

} // namespace

project::Project projectFromImage(const QJsonObject& inspect)
{
    namespace labels = dockerfile::labels;
    const QJsonObject config = inspect.value(QStringLiteral("Config")).toObject();
    const QJsonObject l = config.value(QStringLiteral("Labels")).toObject();
    const auto label = [&l](const char* key) {
        return l.value(QLatin1String(key)).toString();
    };
    project::Project p;
    p.name = label(labels::Project);
    p.version = label(labels::Version);
    p.description = label(labels::OciDescription);
    p.source = label(labels::OciSource);
    p.homepage = label(labels::OciUrl);
    p.title = label(labels::Title);
    p.mcpName = label(labels::McpServerName);
    if (label(labels::Transport) == QLatin1String("http")) {
        p.runtime.transport = project::Runtime::Transport::Http;
        for (const QJsonValue& e : config.value(QStringLiteral("Env")).toArray())
            if (e.toString().startsWith(QLatin1String("PORT=")))
                p.runtime.port = e.toString().mid(5).toInt();
    }
    static const QHash<QString, project::EnvVar::Format> formats{
        {QStringLiteral("number"), project::EnvVar::Format::Number},
        {QStringLiteral("boolean"), project::EnvVar::Format::Boolean},
        {QStringLiteral("filepath"), project::EnvVar::Format::FilePath}};
    for (const QJsonValue& v : QJsonDocument::fromJson(label(labels::Env).toUtf8()).array()) {
        const QJsonObject o = v.toObject();
        project::EnvVar e;
        e.name = o.value(QStringLiteral("name")).toString();
        e.description = o.value(QStringLiteral("description")).toString();
        e.required = o.value(QStringLiteral("required")).toBool();
        e.secret = o.value(QStringLiteral("secret")).toBool();
        e.defaultValue = e.secret ? QString() : o.value(QStringLiteral("default")).toString();
        e.format =
            formats.value(o.value(QStringLiteral("format")).toString(), project::EnvVar::Format::String);
        if (!e.name.isEmpty())
            p.env.append(e);
    }
    return p;
}

bool isAcceptedOciRegistry(const QString& domain)
{
    static const QStringList exact{QStringLiteral("docker.io"), QStringLiteral("registry-1.docker.io"),
                                   QStringLiteral("index.docker.io"), QStringLiteral("ghcr.io")};
    return exact.contains(domain) ||
           (domain.endsWith(QLatin1String(".pkg.dev")) && !domain.contains(QLatin1Char(':')));
}

QList<ServerJsonProblem> validateServerJson(const QJsonObject& o)
{
    Checker c;
    c.uri(o, QStringLiteral("$schema"), QStringLiteral("$schema"));
    c.string(o, QStringLiteral("name"), QStringLiteral("name"), true, 3, 200);
    if (o.value(QStringLiteral("name")).isString() &&
        !matches(QStringLiteral("^[a-zA-Z0-9.-]+/[a-zA-Z0-9._-]+$"),
                 o.value(QStringLiteral("name")).toString()))
        c.add(QStringLiteral("name"),
              tr("\"%1\" is not reverse-DNS with exactly one slash, such as io.github.acme/weather")
                  .arg(o.value(QStringLiteral("name")).toString()));
    c.string(o, QStringLiteral("description"), QStringLiteral("description"), true, 1, 100);
    c.string(o, QStringLiteral("title"), QStringLiteral("title"), false, 1, 100);
    c.string(o, QStringLiteral("version"), QStringLiteral("version"), true, 1, 255);
    if (o.value(QStringLiteral("version")).isString() &&
        isVersionRange(o.value(QStringLiteral("version")).toString()))
        c.add(QStringLiteral("version"), tr("\"%1\" is a range; give one version such as 1.2.0")
                                             .arg(o.value(QStringLiteral("version")).toString()));
    c.uri(o, QStringLiteral("websiteUrl"), QStringLiteral("websiteUrl"));
    if (c.type(o, QStringLiteral("repository"), QStringLiteral("repository"), QJsonValue::Object)) {
        const QJsonObject r = o.value(QStringLiteral("repository")).toObject();
        c.uri(r, QStringLiteral("url"), QStringLiteral("repository.url"), true);
        c.string(r, QStringLiteral("source"), QStringLiteral("repository.source"), true, 1, 0);
        c.type(r, QStringLiteral("id"), QStringLiteral("repository.id"), QJsonValue::String);
        c.type(r, QStringLiteral("subfolder"), QStringLiteral("repository.subfolder"), QJsonValue::String);
    }
    if (c.type(o, QStringLiteral("icons"), QStringLiteral("icons"), QJsonValue::Array)) {
        const QJsonArray icons = o.value(QStringLiteral("icons")).toArray();
        for (int i = 0; i < icons.size(); ++i) {
            const QString f = QStringLiteral("icons[%1]").arg(i);
            const QJsonObject icon = icons[i].toObject();
            if (!icons[i].isObject()) {
                c.add(f, tr("must be an object with src"));
                continue;
            }
            c.string(icon, QStringLiteral("src"), f + QStringLiteral(".src"), true, 1, 255);
            if (icon.value(QStringLiteral("src")).isString() &&
                !icon.value(QStringLiteral("src")).toString().startsWith(QLatin1String("https://")))
                c.add(f + QStringLiteral(".src"), tr("must be an https URL"));
            c.oneOf(icon, QStringLiteral("mimeType"), f + QStringLiteral(".mimeType"),
                    {QStringLiteral("image/png"), QStringLiteral("image/jpeg"), QStringLiteral("image/jpg"),
                     QStringLiteral("image/svg+xml"), QStringLiteral("image/webp")});
            c.oneOf(icon, QStringLiteral("theme"), f + QStringLiteral(".theme"),
                    {QStringLiteral("light"), QStringLiteral("dark")});
            if (c.type(icon, QStringLiteral("sizes"), f + QStringLiteral(".sizes"), QJsonValue::Array)) {
                for (const QJsonValue& s : icon.value(QStringLiteral("sizes")).toArray())
                    if (!matches(QStringLiteral("^(\\d+x\\d+|any)$"), s.toString()))
                        c.add(f + QStringLiteral(".sizes"), tr("each size is WxH (48x48) or any"));
            }
        }
    }
    if (c.type(o, QStringLiteral("packages"), QStringLiteral("packages"), QJsonValue::Array)) {
        const QJsonArray packages = o.value(QStringLiteral("packages")).toArray();
        for (int i = 0; i < packages.size(); ++i) {
            const QString f = QStringLiteral("packages[%1]").arg(i);
            if (!packages[i].isObject())
                c.add(f, tr("must be an object with registryType, identifier and transport"));
            else
                c.package(packages[i].toObject(), f);
        }
    }
    if (c.type(o, QStringLiteral("remotes"), QStringLiteral("remotes"), QJsonValue::Array)) {
        const QJsonArray remotes = o.value(QStringLiteral("remotes")).toArray();
        for (int i = 0; i < remotes.size(); ++i) {
            const QString f = QStringLiteral("remotes[%1]").arg(i);
            const QJsonObject r = remotes[i].toObject();
            c.oneOf(r, QStringLiteral("type"), f + QStringLiteral(".type"),
                    {QStringLiteral("streamable-http"), QStringLiteral("sse")}, true);
            if (c.type(r, QStringLiteral("url"), f + QStringLiteral(".url"), QJsonValue::String, true) &&
                !matches(QStringLiteral("^https?://[^\\s]+$"), r.value(QStringLiteral("url")).toString()))
                c.add(f + QStringLiteral(".url"), tr("must be an http(s) URL"));
        }
    }
    c.type(o, QStringLiteral("_meta"), QStringLiteral("_meta"), QJsonValue::Object);
    return c.problems;
}

Expected<QJsonObject, QList<ServerJsonProblem>> makeServerJson(const project::Project& m,
                                                               const QString& imageRef)
{
    QList<ServerJsonProblem> problems;
    if (m.mcpName.isEmpty())
        problems.append(
            {QStringLiteral("mcpName"),
             tr("the MCP Registry needs the server's name: add mcpName: io.github.<owner>/%1 to the "
                "manifest (the namespace is what you can prove: your GitHub account or a domain)")
                 .arg(m.name)});
    const QString description = m.description.section(QLatin1Char('\n'), 0, 0).trimmed();
    if (description.isEmpty())
        problems.append(
            {QStringLiteral("description"),
             tr("the MCP Registry needs a description of at most 100 characters: add description: to the "
                "manifest")});
    else if (description.size() > 100)
        problems.append(
            {QStringLiteral("description"),
             tr("the MCP Registry takes at most 100 characters and the first line of the manifest's is %1; "
                "shorten it")
                 .arg(description.size())});
    const auto ref = registry::ReferenceParser::parse(imageRef);
    if (!ref.ok())
        problems.append({QStringLiteral("--image"),
                         tr("\"%1\" is not an image reference: %2").arg(imageRef, ref.error().text())});
    if (!problems.isEmpty())
        return problems;

    QJsonObject o{{QStringLiteral("$schema"), QLatin1String(ServerJsonSchema)},
                  {QStringLiteral("name"), m.mcpName},
                  {QStringLiteral("description"), description},
                  {QStringLiteral("version"), m.version}};
    if (!m.title.isEmpty())
        o.insert(QStringLiteral("title"), m.title.left(100));
    if (!m.source.isEmpty() && !repositorySource(m.source).isEmpty())
        o.insert(QStringLiteral("repository"),
                 QJsonObject{{QStringLiteral("url"), m.source},
                             {QStringLiteral("source"), repositorySource(m.source)}});
    if (!m.homepage.isEmpty())
        o.insert(QStringLiteral("websiteUrl"), m.homepage);
    else if (!m.source.isEmpty())
        o.insert(QStringLiteral("websiteUrl"), m.source);
    if (m.icon.startsWith(QLatin1String("https://")))
        o.insert(QStringLiteral("icons"), QJsonArray{QJsonObject{{QStringLiteral("src"), m.icon}}});

    QJsonObject transport{{QStringLiteral("type"), QStringLiteral("stdio")}};
    if (m.runtime.transport == project::Runtime::Transport::Http)
        transport = QJsonObject{
            {QStringLiteral("type"), QStringLiteral("streamable-http")},
            {QStringLiteral("url"), QStringLiteral("http://localhost:%1/mcp").arg(m.runtime.port)}};
    QJsonObject package{{QStringLiteral("registryType"), QStringLiteral("oci")},
                        {QStringLiteral("identifier"), ref->toString()},
                        {QStringLiteral("transport"), transport}};
    QJsonArray env;
    static const char* const formats[] = {"string", "number", "boolean", "filepath"};
    for (const project::EnvVar& e : m.env) {
        QJsonObject v{{QStringLiteral("name"), e.name}};
        if (!e.description.isEmpty())
            v.insert(QStringLiteral("description"), e.description);
        v.insert(QStringLiteral("isRequired"), e.required);
        v.insert(QStringLiteral("isSecret"), e.secret);
        v.insert(QStringLiteral("format"), QLatin1String(formats[int(e.format)]));
        if (!e.secret && !e.defaultValue.isEmpty())
            v.insert(QStringLiteral("default"), e.defaultValue);
        env.append(v);
    }
    if (!env.isEmpty())
        package.insert(QStringLiteral("environmentVariables"), env);
    o.insert(QStringLiteral("packages"), QJsonArray{package});

    const QList<ServerJsonProblem> invalid = validateServerJson(o);
    if (!invalid.isEmpty())
        return invalid;
    return o;
}

} // namespace mcpdock::catalog
