#pragma once

#include "dockererror.h"
#include "expected.h"

#include <QString>

namespace mcpdock::docker {

// The version every path is pinned to, from the server's /_ping Api-Version: min(ours, server),
// refused when the server is older than EngineClient::MinApiVersion. An empty serverVersion is a
// daemon older than API 1.25 (the docker CLI assumes 1.24). endpoint names the daemon in messages.
Expected<QString, DockerError> negotiateApiVersion(const QString& serverVersion, const QString& endpoint);

// Compares "1.41"-style versions numerically (1.9 < 1.41); false when either does not parse.
bool apiVersionLess(const QString& a, const QString& b, bool* ok = nullptr);

} // namespace mcpdock::docker
