#include "endpoint.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHostAddress>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrl>

namespace mcpdock::docker {
namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("DockerEndpoint", text);
}

DockerError configError(const QString& message)
{
    return DockerError{DockerError::Kind::Config, message, 0};
}

const QString DefaultSocket = QStringLiteral("/var/run/docker.sock");

// DOCKER_CONFIG, else $HOME/.docker, as the docker CLI's config.Dir().
QString dockerConfigDir(const QProcessEnvironment& env)
{
    const QString configured = env.value(QStringLiteral("DOCKER_CONFIG"));
    if (!configured.isEmpty())
        return configured;
    QString home = env.value(QStringLiteral("HOME"));
    if (home.isEmpty())
        home = QDir::homePath();
    return home + QStringLiteral("/.docker");
}

// The URL had a port of its own (so TLS must not change it to 2376).
bool hasExplicitPort(const QString& hostUrl)
{
    const qsizetype scheme = hostUrl.indexOf(QStringLiteral("://"));
    const QString rest = scheme >= 0 ? hostUrl.mid(scheme + 3) : hostUrl;
    const qsizetype bracket = rest.lastIndexOf(QLatin1Char(']'));
    const qsizetype colon = rest.lastIndexOf(QLatin1Char(':'));
    return colon > bracket && colon + 1 < rest.size();
}

void applyTlsFromEnv(Endpoint& ep, const QProcessEnvironment& env, bool hadPort)
{
    if (ep.kind != Endpoint::Kind::Tcp)
        return;
    // As the Go SDK's FromEnv: DOCKER_TLS_VERIFY (any non-empty value) turns TLS on with
    // verification; DOCKER_CERT_PATH alone turns TLS on with the certificates it names.
    const bool verify = !env.value(QStringLiteral("DOCKER_TLS_VERIFY")).isEmpty();
    const QString certPath = env.value(QStringLiteral("DOCKER_CERT_PATH"));
    if (!verify && certPath.isEmpty() && !ep.tls)
        return;
    if (!ep.tls)
        ep.tlsVerify = verify;
    ep.tls = true;
    if (ep.certPath.isEmpty())
        ep.certPath = certPath.isEmpty() ? dockerConfigDir(env) : certPath;
    if (!hadPort)
        ep.port = 2376;
}

Expected<Endpoint, DockerError> fromContext(const QProcessEnvironment& env, const QString& name,
                                            const QString& how)
{
    if (name == QLatin1String("default")) {
        Endpoint ep;
        ep.origin = how == QLatin1String("DOCKER_CONTEXT") ? QStringLiteral("DOCKER_CONTEXT=default")
                                                           : QStringLiteral("default");
        return ep;
    }
    const QString configDir = dockerConfigDir(env);
    const QByteArray digest = QCryptographicHash::hash(name.toUtf8(), QCryptographicHash::Sha256).toHex();
    const QString id = QString::fromLatin1(digest);
    const QString metaPath =
        configDir + QStringLiteral("/contexts/meta/") + id + QStringLiteral("/meta.json");
    const QString origin = QStringLiteral("context \"%1\" (from %2)").arg(name, how);
    QFile meta(metaPath);
    if (!meta.open(QIODevice::ReadOnly))
        return configError(tr("Docker context \"%1\" (from %2) does not exist: %3 is missing. "
                              "Run 'docker context ls' to see the contexts, or choose another one.")
                               .arg(name, how, metaPath));
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(meta.readAll(), &parseError);
    if (!doc.isObject())
        return configError(tr("Docker context \"%1\" cannot be read: %2 is not valid JSON (%3). "
                              "Recreate it with 'docker context create'.")
                               .arg(name, metaPath, parseError.errorString()));
    const QJsonObject docker =
        doc.object().value(QStringLiteral("Endpoints")).toObject().value(QStringLiteral("docker")).toObject();
    const QString host = docker.value(QStringLiteral("Host")).toString();
    if (host.isEmpty())
        return configError(tr("Docker context \"%1\" has no Docker endpoint in %2. "
                              "Recreate it with 'docker context create --docker host=...'.")
                               .arg(name, metaPath));
    auto parsed = parseHost(host, origin);
    if (!parsed)
        return parsed;
    Endpoint ep = parsed.value();
    if (ep.kind == Endpoint::Kind::Tcp) {
        const QString tlsDir = configDir + QStringLiteral("/contexts/tls/") + id + QStringLiteral("/docker");
        const bool skipVerify = docker.value(QStringLiteral("SkipTLSVerify")).toBool();
        const bool hasTlsData = QFileInfo::exists(tlsDir + QStringLiteral("/ca.pem")) ||
                                QFileInfo::exists(tlsDir + QStringLiteral("/cert.pem")) ||
                                QFileInfo::exists(tlsDir + QStringLiteral("/key.pem"));
        // The docker CLI builds a TLS config when the context stores TLS data or skips verification.
        if (hasTlsData || skipVerify) {
            ep.tls = true;
            ep.tlsVerify = !skipVerify;
            if (hasTlsData)
                ep.certPath = tlsDir;
            if (!hasExplicitPort(host))
                ep.port = 2376;
        }
    }
    return ep;
}

} // namespace

