#pragma once

#include "expected.h"
#include "project/project.h"

#include <QByteArray>
#include <QMap>
#include <QString>
#include <QStringList>

namespace mcpdock::dockerfile {

// Base images; an empty field means the default derived from the manifest's runtime versions.
struct BaseImages
{
    QString node;       // default node:{runtime.node}-alpine (JS/TS-only images)
    QString nodeDebian; // default node:{runtime.node}-bookworm-slim (node copied into mixed images,
                        // and the TypeScript build stage of mixed images)
    QString python;     // default python:{runtime.python}-slim
};

struct GeneratorOptions
{
    BaseImages bases;
};

struct GeneratedDockerfile
{
    QString text; // the Dockerfile
    // Project-relative files the build context must carry (manifest dir relative, '/' separated).
    QStringList projectFiles;
    // Context path -> bytes that are not in the project: manifest.json, server.js, server.py,
    // generated package.json / requirements.txt... All under ".mcpdock/" in the context.
    QMap<QString, QByteArray> generatedFiles;
    // Labels that change every build (the created date). The builder passes them as the build's
    // labels= parameter, so they never break the cache of the Dockerfile's layers.
    QMap<QString, QString> buildLabels;
    // Things the user should know (Node 20 end of life...), one sentence each.
    QStringList notes;
};

// A LABEL value as written into the Dockerfile: double-quoted, with \ " $ escaped and control
// characters (newlines) folded to spaces, so no value can end the instruction or expand a variable.
QString labelValue(const QString& value);

// The resolved base images for a manifest (defaults filled in from runtime versions).
BaseImages resolveBaseImages(const project::Project& manifest, const BaseImages& overrides);

// Generates the Dockerfile for a validated manifest. Errors (one sentence each) when a value that
// would reach the Dockerfile cannot be written safely (a base image reference that is not a
// reference, for instance).
Expected<GeneratedDockerfile, QStringList> generateDockerfile(const project::Project& manifest,
                                                              const GeneratorOptions& options);

} // namespace mcpdock::dockerfile
