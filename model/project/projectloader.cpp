#include "projectloader.h"

#include "manifest/manifestloader.h"
#include "manifest/projectdetector.h"
#include "project/packageresolver.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcessEnvironment>

namespace mcpdock::project {

namespace {

// The user's pip configuration, as pip finds it: PIP_CONFIG_FILE, else the per-user files.
QByteArray userPipConf()
{
    const QString env = QProcessEnvironment::systemEnvironment().value(QStringLiteral("PIP_CONFIG_FILE"));
    const QStringList candidates =
        env.isEmpty() ? QStringList{QDir::home().filePath(QStringLiteral(".config/pip/pip.conf")),
                                    QDir::home().filePath(QStringLiteral(".pip/pip.conf"))}
                      : QStringList{env};
    for (const QString& path : candidates) {
        QFile f(path);
        if (f.size() < 64 * 1024 && f.open(QIODevice::ReadOnly))
            return f.readAll();
    }
    return {};
}

} // namespace

Expected<Project, QList<ProjectIssue>> loadProject(const QString& pathOrReference,
                                                   const QStringList& serverArgs)
{
    if (isPackageReference(pathOrReference))
        return resolvePackage(pathOrReference, serverArgs);
    const QFileInfo fi(pathOrReference);
    auto loaded = fi.isDir() && manifest::findManifestInDir(pathOrReference).isEmpty()
                      ? manifest::detectProject(pathOrReference)
                      : manifest::loadManifest(pathOrReference);
    if (!loaded)
        return loaded;
    if (loaded->origin.isEmpty())
        loaded->origin = fi.absoluteFilePath();
    // A Python server's dependencies come from the index the user's pip is configured for.
    if (loaded->kind == Project::Kind::SdkServer &&
        loaded->server.language == ServerCommand::Language::Python)
        loaded->server.pipConf = userPipConf();
    return loaded;
}

} // namespace mcpdock::project