QString Endpoint::displayAddress() const
{
    switch (kind) {
    case Kind::Unix:
        return QStringLiteral("unix://") + socketPath;
    case Kind::Tcp: {
        const QString h = host.contains(QLatin1Char(':')) ? QStringLiteral("[%1]").arg(host) : host;
        return QStringLiteral("tcp://%1:%2").arg(h).arg(port);
    }
    case Kind::Ssh: {
        QString s = QStringLiteral("ssh://");
        if (!sshUser.isEmpty())
            s += sshUser + QLatin1Char('@');
        s += host;
        if (port != 0 && port != 22)
            s += QLatin1Char(':') + QString::number(port);
        return s;
    }
    }
    return {};
}

Expected<Endpoint, DockerError> parseHost(const QString& hostUrl, const QString& origin)
{
    const QString trimmed = hostUrl.trimmed();
    if (trimmed.isEmpty())
        return configError(
            tr("The Docker host (%1) is empty. Use unix:///path, tcp://host:port or ssh://user@host.")
                .arg(origin));
    QString scheme;
    QString rest;
    const qsizetype sep = trimmed.indexOf(QStringLiteral("://"));
    if (sep < 0) {
        // As the docker CLI: a bare "host:port" is TCP.
        scheme = QStringLiteral("tcp");
        rest = trimmed;
    } else {
        scheme = trimmed.left(sep).toLower();
        rest = trimmed.mid(sep + 3);
    }
    Endpoint ep;
    ep.origin = origin;
    const auto invalid = [&](const QString& why) {
        return configError(tr("The Docker host \"%1\" (from %2) is not valid: %3. "
                              "Use unix:///path, tcp://host:port or ssh://user@host.")
                               .arg(trimmed, origin, why));
    };

    if (scheme == QLatin1String("unix")) {
        ep.kind = Endpoint::Kind::Unix;
        ep.socketPath = rest.isEmpty() ? DefaultSocket : rest;
        if (!ep.socketPath.startsWith(QLatin1Char('/')))
            ep.socketPath = QDir::current().absoluteFilePath(ep.socketPath);
        return ep;
    }
    if (scheme == QLatin1String("npipe"))
        return invalid(tr("named pipes exist only on Windows"));
    if (scheme == QLatin1String("fd"))
        return invalid(tr("fd:// is for the daemon, a client cannot connect to it"));

    const bool tcp = scheme == QLatin1String("tcp") || scheme == QLatin1String("http") ||
                     scheme == QLatin1String("https") || scheme == QLatin1String("tcp+tls");
    const bool ssh = scheme == QLatin1String("ssh");
    if (!tcp && !ssh)
        return invalid(tr("unknown scheme \"%1\"").arg(scheme));

    QString user;
    QString authority = rest;
    if (authority.endsWith(QLatin1Char('/')))
        authority.chop(1);
    if (authority.contains(QLatin1Char('/')) || authority.contains(QLatin1Char('?')) ||
        authority.contains(QLatin1Char('#')))
        return invalid(tr("it must not contain a path"));
    const qsizetype at = authority.lastIndexOf(QLatin1Char('@'));
    if (at >= 0) {
        if (!ssh)
            return invalid(tr("a user name is only allowed for ssh://"));
        user = authority.left(at);
        authority = authority.mid(at + 1);
        if (user.contains(QLatin1Char(':')))
            return invalid(tr("ssh:// does not take a password; use an SSH key or agent"));
    }
    QString host = authority;
    QString portText;
    if (authority.startsWith(QLatin1Char('['))) {
        const qsizetype close = authority.indexOf(QLatin1Char(']'));
        if (close < 0)
            return invalid(tr("unclosed [ in an IPv6 address"));
        host = authority.mid(1, close - 1);
        const QString after = authority.mid(close + 1);
        if (!after.isEmpty()) {
            if (!after.startsWith(QLatin1Char(':')))
                return invalid(tr("unexpected text after the IPv6 address"));
            portText = after.mid(1);
        }
    } else {
        const qsizetype colon = authority.lastIndexOf(QLatin1Char(':'));
        if (colon >= 0) {
            host = authority.left(colon);
            portText = authority.mid(colon + 1);
        }
    }
    if (host.isEmpty()) {
        if (ssh)
            return invalid(tr("no host name"));
        host = QStringLiteral("localhost"); // "tcp://:2375", as the docker CLI
    }
    quint16 port = 0;
    if (!portText.isEmpty()) {
        bool okPort = false;
        const uint p = portText.toUInt(&okPort);
        if (!okPort || p == 0 || p > 65535)
            return invalid(tr("the port \"%1\" is not a number between 1 and 65535").arg(portText));
        port = quint16(p);
    }
    ep.host = host;
    if (ssh) {
        ep.kind = Endpoint::Kind::Ssh;
        ep.sshUser = user;
        ep.port = port ? port : 22;
    } else {
        ep.kind = Endpoint::Kind::Tcp;
        const bool tlsScheme = scheme == QLatin1String("https") || scheme == QLatin1String("tcp+tls");
        ep.tls = tlsScheme;
        ep.port = port ? port : (tlsScheme ? 2376 : 2375);
    }
    return ep;
}

