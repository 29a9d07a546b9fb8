#include "projectloader.h"

#include "manifest/manifestloader.h"

#include <QFileInfo>

namespace mcpdock::project {

Expected<Project, QList<ProjectIssue>> loadProject(const QString& pathOrReference)
{
    auto loaded = manifest::loadManifest(pathOrReference);
    if (loaded)
        loaded->origin = QFileInfo(pathOrReference).absoluteFilePath();
    return loaded;
}

} // namespace mcpdock::project
