#pragma once

#include "expected.h"
#include "project/project.h"

#include <QJsonObject>
#include <QList>
#include <QString>

namespace mcpdock::catalog {

// The MCP Registry's description of a server (server.json, schema 2025-12-11:
// https://static.modelcontextprotocol.io/schemas/2025-12-11/server.schema.json), for an image
// published in an OCI registry.
inline constexpr char ServerJsonSchema[] =
    "https://static.modelcontextprotocol.io/schemas/2025-12-11/server.schema.json";

// A problem with a server.json, or with the manifest it would be made from: the JSON path of the
// field ("packages[0].identifier") and one sentence.
struct ServerJsonProblem
{
    QString field;
    QString message;
    QString toString() const { return field.isEmpty() ? message : field + QStringLiteral(": ") + message; }
};

// server.json for the project's image at imageRef (a full reference, "ghcr.io/acme/weather:1.2.0",
// optionally with "@sha256:..."). Fails naming the manifest field to add when the project lacks
// what the registry requires (mcpName, a description of at most 100 characters) and when the
// reference is not one the registry accepts.
Expected<QJsonObject, QList<ServerJsonProblem>> makeServerJson(const project::Project& project,
                                                               const QString& imageRef);

// Checks a server.json against what the registry's schema (2025-12-11, the constraints of its
// ServerDetail, Package, transports, KeyValueInput, Icon, Repository definitions) and its publish
// validator for OCI packages require: no version/registryBaseUrl/fileSha256 on an OCI package,
// an identifier whose registry is docker.io, ghcr.io or *.pkg.dev. Empty when it is valid.
QList<ServerJsonProblem> validateServerJson(const QJsonObject& serverJson);

// What an image built by MCP Dock says about its project in its labels (name, version, description,
// source, homepage, mcpName, declared env, transport) and its config's PORT: enough for
// makeServerJson after a push, without the manifest. inspect is GET /images/{name}/json.
project::Project projectFromImage(const QJsonObject& inspect);

// The registry hosts the MCP Registry accepts for OCI packages.
bool isAcceptedOciRegistry(const QString& domain);

} // namespace mcpdock::catalog