Expected<Endpoint, DockerError> resolveEndpoint(const QProcessEnvironment& env, const QString& explicitHost)
{
    const auto withEnvTls = [&](Expected<Endpoint, DockerError> parsed, const QString& url) {
        if (parsed)
            applyTlsFromEnv(parsed.value(), env, hasExplicitPort(url));
        return parsed;
    };
    if (!explicitHost.isEmpty())
        return withEnvTls(parseHost(explicitHost, QStringLiteral("--host %1").arg(explicitHost)),
                          explicitHost);

    const QString dockerHost = env.value(QStringLiteral("DOCKER_HOST"));
    if (!dockerHost.isEmpty())
        return withEnvTls(parseHost(dockerHost, QStringLiteral("DOCKER_HOST=%1").arg(dockerHost)),
                          dockerHost);

    const QString contextName = env.value(QStringLiteral("DOCKER_CONTEXT"));
    if (!contextName.isEmpty())
        return fromContext(env, contextName, QStringLiteral("DOCKER_CONTEXT"));

    const QString configPath = dockerConfigDir(env) + QStringLiteral("/config.json");
    QFile config(configPath);
    if (config.open(QIODevice::ReadOnly)) {
        QJsonParseError parseError;
        const QJsonDocument doc = QJsonDocument::fromJson(config.readAll(), &parseError);
        if (doc.isNull())
            return configError(
                tr("%1 is not valid JSON (%2). Fix or remove it.").arg(configPath, parseError.errorString()));
        const QString current = doc.object().value(QStringLiteral("currentContext")).toString();
        if (!current.isEmpty() && current != QLatin1String("default"))
            return fromContext(env, current, QStringLiteral("currentContext in %1").arg(configPath));
    }

    Endpoint ep;
    ep.origin = QStringLiteral("default");
    return ep;
}

} // namespace mcpdock::docker
