#pragma once

#include "expected.h"
#include "project/project.h"

#include <QString>
#include <QStringList>

namespace mcpdock::catalog {

// What a pull request to docker/mcp-registry adds for a server with its own image:
// servers/<name>/server.yaml (name, image, type, meta, about, source, config) and tools.json (the
// tools, so their build does not have to start the server to list them).
struct CatalogEntryOptions
{
    QString image;    // the published image, "acme/weather" or "ghcr.io/acme/weather:1.0.0"
    QString category; // the catalog's category ("devops", "database", ...)
    QStringList tags; // default: the category
    QString commit;   // source.commit: the commit the image was built from
};

struct CatalogEntry
{
    QString serverYaml;
    QString toolsJson;
};

// Fails naming what is missing (the category, a source URL, a description).
Expected<CatalogEntry, QStringList> makeCatalogEntry(const project::Project& project,
                                                     const CatalogEntryOptions& options);

} // namespace mcpdock::catalog
