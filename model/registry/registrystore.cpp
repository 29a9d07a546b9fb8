#include "registrystore.h"

#include "reference.h"

#include <QDir>
#include <QSettings>
#include <QUrl>

namespace mcpdock::registry {
namespace {

const QString DockerHubHost = QStringLiteral("docker.io");
const QString GhcrHost = QStringLiteral("ghcr.io");
const QString Group = QStringLiteral("registries");

QString kindToString(RegistryEntry::Kind kind)
{
    switch (kind) {
    case RegistryEntry::Kind::DockerHub:
        return QStringLiteral("dockerhub");
    case RegistryEntry::Kind::Ghcr:
        return QStringLiteral("ghcr");
    case RegistryEntry::Kind::Private:
        break;
    }
    return QStringLiteral("private");
}

} // namespace

QString RegistryEntry::credentialKey() const
{
    if (kind == Kind::DockerHub)
        return QStringLiteral("https://index.docker.io/v1/");
    return normaliseHost(host);
}

QString RegistryEntry::displayName() const
{
    switch (kind) {
    case Kind::DockerHub:
        return QCoreApplication::translate("RegistryEntry", "Docker Hub");
    case Kind::Ghcr:
        return QCoreApplication::translate("RegistryEntry", "GitHub Container Registry");
    case Kind::Private:
        break;
    }
    return host;
}

QString RegistryEntry::passwordHint() const
{
    switch (kind) {
    case Kind::DockerHub:
        return QCoreApplication::translate(
            "RegistryEntry", "Your Docker Hub password or a personal access token with write access.");
    case Kind::Ghcr:
        return QCoreApplication::translate(
            "RegistryEntry", "A GitHub personal access token (classic) with the write:packages scope.");
    case Kind::Private:
        break;
    }
    return QCoreApplication::translate("RegistryEntry", "The password or token for this registry.");
}

RegistryEntry RegistryEntry::dockerHub()
{
    RegistryEntry e;
    e.kind = Kind::DockerHub;
    e.host = DockerHubHost;
    return e;
}

RegistryEntry RegistryEntry::ghcr()
{
    RegistryEntry e;
    e.kind = Kind::Ghcr;
    e.host = GhcrHost;
    return e;
}

QString RegistryEntry::normaliseHost(const QString& hostIn)
{
    QString host = hostIn.trimmed();
    for (const QString& scheme : {QStringLiteral("https://"), QStringLiteral("http://")}) {
        if (host.startsWith(scheme, Qt::CaseInsensitive))
            host.remove(0, scheme.size());
    }
    // "https://index.docker.io/v1/" -> "index.docker.io": only the host[:port] names a registry.
    const qsizetype slash = host.indexOf(QLatin1Char('/'));
    if (slash >= 0)
        host.truncate(slash);
    host = host.toLower();
    if (host == QLatin1String("index.docker.io") || host == QLatin1String("registry-1.docker.io") ||
        host == QLatin1String("registry.hub.docker.com") || host == QLatin1String("hub.docker.com"))
        return DockerHubHost;
    return host;
}

RegistryEntry RegistryEntry::forHost(const QString& host)
{
    const QString h = normaliseHost(host);
    if (h == DockerHubHost)
        return dockerHub();
    if (h == GhcrHost)
        return ghcr();
    RegistryEntry e;
    e.kind = Kind::Private;
    e.host = h;
    return e;
}

QString RegistryEntry::validateHost(const QString& host)
{
    const QString h = normaliseHost(host);
    if (h.isEmpty())
        return QCoreApplication::translate("RegistryEntry",
                                           "The registry address is empty: give host[:port], for "
                                           "example \"registry.example.com:5000\".");
    if (!ReferenceParser::isValidDomain(h))
        return QCoreApplication::translate(
                   "RegistryEntry", "The registry address \"%1\" is invalid: give host[:port], for example "
                                    "\"registry.example.com:5000\", \"localhost:5000\" or \"[::1]:5000\".")
            .arg(host.trimmed());
    return {};
}

QString RegistryStore::appSettingsFile(const QProcessEnvironment& env)
{
    QString base = env.value(QStringLiteral("XDG_CONFIG_HOME"));
    if (base.isEmpty()) {
        QString home = env.value(QStringLiteral("HOME"));
        if (home.isEmpty())
            home = QDir::homePath();
        base = home + QStringLiteral("/.config");
    }
    QString org = QCoreApplication::organizationName();
    QString app = QCoreApplication::applicationName();
    if (org.isEmpty())
        org = QStringLiteral("MCPDock");
    if (app.isEmpty())
        app = QStringLiteral("mcpdock");
    return base + QLatin1Char('/') + org + QLatin1Char('/') + app + QStringLiteral(".conf");
}

RegistryStore::RegistryStore(QSettings* settings, QObject* parent)
    : QObject(parent)
    , m_settings(settings)
{}

QList<RegistryEntry> RegistryStore::load() const
{
    QList<RegistryEntry> out;
    const int n = m_settings->beginReadArray(Group);
    for (int i = 0; i < n; ++i) {
        m_settings->setArrayIndex(i);
        RegistryEntry e = RegistryEntry::forHost(m_settings->value(QStringLiteral("host")).toString());
        if (e.host.isEmpty())
            continue;
        e.username = m_settings->value(QStringLiteral("username")).toString();
        e.defaultNamespace = m_settings->value(QStringLiteral("namespace")).toString();
        out << e;
    }
    m_settings->endArray();
    return out;
}

void RegistryStore::store(const QList<RegistryEntry>& entries)
{
    m_settings->remove(Group);
    m_settings->beginWriteArray(Group, int(entries.size()));
    for (int i = 0; i < entries.size(); ++i) {
        const RegistryEntry& e = entries.at(i);
        m_settings->setArrayIndex(i);
        // Only what identifies the registry and the account. The secret is in the keychain.
        m_settings->setValue(QStringLiteral("host"), e.host);
        m_settings->setValue(QStringLiteral("kind"), kindToString(e.kind));
        m_settings->setValue(QStringLiteral("username"), e.username);
        m_settings->setValue(QStringLiteral("namespace"), e.defaultNamespace);
    }
    m_settings->endArray();
    m_settings->sync();
    Q_EMIT changed();
}

QList<RegistryEntry> RegistryStore::registries() const
{
    const QList<RegistryEntry> saved = load();
    QList<RegistryEntry> out{RegistryEntry::dockerHub(), RegistryEntry::ghcr()};
    QList<RegistryEntry> privates;
    for (const RegistryEntry& e : saved) {
        if (e.kind == RegistryEntry::Kind::DockerHub)
            out[0] = e;
        else if (e.kind == RegistryEntry::Kind::Ghcr)
            out[1] = e;
        else
            privates << e;
    }
    std::sort(privates.begin(), privates.end(),
              [](const RegistryEntry& a, const RegistryEntry& b) { return a.host < b.host; });
    return out + privates;
}

RegistryEntry RegistryStore::find(const QString& host) const
{
    const QString h = RegistryEntry::normaliseHost(host);
    for (const RegistryEntry& e : load()) {
        if (e.host == h)
            return e;
    }
    return RegistryEntry::forHost(h);
}

bool RegistryStore::contains(const QString& host) const
{
    const QString h = RegistryEntry::normaliseHost(host);
    const QList<RegistryEntry> saved = load();
    return std::any_of(saved.begin(), saved.end(), [&](const RegistryEntry& e) { return e.host == h; });
}

QString RegistryStore::save(const RegistryEntry& entryIn)
{
    const QString problem = RegistryEntry::validateHost(entryIn.host);
    if (!problem.isEmpty())
        return problem;
    RegistryEntry entry = entryIn;
    const RegistryEntry canonical = RegistryEntry::forHost(entry.host);
    entry.host = canonical.host;
    entry.kind = canonical.kind;
    QList<RegistryEntry> entries = load();
    auto it = std::find_if(entries.begin(), entries.end(),
                           [&](const RegistryEntry& e) { return e.host == entry.host; });
    if (it != entries.end())
        *it = entry;
    else
        entries << entry;
    store(entries);
    return {};
}

void RegistryStore::remove(const QString& host)
{
    const QString h = RegistryEntry::normaliseHost(host);
    QList<RegistryEntry> entries = load();
    const auto before = entries.size();
    entries.removeIf([&](const RegistryEntry& e) { return e.host == h; });
    if (entries.size() != before)
        store(entries);
}

} // namespace mcpdock::registry
