#pragma once

// Label keys MCP Dock puts on the images it builds. The registry/prune code filters images by
// them; never rename one (images already built carry the old key).
namespace mcpdock::dockerfile::labels {

// "true" on every image this app built: listing and pruning look for it.
inline constexpr char Managed[] = "io.mcpdock.managed";
// The manifest's name.
inline constexpr char Project[] = "io.mcpdock.project";
// The manifest's version.
inline constexpr char Version[] = "io.mcpdock.version";
// The manifest's title (a display name), when it gives one.
inline constexpr char Title[] = "io.mcpdock.title";
// JSON array of {"name","description"} of the tools (no config, no secrets).
inline constexpr char Tools[] = "io.mcpdock.tools";
// JSON array of {"uri" or "uriTemplate","name"} of the resources and resource templates.
inline constexpr char Resources[] = "io.mcpdock.resources";
// JSON array of {"name","description"} of the prompts.
inline constexpr char Prompts[] = "io.mcpdock.prompts";
// "stdio" or "http".
inline constexpr char Transport[] = "io.mcpdock.transport";
// The version of MCP Dock that generated the Dockerfile.
inline constexpr char GeneratorVersion[] = "io.mcpdock.generator";

// JSON array of the run-time inputs the manifest declares (env:): {"name","description",
// "required","secret","format"} and "default" for non-secrets. Never a secret's value.
inline constexpr char Env[] = "io.mcpdock.env";

// Docker's MCP gateway reads this (docker mcp gateway run --servers docker://IMAGE) as YAML in the
// shape of its catalog entry (mcp-gateway pkg/catalog Server): name, type, title, description,
// icon, secrets, env, config, tools. JSON is valid YAML, so it is written as compact JSON.
inline constexpr char DockerServerMetadata[] = "io.docker.server.metadata";

// The MCP Registry proves ownership of an OCI package by this label: it must equal server.json's
// name. Set only when the manifest gives mcpName.
inline constexpr char McpServerName[] = "io.modelcontextprotocol.server.name";

// OCI keys (the org.opencontainers.* namespace is reserved: only what the spec defines).
inline constexpr char OciTitle[] = "org.opencontainers.image.title";
inline constexpr char OciVersion[] = "org.opencontainers.image.version";
inline constexpr char OciDescription[] = "org.opencontainers.image.description";
inline constexpr char OciCreated[] = "org.opencontainers.image.created";
inline constexpr char OciSource[] = "org.opencontainers.image.source";
inline constexpr char OciLicenses[] = "org.opencontainers.image.licenses";
inline constexpr char OciUrl[] = "org.opencontainers.image.url";

} // namespace mcpdock::dockerfile::labels
