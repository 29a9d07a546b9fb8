#!/usr/bin/env bash
# Installs every Debian 12 package MCP Dock needs to build, test, package and run.
# Non-interactive and idempotent: when dpkg already lists all of them, apt is not touched.
#
#   scripts/install-deps.sh            install what is missing (as root, or through sudo)
#   scripts/install-deps.sh --list     print the package list and exit
set -euo pipefail

packages=(
    # build
    build-essential cmake ninja-build ccache mold pkg-config git file
    qt6-base-dev qt6-tools-dev qt6-l10n-tools qt6-tools-dev-tools qt6-qpa-plugins qt6-translations-l10n libgl-dev
    # fuzzing (libFuzzer) and the sanitizer pass
    clang libclang-rt-14-dev
    libyaml-cpp-dev libarchive-dev qtkeychain-qt6-dev libtomlplusplus-dev
    # the test environment: a private dockerd and registry, base images from this machine's tools
    docker.io docker-registry apache2-utils busybox-static curl openssl ca-certificates
    python3 python3-pip python3-venv passwd xz-utils
    # arm64 stand-in base images and arm64 builds under emulation (binfmt_misc + QEMU)
    qemu-user-static binfmt-support
    # credentials: Secret Service in a D-Bus session, docker credential helpers
    gnome-keyring dbus dbus-x11 dbus-user-session libsecret-tools golang-docker-credential-helpers pass gnupg
    # GUI tests and screenshots
    xvfb xauth fonts-dejavu-core
    # packaging: icon rendering, .deb, metadata validation, a clean Debian root for the install test
    librsvg2-bin desktop-file-utils appstream dpkg-dev fakeroot debootstrap
    # misc tools the scripts use
    socat
)

# Node and npm: the base images are made from whatever node this machine has. Debian's own
# nodejs + npm are installed only when there is no node at all (a node from elsewhere, e.g.
# NodeSource, brings its own npm and conflicts with Debian's npm package).
if ! command -v node >/dev/null 2>&1 && ! command -v nodejs >/dev/null 2>&1; then
    packages+=(nodejs npm)
elif ! command -v npm >/dev/null 2>&1; then
    if dpkg-query -W -f='${Version}' nodejs 2>/dev/null | grep -qv nodesource; then
        packages+=(npm)
    else
        echo "install-deps: node is installed but npm is not; install npm for your node" >&2
    fi
fi

if [ "${1:-}" = --list ]; then
    printf '%s\n' "${packages[@]}"
    exit 0
fi

missing=()
for p in "${packages[@]}"; do
    status=$(dpkg-query -W -f='${Status}' "$p" 2>/dev/null || true)
    [ "$status" = "install ok installed" ] || missing+=("$p")
done

if [ ${#missing[@]} -eq 0 ]; then
    echo "install-deps: all ${#packages[@]} packages are installed" >&2
    exit 0
fi

sudo=()
if [ "$(id -u)" != 0 ]; then
    command -v sudo >/dev/null || { echo "install-deps: run as root (missing: ${missing[*]})" >&2; exit 1; }
    sudo=(sudo)
fi

echo "install-deps: installing ${missing[*]}" >&2
export DEBIAN_FRONTEND=noninteractive
"${sudo[@]}" apt-get update -q
"${sudo[@]}" apt-get install -y -q --no-install-recommends "${missing[@]}"
