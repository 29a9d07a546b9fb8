#include "dockerconfig.h"

#include "keychainstore.h"
#include "registrystore.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>

namespace mcpdock::registry {

QString DockerConfig::configDir(const QProcessEnvironment& env)
{
    const QString fromEnv = env.value(QStringLiteral("DOCKER_CONFIG"));
    if (!fromEnv.isEmpty())
        return fromEnv;
    QString home = env.value(QStringLiteral("HOME"));
    if (home.isEmpty())
        home = QDir::homePath();
    return home + QStringLiteral("/.docker");
}

Expected<DockerConfig, CredentialError> DockerConfig::load(const QProcessEnvironment& env)
{
    return loadFile(configDir(env) + QStringLiteral("/config.json"));
}

Expected<DockerConfig, CredentialError> DockerConfig::loadFile(const QString& path)
{
    DockerConfig c;
    c.m_path = path;
    QFile file(path);
    if (!file.exists())
        return c;
    if (!file.open(QIODevice::ReadOnly))
        return CredentialError{
            CredentialError::Kind::ConfigUnreadable,
            tr("Cannot read %1: %2. Fix its permissions or set DOCKER_CONFIG to another folder.")
                .arg(path, file.errorString())};
    QByteArray bytes = file.readAll();
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &parseError);
    wipeSecret(bytes);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject())
        return CredentialError{CredentialError::Kind::ConfigUnreadable,
                               tr("%1 is not valid JSON (%2 at offset %3): fix or remove it.")
                                   .arg(path, parseError.errorString())
                                   .arg(parseError.offset)};
    c.m_exists = true;
    const QJsonObject root = doc.object();
    c.m_credsStore = root.value(QStringLiteral("credsStore")).toString();
    const QJsonObject helpers = root.value(QStringLiteral("credHelpers")).toObject();
    for (auto it = helpers.begin(); it != helpers.end(); ++it)
        c.m_credHelpers.insert(it.key(), it.value().toString());
    const QJsonObject auths = root.value(QStringLiteral("auths")).toObject();
    for (auto it = auths.begin(); it != auths.end(); ++it) {
        const QJsonObject entry = it.value().toObject();
        DockerConfigAuth a;
        a.serverAddress = it.key();
        a.username = entry.value(QStringLiteral("username")).toString();
        a.password = entry.value(QStringLiteral("password")).toString();
        a.identityToken = entry.value(QStringLiteral("identitytoken")).toString();
        const QString auth = entry.value(QStringLiteral("auth")).toString();
        if (!auth.isEmpty()) {
            // As configfile.decodeAuth: base64 of "user:password", split at the first ':'.
            QByteArray decoded = QByteArray::fromBase64(auth.toLatin1());
            const qsizetype colon = decoded.indexOf(':');
            if (colon < 0) {
                wipeSecret(decoded);
                return CredentialError{
                    CredentialError::Kind::ConfigUnreadable,
                    tr("The \"auth\" entry for %1 in %2 is not base64 of user:password: run "
                       "docker login %1 again.")
                        .arg(it.key(), path)};
            }
            a.username = QString::fromUtf8(decoded.left(colon));
            a.password = QString::fromUtf8(decoded.mid(colon + 1));
            wipeSecret(decoded);
        }
        c.m_auths.insert(it.key(), a);
    }
    return c;
}

QString DockerConfig::credentialKey(const QString& registryHost)
{
    const QString host = RegistryEntry::normaliseHost(registryHost);
    if (host == QLatin1String("docker.io"))
        return QString::fromLatin1(DockerHubKey);
    return host;
}

QString DockerConfig::convertToHostname(const QString& url)
{
    QString s = url;
    if (s.startsWith(QLatin1String("http://")))
        s.remove(0, 7);
    else if (s.startsWith(QLatin1String("https://")))
        s.remove(0, 8);
    return s.section(QLatin1Char('/'), 0, 0);
}

QString DockerConfig::credHelperFor(const QString& registryHost) const
{
    // docker looks credHelpers up by the exact auth config key.
    return m_credHelpers.value(credentialKey(registryHost));
}

std::optional<DockerConfigAuth> DockerConfig::authFor(const QString& registryHost) const
{
    const QString key = credentialKey(registryHost);
    const auto exact = m_auths.constFind(key);
    if (exact != m_auths.constEnd())
        return *exact;
    for (auto it = m_auths.constBegin(); it != m_auths.constEnd(); ++it) {
        if (convertToHostname(it.key()) == key)
            return *it;
    }
    return std::nullopt;
}

} // namespace mcpdock::registry
