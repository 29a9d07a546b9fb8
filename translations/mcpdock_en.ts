<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>BuildEventFormat</name>
    <message>
        <source>(from the cache)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BuildLog</name>
    <message>
        <source>Cannot write the build log %1 (%2); the build goes on without it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Check the Docker daemon: engine version, API version, OS/arch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the Dockerfile generated for a manifest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give a local image more tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag an image for a registry and push one tag (--dry-run to check)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the images MCP Dock built</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove older builds, keeping the newest N per repository</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check registry credentials and save them in the OS keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the registry credentials saved in the app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: mcpdock [VERB [OPTIONS]] | [MANIFEST...]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without a verb, opens the desktop application (with the given manifests loaded).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verbs:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run &apos;mcpdock VERB --help&apos; for a verb&apos;s options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exit codes: 0 success, 1 the operation failed, 2 usage error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mcpdock: unknown verb or option &apos;%1&apos;. Run &apos;mcpdock --help&apos; for the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the Dockerfile generated for an MCP server manifest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Base image for JavaScript-only images (default node:&lt;runtime.node&gt;-alpine)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Base image for images with Python (default python:&lt;runtime.python&gt;-slim)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Debian-based node image that mixed images take node from (default node:&lt;runtime.node&gt;-bookworm-slim)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also write a complete build context (Dockerfile, project files, runtime) into this new or empty folder, for a plain &apos;docker build FOLDER&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mcpdock dockerfile: give exactly one manifest. Run &apos;mcpdock dockerfile --help&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>note: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mcpdock dockerfile: %1 is not empty; give a new or empty folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mcpdock dockerfile: cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mcpdock dockerfile: cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lists the local images MCP Dock built, newest first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only repositories starting with PREFIX.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print a JSON array.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: unexpected argument &apos;%2&apos;. Run &apos;%1 --help&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>REPOSITORY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SIZE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CREATED (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CONTAINERS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TAGS / TOOLS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checks credentials with the Docker daemon (/auth) and saves the password in the OS keychain; the settings keep only the registry and the username. The password is read from standard input only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the password or token from stdin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>docker.io, ghcr.io or host[:port].</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: give REGISTRY, --username U and --password-stdin (the password is never taken from the command line).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no standard input to read the password from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the password on standard input is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login to %1 as %2 failed: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The credentials are valid, but saving them failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: credentials for %2 at %3 saved in the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removes the credentials saved in the app for REGISTRY (keychain entry and username). Docker&apos;s own config.json is not touched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted for symmetry; logout does not talk to the daemon.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: give one REGISTRY. Run &apos;%1 --help&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed the saved credentials for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checks that the Docker daemon answers and prints its engine version, the API version in use, OS/arch and the endpoint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daemon address (unix:///path, tcp://host:port, ssh://user@host); default: DOCKER_HOST, the Docker context, /var/run/docker.sock.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Docker Engine %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API version:  %1 in use (server %2, minimum %3; mcpdock speaks %4-%5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OS/Arch:      %1/%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Endpoint:     %1 (from %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removes older images MCP Dock built, keeping the newest N per repository. Images used by a container and images MCP Dock did not build are never removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many builds to keep per repository.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List what would go; remove nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: give --keep N with N a whole number of 0 or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>would remove %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>removed %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>skipped %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 image(s) would be removed, %2 kept, %3 skipped; up to %4 would be reclaimed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 image(s) removed, %2 kept, %3 skipped; %4 reclaimed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags IMAGE for a registry (registry/namespace/name:tag) and pushes that one tag. Credentials come from the app&apos;s keychain (mcpdock login), then Docker&apos;s config.json (credHelpers, credsStore, auths).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registry: docker.io, ghcr.io or host[:port].</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User or organisation in the registry (required for Docker Hub unless saved for it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag in the registry (default: IMAGE&apos;s tag, or latest).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the target, registry and credential source and check the credentials; push nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the result as JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local image, e.g. weather:v1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: give one IMAGE and --registry R. Run &apos;%1 --help&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no credentials found: the push would be anonymous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dry run: nothing is pushed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image:       %1%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (NOT FOUND locally)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Would tag:   %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Would push:  %1 (tag %2 only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registry:    %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credentials: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auth check:  %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Push of %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pushed %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Digest: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags a local image. Each TAG is a full reference (repo:tag, registry/ns/repo:tag) or a bare tag, which applies to IMAGE&apos;s repository.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local image name or ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New names.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: give an IMAGE and at least one TAG. Run &apos;%1 --help&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a bare tag needs IMAGE to be a name, not an ID: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Did you mean &quot;%1&quot;?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; has a digest; a tag cannot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tagging %1 as %2:%3 failed: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tagged %1 as %2:%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Build the image of a manifest, tag it, print its ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run an image without network and check its MCP tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Endpoint:     %1 (default: DOCKER_HOST and the Docker context are not set)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also list untagged images: earlier builds whose tags moved to a newer build (hidden by default; &apos;mcpdock prune&apos; removes them).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;untagged %1&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(previous build)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 untagged image(s) of earlier builds not shown: &apos;mcpdock images --all&apos; lists them, &apos;mcpdock prune&apos; removes them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pushing %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run an image and call its tools, one command a line from stdin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run an image&apos;s server with the inputs it declares; print the client configuration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write (or --check) the MCP Registry&apos;s server.json for a published image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the server.yaml a pull request to docker/mcp-registry needs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mcp.yaml, mcp.yml, manifest.json, a folder holding one, a folder with an SDK-based server (package.json / pyproject.toml), or npm:NAME[@VERSION]; arguments after -- are the server&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After the push, write the MCP Registry&apos;s server.json for the pushed image (identifier repository:tag@digest) to FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Push the images &apos;mcpdock build --platform P&apos; made (IMAGE-linux-amd64, IMAGE-linux-arm64...) and an OCI image index of them as IMAGE&apos;s tag; prints the index digest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file could not be written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pushed %1, but wrote no server.json: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pushing %1 (%2/%3): %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Multi-platform push of %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pushed %1 (%2/%3) %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pushed %1 (image index of %2 platforms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Index digest: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CredentialHelper</name>
    <message>
        <source>The credential helper %1 is not installed (not found on PATH). Install it, or remove &quot;%2&quot; from your Docker config.json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The credential helper %1 could not be started: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The credential helper %1 did not answer within %2 seconds (it may be waiting for a passphrase or a locked keychain).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The credential helper %1 failed for %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The credential helper %1 answered with something that is not JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The credential helper %1 could not store credentials for %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The credential helper %1 could not erase credentials for %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The credential helper %1 could not list credentials: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CredentialResolver</name>
    <message>
        <source>none (anonymous)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>app keychain (user %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>credHelpers: docker-credential-%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>credsStore: docker-credential-%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>auths in %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DockerConfig</name>
    <message>
        <source>Cannot read %1: %2. Fix its permissions or set DOCKER_CONFIG to another folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not valid JSON (%2 at offset %3): fix or remove it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The &quot;auth&quot; entry for %1 in %2 is not base64 of user:password: run docker login %1 again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DockerIgnore</name>
    <message>
        <source>syntax error in pattern &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>.dockerignore line %1: illegal exclusion pattern &quot;!&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>.dockerignore line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DropPolicy</name>
    <message numerus="yes">
        <source>%1 cannot be opened. %2.</source>
        <translation>
            <numerusform>%1 cannot be opened. %2.</numerusform>
            <numerusform>%1 cannot be opened. %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Drop an mcp.yaml, mcp.yml or manifest.json, or a folder holding one (or an MCP server&apos;s package.json or pyproject.toml)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EngineClient</name>
    <message>
        <source>Docker at %1 announced the API version &quot;%2&quot;, which mcpdock cannot read. Check that it is a Docker daemon.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Docker daemon at %1 speaks API %2, but mcpdock needs at least API %3 (Docker 20.10). Upgrade Docker.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImagePusher</name>
    <message>
        <source>Did you mean &quot;%1&quot;?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Docker Hub needs a namespace (your user or organisation name) for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give one with --namespace, or set it for Docker Hub in the registry settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the credentials for %1 (mcpdock login %1), that a token has push (write) scope, and that the namespace belongs to that account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create the repository in %1 first, or check the namespace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the address of %1: the daemon speaks HTTPS to it. A plain-HTTP registry must be listed in the daemon&apos;s insecure-registries; otherwise fix its certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the registry address %1 (host and port) and that the registry is running and reachable from the Docker daemon.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The push was cancelled; the registry may hold some layers but no tag was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Build the image first, or check its name with mcpdock images.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no local image &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Build it first, or check the name with mcpdock images.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The daemon finished pushing %1 without reporting a manifest digest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the registry with docker manifest inspect before relying on this push.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pushed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is an image ID; a push needs the image&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the name and tag, for example weather:v1 (see mcpdock images).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IndexPusher</name>
    <message>
        <source>Cancelled before the image index was written.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KeychainStore</name>
    <message>
        <source>No secret is saved in the keychain for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain refused access (%1): unlock it, or allow MCP Dock, and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No keychain is available (%1): start a Secret Service (GNOME Keyring or KWallet) in your session, or use docker login and a credential helper instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the keychain did not answer within two minutes (is the application thread busy?)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LocalImages</name>
    <message numerus="yes">
        <source>used by %n container(s)</source>
        <translation>
            <numerusform>used by %n container</numerusform>
            <numerusform>used by %n containers</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2) was not removed: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ManifestLoader</name>
    <message>
        <source>no mcp.yaml, mcp.yml or manifest.json in this folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the manifest does not exist</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PushProgress</name>
    <message>
        <source>the one layer is already in the registry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all %1 layers already in the registry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 layers, %3 of %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(%1 already in the registry)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReferenceParser</name>
    <message>
        <source>reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>registry address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>repository name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>digest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Did you mean &quot;%1&quot;?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tag &quot;%1&quot; is invalid: a tag is 1 to 128 letters, digits, &quot;_&quot;, &quot;.&quot; or &quot;-&quot; and must not start with &quot;.&quot; or &quot;-&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The image reference is empty: give a name such as &quot;weather&quot; or &quot;registry.example.com/acme/weather:1.0&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a 64-character hexadecimal image ID, which cannot be used as a repository name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The digest &quot;%1&quot; is invalid: use algorithm:hex, for example &quot;sha256:&quot; followed by 64 lowercase hexadecimal digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The registry address &quot;%1&quot; is invalid: use host[:port], for example &quot;registry.example.com:5000&quot;, &quot;localhost:5000&quot; or &quot;[::1]:5000&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The repository name is missing: add it after the registry address, for example &quot;%1/acme/weather&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The repository name &quot;%1&quot; contains uppercase letters; repository names must be lowercase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The repository name &quot;%1&quot; has an empty path component (a doubled, leading or trailing &quot;/&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The path component &quot;%1&quot; of the repository name is invalid: use lowercase letters and digits, separated by &quot;.&quot;, &quot;_&quot;, &quot;__&quot; or &quot;-&quot;, starting and ending with a letter or digit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The repository name &quot;%1&quot; is %2 characters long; at most %3 are allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; already has a tag or digest; give the repository name only.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RegistryClient</name>
    <message>
        <source>no answer in %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that %1 speaks HTTPS with a certificate this machine trusts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that the registry %1 is running and reachable from this machine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: HTTP %2%3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log in to %1 first (mcpdock login %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the credentials for %1 and that they may push to this repository.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the repository name and tag.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The registry refused the request; it may not support OCI image indexes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try again; if it persists, look at the registry&apos;s logs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 asks for a username and password and none is known.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log in first: mcpdock login %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 asks for an authentication scheme MCP Dock does not speak: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 sent a Bearer challenge without a usable realm: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token service %1 answered without a token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The blob %1 from %2 does not match its digest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the image index is not a JSON object (%1 at offset %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mediaType is %1, not an image index</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>manifests is missing or not an array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>manifests[%1].digest is missing or not sha256</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>manifests[%1].platform has no os or architecture</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RegistryEntry</name>
    <message>
        <source>Docker Hub</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GitHub Container Registry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your Docker Hub password or a personal access token with write access.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A GitHub personal access token (classic) with the write:packages scope.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password or token for this registry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The registry address is empty: give host[:port], for example &quot;registry.example.com:5000&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The registry address &quot;%1&quot; is invalid: give host[:port], for example &quot;registry.example.com:5000&quot;, &quot;localhost:5000&quot; or &quot;[::1]:5000&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>the socket set in Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the TCP host set in Settings</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StreamDemuxer</name>
    <message>
        <source>the Docker daemon sent a malformed output frame header</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mcpdock::BuildLogModel</name>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mcpdock::ImageListModel</name>
    <message>
        <source>%1 %2
Image %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n bytes</source>
        <translation>
            <numerusform>%n bytes</numerusform>
            <numerusform>%n bytes</numerusform>
        </translation>
    </message>
    <message>
        <source>Repository</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (untagged)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>previous build, no tag</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mcpdock::ManifestTreeModel</name>
    <message numerus="yes">
        <source>%n problem(s)</source>
        <translation>
            <numerusform>%n problem</numerusform>
            <numerusform>%n problems</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 did not load:
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2), declared at %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
%2 (%3), declared at %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connectors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dependencies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>npm %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Config</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No config.yaml: the server starts with its defaults.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>published package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>own command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The image&apos;s entry point (exec form, no shell): %1
From: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the manifest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Python</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transport</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>http, port %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stdio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved with: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the values come from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>listed by the server when the image is built</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MCP Dock runs the built image once, asks the server for its tools and writes them into the image&apos;s labels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, declared at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (static)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resource templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prompts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2), arguments: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inputs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>default %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>environment variable</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mcpdock::RegistryListModel</name>
    <message>
        <source>Docker Hub (docker.io)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GitHub Container Registry (ghcr.io)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credential helper %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Docker config (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Username</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Namespace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credentials from</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mcpdock::SchemaFormModel</name>
    <message>
        <source>%1: must be at least %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: must be at most %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: must be more than %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: must be less than %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: needs at least %2 items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: takes at most %2 items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: must be a number, not &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: must be a whole number, not &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: must be one of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: must be at least %2 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: must be at most %2 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: is not valid JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (required)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>array of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n field(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mcpdock::catalog</name>
    <message>
        <source>--category: the catalog files every server under a category (for example devops, database, productivity, search, monitoring); name one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--category: &quot;%1&quot; is not a category name (lowercase letters, digits and -)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: source: the catalog links every server to its source repository; add source: https://github.com/&lt;owner&gt;/&lt;repo&gt; to the manifest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: description: the catalog shows a description; add one to the manifest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--image: &quot;%1&quot; is not an image reference: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--commit: &quot;%1&quot; is not a full 40-character commit hash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not reverse-DNS with exactly one slash, such as io.github.acme/weather</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a range; give one version such as 1.2.0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be an object with src</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be an https URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>each size is WxH (48x48) or any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be an object with registryType, identifier and transport</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be an http(s) URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the MCP Registry needs the server&apos;s name: add mcpName: io.github.&lt;owner&gt;/%1 to the manifest (the namespace is what you can prove: your GitHub account or a domain)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the MCP Registry needs a description of at most 100 characters: add description: to the manifest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the MCP Registry takes at most 100 characters and the first line of the manifest&apos;s is %1; shorten it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an image reference: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mcpdock::catalog::Checker</name>
    <message>
        <source>is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be %1 to %2 characters long (it is %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a URI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be an object with name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a list of strings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a secret must not have a default value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be an http(s) URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be 64 lowercase hex digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a specific version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an OCI package must not have %1: the reference in identifier carries the version (docker.io/owner/image:1.0.0)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an image reference: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the MCP Registry accepts images on docker.io, ghcr.io and *.pkg.dev only, not %1; push the image to one of them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no tag or digest; name the published version (image:1.2.0)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mcpdock::cli</name>
    <message>
        <source>Builds the image of an MCP server project: generates the Dockerfile, sends the project&apos;s files, shows the build&apos;s progress, tags the image when the build succeeded and prints its ID last. A failed or interrupted build leaves no tag, container or dangling image behind.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag the image as T (repeatable). Default: NAME:latest, NAME:vVERSION and NAME:TIMESTAMP.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Base image for JavaScript/TypeScript servers (default node:N-alpine).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Debian-based Node image for mixed servers (default node:N-bookworm-slim).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Base image for Python servers (default python:V-slim).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network for RUN steps: host, none, or a network name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not use the build cache.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Always try to pull newer base images.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the events as JSON lines; the last line is the result or the failure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: give exactly one manifest (or project folder). Run &apos;%1 --help&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the manifest has problems; fix them and build again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hint: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The whole build is in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>note: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs the image with no network, completes the MCP handshake over stdio (server/discover, or initialize for older servers), lists its tools without calling any, compares them with the image&apos;s label and removes the container. Exit 1 on timeout or a different tool list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seconds the server has to answer (default 30).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the result as one JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image ID or reference, e.g. weather:latest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: give exactly one image. Run &apos;%1 --help&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: --timeout takes a number of seconds between 0 and 3600.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tools listed by the server: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>verify failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OK: %1 answers over stdio (%2, protocol %3) and lists the tools its label names.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After the build, push every tag to REGISTRY (host[:port], optionally followed by /namespace: ghcr.io/acme), as &apos;mcpdock push&apos; does.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Build for these platforms (linux/amd64,linux/arm64): one build each, tagged NAME:TAG-linux-&lt;arch&gt; (and NAME:TAG for the daemon&apos;s own platform) only when all succeeded; --push then pushes an image index of them as NAME:TAG. Foreign platforms run emulated (QEMU).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mcp.yaml, manifest.json, a project folder (with a manifest, or a package.json / pyproject.toml of an SDK-based server), or a published package: npm:NAME[@VERSION]. Arguments after -- are the server&apos;s, baked into the image&apos;s entry point.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>note: the project has uncommitted changes; source.commit is left out (commit, or give --commit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the server.yaml (and tools.json) that a pull request to docker/mcp-registry adds under servers/NAME/, for a project whose image is published. Without -o, server.yaml is printed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The published image (OWNER/NAME or a full reference)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The catalog category (devops, database, productivity, search...)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A catalog tag (repeatable; default: the category)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>source.commit (default: the project&apos;s git HEAD when it is clean)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write server.yaml and tools.json into this folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mcp.yaml or the project folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mcpdock catalog-entry: give a manifest and --image REF. Run &apos;mcpdock catalog-entry --help&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot create the folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run an MCP server image with the inputs it declares (the manifest&apos;s env:), stdio attached to this terminal&apos;s stdin and stdout, so an MCP client can use this command as its server. Values come from -e NAME=VALUE, then this process&apos;s environment, then the default; a secret comes from the environment or the OS keychain, or is asked for on the terminal (never on the command line) and saved in the keychain. The client configuration to paste into an MCP client is printed first, on stderr. No network unless --network says otherwise; the container is removed when it ends.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set a declared non-secret input (repeatable)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network mode for the container (default none; bridge for http images)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only print the MCP client configuration for this image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The image (name:tag or ID)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mcpdock run: give one image. Run &apos;mcpdock run --help&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No image %1 on the daemon: build it with mcpdock build, or pull it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>-e %1: give NAME=VALUE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>-e %1: %2 declares no input %1 (it declares: %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>-e %1: %1 is a secret, and a secret is never taken from the command line (shell history, process list). Set it in the environment, or let mcpdock run ask for it and keep it in the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MCP client configuration for %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs %2: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs %2, and there is no terminal to ask on: set %2 in the environment%3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> or save it in the keychain by running mcpdock run %1 once in a terminal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> or give -e %1=VALUE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save %1 in the keychain for %2? [Y/n] </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1 in the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serving on http://127.0.0.1:%1/mcp; Ctrl-C stops it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not a JSON object: %2 (at byte %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: valid for the MCP Registry (schema 2025-12-11 and its OCI package rules)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the MCP Registry&apos;s server.json for a project&apos;s published image (the OCI package, its transport and environment variables), validated against the registry&apos;s schema 2025-12-11 and its rules for OCI packages. The image must carry the label io.modelcontextprotocol.server.name, which MCP Dock sets when the manifest gives mcpName.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The published image: docker.io/OWNER/NAME:TAG or ghcr.io/... (optionally @sha256:...)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write to FILE instead of printing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validate an existing server.json instead of writing one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mcpdock server-json: give a manifest and --image REF. Run &apos;mcpdock server-json --help&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commands (one a line on stdin):
  tools                    list the tools (every page)
  call NAME [JSON_ARGS]    call a tool, e.g. call convert_temperature {&quot;value&quot;: 20}
  resources                list the resources
  read URI                 read a resource
  prompts                  list the prompts
  get NAME [JSON_ARGS]     render a prompt with its arguments
  quit                     stop the server and remove its container (as EOF does)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starts the image like an MCP client (docker run -i --rm, no network unless --network), does the initialize handshake and then runs the commands read from stdin, one a line. Answers are printed as JSON on stdout; isError results and errors are marked on stderr. The container is removed on quit or end of input.

</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network for the container (default none).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Environment variable for the server, repeatable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seconds the server has to answer each request (default 60).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: -e takes NAME=VALUE with a name of letters, digits and _; got &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no standard input to read commands from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>progress %1%2 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 (protocol %3), container %4, network %5. Type a command; quit or end of input stops it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>isError: the tool reported an error (%1 ms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(%1 ms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stdin line %1: give a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stdin line %1: the arguments must be one JSON object on the line (%2 at column %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stdin line %1: read takes a resource URI.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stdin line %1: unknown command &quot;%2&quot;; type help for the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stdin line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server said: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped; container removed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mcpdock::docker</name>
    <message>
        <source>the default; DOCKER_HOST is not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Docker context &quot;%1&quot; (from %2) does not exist: %3 is missing. Run &apos;docker context ls&apos; to see the contexts, or choose another one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Docker context &quot;%1&quot; cannot be read: %2 is not valid JSON (%3). Recreate it with &apos;docker context create&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Docker context &quot;%1&quot; has no Docker endpoint in %2. Recreate it with &apos;docker context create --docker host=...&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Docker host (%1) is empty. Use unix:///path, tcp://host:port or ssh://user@host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Docker host &quot;%1&quot; (from %2) is not valid: %3. Use unix:///path, tcp://host:port or ssh://user@host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>named pipes exist only on Windows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fd:// is for the daemon, a client cannot connect to it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown scheme &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it must not contain a path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a user name is only allowed for ssh://</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ssh:// does not take a password; use an SSH key or agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unclosed [ in an IPv6 address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected text after the IPv6 address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no host name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the port &quot;%1&quot; is not a number between 1 and 65535</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not valid JSON (%2). Fix or remove it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mcpdock::docker::AttachedStreamImpl</name>
    <message>
        <source>the output stopped in the middle of a frame</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mcpdock::docker::Connection</name>
    <message>
        <source>The connection to Docker was lost (%1, %2). Check that the daemon is still running and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled: the request to Docker was stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Permission denied on %1 (%2): add your user to the docker group (sudo usermod -aG docker $USER) and log in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Docker is not running: the socket %1 (%2) exists but no daemon answers on it. Start Docker (sudo systemctl start docker) or set DOCKER_HOST.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Docker is not running: %1 (%2) exists but is not a socket a daemon listens on. Start Docker or set DOCKER_HOST.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Docker is not running: no socket at %1 (%2). Start Docker or set DOCKER_HOST.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Docker did not accept a connection on %1 (%2) within %3 seconds. Check that the daemon is healthy, or restart it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot connect to Docker at %1 (%2): %3. Start Docker or set DOCKER_HOST.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot use TLS for Docker at %1 (%2): %3. Point DOCKER_CERT_PATH at a folder with ca.pem, cert.pem and key.pem.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds no PEM certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs both cert.pem and key.pem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds no RSA or EC private key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Docker at %1 (%2) did not answer within %3 seconds. Check the address, the firewall and that the daemon listens there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The TLS connection to Docker at %1 (%2) failed: %3. Check that ca.pem, cert.pem and key.pem in %4 belong to this daemon.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Docker is not listening at %1 (%2): the connection was refused. Start the daemon or correct DOCKER_HOST.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot reach Docker at %1 (%2): the host name does not resolve. Correct DOCKER_HOST or the context.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Permission denied connecting to Docker at %1 (%2). Check firewall rules.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot connect to Docker at %1 (%2): %3. Check that the daemon runs and DOCKER_HOST is right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot run ssh to reach Docker at %1 (%2): %3. Install the OpenSSH client.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ssh said: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ssh exited with code %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the daemon closed the connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot reach Docker over ssh at %1 (%2): %3. Check that &apos;ssh %4 docker system dial-stdio&apos; works in a terminal (SSH key or agent, Docker installed and running on the remote host).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mcpdock::docker::EngineClient</name>
    <message>
        <source>/version has no Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The build failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the build finished without reporting an image ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The registry refused the push of %1:%2: %3. Log in to the registry (mcpdock login) and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The push of %1:%2 failed: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the push finished without reporting a digest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The container filter &quot;%1&quot; is not key=value (for example label=app=x).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>/containers/create returned no Id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for container %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>/containers/wait returned no StatusCode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the log ends in the middle of a frame</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Docker did not answer the attach request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The registry %1 refused the login: %2. Check the user name and password.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mcpdock::docker::EngineClient::Private</name>
    <message>
        <source>Docker at %1 accepted the request %2 but sent nothing for %3 minutes. Check that the daemon is healthy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the response is larger than %1 MiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the daemon closed the connection twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stopped reading the response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request body could not be produced.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mcpdock::docker::HttpResponseParser</name>
    <message>
        <source>the %1 is longer than %2 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a %1 does not end in CRLF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a %1 contains a bare CR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bad status line &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unsupported HTTP version in &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bad status code in &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bad status code %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>folded header lines are not allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bad header line &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bad header name &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>control character in header &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bad Content-Length &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>conflicting Content-Length headers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unsupported Transfer-Encoding &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chunk size &quot;%1&quot; is too large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bad chunk size &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the response headers are larger than %1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chunk data is longer than its size says</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the response trailers are larger than %1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bad trailer line &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the connection closed before a response arrived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the connection closed in the middle of the response headers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the connection closed in the middle of the response body</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mcpdock::docker::JsonStreamReader</name>
    <message>
        <source>the Docker daemon reported an error without a message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the Docker daemon sent &quot;%1&quot; where a JSON message should start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a message from the Docker daemon is larger than %1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the Docker daemon&apos;s message stream ended in the middle of a message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the Docker daemon sent a message that is not valid JSON: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mcpdock::docker::MessageParser</name>
    <message>
        <source>the Docker daemon reported an error without a message</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mcpdock::docker::detail</name>
    <message>
        <source>no reason given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Docker could not find it: %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Docker reports a conflict: %1. Remove or stop what is in the way and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access denied: %1. Check the registry credentials (mcpdock login) and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Docker daemon failed: %1 (HTTP %2 for %3). Check the daemon&apos;s log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Docker rejected the request: %1 (HTTP %2 for %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Docker sent a response mcpdock cannot read (%1). Check that DOCKER_HOST points at a Docker daemon, or report this with the daemon&apos;s version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a JSON object: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a JSON array: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mcpdock::dockerfile</name>
    <message>
        <source>the project has no server command; load it with the project loader first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the project has no name or version; load it with the project loader first</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mcpdock::dockerfile::PackageStrategy</name>
    <message>
        <source>only npm packages can be built yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the package&apos;s version is not resolved; load it with the project loader first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an image reference such as node:22-alpine</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mcpdock::dockerfile::SdkServerStrategy</name>
    <message>
        <source>&quot;%1&quot; is not an image reference such as node:22-alpine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the name cannot be written into a Dockerfile safely; rename it or add it to .dockerignore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project has no package-lock.json: npm install resolves the dependencies anew on every build; commit a lockfile for reproducible images.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mcpdock::dockerfile::ToolContractStrategy</name>
    <message>
        <source>runtime.node: &quot;%1&quot; is not a Node major version such as &quot;22&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>runtime.python: &quot;%1&quot; is not a Python 3 version such as &quot;3.11&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an image reference such as node:22-alpine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the manifest has no name, version, tools, resources or prompts; load it with the manifest loader first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the path cannot be written into a Dockerfile safely</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the runtime file %1 cannot be read from this build of MCP Dock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the %1 runtime is missing from this build of MCP Dock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Node 20 reached end of life on 30 April 2026 and gets no security fixes; set runtime.node to &quot;22&quot; or &quot;24&quot; (LTS) in the manifest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Node %1 reached end of life and gets no security fixes; set runtime.node to &quot;22&quot; or &quot;24&quot; (LTS) in the manifest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Node %1 is not a long-term-support release; consider &quot;22&quot; or &quot;24&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Python %1 reached end of life and gets no security fixes; set runtime.python to &quot;3.12&quot; or newer in the manifest.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mcpdock::dockerfile::support</name>
    <message>
        <source>this kind of project cannot be built yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mcpdock::imagebuild</name>
    <message>
        <source>The build was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was tagged and the build&apos;s leftovers were removed; build again when ready.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Docker daemon&apos;s disk is full. Free space (mcpdock prune, or docker system prune) and build again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to the Docker daemon was lost during the build. Check that the daemon is still running (mcpdock ping) and build again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A file the Dockerfile copies is not in the build context. Check that the manifest&apos;s files exist and that .dockerignore does not exclude them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not in the build context: it was deleted or moved after the manifest was loaded, or .dockerignore excludes it. Restore the file or fix the manifest, then build again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The registry refused to give the base image %1: it does not exist there, or it needs a login. Check the name, log in to the registry (mcpdock login), or choose another base image (--base-node / --base-python).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The base image %1 does not exist. Check its name and tag, or choose another base image (--base-node / --base-python).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The base image %1 is not on this machine and its registry cannot be reached. Pull or load it first (docker pull / docker load), check the network and proxy, or choose a base image that is present (--base-node / --base-python).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix the syntax error in %1 (the line is shown above) and build again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the tool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be loaded (see the error above). Fix it and build again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A tool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>npm cannot find the package %1. Check its name and version in the manifest&apos;s dependencies (or package.json); a private package needs a registry and token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>named above</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>npm cannot reach its registry during the build. Build with a network that reaches it (--network host), check the proxy and DNS, or set a reachable registry in .npmrc.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pip cannot reach the package index during the build. Build with a network that reaches it (--network host), check the proxy and DNS, or set PIP_INDEX_URL to a reachable index.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pip cannot find the package %1. Check its name and version in the manifest&apos;s Python requirements (or requirements.txt).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The command of step %1 exited with code %2. Its last output lines above say why; fix the cause and build again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the daemon&apos;s message and the step&apos;s output above; .build.log in the project folder has the whole build.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 KiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 MiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Install QEMU&apos;s binfmt_misc handlers where the Docker daemon runs: on Debian or Ubuntu &apos;sudo apt-get install qemu-user-static binfmt-support&apos;, elsewhere once per boot &apos;docker run --privileged --rm tonistiigi/binfmt --install %1&apos;. Then build again; RUN steps of %2 run emulated (npm and pip installs are several times slower).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is %2, not a regular file; only regular files go into an image. Replace it with a file or leave it out of the project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read &apos;%1&apos;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; was replaced by another file after it was checked; build again once the project folder stops changing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a FIFO (named pipe)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a socket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a symbolic link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a special file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a path inside the project folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; was replaced by a symbolic link after it was checked; build again once the project folder stops changing.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mcpdock::imagebuild::BuildContextWriter</name>
    <message>
        <source>&apos;%1&apos; is not a path relative to the project folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is outside the project folder %2; only files inside it can go into the image.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; does not exist in the project folder %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a broken symbolic link.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; leads outside the project folder (to %2); only files inside it can go into the image. Copy the file into the project instead of linking it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a symbolic link to &apos;%2&apos;, which never goes into an image (%3 is left out: secrets, dependency trees and caches stay out of the build context). Remove the link, or copy what the image needs into a file of its own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a symbolic link to &apos;%2&apos;, which .dockerignore keeps out of the image. Remove the link, or change .dockerignore if the file may be shipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is in the build context twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read &apos;%1&apos;: check its permissions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a symbolic link to one of its own parent folders.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is both a file and a folder in the build context.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The build was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending the build context to the Docker daemon failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write &apos;%1&apos; into the build context: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the project folder %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; changed while it was being sent (it became shorter); build again once it is saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; changed while it was being sent (it grew); build again once it is saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mcpdock::imagebuild::ImageBuilder</name>
    <message>
        <source>Fix the manifest or the base image options, then build again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep every file the manifest names inside the project folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix the file named above, then build again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix the pattern in .dockerignore (docker would refuse it too), then build again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make .dockerignore a regular file (or remove it), then build again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Building on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent the build context: %1 files, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled: the connection to the daemon is closed, the build stops; cleaning up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection to Docker lost during step %1/%2 (%3). %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The build did not start: the Docker daemon cannot be reached. Check it with mcpdock ping, then build again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Build failed at step %1/%2 (%3): %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Build failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tagged %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot tag the image as %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a valid tag (lowercase name, tag of letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Built %1 in %2 s (%3 of %4 steps from the cache)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking the server for its tools: running %1 once, without network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The image was built, but its server did not list its tools: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its stderr began: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the server&apos;s command on your machine and check that it speaks MCP over stdio without network access; then build again. The image was not tagged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tools could not be added to the image&apos;s labels: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Build again; if it fails the same way, check the daemon with mcpdock ping.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Docker cannot be reached to clean up this build; its leftovers are removed when the next build starts.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mcpdock::imagebuild::MultiPlatformBuilder</name>
    <message>
        <source>Cannot check whether Docker runs %1 binaries: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the daemon with mcpdock ping, then build again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Docker cannot run %1 binaries (exec format error: the kernel has no binfmt_misc handler for them).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Docker cannot run %1 binaries (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The build did not start: the Docker daemon cannot be reached. Check it with mcpdock ping, then build again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking that Docker runs %1 binaries (the daemon is %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed the images of the platforms already built: a multi-platform build is all or nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the daemon built an image for %2, not %3 (its base image has no %3 variant?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use a base image that is published for %1 (a multi-platform index), then build again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tagged %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot tag the %1 image as %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a valid tag (lowercase name, tag of letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mcpdock::imagebuild::Platform</name>
    <message>
        <source>--platform: &apos;%1&apos; is not a platform MCP Dock builds; give linux/amd64, linux/arm64 or both, separated by a comma</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--platform: %1 is given twice</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mcpdock::manifest</name>
    <message>
        <source>cannot be read or is larger than 1 MiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not valid JSON: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is required: the image is named after the package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be made an image name; use lowercase letters, digits and - in the package name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is required: add &quot;version&quot;: &quot;1.0.0&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a semantic version such as 1.0.0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lists %1 commands (%2); MCP Dock cannot tell which one starts the server: add an mcp.yaml with server.command, such as [&quot;node&quot;, &quot;%3&quot;]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>neither bin nor main says how the server starts: add &quot;bin&quot; (or &quot;main&quot;) naming its entry file, such as &quot;dist/index.js&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a file inside the project (letters, digits and . _ - @ + only, no ..)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not valid TOML: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>has no [project] table (PEP 621): add one with name, version, dependencies and [project.scripts]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be made an image name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is required (a dynamic version cannot be read without building the package): add version = &quot;1.0.0&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a version such as 1.0.0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is missing: add [project.scripts] with the command that starts the server, such as my-server = &quot;my_server:main&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lists %1 commands (%2); MCP Dock cannot tell which one starts the server: add an mcp.yaml with server.command, such as [&quot;%3&quot;]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a command name MCP Dock can start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not an MCP server project: looked for mcp.yaml, mcp.yml, manifest.json, a package.json with bin or main, and a pyproject.toml with [project.scripts]; found none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>both package.json and pyproject.toml depend on an MCP SDK; add an mcp.yaml with server.command to say which server to build</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read %1 and found no MCP SDK among the dependencies (%2); add it there, or add an mcp.yaml with server.command when the server does start this way</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>default (stdio)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mcpdock::manifest::detail::Loader</name>
    <message>
        <source>must be a list of entries with name and file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a mapping with name, description and file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid name: use 1 to 64 letters, digits, _ or -</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is already used on line %2; names must be unique</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be text of at most 1024 characters without control characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must list at least one entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be text of at most %1 characters without control characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be one line of at most %1 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must end in .js, .mjs, .cjs, .ts or .py</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is in %2/, which the image reserves; move it to another folder such as tools/</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is never carried into the image (%2: dependency trees, caches, VCS data and secrets stay out of the build context); move the file to a folder such as tools/</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a symbolic link to %2, which is never carried into the image (%3: dependency trees, caches, VCS data and secrets stay out of the build context); move the file to a folder such as tools/</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a list of resources with uri, name and file or handler</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a mapping with uri, name and file or handler</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a URI such as file:///notes.txt or weather://stations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is already used on line %2; resource URIs must be unique</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give either file (the resource&apos;s content) or handler (a module whose read() serves it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a list of templates with uriTemplate, name and handler</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a mapping with uriTemplate, name and handler</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a URI template such as notes://note/{id} (a scheme, then literal text and {name} variables)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is already used on line %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is required: the module whose read(uri, params) serves it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a list of prompts with name and file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a mapping with name and file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a list of arguments with name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a mapping with name, description and required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not a valid name: use 1 to 64 letters, digits, _ or -</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is required: the module whose get(args) returns the messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 lands on the same file in the image (/app/%2) as %3 on line %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a media type such as text/plain or application/json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is a folder, not a regular file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not a regular file (a FIFO, socket or device); replace it with a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is larger than %1 KiB; a manifest or config file this big is not supported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is larger than %1 KiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not valid YAML: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>holds %1 YAML documents; only one is allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a single value, not a list or a mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>keys must be plain names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is given twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown field (known fields: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is an absolute path; give a path relative to the manifest&apos;s folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 uses \; separate folders with /</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 leaves the project folder (..); keep every file inside it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: only letters, digits and . _ - @ + may appear in file and folder names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 names the project folder, not a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a symbolic link that leads outside the project folder; copy the file into the project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a mapping with npm and/or python</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must map package names to version ranges, like { pg: &quot;^8.11.0&quot; }</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid npm package name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a version range such as &quot;^8.11.0&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a list of requirements, like [&quot;httpx&gt;=0.27&quot;]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not stdio or http</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a port number (1-65535)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a mapping with transport, port, node, python</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a Node major version such as &quot;22&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Node %1 is too old; the runtime needs Node 18 or newer (use &quot;22&quot; or &quot;24&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a Python 3 version such as &quot;3.11&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Python %1 is too old; the runtime needs Python 3.8 or newer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a mapping with command (a list), and optionally transport, port, language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is required: the command that starts the server, as a list such as [&quot;node&quot;, &quot;dist/index.js&quot;]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a non-empty list such as [&quot;node&quot;, &quot;dist/index.js&quot;] (it is never run through a shell)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be text of 1 to 4096 characters without control characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not node or python</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot tell whether &quot;%1&quot; is a Node or a Python server (no package.json, pyproject.toml or requirements.txt beside the manifest); add language: node or language: python</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>package.json is not a file inside the project folder (a link leading out of it?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot be read or is too large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not valid JSON (%1); npm could not install from it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the project has a package.json; list npm dependencies there, not in the manifest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not valid JSON: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a manifest must be a mapping with name, version and tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid name: use at most 64 lowercase letters and digits, separated by single . _ or -</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a semantic version such as 1.2.0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be text of at most 2048 characters without control characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an SPDX license expression such as MIT or Apache-2.0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an http(s) URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot be given with server: a server with its own command lists its own tools; remove one of the two</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is required: list at least one tool with name and file (or resources, resourceTemplates or prompts; or server: with the command of a server of your own)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an MCP Registry name: use reverse-DNS with one slash, such as io.github.acme/weather (3 to 200 characters)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an https URL of at most 255 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot;: an icon is a file in the project or an https URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be a .png, .jpg, .svg or .webp image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is larger than 1 MiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a list of variables with name (and description, required, secret)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a mapping with name, description, required, secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an environment variable name: letters, digits and _, not starting with a digit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is set by the image itself; choose another name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not string, number, boolean or filepath</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a secret has no value in the manifest; whoever runs the image supplies it (mcpdock run asks for it and keeps it in the keychain)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; does not match the variable&apos;s format</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mcpdock::manifest::detail::ScanHandler</name>
    <message>
        <source>aliases (*name) are not supported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>anchors (&amp;name) are not supported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tags (%1) are not supported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nested deeper than %1 levels</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mcpdock::mcp::McpSession</name>
    <message>
        <source>The server is not running; start it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server said: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server answered initialize with protocol version &quot;%1&quot;; MCP Dock speaks %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mcpdock::mcp::McpStdioClient</name>
    <message>
        <source>%1 failed: %2 (code %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer to %1 has no result object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s standard input is closed: it exited before %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server did not answer %1 within %2 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server exited before answering %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mcpdock::mcp::McpVerifier</name>
    <message>
        <source>%1 has no %2 label to compare the server&apos;s tools with; build it with mcpdock build.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created container %1 (network: none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server said: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>initialize failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: protocol %2, server %3 %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tools/list failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not in the label: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server lists other tools than the image&apos;s label says (%1).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mcpdock::mcp::VerifyError</name>
    <message>
        <source>Verification cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mcpdock::project</name>
    <message>
        <source>&quot;%1&quot; is not an npm package name such as @modelcontextprotocol/server-memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an npm version or range such as 2026.8.31 or ^2026</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a PyPI project name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a version such as 1.2.0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a package reference: write npm:NAME[@VERSION] or pypi:NAME[==VERSION]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>npm found no version of %1 (the registry&apos;s answer was empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>npm could not resolve %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>npm answered %1 for the version of %2, which is not a version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1@%2 has no bin in its package.json: npm cannot start it as a command, so MCP Dock cannot either</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1@%2 has %3 bins (%4) and none is named %5; MCP Dock cannot tell which one starts the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1@%2: its bin %3 is &quot;%4&quot;, a path MCP Dock will not write into a Dockerfile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the argument &quot;%1&quot; holds a control character</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pypi: packages are not supported yet (PyPI cannot be reached from this machine to resolve a version); build a folder with a pyproject.toml instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>npm could not be started (%1); install npm to build npm: packages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>npm view %1 did not answer within 120 s; check the registry in ~/.npmrc and the network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>npm view %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a requirement like &quot;httpx&gt;=0.27&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; holds a pip option (%2); list one requirement per entry, like &quot;httpx&gt;=0.27&quot;, and put options such as --index-url or -r in a requirements.txt of your own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; ends in a backslash, which would join it with the next requirement; remove it (line continuations and options belong in a requirements.txt of your own)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mcpdock::widgets::BuildController</name>
    <message>
        <source>Docker is not running at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the configured address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot build %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1.

%2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mcpdock::widgets::BuildLogPane</name>
    <message>
        <source>Filter the log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Errors and warnings only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the newest line in view. Scrolling up stops following; scrolling back to the bottom resumes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the selected lines (Ctrl+C)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save build log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log files (*.log *.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The log could not be written to %1: %2. Choose another folder.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mcpdock::widgets::DockerfilePane</name>
    <message>
        <source>Save as…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dockerfile for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No project selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a manifest (Ctrl+O) or drop an mcp.yaml, mcp.yml or manifest.json on the window; its generated Dockerfile appears here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Dockerfile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Dockerfile could not be written to %1: %2. Choose another folder.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mcpdock::widgets::ImagesController</name>
    <message>
        <source>Refreshing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not list images: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New tag for %1 (repository:tag):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not tag %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tagged %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove image</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Remove %1 (%n tag(s))? Containers using it keep it alive.</source>
        <translation type="unfinished">
            <numerusform>Remove %1 (%n tag)? Containers using it keep it alive.</numerusform>
            <numerusform>Remove %1 (%n tags)? Containers using it keep it alive.</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not remove %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prune old builds</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Remove all but the newest %n build(s) of each project? Images a container uses are kept.</source>
        <translation type="unfinished">
            <numerusform>Remove all but the newest %n build of each project? Images a container uses are kept.</numerusform>
            <numerusform>Remove all but the newest %n builds of each project? Images a container uses are kept.</numerusform>
        </translation>
    </message>
    <message>
        <source>Pruning…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kept %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Dry run: %n image(s) would be removed, %1 freed.</source>
        <translation type="unfinished">
            <numerusform>Dry run: %n image would be removed, %1 freed.</numerusform>
            <numerusform>Dry run: %n images would be removed, %1 freed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n image(s) removed, %1 freed.</source>
        <translation type="unfinished">
            <numerusform>%n image removed, %1 freed.</numerusform>
            <numerusform>%n images removed, %1 freed.</numerusform>
        </translation>
    </message>
    <message>
        <source>Verify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Push</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an image in the Images tab, or build one first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Push (dry run)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Would push %1 as %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Push %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mcpdock::widgets::ImagesPane</name>
    <message>
        <source>Filter by repository, tag or tool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Push…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prune old builds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove all but the newest builds of each project (Settings → Images)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the image without network, do the MCP handshake and compare its tools with the manifest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Earlier builds whose tags moved to a newer build of the same project. &quot;Prune old builds&quot; removes them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show untagged (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the image and use it like an MCP client: call its tools with arguments from a form, read resources, render prompts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mcpdock::widgets::Job</name>
    <message>
        <source>Build %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled before it started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pushed %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step %1 (%2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dry run: nothing is sent to the Docker daemon.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Would build %1 from %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Would tag: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Dry run: %n tag(s) would be created.</source>
        <translation>
            <numerusform>Dry run: %n tag would be created.</numerusform>
            <numerusform>Dry run: %n tags would be created.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 answered %2 (protocol %3) and lists %n tool(s): %4.</source>
        <translation>
            <numerusform>%1 answered %2 (protocol %3) and lists %n tool: %4.</numerusform>
            <numerusform>%1 answered %2 (protocol %3) and lists %n tools: %4.</numerusform>
        </translation>
    </message>
    <message>
        <source>Missing: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not declared: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Build %1 (dry run)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n cached step(s)).</source>
        <translation>
            <numerusform>%1 (%n cached step).</numerusform>
            <numerusform>%1 (%n cached steps).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mcpdock::widgets::JobsPanel</name>
    <message>
        <source>Waiting for a free slot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done in %1. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No builds or pushes yet. Press Build (Ctrl+B) to build the selected project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mcpdock::widgets::MainWindow</name>
    <message>
        <source>MCP Dock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manifests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dockerfile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Build log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open manifest…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open an mcp.yaml, mcp.yml or manifest.json (Ctrl+O)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Build</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Build an image of the selected project (Ctrl+B)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the most recent build or push (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Push…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Push the selected image, or the last one built, to a registry (Ctrl+P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dry run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show what Build and Push would do, without doing it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;rune old builds…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove all but the newest builds of each project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reload manifest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;lose project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh &amp;images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent &amp;manifests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About MCP Dock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About MCP Dock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MCP Dock %1
Turns an MCP server project into a Docker image and publishes it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit MCP Dock</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n build(s) or push(es) are still running. Quit and cancel them?</source>
        <translation>
            <numerusform>%n build or push is still running. Quit and cancel them?</numerusform>
            <numerusform>%n builds or pushes are still running. Quit and cancel them?</numerusform>
        </translation>
    </message>
    <message>
        <source>Clear the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting to Docker…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Docker %1 at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (+%2 more)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Build</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a manifest and select its project to build it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has problems and cannot be built. Fix them (see the Manifests pane) and reload.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mcpdock::widgets::ProjectsController</name>
    <message>
        <source>Open manifest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MCP manifests (mcp.yaml mcp.yml manifest.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a manifest</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 has %n problem(s); see the Manifests pane.</source>
        <translation type="unfinished">
            <numerusform>%1 has %n problem; see the Manifests pane.</numerusform>
            <numerusform>%1 has %n problems; see the Manifests pane.</numerusform>
        </translation>
    </message>
    <message>
        <source>Loaded %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has problems; fix them and reload (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No Dockerfile for %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mcpdock::widgets::PushDialog</name>
    <message>
        <source>Push %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>organisation or user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registry:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Namespace:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pushes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Push</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mcpdock::widgets::RegistriesPane</name>
    <message>
        <source>Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the Docker daemon to log in to the registry with the saved credentials</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mcpdock::widgets::RegistryController</name>
    <message>
        <source>Login succeeded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registry not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forget the username for %1 and delete its password from the keychain?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove %1 and delete its password from the keychain?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove registry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No credentials for %1: edit the registry and enter a username and password or token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login to %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mcpdock::widgets::RegistryDialog</name>
    <message>
        <source>Edit registry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add registry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Docker Hub</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GitHub Container Registry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other registry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>registry.example.com:5000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>organisation or user, optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saved in the keychain; type to replace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>password or access token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registry:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Username:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password or token:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default namespace:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password or token is stored in the system keychain, never in MCP Dock&apos;s settings file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Docker Hub needs a username or a namespace to push to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the registry&apos;s host, for example registry.example.com:5000.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mcpdock::widgets::SchemaFormDelegate</name>
    <message>
        <source>JSON</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mcpdock::widgets::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic (DOCKER_HOST, the current docker context, or the default socket)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unix socket:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TCP:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>host:2376</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>folder with ca.pem, cert.pem, key.pem (empty: no TLS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS certificates:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Docker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>default: node:&lt;version&gt;-alpine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>default: node:&lt;version&gt;-bookworm-slim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>default: python:&lt;version&gt;-slim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comma-separated tag templates: latest, v{version}, {timestamp}, {date}, {major}.{minor}, {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daemon default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dry run: show what a build or push would do without doing it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Base images (empty: the default for the manifest&apos;s runtime)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Node (Alpine):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Node (Debian):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Python:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default tags:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network during RUN:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Build</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prune old builds keeps the newest:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>per project. Images a container uses are never removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Docker socket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS certificate folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected to %1: Docker Engine %2 (API %3, %4/%5).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mcpdock::widgets::TryPane</name>
    <message>
        <source>[an image (%1, %2 bytes) that cannot be shown]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[audio, %1]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[resource link %1]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[%1: %2, binary]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer appears here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tool reported an error (isError).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The container&apos;s network: none (the default: everything the server needs is in the image), host, or a network&apos;s name. Applies on Restart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>K=V K2=V2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Environment variables for the server, separated by spaces. Applies on Restart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the server and remove its container</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy as client configuration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mcpServers JSON an MCP client (Claude Desktop, VS Code…) needs to run this image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Env:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last calls to this image; double-click to run one again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Get</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prompts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log and progress notifications from the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raw JSON-RPC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 did not start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped; the container is removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>progress %1%2 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>docker run -i --rm --network %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 — protocol %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running %1 (network %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server offers no resources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server offers no prompts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calling %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n tool(s) (tools/list: %1 ms)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 ms</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
