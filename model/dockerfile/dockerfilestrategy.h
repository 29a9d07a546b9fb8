#pragma once

#include "dockerfile/dockerfilegenerator.h"

namespace mcpdock::dockerfile {

// One way of turning a kind of project into a Dockerfile and the generated files its context needs.
// generateDockerfile() picks the strategy by Project::Kind; adding a kind of server is adding one.
class DockerfileStrategy
{
public:
    virtual ~DockerfileStrategy() = default;
    virtual Expected<GeneratedDockerfile, QStringList> generate(const project::Project& project,
                                                                const GeneratorOptions& options) const = 0;
};

// Tool-contract projects (mcp.yaml with tools): MCP Dock's runtime serves the project's modules.
class ToolContractStrategy final : public DockerfileStrategy
{
public:
    Expected<GeneratedDockerfile, QStringList> generate(const project::Project& project,
                                                        const GeneratorOptions& options) const override;
};

} // namespace mcpdock::dockerfile

namespace mcpdock::dockerfile {

// Projects with their own server (mcp.yaml server:, or a detected package.json / pyproject.toml):
// dependencies from the lockfile in a builder stage, the project's build script there, only the
// production tree in the final stage, the project's command as the entry point.
class SdkServerStrategy final : public DockerfileStrategy
{
public:
    Expected<GeneratedDockerfile, QStringList> generate(const project::Project& project,
                                                        const GeneratorOptions& options) const override;
};

// Published packages (npm:NAME@VERSION): the pinned version installed in a builder stage, its bin
// as the entry point.
class PackageStrategy final : public DockerfileStrategy
{
public:
    Expected<GeneratedDockerfile, QStringList> generate(const project::Project& project,
                                                        const GeneratorOptions& options) const override;
};

} // namespace mcpdock::dockerfile
