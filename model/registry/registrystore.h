#pragma once

#include "expected.h"

#include <QCoreApplication>
#include <QList>
#include <QMetaType>
#include <QObject>
#include <QProcessEnvironment>
#include <QString>

class QSettings;

namespace mcpdock::registry {

// A registry the user can push to. Only what is safe to keep in a settings file: the secret lives
// in the OS keychain (KeychainStore) under credentialKey().
struct RegistryEntry
{
    enum class Kind
    {
        DockerHub, // docker.io; a namespace (user or organisation) is required
        Ghcr,      // ghcr.io; a personal access token is the password
        Private,   // any host[:port]
    };

    Kind kind = Kind::Private;
    QString host;             // "docker.io", "ghcr.io", "registry.acme.lan:5000", "127.0.0.1:5000"
    QString username;         // empty: no credentials saved in the app
    QString defaultNamespace; // "acme" -> docker.io/acme/<name>; empty for none

    // The key docker uses in config.json and credential helpers: "https://index.docker.io/v1/" for
    // Docker Hub, the host otherwise. Also our keychain key (see KeychainStore::keyFor).
    QString credentialKey() const;
    // The serveraddress for X-Registry-Auth / POST /auth.
    QString serverAddress() const { return credentialKey(); }
    QString displayName() const; // "Docker Hub", "GitHub Container Registry", the host
    bool namespaceRequired() const { return kind == Kind::DockerHub; }
    // Help text for the password field ("Personal access token with write:packages" for GHCR).
    QString passwordHint() const;

    static RegistryEntry dockerHub();
    static RegistryEntry ghcr();
    // Docker Hub / GHCR presets for their hosts ("index.docker.io", "registry-1.docker.io" map to
    // docker.io), a private entry otherwise. The host is not validated here; see validateHost().
    static RegistryEntry forHost(const QString& host);
    // docker.io for Docker Hub aliases, lowercase host, scheme and trailing "/" removed.
    static QString normaliseHost(const QString& host);
    // Empty when host[:port] is a valid registry address; else a sentence saying what is wrong.
    static QString validateHost(const QString& host);

    bool operator==(const RegistryEntry&) const = default;
};

// The registries configured in the app, persisted in the QSettings given (group "registries":
// host, kind, username, namespace per entry; NEVER a secret). The presets are always listed.
// Use from one thread.
class RegistryStore : public QObject
{
    Q_OBJECT

public:
    explicit RegistryStore(QSettings* settings, QObject* parent = nullptr);

    // The file QSettings() uses for the application (organisation/application names of
    // QCoreApplication, "MCPDock"/"mcpdock" when unset) under env's XDG_CONFIG_HOME or
    // HOME/.config: the CLI opens it with the environment it was given, so tests can redirect it.
    static QString appSettingsFile(const QProcessEnvironment& env);

    // Presets first (Docker Hub, GHCR, with any saved username), then private ones by host.
    QList<RegistryEntry> registries() const;
    // The entry for a host (normalised: "index.docker.io" finds Docker Hub); a fresh unsaved entry
    // (RegistryEntry::forHost) when none is saved.
    RegistryEntry find(const QString& host) const;
    bool contains(const QString& host) const;

    // Adds or replaces the entry with the same (normalised) host and saves. Returns an error
    // sentence for an invalid host, else empty.
    QString save(const RegistryEntry& entry);
    // Forgets a private registry, or the username of a preset. Does not touch the keychain.
    void remove(const QString& host);

Q_SIGNALS:
    void changed();

private:
    QList<RegistryEntry> load() const;
    void store(const QList<RegistryEntry>& entries);

    QSettings* m_settings;
};

} // namespace mcpdock::registry

Q_DECLARE_METATYPE(mcpdock::registry::RegistryEntry)
