#pragma once

#include "project/project.h"

#include <QHash>
#include <QJsonObject>
#include <QString>

namespace mcpdock::catalog {

// The mcpServers entry an MCP client (Claude Desktop, VS Code, ...) pastes to run an image:
// {"mcpServers": {NAME: {"command": "docker", "args": ["run", "-i", "--rm", "--network", MODE,
// "-e", VAR..., IMAGE], "env": {VAR: value}}}}. Secrets appear as "<your VAR>", never a value;
// values holds the non-secret values to write (else the default). An http server gets its port
// published on 127.0.0.1. network empty: none (bridge for http).
QJsonObject clientConfiguration(const project::Project& project, const QString& image,
                                const QHash<QString, QString>& values = {}, const QString& network = {});

} // namespace mcpdock::catalog
