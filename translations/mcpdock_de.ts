<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>BuildEventFormat</name>
    <message>
        <source>(from the cache)</source>
        <translation>(aus dem Cache)</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation>Fehler: %1</translation>
    </message>
</context>
<context>
    <name>BuildLog</name>
    <message>
        <source>Cannot write the build log %1 (%2); the build goes on without it.</source>
        <translation>Das Build-Protokoll %1 kann nicht geschrieben werden (%2); der Build läuft ohne es weiter.</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Check the Docker daemon: engine version, API version, OS/arch</source>
        <translation>Den Docker-Daemon prüfen: Engine-Version, API-Version, OS/Architektur</translation>
    </message>
    <message>
        <source>Print the Dockerfile generated for a manifest</source>
        <translation>Das für ein Manifest erzeugte Dockerfile ausgeben</translation>
    </message>
    <message>
        <source>Give a local image more tags</source>
        <translation>Einem lokalen Image weitere Tags geben</translation>
    </message>
    <message>
        <source>Tag an image for a registry and push one tag (--dry-run to check)</source>
        <translation>Ein Image für eine Registry taggen und ein Tag pushen (--dry-run zum Prüfen)</translation>
    </message>
    <message>
        <source>List the images MCP Dock built</source>
        <translation>Die von MCP Dock gebauten Images auflisten</translation>
    </message>
    <message>
        <source>Remove older builds, keeping the newest N per repository</source>
        <translation>Ältere Builds entfernen und die neuesten N je Repository behalten</translation>
    </message>
    <message>
        <source>Check registry credentials and save them in the OS keychain</source>
        <translation>Zugangsdaten einer Registry prüfen und im Schlüsselbund des Systems speichern</translation>
    </message>
    <message>
        <source>Remove the registry credentials saved in the app</source>
        <translation>Die in der App gespeicherten Zugangsdaten einer Registry entfernen</translation>
    </message>
    <message>
        <source>Usage: mcpdock [VERB [OPTIONS]] | [MANIFEST...]</source>
        <translation>Aufruf: mcpdock [VERB [OPTIONEN]] | [MANIFEST...]</translation>
    </message>
    <message>
        <source>Without a verb, opens the desktop application (with the given manifests loaded).</source>
        <translation>Ohne Verb öffnet sich die Desktop-Anwendung (mit den angegebenen Manifesten geladen).</translation>
    </message>
    <message>
        <source>Verbs:</source>
        <translation>Verben:</translation>
    </message>
    <message>
        <source>Run &apos;mcpdock VERB --help&apos; for a verb&apos;s options.</source>
        <translation>Die Optionen eines Verbs zeigt &apos;mcpdock VERB --help&apos;.</translation>
    </message>
    <message>
        <source>Exit codes: 0 success, 1 the operation failed, 2 usage error.</source>
        <translation>Exit-Codes: 0 Erfolg, 1 der Vorgang schlug fehl, 2 Aufruffehler.</translation>
    </message>
    <message>
        <source>mcpdock: unknown verb or option &apos;%1&apos;. Run &apos;mcpdock --help&apos; for the list.</source>
        <translation>mcpdock: unbekanntes Verb oder unbekannte Option &apos;%1&apos;. Die Liste zeigt &apos;mcpdock --help&apos;.</translation>
    </message>
    <message>
        <source>Print the Dockerfile generated for an MCP server manifest.</source>
        <translation>Das für ein MCP-Server-Manifest erzeugte Dockerfile ausgeben.</translation>
    </message>
    <message>
        <source>Base image for JavaScript-only images (default node:&lt;runtime.node&gt;-alpine)</source>
        <translation>Basis-Image für reine JavaScript-Images (Standard node:&lt;runtime.node&gt;-alpine)</translation>
    </message>
    <message>
        <source>Base image for images with Python (default python:&lt;runtime.python&gt;-slim)</source>
        <translation>Basis-Image für Images mit Python (Standard python:&lt;runtime.python&gt;-slim)</translation>
    </message>
    <message>
        <source>Debian-based node image that mixed images take node from (default node:&lt;runtime.node&gt;-bookworm-slim)</source>
        <translation>Debian-basiertes Node-Image, aus dem gemischte Images Node übernehmen (Standard node:&lt;runtime.node&gt;-bookworm-slim)</translation>
    </message>
    <message>
        <source>Also write a complete build context (Dockerfile, project files, runtime) into this new or empty folder, for a plain &apos;docker build FOLDER&apos;</source>
        <translation>Zusätzlich einen vollständigen Build-Kontext (Dockerfile, Projektdateien, Laufzeit) in diesen neuen oder leeren Ordner schreiben, für ein einfaches &apos;docker build ORDNER&apos;</translation>
    </message>
    <message>
        <source>mcpdock dockerfile: give exactly one manifest. Run &apos;mcpdock dockerfile --help&apos;.</source>
        <translation>mcpdock dockerfile: Geben Sie genau ein Manifest an. Siehe &apos;mcpdock dockerfile --help&apos;.</translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation>Fehler: %1</translation>
    </message>
    <message>
        <source>note: %1</source>
        <translation>Hinweis: %1</translation>
    </message>
    <message>
        <source>mcpdock dockerfile: %1 is not empty; give a new or empty folder.</source>
        <translation>mcpdock dockerfile: %1 ist nicht leer; geben Sie einen neuen oder leeren Ordner an.</translation>
    </message>
    <message>
        <source>mcpdock dockerfile: cannot write %1: %2</source>
        <translation>mcpdock dockerfile: %1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>mcpdock dockerfile: cannot read %1: %2</source>
        <translation>mcpdock dockerfile: %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Lists the local images MCP Dock built, newest first.</source>
        <translation>Listet die lokalen Images, die MCP Dock gebaut hat, die neuesten zuerst.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Diese Hilfe anzeigen.</translation>
    </message>
    <message>
        <source>Only repositories starting with PREFIX.</source>
        <translation>Nur Repositories, die mit PREFIX beginnen.</translation>
    </message>
    <message>
        <source>Print a JSON array.</source>
        <translation>Ein JSON-Array ausgeben.</translation>
    </message>
    <message>
        <source>%1: unexpected argument &apos;%2&apos;. Run &apos;%1 --help&apos;.</source>
        <translation>%1: unerwartetes Argument &apos;%2&apos;. Siehe &apos;%1 --help&apos;.</translation>
    </message>
    <message>
        <source>REPOSITORY</source>
        <translation>REPOSITORY</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>SIZE</source>
        <translation>GRÖSSE</translation>
    </message>
    <message>
        <source>CREATED (UTC)</source>
        <translation>ERSTELLT (UTC)</translation>
    </message>
    <message>
        <source>CONTAINERS</source>
        <translation>CONTAINER</translation>
    </message>
    <message>
        <source>TAGS / TOOLS</source>
        <translation>TAGS / WERKZEUGE</translation>
    </message>
    <message>
        <source>Checks credentials with the Docker daemon (/auth) and saves the password in the OS keychain; the settings keep only the registry and the username. The password is read from standard input only.</source>
        <translation>Prüft Zugangsdaten über den Docker-Daemon (/auth) und speichert das Passwort im Schlüsselbund des Systems; die Einstellungen behalten nur Registry und Benutzernamen. Das Passwort wird nur von der Standardeingabe gelesen.</translation>
    </message>
    <message>
        <source>User name.</source>
        <translation>Benutzername.</translation>
    </message>
    <message>
        <source>Read the password or token from stdin.</source>
        <translation>Das Passwort oder Token von der Standardeingabe lesen.</translation>
    </message>
    <message>
        <source>docker.io, ghcr.io or host[:port].</source>
        <translation>docker.io, ghcr.io oder host[:port].</translation>
    </message>
    <message>
        <source>%1: give REGISTRY, --username U and --password-stdin (the password is never taken from the command line).</source>
        <translation>%1: Geben Sie REGISTRY, --username U und --password-stdin an (das Passwort wird nie von der Kommandozeile genommen).</translation>
    </message>
    <message>
        <source>%1: no standard input to read the password from.</source>
        <translation>%1: keine Standardeingabe, von der das Passwort gelesen werden kann.</translation>
    </message>
    <message>
        <source>%1: the password on standard input is empty.</source>
        <translation>%1: das Passwort auf der Standardeingabe ist leer.</translation>
    </message>
    <message>
        <source>Login to %1 as %2 failed: %3</source>
        <translation>Anmeldung bei %1 als %2 fehlgeschlagen: %3</translation>
    </message>
    <message>
        <source>The credentials are valid, but saving them failed: %1</source>
        <translation>Die Zugangsdaten sind gültig, aber das Speichern schlug fehl: %1</translation>
    </message>
    <message>
        <source>%1: credentials for %2 at %3 saved in the keychain.</source>
        <translation>%1: Zugangsdaten für %2 bei %3 im Schlüsselbund gespeichert.</translation>
    </message>
    <message>
        <source>Removes the credentials saved in the app for REGISTRY (keychain entry and username). Docker&apos;s own config.json is not touched.</source>
        <translation>Entfernt die in der App gespeicherten Zugangsdaten für REGISTRY (Schlüsselbund-Eintrag und Benutzername). Dockers eigene config.json bleibt unberührt.</translation>
    </message>
    <message>
        <source>Accepted for symmetry; logout does not talk to the daemon.</source>
        <translation>Der Symmetrie halber akzeptiert; logout spricht nicht mit dem Daemon.</translation>
    </message>
    <message>
        <source>%1: give one REGISTRY. Run &apos;%1 --help&apos;.</source>
        <translation>%1: Geben Sie eine REGISTRY an. Siehe &apos;%1 --help&apos;.</translation>
    </message>
    <message>
        <source>Removed the saved credentials for %1.</source>
        <translation>Die gespeicherten Zugangsdaten für %1 wurden entfernt.</translation>
    </message>
    <message>
        <source>Checks that the Docker daemon answers and prints its engine version, the API version in use, OS/arch and the endpoint.</source>
        <translation>Prüft, ob der Docker-Daemon antwortet, und gibt seine Engine-Version, die verwendete API-Version, OS/Architektur und den Endpunkt aus.</translation>
    </message>
    <message>
        <source>Daemon address (unix:///path, tcp://host:port, ssh://user@host); default: DOCKER_HOST, the Docker context, /var/run/docker.sock.</source>
        <translation>Adresse des Daemons (unix:///pfad, tcp://host:port, ssh://benutzer@host); Standard: DOCKER_HOST, der Docker-Kontext, /var/run/docker.sock.</translation>
    </message>
    <message>
        <source>Docker Engine %1</source>
        <translation>Docker Engine %1</translation>
    </message>
    <message>
        <source>API version:  %1 in use (server %2, minimum %3; mcpdock speaks %4-%5)</source>
        <translation>API-Version:  %1 in Gebrauch (Server %2, Minimum %3; mcpdock spricht %4-%5)</translation>
    </message>
    <message>
        <source>OS/Arch:      %1/%2</source>
        <translation>OS/Arch:      %1/%2</translation>
    </message>
    <message>
        <source>Endpoint:     %1 (from %2)</source>
        <translation>Endpunkt:     %1 (aus %2)</translation>
    </message>
    <message>
        <source>Removes older images MCP Dock built, keeping the newest N per repository. Images used by a container and images MCP Dock did not build are never removed.</source>
        <translation>Entfernt ältere Images, die MCP Dock gebaut hat, und behält die neuesten N je Repository. Images, die ein Container nutzt, und Images, die MCP Dock nicht gebaut hat, werden nie entfernt.</translation>
    </message>
    <message>
        <source>How many builds to keep per repository.</source>
        <translation>Wie viele Builds je Repository behalten werden.</translation>
    </message>
    <message>
        <source>List what would go; remove nothing.</source>
        <translation>Auflisten, was entfernt würde; nichts entfernen.</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>JSON ausgeben.</translation>
    </message>
    <message>
        <source>%1: give --keep N with N a whole number of 0 or more.</source>
        <translation>%1: Geben Sie --keep N an, mit N als ganzer Zahl ab 0.</translation>
    </message>
    <message>
        <source>would remove %1</source>
        <translation>würde %1 entfernen</translation>
    </message>
    <message>
        <source>removed %1</source>
        <translation>%1 entfernt</translation>
    </message>
    <message>
        <source>skipped %1: %2</source>
        <translation>%1 übersprungen: %2</translation>
    </message>
    <message>
        <source>%1 image(s) would be removed, %2 kept, %3 skipped; up to %4 would be reclaimed.</source>
        <translation>%1 Image(s) würden entfernt, %2 behalten, %3 übersprungen; bis zu %4 würden frei.</translation>
    </message>
    <message>
        <source>%1 image(s) removed, %2 kept, %3 skipped; %4 reclaimed.</source>
        <translation>%1 Image(s) entfernt, %2 behalten, %3 übersprungen; %4 freigegeben.</translation>
    </message>
    <message>
        <source>Tags IMAGE for a registry (registry/namespace/name:tag) and pushes that one tag. Credentials come from the app&apos;s keychain (mcpdock login), then Docker&apos;s config.json (credHelpers, credsStore, auths).</source>
        <translation>Taggt IMAGE für eine Registry (registry/namensraum/name:tag) und pusht genau dieses Tag. Zugangsdaten kommen aus dem Schlüsselbund der App (mcpdock login), dann aus Dockers config.json (credHelpers, credsStore, auths).</translation>
    </message>
    <message>
        <source>Registry: docker.io, ghcr.io or host[:port].</source>
        <translation>Registry: docker.io, ghcr.io oder host[:port].</translation>
    </message>
    <message>
        <source>User or organisation in the registry (required for Docker Hub unless saved for it).</source>
        <translation>Benutzer oder Organisation in der Registry (für Docker Hub nötig, sofern nicht dafür gespeichert).</translation>
    </message>
    <message>
        <source>Tag in the registry (default: IMAGE&apos;s tag, or latest).</source>
        <translation>Tag in der Registry (Standard: das Tag von IMAGE, sonst latest).</translation>
    </message>
    <message>
        <source>Show the target, registry and credential source and check the credentials; push nothing.</source>
        <translation>Ziel, Registry und Herkunft der Zugangsdaten zeigen und die Zugangsdaten prüfen; nichts pushen.</translation>
    </message>
    <message>
        <source>Print the result as JSON.</source>
        <translation>Das Ergebnis als JSON ausgeben.</translation>
    </message>
    <message>
        <source>Local image, e.g. weather:v1.</source>
        <translation>Lokales Image, z. B. weather:v1.</translation>
    </message>
    <message>
        <source>%1: give one IMAGE and --registry R. Run &apos;%1 --help&apos;.</source>
        <translation>%1: Geben Sie ein IMAGE und --registry R an. Siehe &apos;%1 --help&apos;.</translation>
    </message>
    <message>
        <source>no credentials found: the push would be anonymous</source>
        <translation>keine Zugangsdaten gefunden: der Push wäre anonym</translation>
    </message>
    <message>
        <source>Dry run: nothing is pushed.</source>
        <translation>Probelauf: Nichts wird gepusht.</translation>
    </message>
    <message>
        <source>Image:       %1%2</source>
        <translation>Image:       %1%2</translation>
    </message>
    <message>
        <source> (NOT FOUND locally)</source>
        <translation> (lokal NICHT GEFUNDEN)</translation>
    </message>
    <message>
        <source>Would tag:   %1</source>
        <translation>Würde taggen: %1</translation>
    </message>
    <message>
        <source>Would push:  %1 (tag %2 only)</source>
        <translation>Würde pushen: %1 (nur Tag %2)</translation>
    </message>
    <message>
        <source>Registry:    %1 (%2)</source>
        <translation>Registry:    %1 (%2)</translation>
    </message>
    <message>
        <source>Credentials: %1</source>
        <translation>Zugangsdaten: %1</translation>
    </message>
    <message>
        <source>Auth check:  %1</source>
        <translation>Anmeldeprüfung: %1</translation>
    </message>
    <message>
        <source>Push of %1 failed: %2</source>
        <translation>Push von %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>Pushed %1</source>
        <translation>%1 gepusht</translation>
    </message>
    <message>
        <source>Digest: %1</source>
        <translation>Digest: %1</translation>
    </message>
    <message>
        <source>Tags a local image. Each TAG is a full reference (repo:tag, registry/ns/repo:tag) or a bare tag, which applies to IMAGE&apos;s repository.</source>
        <translation>Taggt ein lokales Image. Jedes TAG ist eine vollständige Referenz (repo:tag, registry/ns/repo:tag) oder ein bloßes Tag, das für das Repository von IMAGE gilt.</translation>
    </message>
    <message>
        <source>Local image name or ID.</source>
        <translation>Name oder ID des lokalen Images.</translation>
    </message>
    <message>
        <source>New names.</source>
        <translation>Neue Namen.</translation>
    </message>
    <message>
        <source>%1: give an IMAGE and at least one TAG. Run &apos;%1 --help&apos;.</source>
        <translation>%1: Geben Sie ein IMAGE und mindestens ein TAG an. Siehe &apos;%1 --help&apos;.</translation>
    </message>
    <message>
        <source>%1: a bare tag needs IMAGE to be a name, not an ID: %2</source>
        <translation>%1: ein bloßes Tag braucht als IMAGE einen Namen, keine ID: %2</translation>
    </message>
    <message>
        <source>Did you mean &quot;%1&quot;?</source>
        <translation>Meinten Sie „%1“?</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; has a digest; a tag cannot.</source>
        <translation>%1: „%2“ hat einen Digest; ein Tag kann keinen haben.</translation>
    </message>
    <message>
        <source>Tagging %1 as %2:%3 failed: %4</source>
        <translation>Taggen von %1 als %2:%3 fehlgeschlagen: %4</translation>
    </message>
    <message>
        <source>Tagged %1 as %2:%3</source>
        <translation>%1 als %2:%3 getaggt</translation>
    </message>
    <message>
        <source>Build the image of a manifest, tag it, print its ID</source>
        <translation>Das Image eines Manifests bauen, taggen und seine ID ausgeben</translation>
    </message>
    <message>
        <source>Run an image without network and check its MCP tools</source>
        <translation>Ein Image ohne Netzwerk starten und seine MCP-Werkzeuge prüfen</translation>
    </message>
    <message>
        <source>Endpoint:     %1 (default: DOCKER_HOST and the Docker context are not set)</source>
        <translation>Endpunkt:     %1 (Voreinstellung: DOCKER_HOST und der Docker-Kontext sind nicht gesetzt)</translation>
    </message>
    <message>
        <source>Also list untagged images: earlier builds whose tags moved to a newer build (hidden by default; &apos;mcpdock prune&apos; removes them).</source>
        <translation>Auch Images ohne Tag auflisten: frühere Builds, deren Tags auf einen neueren Build übergegangen sind (standardmäßig ausgeblendet; &apos;mcpdock prune&apos; entfernt sie).</translation>
    </message>
    <message>
        <source>&lt;untagged %1&gt;</source>
        <translation>&lt;ohne Tag %1&gt;</translation>
    </message>
    <message>
        <source>(previous build)</source>
        <translation>(früherer Build)</translation>
    </message>
    <message>
        <source>%1 untagged image(s) of earlier builds not shown: &apos;mcpdock images --all&apos; lists them, &apos;mcpdock prune&apos; removes them.</source>
        <translation>%1 Image(s) früherer Builds ohne Tag nicht angezeigt: &apos;mcpdock images --all&apos; listet sie auf, &apos;mcpdock prune&apos; entfernt sie.</translation>
    </message>
    <message>
        <source>Pushing %1: %2</source>
        <translation>Push von %1: %2</translation>
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
        <translation>Der Credential-Helper %1 ist nicht installiert (nicht im PATH). Installieren Sie ihn oder entfernen Sie „%2“ aus Ihrer Docker-config.json.</translation>
    </message>
    <message>
        <source>The credential helper %1 could not be started: %2</source>
        <translation>Der Credential-Helper %1 konnte nicht gestartet werden: %2</translation>
    </message>
    <message>
        <source>The credential helper %1 did not answer within %2 seconds (it may be waiting for a passphrase or a locked keychain).</source>
        <translation>Der Credential-Helper %1 hat nicht innerhalb von %2 Sekunden geantwortet (er wartet vielleicht auf eine Passphrase oder einen gesperrten Schlüsselbund).</translation>
    </message>
    <message>
        <source>The credential helper %1 failed for %2: %3</source>
        <translation>Der Credential-Helper %1 schlug für %2 fehl: %3</translation>
    </message>
    <message>
        <source>The credential helper %1 answered with something that is not JSON.</source>
        <translation>Der Credential-Helper %1 antwortete mit etwas, das kein JSON ist.</translation>
    </message>
    <message>
        <source>The credential helper %1 could not store credentials for %2: %3</source>
        <translation>Der Credential-Helper %1 konnte die Zugangsdaten für %2 nicht speichern: %3</translation>
    </message>
    <message>
        <source>The credential helper %1 could not erase credentials for %2: %3</source>
        <translation>Der Credential-Helper %1 konnte die Zugangsdaten für %2 nicht löschen: %3</translation>
    </message>
    <message>
        <source>The credential helper %1 could not list credentials: %2</source>
        <translation>Der Credential-Helper %1 konnte die Zugangsdaten nicht auflisten: %2</translation>
    </message>
</context>
<context>
    <name>CredentialResolver</name>
    <message>
        <source>none (anonymous)</source>
        <translation>keine (anonym)</translation>
    </message>
    <message>
        <source>app keychain (user %1)</source>
        <translation>Schlüsselbund der App (Benutzer %1)</translation>
    </message>
    <message>
        <source>credHelpers: docker-credential-%1</source>
        <translation>credHelpers: docker-credential-%1</translation>
    </message>
    <message>
        <source>credsStore: docker-credential-%1</source>
        <translation>credsStore: docker-credential-%1</translation>
    </message>
    <message>
        <source>auths in %1</source>
        <translation>auths in %1</translation>
    </message>
</context>
<context>
    <name>DockerConfig</name>
    <message>
        <source>Cannot read %1: %2. Fix its permissions or set DOCKER_CONFIG to another folder.</source>
        <translation>%1 kann nicht gelesen werden: %2. Korrigieren Sie die Rechte oder setzen Sie DOCKER_CONFIG auf einen anderen Ordner.</translation>
    </message>
    <message>
        <source>%1 is not valid JSON (%2 at offset %3): fix or remove it.</source>
        <translation>%1 ist kein gültiges JSON (%2 an Position %3): korrigieren oder entfernen Sie es.</translation>
    </message>
    <message>
        <source>The &quot;auth&quot; entry for %1 in %2 is not base64 of user:password: run docker login %1 again.</source>
        <translation>Der „auth“-Eintrag für %1 in %2 ist kein Base64 von benutzer:passwort: führen Sie docker login %1 erneut aus.</translation>
    </message>
</context>
<context>
    <name>DockerIgnore</name>
    <message>
        <source>syntax error in pattern &apos;%1&apos;</source>
        <translation>Syntaxfehler im Muster &apos;%1&apos;</translation>
    </message>
    <message>
        <source>.dockerignore line %1: illegal exclusion pattern &quot;!&quot;</source>
        <translation>.dockerignore Zeile %1: unzulässiges Ausschlussmuster „!“</translation>
    </message>
    <message>
        <source>.dockerignore line %1: %2</source>
        <translation>.dockerignore Zeile %1: %2</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
</context>
<context>
    <name>DropPolicy</name>
    <message numerus="yes">
        <source>%1 cannot be opened. %2.</source>
        <translation>
            <numerusform>%1 kann nicht geöffnet werden. %2.</numerusform>
            <numerusform>%1 können nicht geöffnet werden. %2.</numerusform>
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
        <translation>Docker unter %1 meldete die API-Version „%2“, die mcpdock nicht lesen kann. Prüfen Sie, ob es ein Docker-Daemon ist.</translation>
    </message>
    <message>
        <source>The Docker daemon at %1 speaks API %2, but mcpdock needs at least API %3 (Docker 20.10). Upgrade Docker.</source>
        <translation>Der Docker-Daemon unter %1 spricht API %2, mcpdock braucht aber mindestens API %3 (Docker 20.10). Aktualisieren Sie Docker.</translation>
    </message>
</context>
<context>
    <name>ImagePusher</name>
    <message>
        <source>Did you mean &quot;%1&quot;?</source>
        <translation>Meinten Sie „%1“?</translation>
    </message>
    <message>
        <source>Docker Hub needs a namespace (your user or organisation name) for %1.</source>
        <translation>Docker Hub braucht einen Namensraum (Ihren Benutzer- oder Organisationsnamen) für %1.</translation>
    </message>
    <message>
        <source>Give one with --namespace, or set it for Docker Hub in the registry settings.</source>
        <translation>Geben Sie einen mit --namespace an oder legen Sie ihn in den Registry-Einstellungen für Docker Hub fest.</translation>
    </message>
    <message>
        <source>Check the credentials for %1 (mcpdock login %1), that a token has push (write) scope, and that the namespace belongs to that account.</source>
        <translation>Prüfen Sie die Zugangsdaten für %1 (mcpdock login %1), ob ein Token Push-(Schreib-)Rechte hat und ob der Namensraum zu diesem Konto gehört.</translation>
    </message>
    <message>
        <source>Create the repository in %1 first, or check the namespace.</source>
        <translation>Legen Sie das Repository zuerst in %1 an oder prüfen Sie den Namensraum.</translation>
    </message>
    <message>
        <source>Check the address of %1: the daemon speaks HTTPS to it. A plain-HTTP registry must be listed in the daemon&apos;s insecure-registries; otherwise fix its certificate.</source>
        <translation>Prüfen Sie die Adresse von %1: der Daemon spricht HTTPS mit ihr. Eine reine HTTP-Registry muss in den insecure-registries des Daemons stehen; sonst korrigieren Sie ihr Zertifikat.</translation>
    </message>
    <message>
        <source>Check the registry address %1 (host and port) and that the registry is running and reachable from the Docker daemon.</source>
        <translation>Prüfen Sie die Registry-Adresse %1 (Host und Port) und ob die Registry läuft und vom Docker-Daemon erreichbar ist.</translation>
    </message>
    <message>
        <source>The push was cancelled; the registry may hold some layers but no tag was written.</source>
        <translation>Der Push wurde abgebrochen; die Registry hält vielleicht einige Layer, aber kein Tag wurde geschrieben.</translation>
    </message>
    <message>
        <source>Build the image first, or check its name with mcpdock images.</source>
        <translation>Bauen Sie das Image zuerst oder prüfen Sie seinen Namen mit mcpdock images.</translation>
    </message>
    <message>
        <source>There is no local image &quot;%1&quot;.</source>
        <translation>Es gibt kein lokales Image „%1“.</translation>
    </message>
    <message>
        <source>Build it first, or check the name with mcpdock images.</source>
        <translation>Bauen Sie es zuerst oder prüfen Sie den Namen mit mcpdock images.</translation>
    </message>
    <message>
        <source>The daemon finished pushing %1 without reporting a manifest digest.</source>
        <translation>Der Daemon hat den Push von %1 beendet, ohne einen Manifest-Digest zu melden.</translation>
    </message>
    <message>
        <source>Check the registry with docker manifest inspect before relying on this push.</source>
        <translation>Prüfen Sie die Registry mit docker manifest inspect, bevor Sie sich auf diesen Push verlassen.</translation>
    </message>
    <message>
        <source>Pushed</source>
        <translation>Gepusht</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is an image ID; a push needs the image&apos;s name.</source>
        <translation>„%1“ ist eine Image-ID; ein Push braucht den Namen des Images.</translation>
    </message>
    <message>
        <source>Give the name and tag, for example weather:v1 (see mcpdock images).</source>
        <translation>Geben Sie Namen und Tag an, zum Beispiel weather:v1 (siehe mcpdock images).</translation>
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
        <translation>Für %1 ist kein Geheimnis im Schlüsselbund gespeichert.</translation>
    </message>
    <message>
        <source>The keychain refused access (%1): unlock it, or allow MCP Dock, and try again.</source>
        <translation>Der Schlüsselbund verweigerte den Zugriff (%1): entsperren Sie ihn oder erlauben Sie MCP Dock den Zugriff und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>No keychain is available (%1): start a Secret Service (GNOME Keyring or KWallet) in your session, or use docker login and a credential helper instead.</source>
        <translation>Kein Schlüsselbund verfügbar (%1): starten Sie einen Secret Service (GNOME Keyring oder KWallet) in Ihrer Sitzung oder nutzen Sie stattdessen docker login und einen Credential-Helper.</translation>
    </message>
    <message>
        <source>The keychain failed: %1</source>
        <translation>Der Schlüsselbund schlug fehl: %1</translation>
    </message>
    <message>
        <source>the keychain did not answer within two minutes (is the application thread busy?)</source>
        <translation>der Schlüsselbund hat nicht innerhalb von zwei Minuten geantwortet (ist der Anwendungs-Thread beschäftigt?)</translation>
    </message>
</context>
<context>
    <name>LocalImages</name>
    <message numerus="yes">
        <source>used by %n container(s)</source>
        <translation>
            <numerusform>von %n Container genutzt</numerusform>
            <numerusform>von %n Containern genutzt</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2) was not removed: %3</source>
        <translation>%1 (%2) wurde nicht entfernt: %3</translation>
    </message>
</context>
<context>
    <name>ManifestLoader</name>
    <message>
        <source>no mcp.yaml, mcp.yml or manifest.json in this folder</source>
        <translation>keine mcp.yaml, mcp.yml oder manifest.json in diesem Ordner</translation>
    </message>
    <message>
        <source>the manifest does not exist</source>
        <translation>das Manifest existiert nicht</translation>
    </message>
</context>
<context>
    <name>PushProgress</name>
    <message>
        <source>the one layer is already in the registry</source>
        <translation>der eine Layer ist bereits in der Registry</translation>
    </message>
    <message>
        <source>all %1 layers already in the registry</source>
        <translation>alle %1 Layer bereits in der Registry</translation>
    </message>
    <message>
        <source>%1 of %2 layers, %3 of %4</source>
        <translation>%1 von %2 Layern, %3 von %4</translation>
    </message>
    <message>
        <source>(%1 already in the registry)</source>
        <translation>(%1 bereits in der Registry)</translation>
    </message>
</context>
<context>
    <name>ReferenceParser</name>
    <message>
        <source>reference</source>
        <translation>Referenz</translation>
    </message>
    <message>
        <source>registry address</source>
        <translation>Registry-Adresse</translation>
    </message>
    <message>
        <source>repository name</source>
        <translation>Repository-Name</translation>
    </message>
    <message>
        <source>tag</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>digest</source>
        <translation>Digest</translation>
    </message>
    <message>
        <source>name length</source>
        <translation>Namenslänge</translation>
    </message>
    <message>
        <source>Did you mean &quot;%1&quot;?</source>
        <translation>Meinten Sie „%1“?</translation>
    </message>
    <message>
        <source>The tag &quot;%1&quot; is invalid: a tag is 1 to 128 letters, digits, &quot;_&quot;, &quot;.&quot; or &quot;-&quot; and must not start with &quot;.&quot; or &quot;-&quot;.</source>
        <translation>Das Tag „%1“ ist ungültig: ein Tag besteht aus 1 bis 128 Buchstaben, Ziffern, „_“, „.“ oder „-“ und darf nicht mit „.“ oder „-“ beginnen.</translation>
    </message>
    <message>
        <source>The image reference is empty: give a name such as &quot;weather&quot; or &quot;registry.example.com/acme/weather:1.0&quot;.</source>
        <translation>Die Image-Referenz ist leer: geben Sie einen Namen wie „weather“ oder „registry.example.com/acme/weather:1.0“ an.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a 64-character hexadecimal image ID, which cannot be used as a repository name.</source>
        <translation>„%1“ ist eine 64-stellige hexadezimale Image-ID und kann nicht als Repository-Name dienen.</translation>
    </message>
    <message>
        <source>The digest &quot;%1&quot; is invalid: use algorithm:hex, for example &quot;sha256:&quot; followed by 64 lowercase hexadecimal digits.</source>
        <translation>Der Digest „%1“ ist ungültig: verwenden Sie algorithmus:hex, zum Beispiel „sha256:“ gefolgt von 64 kleingeschriebenen Hexadezimalziffern.</translation>
    </message>
    <message>
        <source>The registry address &quot;%1&quot; is invalid: use host[:port], for example &quot;registry.example.com:5000&quot;, &quot;localhost:5000&quot; or &quot;[::1]:5000&quot;.</source>
        <translation>Die Registry-Adresse „%1“ ist ungültig: verwenden Sie host[:port], zum Beispiel „registry.example.com:5000“, „localhost:5000“ oder „[::1]:5000“.</translation>
    </message>
    <message>
        <source>The repository name is missing: add it after the registry address, for example &quot;%1/acme/weather&quot;.</source>
        <translation>Der Repository-Name fehlt: fügen Sie ihn nach der Registry-Adresse an, zum Beispiel „%1/acme/weather“.</translation>
    </message>
    <message>
        <source>The repository name &quot;%1&quot; contains uppercase letters; repository names must be lowercase.</source>
        <translation>Der Repository-Name „%1“ enthält Großbuchstaben; Repository-Namen müssen kleingeschrieben sein.</translation>
    </message>
    <message>
        <source>The repository name &quot;%1&quot; has an empty path component (a doubled, leading or trailing &quot;/&quot;).</source>
        <translation>Der Repository-Name „%1“ hat einen leeren Pfadteil (ein doppeltes, führendes oder abschließendes „/“).</translation>
    </message>
    <message>
        <source>The path component &quot;%1&quot; of the repository name is invalid: use lowercase letters and digits, separated by &quot;.&quot;, &quot;_&quot;, &quot;__&quot; or &quot;-&quot;, starting and ending with a letter or digit.</source>
        <translation>Der Pfadteil „%1“ des Repository-Namens ist ungültig: verwenden Sie Kleinbuchstaben und Ziffern, getrennt durch „.“, „_“, „__“ oder „-“, mit einem Buchstaben oder einer Ziffer am Anfang und Ende.</translation>
    </message>
    <message>
        <source>The repository name &quot;%1&quot; is %2 characters long; at most %3 are allowed.</source>
        <translation>Der Repository-Name „%1“ ist %2 Zeichen lang; höchstens %3 sind erlaubt.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; already has a tag or digest; give the repository name only.</source>
        <translation>„%1“ hat bereits ein Tag oder einen Digest; geben Sie nur den Repository-Namen an.</translation>
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
        <translation type="unfinished">%1: %2. {1:?}</translation>
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
        <translation>Docker Hub</translation>
    </message>
    <message>
        <source>GitHub Container Registry</source>
        <translation>GitHub Container Registry</translation>
    </message>
    <message>
        <source>Your Docker Hub password or a personal access token with write access.</source>
        <translation>Ihr Docker-Hub-Passwort oder ein persönliches Zugriffstoken mit Schreibrecht.</translation>
    </message>
    <message>
        <source>A GitHub personal access token (classic) with the write:packages scope.</source>
        <translation>Ein persönliches GitHub-Zugriffstoken (classic) mit dem Recht write:packages.</translation>
    </message>
    <message>
        <source>The password or token for this registry.</source>
        <translation>Das Passwort oder Token für diese Registry.</translation>
    </message>
    <message>
        <source>The registry address is empty: give host[:port], for example &quot;registry.example.com:5000&quot;.</source>
        <translation>Die Registry-Adresse ist leer: geben Sie host[:port] an, zum Beispiel „registry.example.com:5000“.</translation>
    </message>
    <message>
        <source>The registry address &quot;%1&quot; is invalid: give host[:port], for example &quot;registry.example.com:5000&quot;, &quot;localhost:5000&quot; or &quot;[::1]:5000&quot;.</source>
        <translation>Die Registry-Adresse „%1“ ist ungültig: geben Sie host[:port] an, zum Beispiel „registry.example.com:5000“, „localhost:5000“ oder „[::1]:5000“.</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>the socket set in Settings</source>
        <translation>dem in den Einstellungen gesetzten Socket</translation>
    </message>
    <message>
        <source>the TCP host set in Settings</source>
        <translation>dem in den Einstellungen gesetzten TCP-Host</translation>
    </message>
</context>
<context>
    <name>StreamDemuxer</name>
    <message>
        <source>the Docker daemon sent a malformed output frame header</source>
        <translation>der Docker-Daemon sandte einen fehlerhaften Frame-Kopf der Ausgabe</translation>
    </message>
</context>
<context>
    <name>mcpdock::BuildLogModel</name>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>Ausgabe</translation>
    </message>
</context>
<context>
    <name>mcpdock::ImageListModel</name>
    <message>
        <source>%1 %2
Image %3</source>
        <translation>%1 %2
Image %3</translation>
    </message>
    <message numerus="yes">
        <source>%n bytes</source>
        <translation>
            <numerusform>%n Byte</numerusform>
            <numerusform>%n Bytes</numerusform>
        </translation>
    </message>
    <message>
        <source>Repository</source>
        <translation>Repository</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Tools</source>
        <translation>Werkzeuge</translation>
    </message>
    <message>
        <source>%1 (untagged)</source>
        <translation>%1 (ohne Tag)</translation>
    </message>
    <message>
        <source>previous build, no tag</source>
        <translation>früherer Build, ohne Tag</translation>
    </message>
</context>
<context>
    <name>mcpdock::ManifestTreeModel</name>
    <message numerus="yes">
        <source>%n problem(s)</source>
        <translation>
            <numerusform>%n Problem</numerusform>
            <numerusform>%n Probleme</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 did not load:
%2</source>
        <translation>%1 konnte nicht geladen werden:
%2</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <source>valid</source>
        <translation>gültig</translation>
    </message>
    <message>
        <source>%1 · valid</source>
        <translation>%1 · gültig</translation>
    </message>
    <message>
        <source>%1 (%2), declared at %3</source>
        <translation>%1 (%2), deklariert in %3</translation>
    </message>
    <message>
        <source>%1
%2 (%3), declared at %4</source>
        <translation>%1
%2 (%3), deklariert in %4</translation>
    </message>
    <message>
        <source>Tools</source>
        <translation>Werkzeuge</translation>
    </message>
    <message>
        <source>Connectors</source>
        <translation>Konnektoren</translation>
    </message>
    <message>
        <source>Dependencies</source>
        <translation>Abhängigkeiten</translation>
    </message>
    <message>
        <source>npm %1</source>
        <translation>npm %1</translation>
    </message>
    <message>
        <source>pip</source>
        <translation>pip</translation>
    </message>
    <message>
        <source>file</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Config</source>
        <translation>Konfiguration</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>No config.yaml: the server starts with its defaults.</source>
        <translation>Keine config.yaml: Der Server startet mit seinen Voreinstellungen.</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
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
        <translation>Ressourcen</translation>
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
        <translation>Prompts</translation>
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
        <translation>Docker Hub (docker.io)</translation>
    </message>
    <message>
        <source>GitHub Container Registry (ghcr.io)</source>
        <translation>GitHub Container Registry (ghcr.io)</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>Keychain</source>
        <translation>Schlüsselbund</translation>
    </message>
    <message>
        <source>Credential helper %1</source>
        <translation>Credential-Helper %1</translation>
    </message>
    <message>
        <source>Docker config (%1)</source>
        <translation>Docker-Konfiguration (%1)</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Wird geprüft …</translation>
    </message>
    <message>
        <source>Registry</source>
        <translation>Registry</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>Namespace</source>
        <translation>Namensraum</translation>
    </message>
    <message>
        <source>Credentials from</source>
        <translation>Zugangsdaten aus</translation>
    </message>
</context>
<context>
    <name>mcpdock::SchemaFormModel</name>
    <message>
        <source>%1: must be at least %2</source>
        <translation>%1: muss mindestens %2 sein</translation>
    </message>
    <message>
        <source>%1: must be at most %2</source>
        <translation>%1: darf höchstens %2 sein</translation>
    </message>
    <message>
        <source>%1: must be more than %2</source>
        <translation>%1: muss größer als %2 sein</translation>
    </message>
    <message>
        <source>%1: must be less than %2</source>
        <translation>%1: muss kleiner als %2 sein</translation>
    </message>
    <message>
        <source>%1: required</source>
        <translation>%1: erforderlich</translation>
    </message>
    <message>
        <source>%1: needs at least %2 items</source>
        <translation>%1: braucht mindestens %2 Einträge</translation>
    </message>
    <message>
        <source>%1: takes at most %2 items</source>
        <translation>%1: nimmt höchstens %2 Einträge</translation>
    </message>
    <message>
        <source>%1: must be a number, not &quot;%2&quot;</source>
        <translation>%1: muss eine Zahl sein, nicht „%2“</translation>
    </message>
    <message>
        <source>%1: must be a whole number, not &quot;%2&quot;</source>
        <translation>%1: muss eine ganze Zahl sein, nicht „%2“</translation>
    </message>
    <message>
        <source>%1: must be one of %2</source>
        <translation>%1: muss einer von %2 sein</translation>
    </message>
    <message>
        <source>%1: must be at least %2 characters</source>
        <translation>%1: muss mindestens %2 Zeichen lang sein</translation>
    </message>
    <message>
        <source>%1: must be at most %2 characters</source>
        <translation>%1: darf höchstens %2 Zeichen lang sein</translation>
    </message>
    <message>
        <source>%1: is not valid JSON</source>
        <translation>%1: ist kein gültiges JSON</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Erforderlich</translation>
    </message>
    <message>
        <source>%1 (required)</source>
        <translation>%1 (erforderlich)</translation>
    </message>
    <message>
        <source>array of %1</source>
        <translation>Liste von %1</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n Eintrag</numerusform>
            <numerusform>%n Einträge</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n field(s)</source>
        <translation>
            <numerusform>%n Feld</numerusform>
            <numerusform>%n Felder</numerusform>
        </translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
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
        <translation type="unfinished">ist erforderlich</translation>
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
        <translation type="unfinished">darf nicht leer sein</translation>
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
        <translation>Baut das Image eines MCP-Server-Projekts: erzeugt das Dockerfile, sendet die Dateien des Projekts, zeigt den Fortschritt, taggt das Image nach erfolgreichem Build und gibt zuletzt seine ID aus. Ein fehlgeschlagener oder abgebrochener Build hinterlässt kein Tag, keinen Container und kein verwaistes Image.</translation>
    </message>
    <message>
        <source>Tag the image as T (repeatable). Default: NAME:latest, NAME:vVERSION and NAME:TIMESTAMP.</source>
        <translation>Das Image als T taggen (wiederholbar). Standard: NAME:latest, NAME:vVERSION und NAME:ZEITSTEMPEL.</translation>
    </message>
    <message>
        <source>Base image for JavaScript/TypeScript servers (default node:N-alpine).</source>
        <translation>Basis-Image für JavaScript/TypeScript-Server (Standard node:N-alpine).</translation>
    </message>
    <message>
        <source>Debian-based Node image for mixed servers (default node:N-bookworm-slim).</source>
        <translation>Debian-basiertes Node-Image für gemischte Server (Standard node:N-bookworm-slim).</translation>
    </message>
    <message>
        <source>Base image for Python servers (default python:V-slim).</source>
        <translation>Basis-Image für Python-Server (Standard python:V-slim).</translation>
    </message>
    <message>
        <source>Network for RUN steps: host, none, or a network name.</source>
        <translation>Netzwerk für RUN-Schritte: host, none oder ein Netzwerkname.</translation>
    </message>
    <message>
        <source>Do not use the build cache.</source>
        <translation>Den Build-Cache nicht verwenden.</translation>
    </message>
    <message>
        <source>Always try to pull newer base images.</source>
        <translation>Immer versuchen, neuere Basis-Images zu holen.</translation>
    </message>
    <message>
        <source>Print the events as JSON lines; the last line is the result or the failure.</source>
        <translation>Die Ereignisse als JSON-Zeilen ausgeben; die letzte Zeile ist das Ergebnis oder der Fehler.</translation>
    </message>
    <message>
        <source>%1: give exactly one manifest (or project folder). Run &apos;%1 --help&apos;.</source>
        <translation>%1: Geben Sie genau ein Manifest (oder einen Projektordner) an. Siehe &apos;%1 --help&apos;.</translation>
    </message>
    <message>
        <source>%1: the manifest has problems; fix them and build again.</source>
        <translation>%1: das Manifest hat Probleme; beheben Sie sie und bauen Sie erneut.</translation>
    </message>
    <message>
        <source>hint: %1</source>
        <translation>Tipp: %1</translation>
    </message>
    <message>
        <source>The whole build is in %1</source>
        <translation>Der ganze Build steht in %1</translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation>Fehler: %1</translation>
    </message>
    <message>
        <source>note: %1</source>
        <translation>Hinweis: %1</translation>
    </message>
    <message>
        <source>Runs the image with no network, completes the MCP handshake over stdio (server/discover, or initialize for older servers), lists its tools without calling any, compares them with the image&apos;s label and removes the container. Exit 1 on timeout or a different tool list.</source>
        <translation>Startet das Image ohne Netzwerk, führt den MCP-Handshake über stdio aus (server/discover, oder initialize bei älteren Servern), listet seine Werkzeuge, ohne eines aufzurufen, vergleicht sie mit dem Label des Images und entfernt den Container. Exit 1 bei Zeitüberschreitung oder abweichender Werkzeugliste.</translation>
    </message>
    <message>
        <source>Seconds the server has to answer (default 30).</source>
        <translation>Sekunden, die der Server zum Antworten hat (Standard 30).</translation>
    </message>
    <message>
        <source>Print the result as one JSON object.</source>
        <translation>Das Ergebnis als ein JSON-Objekt ausgeben.</translation>
    </message>
    <message>
        <source>Image ID or reference, e.g. weather:latest.</source>
        <translation>Image-ID oder Referenz, z. B. weather:latest.</translation>
    </message>
    <message>
        <source>%1: give exactly one image. Run &apos;%1 --help&apos;.</source>
        <translation>%1: Geben Sie genau ein Image an. Siehe &apos;%1 --help&apos;.</translation>
    </message>
    <message>
        <source>%1: --timeout takes a number of seconds between 0 and 3600.</source>
        <translation>%1: --timeout nimmt eine Sekundenzahl zwischen 0 und 3600.</translation>
    </message>
    <message>
        <source>Tools listed by the server: %1</source>
        <translation>Vom Server gelistete Werkzeuge: %1</translation>
    </message>
    <message>
        <source>verify failed: %1</source>
        <translation>Prüfung fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>OK: %1 answers over stdio (%2, protocol %3) and lists the tools its label names.</source>
        <translation>OK: %1 antwortet über stdio (%2, Protokoll %3) und listet die Werkzeuge, die sein Label nennt.</translation>
    </message>
    <message>
        <source>After the build, push every tag to REGISTRY (host[:port], optionally followed by /namespace: ghcr.io/acme), as &apos;mcpdock push&apos; does.</source>
        <translation>Nach dem Build jedes Tag nach REGISTRY pushen (host[:port], optional gefolgt von /namensraum: ghcr.io/acme), wie es &apos;mcpdock push&apos; tut.</translation>
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
        <translation type="unfinished">keine</translation>
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
        <translation>Fortschritt %1%2 %3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished">%1: %2</translation>
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
        <translation type="unfinished">Der Server sagte: %1</translation>
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
        <translation>die Voreinstellung; DOCKER_HOST ist nicht gesetzt</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>aus %1</translation>
    </message>
    <message>
        <source>Docker context &quot;%1&quot; (from %2) does not exist: %3 is missing. Run &apos;docker context ls&apos; to see the contexts, or choose another one.</source>
        <translation>Der Docker-Kontext „%1“ (aus %2) existiert nicht: %3 fehlt. &apos;docker context ls&apos; zeigt die Kontexte; oder wählen Sie einen anderen.</translation>
    </message>
    <message>
        <source>Docker context &quot;%1&quot; cannot be read: %2 is not valid JSON (%3). Recreate it with &apos;docker context create&apos;.</source>
        <translation>Der Docker-Kontext „%1“ kann nicht gelesen werden: %2 ist kein gültiges JSON (%3). Legen Sie ihn mit &apos;docker context create&apos; neu an.</translation>
    </message>
    <message>
        <source>Docker context &quot;%1&quot; has no Docker endpoint in %2. Recreate it with &apos;docker context create --docker host=...&apos;.</source>
        <translation>Der Docker-Kontext „%1“ hat keinen Docker-Endpunkt in %2. Legen Sie ihn mit &apos;docker context create --docker host=...&apos; neu an.</translation>
    </message>
    <message>
        <source>The Docker host (%1) is empty. Use unix:///path, tcp://host:port or ssh://user@host.</source>
        <translation>Der Docker-Host (%1) ist leer. Verwenden Sie unix:///pfad, tcp://host:port oder ssh://benutzer@host.</translation>
    </message>
    <message>
        <source>The Docker host &quot;%1&quot; (from %2) is not valid: %3. Use unix:///path, tcp://host:port or ssh://user@host.</source>
        <translation>Der Docker-Host „%1“ (aus %2) ist ungültig: %3. Verwenden Sie unix:///pfad, tcp://host:port oder ssh://benutzer@host.</translation>
    </message>
    <message>
        <source>named pipes exist only on Windows</source>
        <translation>Named Pipes gibt es nur unter Windows</translation>
    </message>
    <message>
        <source>fd:// is for the daemon, a client cannot connect to it</source>
        <translation>fd:// ist für den Daemon; ein Client kann sich damit nicht verbinden</translation>
    </message>
    <message>
        <source>unknown scheme &quot;%1&quot;</source>
        <translation>unbekanntes Schema „%1“</translation>
    </message>
    <message>
        <source>it must not contain a path</source>
        <translation>er darf keinen Pfad enthalten</translation>
    </message>
    <message>
        <source>a user name is only allowed for ssh://</source>
        <translation>ein Benutzername ist nur bei ssh:// erlaubt</translation>
    </message>
    <message>
        <source>ssh:// does not take a password; use an SSH key or agent</source>
        <translation>ssh:// nimmt kein Passwort; verwenden Sie einen SSH-Schlüssel oder -Agenten</translation>
    </message>
    <message>
        <source>unclosed [ in an IPv6 address</source>
        <translation>nicht geschlossene [ in einer IPv6-Adresse</translation>
    </message>
    <message>
        <source>unexpected text after the IPv6 address</source>
        <translation>unerwarteter Text nach der IPv6-Adresse</translation>
    </message>
    <message>
        <source>no host name</source>
        <translation>kein Hostname</translation>
    </message>
    <message>
        <source>the port &quot;%1&quot; is not a number between 1 and 65535</source>
        <translation>der Port „%1“ ist keine Zahl zwischen 1 und 65535</translation>
    </message>
    <message>
        <source>%1 is not valid JSON (%2). Fix or remove it.</source>
        <translation>%1 ist kein gültiges JSON (%2). Korrigieren oder entfernen Sie es.</translation>
    </message>
</context>
<context>
    <name>mcpdock::docker::AttachedStreamImpl</name>
    <message>
        <source>the output stopped in the middle of a frame</source>
        <translation>die Ausgabe endete mitten in einem Frame</translation>
    </message>
</context>
<context>
    <name>mcpdock::docker::Connection</name>
    <message>
        <source>The connection to Docker was lost (%1, %2). Check that the daemon is still running and try again.</source>
        <translation>Die Verbindung zu Docker ging verloren (%1, %2). Prüfen Sie, ob der Daemon noch läuft, und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Cancelled: the request to Docker was stopped.</source>
        <translation>Abgebrochen: die Anfrage an Docker wurde gestoppt.</translation>
    </message>
    <message>
        <source>Permission denied on %1 (%2): add your user to the docker group (sudo usermod -aG docker $USER) and log in again.</source>
        <translation>Zugriff verweigert auf %1 (%2): fügen Sie Ihren Benutzer der Gruppe docker hinzu (sudo usermod -aG docker $USER) und melden Sie sich neu an.</translation>
    </message>
    <message>
        <source>Docker is not running: the socket %1 (%2) exists but no daemon answers on it. Start Docker (sudo systemctl start docker) or set DOCKER_HOST.</source>
        <translation>Docker läuft nicht: der Socket %1 (%2) existiert, aber kein Daemon antwortet darauf. Starten Sie Docker (sudo systemctl start docker) oder setzen Sie DOCKER_HOST.</translation>
    </message>
    <message>
        <source>Docker is not running: %1 (%2) exists but is not a socket a daemon listens on. Start Docker or set DOCKER_HOST.</source>
        <translation>Docker läuft nicht: %1 (%2) existiert, ist aber kein Socket, an dem ein Daemon lauscht. Starten Sie Docker oder setzen Sie DOCKER_HOST.</translation>
    </message>
    <message>
        <source>Docker is not running: no socket at %1 (%2). Start Docker or set DOCKER_HOST.</source>
        <translation>Docker läuft nicht: kein Socket unter %1 (%2). Starten Sie Docker oder setzen Sie DOCKER_HOST.</translation>
    </message>
    <message>
        <source>Docker did not accept a connection on %1 (%2) within %3 seconds. Check that the daemon is healthy, or restart it.</source>
        <translation>Docker hat innerhalb von %3 Sekunden keine Verbindung an %1 (%2) angenommen. Prüfen Sie, ob der Daemon gesund ist, oder starten Sie ihn neu.</translation>
    </message>
    <message>
        <source>Cannot connect to Docker at %1 (%2): %3. Start Docker or set DOCKER_HOST.</source>
        <translation>Keine Verbindung zu Docker unter %1 (%2): %3. Starten Sie Docker oder setzen Sie DOCKER_HOST.</translation>
    </message>
    <message>
        <source>Cannot use TLS for Docker at %1 (%2): %3. Point DOCKER_CERT_PATH at a folder with ca.pem, cert.pem and key.pem.</source>
        <translation>TLS für Docker unter %1 (%2) ist nicht nutzbar: %3. Lassen Sie DOCKER_CERT_PATH auf einen Ordner mit ca.pem, cert.pem und key.pem zeigen.</translation>
    </message>
    <message>
        <source>%1 is missing</source>
        <translation>%1 fehlt</translation>
    </message>
    <message>
        <source>%1 holds no PEM certificate</source>
        <translation>%1 enthält kein PEM-Zertifikat</translation>
    </message>
    <message>
        <source>%1 needs both cert.pem and key.pem</source>
        <translation>%1 braucht sowohl cert.pem als auch key.pem</translation>
    </message>
    <message>
        <source>%1 cannot be read (%2)</source>
        <translation>%1 kann nicht gelesen werden (%2)</translation>
    </message>
    <message>
        <source>%1 holds no RSA or EC private key</source>
        <translation>%1 enthält keinen privaten RSA- oder EC-Schlüssel</translation>
    </message>
    <message>
        <source>Docker at %1 (%2) did not answer within %3 seconds. Check the address, the firewall and that the daemon listens there.</source>
        <translation>Docker unter %1 (%2) hat nicht innerhalb von %3 Sekunden geantwortet. Prüfen Sie die Adresse, die Firewall und ob der Daemon dort lauscht.</translation>
    </message>
    <message>
        <source>The TLS connection to Docker at %1 (%2) failed: %3. Check that ca.pem, cert.pem and key.pem in %4 belong to this daemon.</source>
        <translation>Die TLS-Verbindung zu Docker unter %1 (%2) schlug fehl: %3. Prüfen Sie, ob ca.pem, cert.pem und key.pem in %4 zu diesem Daemon gehören.</translation>
    </message>
    <message>
        <source>Docker is not listening at %1 (%2): the connection was refused. Start the daemon or correct DOCKER_HOST.</source>
        <translation>Docker lauscht nicht unter %1 (%2): die Verbindung wurde abgelehnt. Starten Sie den Daemon oder korrigieren Sie DOCKER_HOST.</translation>
    </message>
    <message>
        <source>Cannot reach Docker at %1 (%2): the host name does not resolve. Correct DOCKER_HOST or the context.</source>
        <translation>Docker unter %1 (%2) ist nicht erreichbar: der Hostname löst nicht auf. Korrigieren Sie DOCKER_HOST oder den Kontext.</translation>
    </message>
    <message>
        <source>Permission denied connecting to Docker at %1 (%2). Check firewall rules.</source>
        <translation>Zugriff verweigert beim Verbinden mit Docker unter %1 (%2). Prüfen Sie die Firewall-Regeln.</translation>
    </message>
    <message>
        <source>Cannot connect to Docker at %1 (%2): %3. Check that the daemon runs and DOCKER_HOST is right.</source>
        <translation>Keine Verbindung zu Docker unter %1 (%2): %3. Prüfen Sie, ob der Daemon läuft und DOCKER_HOST stimmt.</translation>
    </message>
    <message>
        <source>Cannot run ssh to reach Docker at %1 (%2): %3. Install the OpenSSH client.</source>
        <translation>ssh kann nicht gestartet werden, um Docker unter %1 (%2) zu erreichen: %3. Installieren Sie den OpenSSH-Client.</translation>
    </message>
    <message>
        <source>ssh said: %1</source>
        <translation>ssh meldete: %1</translation>
    </message>
    <message>
        <source>ssh exited with code %1</source>
        <translation>ssh endete mit Code %1</translation>
    </message>
    <message>
        <source>the daemon closed the connection</source>
        <translation>der Daemon hat die Verbindung geschlossen</translation>
    </message>
    <message>
        <source>Cannot reach Docker over ssh at %1 (%2): %3. Check that &apos;ssh %4 docker system dial-stdio&apos; works in a terminal (SSH key or agent, Docker installed and running on the remote host).</source>
        <translation>Docker über ssh unter %1 (%2) ist nicht erreichbar: %3. Prüfen Sie, ob &apos;ssh %4 docker system dial-stdio&apos; in einem Terminal funktioniert (SSH-Schlüssel oder -Agent, Docker auf dem entfernten Host installiert und gestartet).</translation>
    </message>
</context>
<context>
    <name>mcpdock::docker::EngineClient</name>
    <message>
        <source>/version has no Version</source>
        <translation>/version enthält keine Version</translation>
    </message>
    <message>
        <source>The build failed: %1</source>
        <translation>Der Build schlug fehl: %1</translation>
    </message>
    <message>
        <source>the build finished without reporting an image ID</source>
        <translation>der Build endete, ohne eine Image-ID zu melden</translation>
    </message>
    <message>
        <source>The registry refused the push of %1:%2: %3. Log in to the registry (mcpdock login) and try again.</source>
        <translation>Die Registry lehnte den Push von %1:%2 ab: %3. Melden Sie sich bei der Registry an (mcpdock login) und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The push of %1:%2 failed: %3</source>
        <translation>Der Push von %1:%2 schlug fehl: %3</translation>
    </message>
    <message>
        <source>the push finished without reporting a digest</source>
        <translation>der Push endete, ohne einen Digest zu melden</translation>
    </message>
    <message>
        <source>The container filter &quot;%1&quot; is not key=value (for example label=app=x).</source>
        <translation>Der Container-Filter „%1“ hat nicht die Form schlüssel=wert (zum Beispiel label=app=x).</translation>
    </message>
    <message>
        <source>/containers/create returned no Id</source>
        <translation>/containers/create lieferte keine Id</translation>
    </message>
    <message>
        <source>Waiting for container %1 failed: %2</source>
        <translation>Warten auf Container %1 schlug fehl: %2</translation>
    </message>
    <message>
        <source>/containers/wait returned no StatusCode</source>
        <translation>/containers/wait lieferte keinen StatusCode</translation>
    </message>
    <message>
        <source>the log ends in the middle of a frame</source>
        <translation>das Protokoll endet mitten in einem Frame</translation>
    </message>
    <message>
        <source>Docker did not answer the attach request.</source>
        <translation>Docker hat die Attach-Anfrage nicht beantwortet.</translation>
    </message>
    <message>
        <source>The registry %1 refused the login: %2. Check the user name and password.</source>
        <translation>Die Registry %1 lehnte die Anmeldung ab: %2. Prüfen Sie Benutzername und Passwort.</translation>
    </message>
</context>
<context>
    <name>mcpdock::docker::EngineClient::Private</name>
    <message>
        <source>Docker at %1 accepted the request %2 but sent nothing for %3 minutes. Check that the daemon is healthy.</source>
        <translation>Docker unter %1 hat die Anfrage %2 angenommen, aber %3 Minuten lang nichts gesendet. Prüfen Sie, ob der Daemon gesund ist.</translation>
    </message>
    <message>
        <source>the response is larger than %1 MiB</source>
        <translation>die Antwort ist größer als %1 MiB</translation>
    </message>
    <message>
        <source>the daemon closed the connection twice</source>
        <translation>der Daemon hat die Verbindung zweimal geschlossen</translation>
    </message>
    <message>
        <source>stopped reading the response</source>
        <translation>Lesen der Antwort abgebrochen</translation>
    </message>
    <message>
        <source>The request body could not be produced.</source>
        <translation>Der Rumpf der Anfrage konnte nicht erzeugt werden.</translation>
    </message>
</context>
<context>
    <name>mcpdock::docker::HttpResponseParser</name>
    <message>
        <source>the %1 is longer than %2 bytes</source>
        <translation>%1 ist länger als %2 Bytes</translation>
    </message>
    <message>
        <source>a %1 does not end in CRLF</source>
        <translation>eine %1 endet nicht mit CRLF</translation>
    </message>
    <message>
        <source>a %1 contains a bare CR</source>
        <translation>eine %1 enthält ein einzelnes CR</translation>
    </message>
    <message>
        <source>bad status line &quot;%1&quot;</source>
        <translation>fehlerhafte Statuszeile „%1“</translation>
    </message>
    <message>
        <source>unsupported HTTP version in &quot;%1&quot;</source>
        <translation>nicht unterstützte HTTP-Version in „%1“</translation>
    </message>
    <message>
        <source>bad status code in &quot;%1&quot;</source>
        <translation>fehlerhafter Statuscode in „%1“</translation>
    </message>
    <message>
        <source>bad status code %1</source>
        <translation>fehlerhafter Statuscode %1</translation>
    </message>
    <message>
        <source>folded header lines are not allowed</source>
        <translation>umbrochene Kopfzeilen sind nicht erlaubt</translation>
    </message>
    <message>
        <source>bad header line &quot;%1&quot;</source>
        <translation>fehlerhafte Kopfzeile „%1“</translation>
    </message>
    <message>
        <source>bad header name &quot;%1&quot;</source>
        <translation>fehlerhafter Kopfname „%1“</translation>
    </message>
    <message>
        <source>control character in header &quot;%1&quot;</source>
        <translation>Steuerzeichen im Kopf „%1“</translation>
    </message>
    <message>
        <source>bad Content-Length &quot;%1&quot;</source>
        <translation>fehlerhafte Content-Length „%1“</translation>
    </message>
    <message>
        <source>conflicting Content-Length headers</source>
        <translation>widersprüchliche Content-Length-Köpfe</translation>
    </message>
    <message>
        <source>unsupported Transfer-Encoding &quot;%1&quot;</source>
        <translation>nicht unterstütztes Transfer-Encoding „%1“</translation>
    </message>
    <message>
        <source>chunk size &quot;%1&quot; is too large</source>
        <translation>Chunk-Größe „%1“ ist zu groß</translation>
    </message>
    <message>
        <source>bad chunk size &quot;%1&quot;</source>
        <translation>fehlerhafte Chunk-Größe „%1“</translation>
    </message>
    <message>
        <source>the response headers are larger than %1 bytes</source>
        <translation>die Antwortköpfe sind größer als %1 Bytes</translation>
    </message>
    <message>
        <source>chunk data is longer than its size says</source>
        <translation>die Chunk-Daten sind länger als ihre Größe angibt</translation>
    </message>
    <message>
        <source>the response trailers are larger than %1 bytes</source>
        <translation>die Trailer der Antwort sind größer als %1 Bytes</translation>
    </message>
    <message>
        <source>bad trailer line &quot;%1&quot;</source>
        <translation>fehlerhafte Trailer-Zeile „%1“</translation>
    </message>
    <message>
        <source>the connection closed before a response arrived</source>
        <translation>die Verbindung wurde geschlossen, bevor eine Antwort kam</translation>
    </message>
    <message>
        <source>the connection closed in the middle of the response headers</source>
        <translation>die Verbindung wurde mitten in den Antwortköpfen geschlossen</translation>
    </message>
    <message>
        <source>the connection closed in the middle of the response body</source>
        <translation>die Verbindung wurde mitten im Antwortrumpf geschlossen</translation>
    </message>
</context>
<context>
    <name>mcpdock::docker::JsonStreamReader</name>
    <message>
        <source>the Docker daemon reported an error without a message</source>
        <translation>der Docker-Daemon meldete einen Fehler ohne Nachricht</translation>
    </message>
    <message>
        <source>the Docker daemon sent &quot;%1&quot; where a JSON message should start</source>
        <translation>der Docker-Daemon sandte „%1“, wo eine JSON-Nachricht beginnen sollte</translation>
    </message>
    <message>
        <source>a message from the Docker daemon is larger than %1 bytes</source>
        <translation>eine Nachricht des Docker-Daemons ist größer als %1 Bytes</translation>
    </message>
    <message>
        <source>the Docker daemon&apos;s message stream ended in the middle of a message</source>
        <translation>der Nachrichtenstrom des Docker-Daemons endete mitten in einer Nachricht</translation>
    </message>
    <message>
        <source>the Docker daemon sent a message that is not valid JSON: %1</source>
        <translation>der Docker-Daemon sandte eine Nachricht, die kein gültiges JSON ist: %1</translation>
    </message>
</context>
<context>
    <name>mcpdock::docker::MessageParser</name>
    <message>
        <source>the Docker daemon reported an error without a message</source>
        <translation>der Docker-Daemon meldete einen Fehler ohne Nachricht</translation>
    </message>
</context>
<context>
    <name>mcpdock::docker::detail</name>
    <message>
        <source>no reason given</source>
        <translation type="unfinished">kein Grund angegeben</translation>
    </message>
    <message>
        <source>Docker could not find it: %1 (%2).</source>
        <translation type="unfinished">Docker konnte es nicht finden: %1 (%2).</translation>
    </message>
    <message>
        <source>Docker reports a conflict: %1. Remove or stop what is in the way and try again.</source>
        <translation type="unfinished">Docker meldet einen Konflikt: %1. Entfernen oder stoppen Sie, was im Weg ist, und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Access denied: %1. Check the registry credentials (mcpdock login) and try again.</source>
        <translation type="unfinished">Zugriff verweigert: %1. Prüfen Sie die Zugangsdaten der Registry (mcpdock login) und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The Docker daemon failed: %1 (HTTP %2 for %3). Check the daemon&apos;s log.</source>
        <translation type="unfinished">Der Docker-Daemon schlug fehl: %1 (HTTP %2 für %3). Prüfen Sie das Protokoll des Daemons.</translation>
    </message>
    <message>
        <source>Docker rejected the request: %1 (HTTP %2 for %3).</source>
        <translation type="unfinished">Docker lehnte die Anfrage ab: %1 (HTTP %2 für %3).</translation>
    </message>
    <message>
        <source>Docker sent a response mcpdock cannot read (%1). Check that DOCKER_HOST points at a Docker daemon, or report this with the daemon&apos;s version.</source>
        <translation type="unfinished">Docker sandte eine Antwort, die mcpdock nicht lesen kann (%1). Prüfen Sie, ob DOCKER_HOST auf einen Docker-Daemon zeigt, oder melden Sie dies mit der Version des Daemons.</translation>
    </message>
    <message>
        <source>expected a JSON object: %1</source>
        <translation type="unfinished">JSON-Objekt erwartet: %1</translation>
    </message>
    <message>
        <source>expected a JSON array: %1</source>
        <translation type="unfinished">JSON-Array erwartet: %1</translation>
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
        <translation type="unfinished">„%1“ ist keine Image-Referenz wie node:22-alpine</translation>
    </message>
</context>
<context>
    <name>mcpdock::dockerfile::SdkServerStrategy</name>
    <message>
        <source>&quot;%1&quot; is not an image reference such as node:22-alpine</source>
        <translation type="unfinished">„%1“ ist keine Image-Referenz wie node:22-alpine</translation>
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
        <translation type="unfinished">„%1“ ist keine Image-Referenz wie node:22-alpine</translation>
    </message>
    <message>
        <source>the manifest has no name, version, tools, resources or prompts; load it with the manifest loader first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the path cannot be written into a Dockerfile safely</source>
        <translation type="unfinished">%1: der Pfad kann nicht sicher in ein Dockerfile geschrieben werden</translation>
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
        <translation type="unfinished">Node 20 hat am 30. April 2026 sein Lebensende erreicht und bekommt keine Sicherheitskorrekturen; setzen Sie runtime.node im Manifest auf „22“ oder „24“ (LTS).</translation>
    </message>
    <message>
        <source>Node %1 reached end of life and gets no security fixes; set runtime.node to &quot;22&quot; or &quot;24&quot; (LTS) in the manifest.</source>
        <translation type="unfinished">Node %1 hat sein Lebensende erreicht und bekommt keine Sicherheitskorrekturen; setzen Sie runtime.node im Manifest auf „22“ oder „24“ (LTS).</translation>
    </message>
    <message>
        <source>Node %1 is not a long-term-support release; consider &quot;22&quot; or &quot;24&quot;.</source>
        <translation type="unfinished">Node %1 ist keine Version mit Langzeitunterstützung; erwägen Sie „22“ oder „24“.</translation>
    </message>
    <message>
        <source>Python %1 reached end of life and gets no security fixes; set runtime.python to &quot;3.12&quot; or newer in the manifest.</source>
        <translation type="unfinished">Python %1 hat sein Lebensende erreicht und bekommt keine Sicherheitskorrekturen; setzen Sie runtime.python im Manifest auf „3.12“ oder neuer.</translation>
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
        <translation type="unfinished">Der Build wurde abgebrochen.</translation>
    </message>
    <message>
        <source>Nothing was tagged and the build&apos;s leftovers were removed; build again when ready.</source>
        <translation type="unfinished">Nichts wurde getaggt und die Reste des Builds wurden entfernt; bauen Sie erneut, wenn Sie bereit sind.</translation>
    </message>
    <message>
        <source>The Docker daemon&apos;s disk is full. Free space (mcpdock prune, or docker system prune) and build again.</source>
        <translation type="unfinished">Der Datenträger des Docker-Daemons ist voll. Schaffen Sie Platz (mcpdock prune oder docker system prune) und bauen Sie erneut.</translation>
    </message>
    <message>
        <source>The connection to the Docker daemon was lost during the build. Check that the daemon is still running (mcpdock ping) and build again.</source>
        <translation type="unfinished">Die Verbindung zum Docker-Daemon ging während des Builds verloren. Prüfen Sie, ob der Daemon noch läuft (mcpdock ping), und bauen Sie erneut.</translation>
    </message>
    <message>
        <source>A file the Dockerfile copies is not in the build context. Check that the manifest&apos;s files exist and that .dockerignore does not exclude them.</source>
        <translation type="unfinished">Eine Datei, die das Dockerfile kopiert, ist nicht im Build-Kontext. Prüfen Sie, ob die Dateien des Manifests existieren und .dockerignore sie nicht ausschließt.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not in the build context: it was deleted or moved after the manifest was loaded, or .dockerignore excludes it. Restore the file or fix the manifest, then build again.</source>
        <translation type="unfinished">&apos;%1&apos; ist nicht im Build-Kontext: es wurde nach dem Laden des Manifests gelöscht oder verschoben, oder .dockerignore schließt es aus. Stellen Sie die Datei wieder her oder korrigieren Sie das Manifest und bauen Sie dann erneut.</translation>
    </message>
    <message>
        <source>The registry refused to give the base image %1: it does not exist there, or it needs a login. Check the name, log in to the registry (mcpdock login), or choose another base image (--base-node / --base-python).</source>
        <translation type="unfinished">Die Registry verweigerte das Basis-Image %1: es existiert dort nicht oder braucht eine Anmeldung. Prüfen Sie den Namen, melden Sie sich bei der Registry an (mcpdock login) oder wählen Sie ein anderes Basis-Image (--base-node / --base-python).</translation>
    </message>
    <message>
        <source>The base image %1 does not exist. Check its name and tag, or choose another base image (--base-node / --base-python).</source>
        <translation type="unfinished">Das Basis-Image %1 existiert nicht. Prüfen Sie Namen und Tag oder wählen Sie ein anderes Basis-Image (--base-node / --base-python).</translation>
    </message>
    <message>
        <source>The base image %1 is not on this machine and its registry cannot be reached. Pull or load it first (docker pull / docker load), check the network and proxy, or choose a base image that is present (--base-node / --base-python).</source>
        <translation type="unfinished">Das Basis-Image %1 ist nicht auf diesem Rechner und seine Registry ist nicht erreichbar. Holen oder laden Sie es zuerst (docker pull / docker load), prüfen Sie Netzwerk und Proxy oder wählen Sie ein vorhandenes Basis-Image (--base-node / --base-python).</translation>
    </message>
    <message>
        <source>Fix the syntax error in %1 (the line is shown above) and build again.</source>
        <translation type="unfinished">Beheben Sie den Syntaxfehler in %1 (die Zeile steht oben) und bauen Sie erneut.</translation>
    </message>
    <message>
        <source>the tool</source>
        <translation type="unfinished">das Werkzeug</translation>
    </message>
    <message>
        <source>%1 cannot be loaded (see the error above). Fix it and build again.</source>
        <translation type="unfinished">%1 kann nicht geladen werden (siehe den Fehler oben). Beheben Sie ihn und bauen Sie erneut.</translation>
    </message>
    <message>
        <source>A tool</source>
        <translation type="unfinished">Ein Werkzeug</translation>
    </message>
    <message>
        <source>npm cannot find the package %1. Check its name and version in the manifest&apos;s dependencies (or package.json); a private package needs a registry and token.</source>
        <translation type="unfinished">npm findet das Paket %1 nicht. Prüfen Sie Namen und Version in den Abhängigkeiten des Manifests (oder in package.json); ein privates Paket braucht eine Registry und ein Token.</translation>
    </message>
    <message>
        <source>named above</source>
        <translation type="unfinished">oben genannt</translation>
    </message>
    <message>
        <source>npm cannot reach its registry during the build. Build with a network that reaches it (--network host), check the proxy and DNS, or set a reachable registry in .npmrc.</source>
        <translation type="unfinished">npm erreicht seine Registry während des Builds nicht. Bauen Sie mit einem Netzwerk, das sie erreicht (--network host), prüfen Sie Proxy und DNS oder tragen Sie eine erreichbare Registry in .npmrc ein.</translation>
    </message>
    <message>
        <source>pip cannot reach the package index during the build. Build with a network that reaches it (--network host), check the proxy and DNS, or set PIP_INDEX_URL to a reachable index.</source>
        <translation type="unfinished">pip erreicht den Paketindex während des Builds nicht. Bauen Sie mit einem Netzwerk, das ihn erreicht (--network host), prüfen Sie Proxy und DNS oder setzen Sie PIP_INDEX_URL auf einen erreichbaren Index.</translation>
    </message>
    <message>
        <source>pip cannot find the package %1. Check its name and version in the manifest&apos;s Python requirements (or requirements.txt).</source>
        <translation type="unfinished">pip findet das Paket %1 nicht. Prüfen Sie Namen und Version in den Python-Anforderungen des Manifests (oder in requirements.txt).</translation>
    </message>
    <message>
        <source>The command of step %1 exited with code %2. Its last output lines above say why; fix the cause and build again.</source>
        <translation type="unfinished">Der Befehl von Schritt %1 endete mit Code %2. Seine letzten Ausgabezeilen oben sagen warum; beheben Sie die Ursache und bauen Sie erneut.</translation>
    </message>
    <message>
        <source>Read the daemon&apos;s message and the step&apos;s output above; .build.log in the project folder has the whole build.</source>
        <translation type="unfinished">Lesen Sie die Meldung des Daemons und die Ausgabe des Schritts oben; .build.log im Projektordner enthält den ganzen Build.</translation>
    </message>
    <message>
        <source>%1 B</source>
        <translation type="unfinished">%1 B</translation>
    </message>
    <message>
        <source>%1 KiB</source>
        <translation type="unfinished">%1 KiB</translation>
    </message>
    <message>
        <source>%1 MiB</source>
        <translation type="unfinished">%1 MiB</translation>
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
        <translation type="unfinished">&apos;%1&apos; kann nicht gelesen werden: %2</translation>
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
        <translation type="unfinished">&apos;%1&apos; ist kein Pfad relativ zum Projektordner.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is outside the project folder %2; only files inside it can go into the image.</source>
        <translation type="unfinished">&apos;%1&apos; liegt außerhalb des Projektordners %2; nur Dateien darin können ins Image.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; does not exist in the project folder %2.</source>
        <translation type="unfinished">&apos;%1&apos; existiert nicht im Projektordner %2.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a broken symbolic link.</source>
        <translation type="unfinished">&apos;%1&apos; ist ein defekter symbolischer Link.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; leads outside the project folder (to %2); only files inside it can go into the image. Copy the file into the project instead of linking it.</source>
        <translation type="unfinished">&apos;%1&apos; führt aus dem Projektordner hinaus (nach %2); nur Dateien darin können ins Image. Kopieren Sie die Datei ins Projekt, statt sie zu verlinken.</translation>
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
        <translation type="unfinished">&apos;%1&apos; ist zweimal im Build-Kontext.</translation>
    </message>
    <message>
        <source>Cannot read &apos;%1&apos;: check its permissions.</source>
        <translation type="unfinished">&apos;%1&apos; kann nicht gelesen werden: prüfen Sie die Rechte.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a symbolic link to one of its own parent folders.</source>
        <translation type="unfinished">&apos;%1&apos; ist ein symbolischer Link auf einen seiner eigenen übergeordneten Ordner.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is both a file and a folder in the build context.</source>
        <translation type="unfinished">&apos;%1&apos; ist im Build-Kontext zugleich Datei und Ordner.</translation>
    </message>
    <message>
        <source>The build was cancelled.</source>
        <translation type="unfinished">Der Build wurde abgebrochen.</translation>
    </message>
    <message>
        <source>Sending the build context to the Docker daemon failed.</source>
        <translation type="unfinished">Das Senden des Build-Kontexts an den Docker-Daemon schlug fehl.</translation>
    </message>
    <message>
        <source>Cannot write &apos;%1&apos; into the build context: %2</source>
        <translation type="unfinished">&apos;%1&apos; kann nicht in den Build-Kontext geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Cannot open the project folder %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; changed while it was being sent (it became shorter); build again once it is saved.</source>
        <translation type="unfinished">&apos;%1&apos; hat sich beim Senden geändert (es wurde kürzer); bauen Sie erneut, sobald es gespeichert ist.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; changed while it was being sent (it grew); build again once it is saved.</source>
        <translation type="unfinished">&apos;%1&apos; hat sich beim Senden geändert (es wuchs); bauen Sie erneut, sobald es gespeichert ist.</translation>
    </message>
</context>
<context>
    <name>mcpdock::imagebuild::ImageBuilder</name>
    <message>
        <source>Fix the manifest or the base image options, then build again.</source>
        <translation type="unfinished">Korrigieren Sie das Manifest oder die Optionen der Basis-Images und bauen Sie dann erneut.</translation>
    </message>
    <message>
        <source>Keep every file the manifest names inside the project folder.</source>
        <translation type="unfinished">Halten Sie jede Datei, die das Manifest nennt, im Projektordner.</translation>
    </message>
    <message>
        <source>Fix the file named above, then build again.</source>
        <translation type="unfinished">Korrigieren Sie die oben genannte Datei und bauen Sie dann erneut.</translation>
    </message>
    <message>
        <source>Fix the pattern in .dockerignore (docker would refuse it too), then build again.</source>
        <translation type="unfinished">Korrigieren Sie das Muster in .dockerignore (docker würde es auch ablehnen) und bauen Sie dann erneut.</translation>
    </message>
    <message>
        <source>Make .dockerignore a regular file (or remove it), then build again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Building on %1</source>
        <translation type="unfinished">Baue auf %1</translation>
    </message>
    <message>
        <source>Sent the build context: %1 files, %2</source>
        <translation type="unfinished">Build-Kontext gesendet: %1 Dateien, %2</translation>
    </message>
    <message>
        <source>Cancelled: the connection to the daemon is closed, the build stops; cleaning up.</source>
        <translation type="unfinished">Abgebrochen: die Verbindung zum Daemon ist geschlossen, der Build endet; es wird aufgeräumt.</translation>
    </message>
    <message>
        <source>Connection to Docker lost during step %1/%2 (%3). %4</source>
        <translation type="unfinished">Verbindung zu Docker in Schritt %1/%2 verloren (%3). %4</translation>
    </message>
    <message>
        <source>The build did not start: the Docker daemon cannot be reached. Check it with mcpdock ping, then build again.</source>
        <translation type="unfinished">Der Build hat nicht begonnen: der Docker-Daemon ist nicht erreichbar. Prüfen Sie ihn mit mcpdock ping und bauen Sie dann erneut.</translation>
    </message>
    <message>
        <source>Build failed at step %1/%2 (%3): %4</source>
        <translation type="unfinished">Build bei Schritt %1/%2 fehlgeschlagen (%3): %4</translation>
    </message>
    <message>
        <source>Build failed: %1</source>
        <translation type="unfinished">Build fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Tagged %1</source>
        <translation type="unfinished">%1 getaggt</translation>
    </message>
    <message>
        <source>Cannot tag the image as %1: %2</source>
        <translation type="unfinished">Das Image kann nicht als %1 getaggt werden: %2</translation>
    </message>
    <message>
        <source>Choose a valid tag (lowercase name, tag of letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;).</source>
        <translation type="unfinished">Wählen Sie ein gültiges Tag (kleingeschriebener Name, Tag aus Buchstaben, Ziffern, &apos;.&apos;, &apos;_&apos; oder &apos;-&apos;).</translation>
    </message>
    <message>
        <source>Built %1 in %2 s (%3 of %4 steps from the cache)</source>
        <translation type="unfinished">%1 in %2 s gebaut (%3 von %4 Schritten aus dem Cache)</translation>
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
        <translation type="unfinished">Docker ist zum Aufräumen dieses Builds nicht erreichbar; seine Reste werden beim Start des nächsten Builds entfernt.</translation>
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
        <translation type="unfinished">Der Build hat nicht begonnen: der Docker-Daemon ist nicht erreichbar. Prüfen Sie ihn mit mcpdock ping und bauen Sie dann erneut.</translation>
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
        <translation type="unfinished">%1 getaggt</translation>
    </message>
    <message>
        <source>Cannot tag the %1 image as %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a valid tag (lowercase name, tag of letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;).</source>
        <translation type="unfinished">Wählen Sie ein gültiges Tag (kleingeschriebener Name, Tag aus Buchstaben, Ziffern, &apos;.&apos;, &apos;_&apos; oder &apos;-&apos;).</translation>
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
        <translation type="unfinished">kein gültiges JSON: %1</translation>
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
        <translation type="unfinished">„%1“ ist keine semantische Version wie 1.0.0 {1&quot;?}</translation>
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
        <translation type="unfinished">ist erforderlich</translation>
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
        <translation type="unfinished">muss eine Liste von Einträgen mit name und file sein</translation>
    </message>
    <message>
        <source>must be a mapping with name, description and file</source>
        <translation type="unfinished">muss eine Zuordnung mit name, description und file sein</translation>
    </message>
    <message>
        <source>is required</source>
        <translation type="unfinished">ist erforderlich</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid name: use 1 to 64 letters, digits, _ or -</source>
        <translation type="unfinished">„%1“ ist kein gültiger Name: verwenden Sie 1 bis 64 Buchstaben, Ziffern, _ oder -</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is already used on line %2; names must be unique</source>
        <translation type="unfinished">„%1“ wird schon in Zeile %2 verwendet; Namen müssen eindeutig sein</translation>
    </message>
    <message>
        <source>must be text of at most 1024 characters without control characters</source>
        <translation type="unfinished">muss Text von höchstens 1024 Zeichen ohne Steuerzeichen sein</translation>
    </message>
    <message>
        <source>must list at least one entry</source>
        <translation type="unfinished">muss mindestens einen Eintrag enthalten</translation>
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
        <translation type="unfinished">%1 muss auf .js, .mjs, .cjs, .ts oder .py enden</translation>
    </message>
    <message>
        <source>%1 is in %2/, which the image reserves; move it to another folder such as tools/</source>
        <translation type="unfinished">%1 liegt in %2/, das das Image reserviert; verschieben Sie es in einen anderen Ordner wie tools/</translation>
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
        <translation type="unfinished">darf nicht leer sein</translation>
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
        <translation type="unfinished">die Datei ist größer als %1 KiB; ein so großes Manifest oder eine so große Konfigurationsdatei wird nicht unterstützt</translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation type="unfinished">kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>the file is larger than %1 KiB</source>
        <translation type="unfinished">die Datei ist größer als %1 KiB</translation>
    </message>
    <message>
        <source>not valid YAML: %1</source>
        <translation type="unfinished">kein gültiges YAML: %1</translation>
    </message>
    <message>
        <source>holds %1 YAML documents; only one is allowed</source>
        <translation type="unfinished">enthält %1 YAML-Dokumente; nur eines ist erlaubt</translation>
    </message>
    <message>
        <source>must be a single value, not a list or a mapping</source>
        <translation type="unfinished">muss ein einzelner Wert sein, keine Liste und keine Zuordnung</translation>
    </message>
    <message>
        <source>keys must be plain names</source>
        <translation type="unfinished">Schlüssel müssen einfache Namen sein</translation>
    </message>
    <message>
        <source>is given twice</source>
        <translation type="unfinished">ist doppelt angegeben</translation>
    </message>
    <message>
        <source>unknown field (known fields: %1)</source>
        <translation type="unfinished">unbekanntes Feld (bekannte Felder: %1)</translation>
    </message>
    <message>
        <source>%1 is an absolute path; give a path relative to the manifest&apos;s folder</source>
        <translation type="unfinished">%1 ist ein absoluter Pfad; geben Sie einen Pfad relativ zum Ordner des Manifests an</translation>
    </message>
    <message>
        <source>%1 uses \; separate folders with /</source>
        <translation type="unfinished">%1 verwendet \; trennen Sie Ordner mit /</translation>
    </message>
    <message>
        <source>%1 leaves the project folder (..); keep every file inside it</source>
        <translation type="unfinished">%1 verlässt den Projektordner (..); halten Sie jede Datei darin</translation>
    </message>
    <message>
        <source>%1: only letters, digits and . _ - @ + may appear in file and folder names</source>
        <translation type="unfinished">%1: nur Buchstaben, Ziffern und . _ - @ + dürfen in Datei- und Ordnernamen vorkommen</translation>
    </message>
    <message>
        <source>%1 names the project folder, not a file</source>
        <translation type="unfinished">%1 bezeichnet den Projektordner, keine Datei</translation>
    </message>
    <message>
        <source>%1 does not exist</source>
        <translation type="unfinished">%1 existiert nicht</translation>
    </message>
    <message>
        <source>%1 is a symbolic link that leads outside the project folder; copy the file into the project</source>
        <translation type="unfinished">%1 ist ein symbolischer Link aus dem Projektordner hinaus; kopieren Sie die Datei ins Projekt</translation>
    </message>
    <message>
        <source>%1 is not a file</source>
        <translation type="unfinished">%1 ist keine Datei</translation>
    </message>
    <message>
        <source>must be a mapping with npm and/or python</source>
        <translation type="unfinished">muss eine Zuordnung mit npm und/oder python sein</translation>
    </message>
    <message>
        <source>must map package names to version ranges, like { pg: &quot;^8.11.0&quot; }</source>
        <translation type="unfinished">muss Paketnamen Versionsbereichen zuordnen, etwa { pg: &quot;^8.11.0&quot; }</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid npm package name</source>
        <translation type="unfinished">„%1“ ist kein gültiger npm-Paketname</translation>
    </message>
    <message>
        <source>must be a version range such as &quot;^8.11.0&quot;</source>
        <translation type="unfinished">muss ein Versionsbereich wie &quot;^8.11.0&quot; sein</translation>
    </message>
    <message>
        <source>must be a list of requirements, like [&quot;httpx&gt;=0.27&quot;]</source>
        <translation type="unfinished">muss eine Liste von Anforderungen sein, etwa [&quot;httpx&gt;=0.27&quot;]</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not stdio or http</source>
        <translation type="unfinished">„%1“ ist weder stdio noch http</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a port number (1-65535)</source>
        <translation type="unfinished">„%1“ ist keine Portnummer (1-65535)</translation>
    </message>
    <message>
        <source>must be a mapping with transport, port, node, python</source>
        <translation type="unfinished">muss eine Zuordnung mit transport, port, node, python sein</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a Node major version such as &quot;22&quot;</source>
        <translation type="unfinished">„%1“ ist keine Node-Hauptversion wie &quot;22&quot;</translation>
    </message>
    <message>
        <source>Node %1 is too old; the runtime needs Node 18 or newer (use &quot;22&quot; or &quot;24&quot;)</source>
        <translation type="unfinished">Node %1 ist zu alt; die Laufzeit braucht Node 18 oder neuer (verwenden Sie &quot;22&quot; oder &quot;24&quot;)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a Python 3 version such as &quot;3.11&quot;</source>
        <translation type="unfinished">„%1“ ist keine Python-3-Version wie &quot;3.11&quot;</translation>
    </message>
    <message>
        <source>Python %1 is too old; the runtime needs Python 3.8 or newer</source>
        <translation type="unfinished">Python %1 ist zu alt; die Laufzeit braucht Python 3.8 oder neuer</translation>
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
        <translation type="unfinished">package.json ist keine Datei im Projektordner (ein Link, der hinausführt?)</translation>
    </message>
    <message>
        <source>cannot be read or is too large</source>
        <translation type="unfinished">kann nicht gelesen werden oder ist zu groß</translation>
    </message>
    <message>
        <source>not valid JSON (%1); npm could not install from it</source>
        <translation type="unfinished">kein gültiges JSON (%1); npm könnte daraus nicht installieren</translation>
    </message>
    <message>
        <source>the project has a package.json; list npm dependencies there, not in the manifest</source>
        <translation type="unfinished">das Projekt hat eine package.json; führen Sie npm-Abhängigkeiten dort auf, nicht im Manifest</translation>
    </message>
    <message>
        <source>not valid JSON: %1</source>
        <translation type="unfinished">kein gültiges JSON: %1</translation>
    </message>
    <message>
        <source>a manifest must be a mapping with name, version and tools</source>
        <translation type="unfinished">ein Manifest muss eine Zuordnung mit name, version und tools sein</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid name: use at most 64 lowercase letters and digits, separated by single . _ or -</source>
        <translation type="unfinished">„%1“ ist kein gültiger Name: verwenden Sie höchstens 64 Kleinbuchstaben und Ziffern, getrennt durch einzelne . _ oder -</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a semantic version such as 1.2.0</source>
        <translation type="unfinished">„%1“ ist keine semantische Version wie 1.2.0</translation>
    </message>
    <message>
        <source>must be text of at most 2048 characters without control characters</source>
        <translation type="unfinished">muss Text von höchstens 2048 Zeichen ohne Steuerzeichen sein</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an SPDX license expression such as MIT or Apache-2.0</source>
        <translation type="unfinished">„%1“ ist kein SPDX-Lizenzausdruck wie MIT oder Apache-2.0</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an http(s) URL</source>
        <translation type="unfinished">„%1“ ist keine http(s)-URL</translation>
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
        <translation type="unfinished">Aliase (*name) werden nicht unterstützt</translation>
    </message>
    <message>
        <source>anchors (&amp;name) are not supported</source>
        <translation type="unfinished">Anker (&amp;name) werden nicht unterstützt</translation>
    </message>
    <message>
        <source>tags (%1) are not supported</source>
        <translation type="unfinished">Tags (%1) werden nicht unterstützt</translation>
    </message>
    <message>
        <source>nested deeper than %1 levels</source>
        <translation type="unfinished">tiefer als %1 Ebenen verschachtelt</translation>
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
        <translation type="unfinished">Der Server sagte: %1</translation>
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
        <translation type="unfinished">Die Standardeingabe des Servers ist geschlossen: er endete vor %1.</translation>
    </message>
    <message>
        <source>%1 was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server did not answer %1 within %2 s.</source>
        <translation type="unfinished">Der Server hat %1 nicht innerhalb von %2 s beantwortet.</translation>
    </message>
    <message>
        <source>The server exited before answering %1.</source>
        <translation type="unfinished">Der Server endete, bevor er %1 beantwortete.</translation>
    </message>
</context>
<context>
    <name>mcpdock::mcp::McpVerifier</name>
    <message>
        <source>%1 has no %2 label to compare the server&apos;s tools with; build it with mcpdock build.</source>
        <translation type="unfinished">%1 hat kein Label %2, mit dem die Werkzeuge des Servers verglichen werden könnten; bauen Sie es mit mcpdock build.</translation>
    </message>
    <message>
        <source>Created container %1 (network: none)</source>
        <translation type="unfinished">Container %1 erstellt (Netzwerk: keines)</translation>
    </message>
    <message>
        <source>The server said: %1</source>
        <translation type="unfinished">Der Server sagte: %1</translation>
    </message>
    <message>
        <source>initialize failed: %1</source>
        <translation type="unfinished">initialize fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>%1: protocol %2, server %3 %4</source>
        <translation type="unfinished">%1: Protokoll %2, Server %3 %4</translation>
    </message>
    <message>
        <source>tools/list failed: %1</source>
        <translation type="unfinished">tools/list fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>missing: %1</source>
        <translation type="unfinished">fehlt: %1</translation>
    </message>
    <message>
        <source>not in the label: %1</source>
        <translation type="unfinished">nicht im Label: %1</translation>
    </message>
    <message>
        <source>The server lists other tools than the image&apos;s label says (%1).</source>
        <translation type="unfinished">Der Server listet andere Werkzeuge, als das Label des Images angibt (%1).</translation>
    </message>
</context>
<context>
    <name>mcpdock::mcp::VerifyError</name>
    <message>
        <source>Verification cancelled.</source>
        <translation type="unfinished">Prüfung abgebrochen.</translation>
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
        <translation type="unfinished">„%1“ ist keine Anforderung wie &quot;httpx&gt;=0.27&quot;</translation>
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
        <translation>Docker läuft nicht unter %1</translation>
    </message>
    <message>
        <source>the configured address</source>
        <translation>der eingestellten Adresse</translation>
    </message>
    <message>
        <source>Cannot build %1</source>
        <translation>%1 kann nicht gebaut werden</translation>
    </message>
    <message>
        <source>%1.

%2</source>
        <translation>%1.

%2</translation>
    </message>
</context>
<context>
    <name>mcpdock::widgets::BuildLogPane</name>
    <message>
        <source>Filter the log</source>
        <translation>Protokoll filtern</translation>
    </message>
    <message>
        <source>Errors and warnings only</source>
        <translation>Nur Fehler und Warnungen</translation>
    </message>
    <message>
        <source>Follow</source>
        <translation>Mitlaufen</translation>
    </message>
    <message>
        <source>Keep the newest line in view. Scrolling up stops following; scrolling back to the bottom resumes.</source>
        <translation>Die neueste Zeile im Blick behalten. Hochscrollen beendet das Mitlaufen; zurück ans Ende scrollen setzt es fort.</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Copy the selected lines (Ctrl+C)</source>
        <translation>Die ausgewählten Zeilen kopieren (Strg+C)</translation>
    </message>
    <message>
        <source>Save…</source>
        <translation>Speichern …</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Leeren</translation>
    </message>
    <message>
        <source>Save build log</source>
        <translation>Build-Protokoll speichern</translation>
    </message>
    <message>
        <source>Log files (*.log *.txt);;All files (*)</source>
        <translation>Protokolldateien (*.log *.txt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>The log could not be written to %1: %2. Choose another folder.</source>
        <translation>Das Protokoll konnte nicht nach %1 geschrieben werden: %2. Wählen Sie einen anderen Ordner.</translation>
    </message>
</context>
<context>
    <name>mcpdock::widgets::DockerfilePane</name>
    <message>
        <source>Save as…</source>
        <translation>Speichern unter …</translation>
    </message>
    <message>
        <source>Dockerfile for %1</source>
        <translation>Dockerfile für %1</translation>
    </message>
    <message>
        <source>No project selected</source>
        <translation>Kein Projekt ausgewählt</translation>
    </message>
    <message>
        <source>Open a manifest (Ctrl+O) or drop an mcp.yaml, mcp.yml or manifest.json on the window; its generated Dockerfile appears here.</source>
        <translation>Öffnen Sie ein Manifest (Strg+O) oder legen Sie eine mcp.yaml, mcp.yml oder manifest.json auf dem Fenster ab; das erzeugte Dockerfile erscheint hier.</translation>
    </message>
    <message>
        <source>Save Dockerfile</source>
        <translation>Dockerfile speichern</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <source>The Dockerfile could not be written to %1: %2. Choose another folder.</source>
        <translation>Das Dockerfile konnte nicht nach %1 geschrieben werden: %2. Wählen Sie einen anderen Ordner.</translation>
    </message>
</context>
<context>
    <name>mcpdock::widgets::ImagesController</name>
    <message>
        <source>Refreshing…</source>
        <translation>Aktualisiere…</translation>
    </message>
    <message>
        <source>Could not list images: %1</source>
        <translation>Images konnten nicht aufgelistet werden: %1</translation>
    </message>
    <message>
        <source>Tag image</source>
        <translation>Image taggen</translation>
    </message>
    <message>
        <source>New tag for %1 (repository:tag):</source>
        <translation>Neuer Tag für %1 (Repository:Tag):</translation>
    </message>
    <message>
        <source>Could not tag %1: %2</source>
        <translation>%1 konnte nicht getaggt werden: %2</translation>
    </message>
    <message>
        <source>Tagged %1.</source>
        <translation>%1 getaggt.</translation>
    </message>
    <message>
        <source>Remove image</source>
        <translation>Image entfernen</translation>
    </message>
    <message numerus="yes">
        <source>Remove %1 (%n tag(s))? Containers using it keep it alive.</source>
        <translation>
            <numerusform>%1 (%n Tag) entfernen? Container, die es nutzen, halten es am Leben.</numerusform>
            <numerusform>%1 (%n Tags) entfernen? Container, die es nutzen, halten es am Leben.</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not remove %1: %2</source>
        <translation>%1 konnte nicht entfernt werden: %2</translation>
    </message>
    <message>
        <source>Prune old builds</source>
        <translation>Alte Builds aufräumen</translation>
    </message>
    <message numerus="yes">
        <source>Remove all but the newest %n build(s) of each project? Images a container uses are kept.</source>
        <translation>
            <numerusform>Alle außer dem neuesten Build jedes Projekts entfernen? Images, die ein Container nutzt, bleiben.</numerusform>
            <numerusform>Alle außer den neuesten %n Builds jedes Projekts entfernen? Images, die ein Container nutzt, bleiben.</numerusform>
        </translation>
    </message>
    <message>
        <source>Pruning…</source>
        <translation>Räume auf…</translation>
    </message>
    <message>
        <source>kept %1: %2</source>
        <translation>behalten %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Dry run: %n image(s) would be removed, %1 freed.</source>
        <translation>
            <numerusform>Probelauf: %n Image würde entfernt, %1 frei.</numerusform>
            <numerusform>Probelauf: %n Images würden entfernt, %1 frei.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n image(s) removed, %1 freed.</source>
        <translation>
            <numerusform>%n Image entfernt, %1 frei.</numerusform>
            <numerusform>%n Images entfernt, %1 frei.</numerusform>
        </translation>
    </message>
    <message>
        <source>Verify</source>
        <translation>Prüfen</translation>
    </message>
    <message>
        <source>Verify %1</source>
        <translation>%1 prüfen</translation>
    </message>
    <message>
        <source>Try</source>
        <translation>Ausprobieren</translation>
    </message>
    <message>
        <source>Push</source>
        <translation>Pushen</translation>
    </message>
    <message>
        <source>Select an image in the Images tab, or build one first.</source>
        <translation>Wählen Sie ein Image im Reiter „Images“ oder bauen Sie zuerst eins.</translation>
    </message>
    <message>
        <source>Push (dry run)</source>
        <translation>Pushen (Probelauf)</translation>
    </message>
    <message>
        <source>Would push %1 as %2.</source>
        <translation>Würde %1 als %2 pushen.</translation>
    </message>
    <message>
        <source>Push %1</source>
        <translation>%1 pushen</translation>
    </message>
</context>
<context>
    <name>mcpdock::widgets::ImagesPane</name>
    <message>
        <source>Filter by repository, tag or tool</source>
        <translation>Nach Repository, Tag oder Werkzeug filtern</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Tag…</source>
        <translation>Taggen …</translation>
    </message>
    <message>
        <source>Push…</source>
        <translation>Pushen …</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Prune old builds</source>
        <translation>Alte Builds aufräumen</translation>
    </message>
    <message>
        <source>Remove all but the newest builds of each project (Settings → Images)</source>
        <translation>Alle außer den neuesten Builds jedes Projekts entfernen (Einstellungen → Images)</translation>
    </message>
    <message>
        <source>Verify</source>
        <translation>Prüfen</translation>
    </message>
    <message>
        <source>Start the image without network, do the MCP handshake and compare its tools with the manifest</source>
        <translation>Das Image ohne Netzwerk starten, den MCP-Handshake ausführen und seine Werkzeuge mit dem Manifest vergleichen</translation>
    </message>
    <message>
        <source>Earlier builds whose tags moved to a newer build of the same project. &quot;Prune old builds&quot; removes them.</source>
        <translation>Frühere Builds, deren Tags auf einen neueren Build desselben Projekts übergegangen sind. „Alte Builds aufräumen“ entfernt sie.</translation>
    </message>
    <message>
        <source>Show untagged (%1)</source>
        <translation>Ohne Tag anzeigen (%1)</translation>
    </message>
    <message>
        <source>Try…</source>
        <translation>Ausprobieren…</translation>
    </message>
    <message>
        <source>Start the image and use it like an MCP client: call its tools with arguments from a form, read resources, render prompts</source>
        <translation>Das Image starten und wie ein MCP-Client nutzen: Tools mit Argumenten aus einem Formular aufrufen, Ressourcen lesen, Prompts erzeugen</translation>
    </message>
</context>
<context>
    <name>mcpdock::widgets::Job</name>
    <message>
        <source>Build %1</source>
        <translation>Build von %1</translation>
    </message>
    <message>
        <source>Verify %1</source>
        <translation>Prüfung von %1</translation>
    </message>
    <message>
        <source>Cancelled before it started.</source>
        <translation>Vor dem Start abgebrochen.</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen …</translation>
    </message>
    <message>
        <source>Pushed %1 (%2).</source>
        <translation>%1 gepusht (%2).</translation>
    </message>
    <message>
        <source>Step %1 (%2): %3</source>
        <translation>Schritt %1 (%2): %3</translation>
    </message>
    <message>
        <source>Dry run: nothing is sent to the Docker daemon.</source>
        <translation>Probelauf: Nichts wird an den Docker-Daemon gesendet.</translation>
    </message>
    <message>
        <source>Would build %1 from %2</source>
        <translation>Würde %1 aus %2 bauen</translation>
    </message>
    <message>
        <source>Would tag: %1</source>
        <translation>Würde taggen: %1</translation>
    </message>
    <message numerus="yes">
        <source>Dry run: %n tag(s) would be created.</source>
        <translation>
            <numerusform>Probelauf: %n Tag würde erstellt.</numerusform>
            <numerusform>Probelauf: %n Tags würden erstellt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 answered %2 (protocol %3) and lists %n tool(s): %4.</source>
        <translation>
            <numerusform>%1 antwortete auf %2 (Protokoll %3) und listet %n Werkzeug: %4.</numerusform>
            <numerusform>%1 antwortete auf %2 (Protokoll %3) und listet %n Werkzeuge: %4.</numerusform>
        </translation>
    </message>
    <message>
        <source>Missing: %1.</source>
        <translation>Fehlt: %1.</translation>
    </message>
    <message>
        <source>Not declared: %1.</source>
        <translation>Nicht deklariert: %1.</translation>
    </message>
    <message>
        <source>Build %1 (dry run)</source>
        <translation>Build von %1 (Probelauf)</translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <translation>Schritt %1 von %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n cached step(s)).</source>
        <translation>
            <numerusform>%1 (%n Schritt aus dem Cache).</numerusform>
            <numerusform>%1 (%n Schritte aus dem Cache).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mcpdock::widgets::JobsPanel</name>
    <message>
        <source>Waiting for a free slot</source>
        <translation>Wartet auf einen freien Platz</translation>
    </message>
    <message>
        <source>Done in %1. %2</source>
        <translation>Fertig in %1. %2</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>No builds or pushes yet. Press Build (Ctrl+B) to build the selected project.</source>
        <translation>Noch keine Builds oder Pushes. Drücken Sie „Bauen“ (Strg+B), um das ausgewählte Projekt zu bauen.</translation>
    </message>
    <message>
        <source>Clear finished</source>
        <translation>Beendete entfernen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <translation>Schritt %1 von %2</translation>
    </message>
</context>
<context>
    <name>mcpdock::widgets::MainWindow</name>
    <message>
        <source>MCP Dock</source>
        <translation>MCP Dock</translation>
    </message>
    <message>
        <source>Manifests</source>
        <translation>Manifeste</translation>
    </message>
    <message>
        <source>Dockerfile</source>
        <translation>Dockerfile</translation>
    </message>
    <message>
        <source>Build log</source>
        <translation>Build-Protokoll</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>Images</translation>
    </message>
    <message>
        <source>Registries</source>
        <translation>Registries</translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation>Aufträge</translation>
    </message>
    <message>
        <source>&amp;Open manifest…</source>
        <translation>Manifest ö&amp;ffnen …</translation>
    </message>
    <message>
        <source>Open an mcp.yaml, mcp.yml or manifest.json (Ctrl+O)</source>
        <translation>Eine mcp.yaml, mcp.yml oder manifest.json öffnen (Strg+O)</translation>
    </message>
    <message>
        <source>&amp;Build</source>
        <translation>&amp;Bauen</translation>
    </message>
    <message>
        <source>Build an image of the selected project (Ctrl+B)</source>
        <translation>Ein Image des ausgewählten Projekts bauen (Strg+B)</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>Ab&amp;brechen</translation>
    </message>
    <message>
        <source>Cancel the most recent build or push (Esc)</source>
        <translation>Den jüngsten Build oder Push abbrechen (Esc)</translation>
    </message>
    <message>
        <source>&amp;Push…</source>
        <translation>&amp;Pushen …</translation>
    </message>
    <message>
        <source>Push the selected image, or the last one built, to a registry (Ctrl+P)</source>
        <translation>Das ausgewählte oder zuletzt gebaute Image in eine Registry pushen (Strg+P)</translation>
    </message>
    <message>
        <source>&amp;Dry run</source>
        <translation>&amp;Probelauf</translation>
    </message>
    <message>
        <source>Show what Build and Push would do, without doing it</source>
        <translation>Zeigen, was Bauen und Pushen tun würden, ohne es zu tun</translation>
    </message>
    <message>
        <source>P&amp;rune old builds…</source>
        <translation>Alte Builds auf&amp;räumen …</translation>
    </message>
    <message>
        <source>Remove all but the newest builds of each project</source>
        <translation>Alle außer den neuesten Builds jedes Projekts entfernen</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen …</translation>
    </message>
    <message>
        <source>&amp;Reload manifest</source>
        <translation>Manifest neu &amp;laden</translation>
    </message>
    <message>
        <source>C&amp;lose project</source>
        <translation>Projekt &amp;schließen</translation>
    </message>
    <message>
        <source>Refresh &amp;images</source>
        <translation>&amp;Images aktualisieren</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Haupt</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>Recent &amp;manifests</source>
        <translation>&amp;Zuletzt geöffnete Manifeste</translation>
    </message>
    <message>
        <source>&amp;Images</source>
        <translation>&amp;Images</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About MCP Dock</source>
        <translation>&amp;Über MCP Dock</translation>
    </message>
    <message>
        <source>About MCP Dock</source>
        <translation>Über MCP Dock</translation>
    </message>
    <message>
        <source>MCP Dock %1
Turns an MCP server project into a Docker image and publishes it.</source>
        <translation>MCP Dock %1
Macht aus einem MCP-Server-Projekt ein Docker-Image und veröffentlicht es.</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <source>Quit MCP Dock</source>
        <translation>MCP Dock beenden</translation>
    </message>
    <message numerus="yes">
        <source>%n build(s) or push(es) are still running. Quit and cancel them?</source>
        <translation>
            <numerusform>%n Build oder Push läuft noch. Beenden und abbrechen?</numerusform>
            <numerusform>%n Builds oder Pushes laufen noch. Beenden und abbrechen?</numerusform>
        </translation>
    </message>
    <message>
        <source>Clear the list</source>
        <translation>Liste leeren</translation>
    </message>
    <message>
        <source>Connecting to Docker…</source>
        <translation>Verbindung zu Docker …</translation>
    </message>
    <message>
        <source>Docker %1 at %2</source>
        <translation>Docker %1 unter %2</translation>
    </message>
    <message>
        <source>%1 (+%2 more)</source>
        <translation>%1 (+%2 weitere)</translation>
    </message>
    <message>
        <source>%1 finished</source>
        <translation>%1 fertig</translation>
    </message>
    <message>
        <source>%1 cancelled</source>
        <translation>%1 abgebrochen</translation>
    </message>
    <message>
        <source>%1 failed</source>
        <translation>%1 fehlgeschlagen</translation>
    </message>
    <message>
        <source>Build</source>
        <translation>Bauen</translation>
    </message>
    <message>
        <source>Open a manifest and select its project to build it.</source>
        <translation>Öffnen Sie ein Manifest und wählen Sie sein Projekt aus, um es zu bauen.</translation>
    </message>
    <message>
        <source>%1 has problems and cannot be built. Fix them (see the Manifests pane) and reload.</source>
        <translation>%1 hat Probleme und kann nicht gebaut werden. Beheben Sie sie (siehe Bereich „Manifeste“) und laden Sie neu.</translation>
    </message>
</context>
<context>
    <name>mcpdock::widgets::ProjectsController</name>
    <message>
        <source>Open manifest</source>
        <translation>Manifest öffnen</translation>
    </message>
    <message>
        <source>MCP manifests (mcp.yaml mcp.yml manifest.json);;All files (*)</source>
        <translation>MCP-Manifeste (mcp.yaml mcp.yml manifest.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Not a manifest</source>
        <translation>Kein Manifest</translation>
    </message>
    <message numerus="yes">
        <source>%1 has %n problem(s); see the Manifests pane.</source>
        <translation>
            <numerusform>%1 hat %n Problem; siehe Bereich „Manifeste“.</numerusform>
            <numerusform>%1 hat %n Probleme; siehe Bereich „Manifeste“.</numerusform>
        </translation>
    </message>
    <message>
        <source>Loaded %1.</source>
        <translation>%1 geladen.</translation>
    </message>
    <message>
        <source>%1 has problems; fix them and reload (F5)</source>
        <translation>%1 hat Probleme; beheben und neu laden (F5)</translation>
    </message>
    <message>
        <source>No Dockerfile for %1</source>
        <translation>Kein Dockerfile für %1</translation>
    </message>
</context>
<context>
    <name>mcpdock::widgets::PushDialog</name>
    <message>
        <source>Push %1</source>
        <translation>Push von %1</translation>
    </message>
    <message>
        <source>organisation or user</source>
        <translation>Organisation oder Benutzer</translation>
    </message>
    <message>
        <source>Registry:</source>
        <translation>Registry:</translation>
    </message>
    <message>
        <source>Namespace:</source>
        <translation>Namensraum:</translation>
    </message>
    <message>
        <source>Tag:</source>
        <translation>Tag:</translation>
    </message>
    <message>
        <source>Pushes:</source>
        <translation>Pusht:</translation>
    </message>
    <message>
        <source>Push</source>
        <translation>Pushen</translation>
    </message>
</context>
<context>
    <name>mcpdock::widgets::RegistriesPane</name>
    <message>
        <source>Add…</source>
        <translation>Hinzufügen …</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Bearbeiten …</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Test login</source>
        <translation>Anmeldung testen</translation>
    </message>
    <message>
        <source>Ask the Docker daemon to log in to the registry with the saved credentials</source>
        <translation>Den Docker-Daemon bitten, sich mit den gespeicherten Zugangsdaten bei der Registry anzumelden</translation>
    </message>
</context>
<context>
    <name>mcpdock::widgets::RegistryController</name>
    <message>
        <source>Login succeeded.</source>
        <translation>Anmeldung erfolgreich.</translation>
    </message>
    <message>
        <source>Registry not saved</source>
        <translation>Registry nicht gespeichert</translation>
    </message>
    <message>
        <source>Password not saved</source>
        <translation>Passwort nicht gespeichert</translation>
    </message>
    <message>
        <source>Forget the username for %1 and delete its password from the keychain?</source>
        <translation>Den Benutzernamen für %1 vergessen und sein Passwort aus dem Schlüsselbund löschen?</translation>
    </message>
    <message>
        <source>Remove %1 and delete its password from the keychain?</source>
        <translation>%1 entfernen und sein Passwort aus dem Schlüsselbund löschen?</translation>
    </message>
    <message>
        <source>Remove registry</source>
        <translation>Registry entfernen</translation>
    </message>
    <message>
        <source>Keychain</source>
        <translation>Schlüsselbund</translation>
    </message>
    <message>
        <source>No credentials for %1: edit the registry and enter a username and password or token.</source>
        <translation>Keine Zugangsdaten für %1: Bearbeiten Sie die Registry und geben Sie Benutzername und Passwort oder Token ein.</translation>
    </message>
    <message>
        <source>Test login</source>
        <translation>Anmeldung testen</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Login to %1 failed: %2</source>
        <translation>Anmeldung bei %1 fehlgeschlagen: %2</translation>
    </message>
</context>
<context>
    <name>mcpdock::widgets::RegistryDialog</name>
    <message>
        <source>Edit registry</source>
        <translation>Registry bearbeiten</translation>
    </message>
    <message>
        <source>Add registry</source>
        <translation>Registry hinzufügen</translation>
    </message>
    <message>
        <source>Docker Hub</source>
        <translation>Docker Hub</translation>
    </message>
    <message>
        <source>GitHub Container Registry</source>
        <translation>GitHub Container Registry</translation>
    </message>
    <message>
        <source>Other registry</source>
        <translation>Andere Registry</translation>
    </message>
    <message>
        <source>registry.example.com:5000</source>
        <translation>registry.example.com:5000</translation>
    </message>
    <message>
        <source>organisation or user, optional</source>
        <translation>Organisation oder Benutzer, optional</translation>
    </message>
    <message>
        <source>saved in the keychain; type to replace</source>
        <translation>im Schlüsselbund gespeichert; zum Ersetzen tippen</translation>
    </message>
    <message>
        <source>password or access token</source>
        <translation>Passwort oder Zugriffstoken</translation>
    </message>
    <message>
        <source>Test login</source>
        <translation>Anmeldung testen</translation>
    </message>
    <message>
        <source>Registry:</source>
        <translation>Registry:</translation>
    </message>
    <message>
        <source>Host:</source>
        <translation>Host:</translation>
    </message>
    <message>
        <source>Username:</source>
        <translation>Benutzername:</translation>
    </message>
    <message>
        <source>Password or token:</source>
        <translation>Passwort oder Token:</translation>
    </message>
    <message>
        <source>Default namespace:</source>
        <translation>Standard-Namensraum:</translation>
    </message>
    <message>
        <source>The password or token is stored in the system keychain, never in MCP Dock&apos;s settings file.</source>
        <translation>Das Passwort oder Token wird im Schlüsselbund des Systems gespeichert, nie in der Einstellungsdatei von MCP Dock.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Wird geprüft …</translation>
    </message>
    <message>
        <source>Docker Hub needs a username or a namespace to push to.</source>
        <translation>Docker Hub braucht einen Benutzernamen oder einen Namensraum zum Pushen.</translation>
    </message>
    <message>
        <source>Enter the registry&apos;s host, for example registry.example.com:5000.</source>
        <translation>Geben Sie den Host der Registry ein, zum Beispiel registry.example.com:5000.</translation>
    </message>
</context>
<context>
    <name>mcpdock::widgets::SchemaFormDelegate</name>
    <message>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
</context>
<context>
    <name>mcpdock::widgets::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Automatic (DOCKER_HOST, the current docker context, or the default socket)</source>
        <translation>Automatisch (DOCKER_HOST, der aktuelle Docker-Kontext oder der Standard-Socket)</translation>
    </message>
    <message>
        <source>Unix socket:</source>
        <translation>Unix-Socket:</translation>
    </message>
    <message>
        <source>TCP:</source>
        <translation>TCP:</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen …</translation>
    </message>
    <message>
        <source>host:2376</source>
        <translation>host:2376</translation>
    </message>
    <message>
        <source>folder with ca.pem, cert.pem, key.pem (empty: no TLS)</source>
        <translation>Ordner mit ca.pem, cert.pem, key.pem (leer: kein TLS)</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Verbindung testen</translation>
    </message>
    <message>
        <source>TLS certificates:</source>
        <translation>TLS-Zertifikate:</translation>
    </message>
    <message>
        <source>Docker</source>
        <translation>Docker</translation>
    </message>
    <message>
        <source>default: node:&lt;version&gt;-alpine</source>
        <translation>Standard: node:&lt;Version&gt;-alpine</translation>
    </message>
    <message>
        <source>default: node:&lt;version&gt;-bookworm-slim</source>
        <translation>Standard: node:&lt;Version&gt;-bookworm-slim</translation>
    </message>
    <message>
        <source>default: python:&lt;version&gt;-slim</source>
        <translation>Standard: python:&lt;Version&gt;-slim</translation>
    </message>
    <message>
        <source>Comma-separated tag templates: latest, v{version}, {timestamp}, {date}, {major}.{minor}, {name}</source>
        <translation>Kommagetrennte Tag-Vorlagen: latest, v{version}, {timestamp}, {date}, {major}.{minor}, {name}</translation>
    </message>
    <message>
        <source>Daemon default</source>
        <translation>Voreinstellung des Daemons</translation>
    </message>
    <message>
        <source>Host network</source>
        <translation>Host-Netzwerk</translation>
    </message>
    <message>
        <source>No network</source>
        <translation>Kein Netzwerk</translation>
    </message>
    <message>
        <source>Dry run: show what a build or push would do without doing it</source>
        <translation>Probelauf: zeigen, was ein Build oder Push tun würde, ohne es zu tun</translation>
    </message>
    <message>
        <source>Base images (empty: the default for the manifest&apos;s runtime)</source>
        <translation>Basis-Images (leer: die Voreinstellung für die Laufzeit des Manifests)</translation>
    </message>
    <message>
        <source>Node (Alpine):</source>
        <translation>Node (Alpine):</translation>
    </message>
    <message>
        <source>Node (Debian):</source>
        <translation>Node (Debian):</translation>
    </message>
    <message>
        <source>Python:</source>
        <translation>Python:</translation>
    </message>
    <message>
        <source>Default tags:</source>
        <translation>Standard-Tags:</translation>
    </message>
    <message>
        <source>Network during RUN:</source>
        <translation>Netzwerk während RUN:</translation>
    </message>
    <message>
        <source>Build</source>
        <translation>Bauen</translation>
    </message>
    <message>
        <source>Prune old builds keeps the newest:</source>
        <translation>Alte Builds aufräumen behält die neuesten:</translation>
    </message>
    <message>
        <source>per project. Images a container uses are never removed.</source>
        <translation>pro Projekt. Images, die ein Container nutzt, werden nie entfernt.</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>Images</translation>
    </message>
    <message>
        <source>Registries</source>
        <translation>Registries</translation>
    </message>
    <message>
        <source>Docker socket</source>
        <translation>Docker-Socket</translation>
    </message>
    <message>
        <source>TLS certificate folder</source>
        <translation>Ordner der TLS-Zertifikate</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Verbinde …</translation>
    </message>
    <message>
        <source>Connected to %1: Docker Engine %2 (API %3, %4/%5).</source>
        <translation>Verbunden mit %1: Docker Engine %2 (API %3, %4/%5).</translation>
    </message>
</context>
<context>
    <name>mcpdock::widgets::TryPane</name>
    <message>
        <source>[an image (%1, %2 bytes) that cannot be shown]</source>
        <translation>[ein Bild (%1, %2 Bytes), das nicht angezeigt werden kann]</translation>
    </message>
    <message>
        <source>[audio, %1]</source>
        <translation>[Audio, %1]</translation>
    </message>
    <message>
        <source>[resource link %1]</source>
        <translation>[Ressourcen-Link %1]</translation>
    </message>
    <message>
        <source>[%1: %2, binary]</source>
        <translation>[%1: %2, binär]</translation>
    </message>
    <message>
        <source>The answer appears here.</source>
        <translation>Die Antwort erscheint hier.</translation>
    </message>
    <message>
        <source>The tool reported an error (isError).</source>
        <translation>Das Tool hat einen Fehler gemeldet (isError).</translation>
    </message>
    <message>
        <source>Try %1</source>
        <translation>%1 ausprobieren</translation>
    </message>
    <message>
        <source>Starting %1…</source>
        <translation>Starte %1…</translation>
    </message>
    <message>
        <source>The container&apos;s network: none (the default: everything the server needs is in the image), host, or a network&apos;s name. Applies on Restart.</source>
        <translation>Das Netzwerk des Containers: none (Standard: alles, was der Server braucht, ist im Image), host oder der Name eines Netzwerks. Gilt beim Neustart.</translation>
    </message>
    <message>
        <source>K=V K2=V2</source>
        <translation>K=V K2=V2</translation>
    </message>
    <message>
        <source>Environment variables for the server, separated by spaces. Applies on Restart.</source>
        <translation>Umgebungsvariablen für den Server, durch Leerzeichen getrennt. Gilt beim Neustart.</translation>
    </message>
    <message>
        <source>Restart</source>
        <translation>Neu starten</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stoppen</translation>
    </message>
    <message>
        <source>Stop the server and remove its container</source>
        <translation>Den Server stoppen und seinen Container entfernen</translation>
    </message>
    <message>
        <source>Copy as client configuration</source>
        <translation>Als Client-Konfiguration kopieren</translation>
    </message>
    <message>
        <source>The mcpServers JSON an MCP client (Claude Desktop, VS Code…) needs to run this image</source>
        <translation>Das mcpServers-JSON, das ein MCP-Client (Claude Desktop, VS Code…) zum Starten dieses Images braucht</translation>
    </message>
    <message>
        <source>Network:</source>
        <translation>Netzwerk:</translation>
    </message>
    <message>
        <source>Env:</source>
        <translation>Umgebung:</translation>
    </message>
    <message>
        <source>Add item</source>
        <translation>Eintrag hinzufügen</translation>
    </message>
    <message>
        <source>Remove item</source>
        <translation>Eintrag entfernen</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Aufrufen</translation>
    </message>
    <message>
        <source>The last calls to this image; double-click to run one again</source>
        <translation>Die letzten Aufrufe dieses Images; Doppelklick führt einen erneut aus</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>Lesen</translation>
    </message>
    <message>
        <source>Get</source>
        <translation>Abrufen</translation>
    </message>
    <message>
        <source>Tools</source>
        <translation>Tools</translation>
    </message>
    <message>
        <source>Resources</source>
        <translation>Ressourcen</translation>
    </message>
    <message>
        <source>Prompts</source>
        <translation>Prompts</translation>
    </message>
    <message>
        <source>Log and progress notifications from the server</source>
        <translation>Log- und Fortschrittsmeldungen des Servers</translation>
    </message>
    <message>
        <source>Raw JSON-RPC</source>
        <translation>Rohes JSON-RPC</translation>
    </message>
    <message>
        <source>%1 did not start</source>
        <translation>%1 ist nicht gestartet</translation>
    </message>
    <message>
        <source>Stopped; the container is removed.</source>
        <translation>Gestoppt; der Container ist entfernt.</translation>
    </message>
    <message>
        <source>progress %1%2 %3</source>
        <translation>Fortschritt %1%2 %3</translation>
    </message>
    <message>
        <source>docker run -i --rm --network %1 %2</source>
        <translation>docker run -i --rm --network %1 %2</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Stoppe…</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Starten</translation>
    </message>
    <message>
        <source>%1 %2 — protocol %3</source>
        <translation>%1 %2 — Protokoll %3</translation>
    </message>
    <message>
        <source>Running %1 (network %2)</source>
        <translation>%1 läuft (Netzwerk %2)</translation>
    </message>
    <message>
        <source>The server offers no resources</source>
        <translation>Der Server bietet keine Ressourcen an</translation>
    </message>
    <message>
        <source>The server offers no prompts</source>
        <translation>Der Server bietet keine Prompts an</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>Nicht gesendet: %1</translation>
    </message>
    <message>
        <source>Calling %1…</source>
        <translation>Rufe %1 auf…</translation>
    </message>
    <message numerus="yes">
        <source>%n tool(s) (tools/list: %1 ms)</source>
        <translation>
            <numerusform>%n Tool (tools/list: %1 ms)</numerusform>
            <numerusform>%n Tools (tools/list: %1 ms)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 ms</source>
        <translation>%1: %2 ms</translation>
    </message>
</context>
</TS>
