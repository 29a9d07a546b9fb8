#pragma once

#include "expected.h"

#include <QCoreApplication>
#include <QMap>
#include <QProcessEnvironment>
#include <QString>

namespace mcpdock::registry {

struct CredentialError
{
    enum class Kind
    {
        ConfigUnreadable, // config.json exists but cannot be read or parsed
        HelperMissing,    // docker-credential-<name> is not on PATH
        HelperFailed,     // the helper ran and failed (its own words in message)
        Keychain,         // the app's keychain failed (not "nothing saved")
        Other,
    };
    Kind kind = Kind::Other;
    QString message; // shown as written; never contains a secret
};

// One "auths" entry of config.json, decoded ("auth" is base64 of user:password).
struct DockerConfigAuth
{
    QString username;
    QString password;
    QString identityToken;
    QString serverAddress; // the key it was stored under
};

// $DOCKER_CONFIG/config.json (default ~/.docker/config.json), read as the docker CLI reads it.
// A missing file is an empty config, not an error.
class DockerConfig
{
    Q_DECLARE_TR_FUNCTIONS(DockerConfig)

public:
    static constexpr const char* DockerHubKey = "https://index.docker.io/v1/";

    static QString configDir(const QProcessEnvironment& env);
    static Expected<DockerConfig, CredentialError> load(const QProcessEnvironment& env);
    static Expected<DockerConfig, CredentialError> loadFile(const QString& path);

    // The key docker uses for a registry: Docker Hub aliases -> "https://index.docker.io/v1/",
    // otherwise the bare host[:port].
    static QString credentialKey(const QString& registryHost);
    // "https://host:5000/v2/" -> "host:5000" (docker's ConvertToHostname).
    static QString convertToHostname(const QString& url);

    QString path() const { return m_path; }
    bool exists() const { return m_exists; }
    QString credsStore() const { return m_credsStore; }
    QMap<QString, QString> credHelpers() const { return m_credHelpers; }
    // The helper configured for a registry host in credHelpers (key normalised like docker does).
    QString credHelperFor(const QString& registryHost) const;
    // The auths entry for a registry: exact key first, then any key whose hostname matches.
    std::optional<DockerConfigAuth> authFor(const QString& registryHost) const;
    QStringList authKeys() const { return m_auths.keys(); }

private:
    QString m_path;
    bool m_exists = false;
    QString m_credsStore;
    QMap<QString, QString> m_credHelpers;
    QMap<QString, DockerConfigAuth> m_auths;
};

} // namespace mcpdock::registry
