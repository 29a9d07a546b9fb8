#pragma once

#include "docker/endpoint.h"
#include "dockerfile/dockerfilegenerator.h"
#include "jobs/jobqueue.h"
#include "project/project.h"

#include <QStringList>

#include <optional>

namespace mcpdock {
class BuildLogModel;
}

namespace mcpdock::widgets {

// What the window asks for when the user presses Build: the project and the settings that apply.
struct BuildRequest
{
    project::Project manifest;
    docker::Endpoint endpoint;
    dockerfile::BaseImages bases;
    QStringList tagTemplates; // Settings::DefaultTags ("latest", "v{version}", "{timestamp}", extras)
    QString networkMode;      // empty: the daemon's default
    bool dryRun = false;
};

struct VerifyRequest
{
    docker::Endpoint endpoint;
    QString image;                            // reference or ID
    std::optional<project::Project> manifest; // compare tools with it when loaded
    QStringList expectedTools;                // from the image's labels otherwise
};

// The builder's job (model/build) wired to a Job and the log: step progress to the job's progress
// bar, every event into the log model (batched there), the image ID into the job's "imageId"
// property on success.
JobSpec makeBuildJobSpec(const BuildRequest& request, BuildLogModel* log);
// The MCP verifier (model/build) as a job: handshake, tools/list, comparison.
JobSpec makeVerifyJobSpec(const VerifyRequest& request, BuildLogModel* log);

} // namespace mcpdock::widgets
