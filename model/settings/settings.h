#pragma once

#include <QByteArray>
#include <QObject>
#include <QStringList>
#include <QVariant>

#include <memory>

class QSettings;
class QTemporaryDir;

namespace mcpdock::settings {

// Every setting MCP Dock keeps, in one table of keys and defaults (settings.cpp). Never a secret:
// passwords and tokens live in the OS keychain only (registry/keychainstore.h).
class Settings : public QObject
{
    Q_OBJECT

public:
    enum class Key
    {
        DockerHostMode,   // "auto" (DOCKER_HOST, contexts, default socket), "socket", "tcp"
        DockerSocket,     // socket path for mode "socket"
        DockerTcpHost,    // "host:port" for mode "tcp"
        DockerCertFolder, // ca.pem/cert.pem/key.pem for mode "tcp"; empty: plain TCP
        BaseImageNode,    // override of the alpine Node base image; empty: the generator's default
        BaseImageNodeDebian,
        BaseImagePython,
        DefaultTags,     // tag set every build gets ("latest", "{version}", "{timestamp}")
        PruneKeepCount,  // builds per project that "Prune old builds" keeps
        DryRun,          // build and push show what they would do without doing it
        RecentManifests, // most recent first
        WindowGeometry,
        WindowState,
        BuildNetworkMode, // "default", "host", "none"
        KeyCount
    };
    Q_ENUM(Key)

    static constexpr int MaxRecentManifests = 10;

    // The application's settings (QSettings with the organisation/application names).
    explicit Settings(QObject* parent = nullptr);
    // Settings kept in the given INI file: tests and the GUI tests' windows use one in a temp dir.
    explicit Settings(const QString& iniFile, QObject* parent = nullptr);
    ~Settings() override;

    // A fresh instance on a file in its own QTemporaryDir, removed with the instance.
    static std::unique_ptr<Settings> createTemporary();

    static QString keyName(Key key);
    static QVariant defaultValue(Key key);

    QVariant value(Key key) const;
    QString string(Key key) const;
    int integer(Key key) const;
    bool flag(Key key) const;
    QStringList list(Key key) const;
    QByteArray bytes(Key key) const;

    // Stores value; emits changed(key) only when the stored value really changed. Setting the
    // default removes the key, so a later change of the default reaches the user.
    void setValue(Key key, const QVariant& value);
    void reset(Key key);

    // Puts path at the front of RecentManifests (no duplicates, at most MaxRecentManifests).
    void addRecentManifest(const QString& path);

    QString fileName() const; // where the settings are stored
    // The QSettings underneath, for stores that keep their own group in the same file
    // (registry::RegistryStore). Never for secrets.
    QSettings* qsettings() const { return m_settings.get(); }
    void sync();

signals:
    void changed(mcpdock::settings::Settings::Key key);

private:
    std::unique_ptr<QTemporaryDir> m_tempDir; // only for createTemporary()
    std::unique_ptr<QSettings> m_settings;
};

} // namespace mcpdock::settings
