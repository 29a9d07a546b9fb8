#pragma once

#include "docker/engineclient.h"
#include "dockerconfig.h"

#include <QCoreApplication>
#include <QProcessEnvironment>
#include <QString>

namespace mcpdock::registry {

class KeychainStore;
class RegistryStore;

// Where credentials came from, for the UI and `push --dry-run`. Never the secret itself.
struct CredentialSource
{
    enum class Kind
    {
        None,        // nothing found: the push goes without credentials
        Keychain,    // saved in the app (OS keychain)
        CredHelper,  // config.json credHelpers[registry] -> docker-credential-<detail>
        CredsStore,  // config.json credsStore -> docker-credential-<detail>
        ConfigAuths, // config.json auths (detail: the config.json path)
    };
    Kind kind = Kind::None;
    QString detail; // helper name or config file path

    QString describe() const;           // "app keychain", "credential helper docker-credential-pass", ...
    static QString kindName(Kind kind); // "keychain", "credHelper", "credsStore", "auths", "none"
};

struct ResolvedCredentials
{
    docker::RegistryAuth auth; // serverAddress always set
    CredentialSource source;
    bool found() const { return source.kind != CredentialSource::Kind::None; }
    void wipe(); // overwrites password and identity token
};

// Finds credentials for a registry in this order: the app's keychain (when a username is saved
// for the registry in RegistryStore), then config.json exactly as the docker CLI: credHelpers[host]
// if configured (that helper only), else credsStore if configured (that store only), else auths.
class CredentialResolver
{
    Q_DECLARE_TR_FUNCTIONS(CredentialResolver)

public:
    // store/keychain may be null (then the keychain step is skipped).
    CredentialResolver(const RegistryStore* store, const KeychainStore* keychain,
                       QProcessEnvironment env = QProcessEnvironment::systemEnvironment());

    // registryHost: "docker.io", "ghcr.io", "127.0.0.1:5000" (normalised internally).
    Expected<ResolvedCredentials, CredentialError> resolve(const QString& registryHost) const;

private:
    const RegistryStore* m_store;
    const KeychainStore* m_keychain;
    QProcessEnvironment m_env;
};

} // namespace mcpdock::registry
