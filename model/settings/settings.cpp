#include "settings.h"

#include <QSettings>
#include <QTemporaryDir>

#include <array>

namespace mcpdock::settings {
namespace {

struct KeyInfo
{
    Settings::Key key;
    const char* name;
    QVariant defaultValue;
};

using K = Settings::Key;

// The one table: the name in the settings file and the default. Order follows the enum, which
// keyInfo() checks at startup.
const std::array<KeyInfo, static_cast<int>(K::KeyCount)>& table()
{
    static const std::array<KeyInfo, static_cast<int>(K::KeyCount)> t{{
        {K::DockerHostMode, "docker/hostMode", QStringLiteral("auto")},
        {K::DockerSocket, "docker/socket", QStringLiteral("/var/run/docker.sock")},
        {K::DockerTcpHost, "docker/tcpHost", QString()},
        {K::DockerCertFolder, "docker/certFolder", QString()},
        {K::BaseImageNode, "baseImages/node", QString()},
        {K::BaseImageNodeDebian, "baseImages/nodeDebian", QString()},
        {K::BaseImagePython, "baseImages/python", QString()},
        {K::DefaultTags, "imagebuild/defaultTags",
         QStringList{QStringLiteral("latest"), QStringLiteral("v{version}"), QStringLiteral("{timestamp}")}},
        {K::PruneKeepCount, "images/pruneKeep", 3},
        {K::DryRun, "imagebuild/dryRun", false},
        {K::RecentManifests, "files/recentManifests", QStringList()},
        {K::WindowGeometry, "window/geometry", QByteArray()},
        {K::WindowState, "window/state", QByteArray()},
        {K::BuildNetworkMode, "imagebuild/networkMode", QStringLiteral("default")},
    }};
    return t;
}

const KeyInfo& keyInfo(Settings::Key key)
{
    const KeyInfo& info = table().at(static_cast<std::size_t>(key));
    Q_ASSERT(info.key == key);
    return info;
}

// QSettings hands back strings for everything read from an INI file; convert to the type of the
// default so callers get what they stored.
QVariant coerced(const QVariant& stored, const QVariant& def)
{
    if (!stored.isValid())
        return def;
    if (def.typeId() == QMetaType::QStringList) {
        if (stored.typeId() == QMetaType::QString) {
            const QString s = stored.toString();
            return s.isEmpty() ? QStringList() : QStringList{s};
        }
        return stored.toStringList();
    }
    QVariant v = stored;
    if (def.isValid() && v.typeId() != def.typeId() && v.canConvert(def.metaType()))
        v.convert(def.metaType());
    return v;
}

} // namespace

Settings::Settings(QObject* parent)
    : QObject(parent)
    , m_settings(std::make_unique<QSettings>())
{}

Settings::Settings(const QString& iniFile, QObject* parent)
    : QObject(parent)
    , m_settings(std::make_unique<QSettings>(iniFile, QSettings::IniFormat))
{}

Settings::~Settings() = default;

std::unique_ptr<Settings> Settings::createTemporary()
{
    auto dir = std::make_unique<QTemporaryDir>();
    auto s = std::make_unique<Settings>(dir->filePath(QStringLiteral("mcpdock.ini")));
    s->m_tempDir = std::move(dir);
    return s;
}

QString Settings::keyName(Key key)
{
    return QString::fromLatin1(keyInfo(key).name);
}

QVariant Settings::defaultValue(Key key)
{
    return keyInfo(key).defaultValue;
}

QVariant Settings::value(Key key) const
{
    const KeyInfo& info = keyInfo(key);
    return coerced(m_settings->value(QString::fromLatin1(info.name)), info.defaultValue);
}

QString Settings::string(Key key) const
{
    return value(key).toString();
}

int Settings::integer(Key key) const
{
    return value(key).toInt();
}

bool Settings::flag(Key key) const
{
    return value(key).toBool();
}

QStringList Settings::list(Key key) const
{
    return value(key).toStringList();
}

QByteArray Settings::bytes(Key key) const
{
    return value(key).toByteArray();
}

void Settings::setValue(Key key, const QVariant& newValue)
{
    const KeyInfo& info = keyInfo(key);
    const QVariant before = value(key);
    const QVariant after = coerced(newValue, info.defaultValue);
    if (after == info.defaultValue)
        m_settings->remove(QString::fromLatin1(info.name));
    else
        m_settings->setValue(QString::fromLatin1(info.name), after);
    if (before != after)
        emit changed(key);
}

void Settings::reset(Key key)
{
    setValue(key, defaultValue(key));
}

void Settings::addRecentManifest(const QString& path)
{
    QStringList recent = list(Key::RecentManifests);
    recent.removeAll(path);
    recent.prepend(path);
    while (recent.size() > MaxRecentManifests)
        recent.removeLast();
    setValue(Key::RecentManifests, recent);
}

QString Settings::fileName() const
{
    return m_settings->fileName();
}

void Settings::sync()
{
    m_settings->sync();
}

} // namespace mcpdock::settings
