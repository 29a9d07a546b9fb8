#pragma once

#include "docker/engineclient.h"
#include "localimage.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace mcpdock::registry {

// The images this app built (label io.mcpdock.managed=true), newest first. prefix: only images
// with a tag whose repository starts with it (empty: all). Fills containers from the containers
// (running or not) that use each image.
docker::Result<QList<LocalImage>> listLocalImages(docker::EngineClient& client, const QString& prefix = {});

// Turns the daemon's image summary into a LocalImage (labels -> project, version, tools).
LocalImage localImageFromSummary(const docker::ImageSummary& summary);
// The tool names of an io.mcpdock.tools label (JSON array of {"name",...} or of strings, or a
// comma list).
QStringList toolsFromLabel(const QString& label);

struct ImagePruneReport
{
    bool dryRun = false;
    int keepCount = 0;
    QList<LocalImage> removed;  // removed (or, in a dry run, would be)
    QList<LocalImage> kept;     // among the newest N of their repository
    QList<LocalImage> skipped;  // old, but a container uses it
    QStringList skippedReasons; // parallel to skipped
    QStringList errors;         // removals the daemon refused (image left in place)
    qint64 spaceReclaimed = 0;  // sum of the removed images' sizes (shared layers may make the real
                                // figure smaller)
};

// Per repository keep the newest keepCount images this app built and remove the older ones.
// Never an image a container uses (skipped, reported), never an image without our label. Removal
// is by tag without force, so the daemon refuses anything still needed. dryRun: remove nothing.
docker::Result<ImagePruneReport> pruneOldImages(docker::EngineClient& client, int keepCount, bool dryRun,
                                                const QString& prefix = {});

} // namespace mcpdock::registry
