#!/usr/bin/env bash
# Screenshots of every pane for the README: runs MCP Dock under Xvfb with an example loaded,
# builds it (when the Docker daemon answers), and saves one PNG per pane and settings page, and one of
# the Try window calling a tool of the built image.
#
#   scripts/screenshots.sh [OUTPUT_DIR] [MANIFEST_OR_FOLDER]
#
# Environment: MCPDOCK_BIN (the mcpdock-screenshots tool, docs/tools/; default: the newest
# build/*/docs/tools/mcpdock-screenshots),
# MCPDOCK_TESTENV_FILE (a test environment file: its daemon socket and base images are used),
# DOCKER_HOST otherwise as usual. MCPDOCK_SCREENSHOT_BUILD=0 skips the build.
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
out=${1:-$root/docs/screenshots}
example=${2:-$root/examples/weather-js}

bin=${MCPDOCK_BIN:-}
if [[ -z $bin ]]; then
    bin=$(ls -t "$root"/build/*/docs/tools/mcpdock-screenshots 2>/dev/null | head -n1 || true)
fi
if [[ -z $bin || ! -x $bin ]]; then
    echo "screenshots.sh: no mcpdock-screenshots; build it (cmake --build build/<preset> --target mcpdock-screenshots) or set MCPDOCK_BIN" >&2
    exit 1
fi
command -v xvfb-run >/dev/null || { echo "screenshots.sh: xvfb-run is missing (apt install xvfb)" >&2; exit 1; }

# A private settings folder, so the user's own settings are neither used nor changed.
config=$(mktemp -d)
trap 'rm -rf "$config"' EXIT
mkdir -p "$config/MCPDock"
{
    echo "[docker]"
    if [[ -n ${MCPDOCK_TESTENV_FILE:-} && -r $MCPDOCK_TESTENV_FILE ]]; then
        # Read the one value needed: the file has unquoted lists with spaces, which source would run.
        echo "hostMode=socket"
        echo "socket=$(sed -n 's/^MCPDOCK_TEST_DOCKER_SOCKET=//p' "$MCPDOCK_TESTENV_FILE")"
    else
        echo "hostMode=auto"
    fi
    echo "[build]"
    echo "networkMode=host"
} > "$config/MCPDock/mcpdock.conf"

mkdir -p "$out"
# A fixed locale and size so the images do not depend on who runs the script.
LC_ALL=${SCREENSHOT_LANG:-C.UTF-8} LANG=${SCREENSHOT_LANG:-C.UTF-8} \
XDG_CONFIG_HOME="$config" XDG_DATA_HOME="$config" \
MCPDOCK_SCREENSHOT_BUILD=${MCPDOCK_SCREENSHOT_BUILD:-1} \
    xvfb-run -a -s "-screen 0 1400x900x24" "$bin" "$out" "$example"
ls -1 "$out"/*.png
