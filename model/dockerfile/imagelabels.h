#pragma once

#include "project/project.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>

namespace mcpdock::dockerfile {

// What an image serves, as its labels describe it: names and descriptions only, never config.
struct ServerDescription
{
    QJsonArray tools;     // [{"name","description"}]
    QJsonArray resources; // [{"uri" or "uriTemplate","name"}]
    QJsonArray prompts;   // [{"name","description"}]
};

// The description a tool-contract manifest declares.
ServerDescription declaredDescription(const project::Project& project);

using LabelList = QList<QPair<QString, QString>>;

// Every static label of an image of this project (OCI keys, io.mcpdock.*, Docker's catalog
// metadata), in a fixed order. The per-build date is not here (see GeneratedDockerfile::buildLabels).
LabelList imageLabels(const project::Project& project, const ServerDescription& description);

// The labels that describe what the server serves (tools, resources, prompts, the catalog
// metadata): what a build that learns them from the running server adds on top.
LabelList descriptionLabels(const project::Project& project, const ServerDescription& description);

// The io.docker.server.metadata value: the gateway's catalog entry shape. Env variables become
// config properties of the server (non-secrets) or secrets named "<name>.<variable, lowercase>".
QJsonObject gatewayMetadata(const project::Project& project, const QJsonArray& tools);

// The io.mcpdock.env value.
QJsonArray envDescription(const project::Project& project);

// One LABEL instruction for all of them (each LABEL is a build step of its own), values quoted with
// labelValue(), pairs continued over lines.
QString labelInstruction(const LabelList& labels);

} // namespace mcpdock::dockerfile
