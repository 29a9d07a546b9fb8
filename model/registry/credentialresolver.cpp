#include "credentialresolver.h"

#include "credentialhelper.h"
#include "keychainstore.h"
#include "registrystore.h"

namespace mcpdock::registry {

QString CredentialSource::kindName(Kind kind)
{
    switch (kind) {
    case Kind::None:
        return QStringLiteral("none");
    case Kind::Keychain:
        return QStringLiteral("keychain");
    case Kind::CredHelper:
        return QStringLiteral("credHelper");
    case Kind::CredsStore:
        return QStringLiteral("credsStore");
    case Kind::ConfigAuths:
        return QStringLiteral("auths");
    }
    return {};
}

QString CredentialSource::describe() const
{
    switch (kind) {
    case Kind::None:
        return QCoreApplication::translate("CredentialResolver", "none (anonymous)");
    case Kind::Keychain:
        return QCoreApplication::translate("CredentialResolver", "app keychain (user %1)").arg(detail);
    case Kind::CredHelper:
        return QCoreApplication::translate("CredentialResolver", "credHelpers: docker-credential-%1")
            .arg(detail);
    case Kind::CredsStore:
        return QCoreApplication::translate("CredentialResolver", "credsStore: docker-credential-%1")
            .arg(detail);
    case Kind::ConfigAuths:
        return QCoreApplication::translate("CredentialResolver", "auths in %1").arg(detail);
    }
    return {};
}

void ResolvedCredentials::wipe()
{
    wipeSecret(auth.password);
    wipeSecret(auth.identityToken);
}

CredentialResolver::CredentialResolver(const RegistryStore* store, const KeychainStore* keychain,
                                       QProcessEnvironment env)
    : m_store(store)
    , m_keychain(keychain)
    , m_env(std::move(env))
{}

Expected<ResolvedCredentials, CredentialError> CredentialResolver::resolve(const QString& registryHost) const
{
    const QString key = DockerConfig::credentialKey(registryHost);
    ResolvedCredentials result;
    result.auth.serverAddress = key;

    // 1. Saved in the app: settings hold the username, the keychain the secret.
    if (m_store && m_keychain) {
        const RegistryEntry entry = m_store->find(registryHost);
        if (!entry.username.isEmpty()) {
            auto secret = m_keychain->readSecret(entry.credentialKey());
            if (secret.ok()) {
                result.auth.username = entry.username;
                result.auth.password = std::move(secret.value());
                result.source = {CredentialSource::Kind::Keychain, entry.username};
                return result;
            }
            if (secret.error().kind != KeychainError::Kind::NotFound &&
                secret.error().kind != KeychainError::Kind::NoBackend)
                return CredentialError{CredentialError::Kind::Keychain, secret.error().message};
        }
    }

    // 2. config.json, as the docker CLI: a credHelpers entry or credsStore replaces auths entirely.
    const auto config = DockerConfig::load(m_env);
    if (!config)
        return config.error();

    auto fromHelper = [&](const QString& name,
                          CredentialSource::Kind kind) -> Expected<ResolvedCredentials, CredentialError> {
        const CredentialHelper helper(name, m_env);
        auto got = helper.get(key);
        if (!got)
            return got.error();
        // Nothing stored: docker goes on anonymously, and so do we (the source says so).
        if (!got->has_value())
            return result;
        CredentialHelper::Credentials& c = **got;
        if (c.isIdentityToken()) {
            result.auth.identityToken = std::move(c.secret);
        } else {
            result.auth.username = c.username;
            result.auth.password = std::move(c.secret);
        }
        wipeSecret(c.secret);
        result.source = {kind, name};
        return result;
    };

    const QString helperName = config->credHelperFor(registryHost);
    if (!helperName.isEmpty())
        return fromHelper(helperName, CredentialSource::Kind::CredHelper);
    if (!config->credsStore().isEmpty())
        return fromHelper(config->credsStore(), CredentialSource::Kind::CredsStore);

    if (auto a = config->authFor(registryHost)) {
        if (!a->username.isEmpty() || !a->password.isEmpty() || !a->identityToken.isEmpty()) {
            result.auth.username = a->username;
            result.auth.password = std::move(a->password);
            result.auth.identityToken = std::move(a->identityToken);
            result.source = {CredentialSource::Kind::ConfigAuths, config->path()};
        }
        wipeSecret(a->password);
        wipeSecret(a->identityToken);
    }
    return result;
}

} // namespace mcpdock::registry
