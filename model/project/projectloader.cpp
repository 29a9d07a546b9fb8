#include "projectloader.h"

#include "manifest/manifestloader.h"
#include "manifest/projectdetector.h"
#include "project/packageresolver.h"

#include <QFileInfo>

namespace mcpdock::project {

Expected<Project, QList<ProjectIssue>> loadProject(const QString& pathOrReference,
                                                   const QStringList& serverArgs)
{
    if (isPackageReference(pathOrReference))
        return resolvePackage(pathOrReference, serverArgs);
    const QFileInfo fi(pathOrReference);
    if (fi.isDir() && manifest::findManifestInDir(pathOrReference).isEmpty())
        return manifest::detectProject(pathOrReference);
    auto loaded = manifest::loadManifest(pathOrReference);
    if (loaded)
        loaded->origin = fi.absoluteFilePath();
    return loaded;
}

} // namespace mcpdock::project
