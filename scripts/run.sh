#!/usr/bin/env bash
# The README's main job: installs the packages, builds MCP Dock (release preset), finds a Docker
# daemon (yours when one answers at DOCKER_HOST or /var/run/docker.sock, else a private one this
# script starts and stops), makes local base images when Docker Hub is unreachable, then builds and
# verifies every example MCP server with the `mcpdock` CLI and opens the desktop application with
# the examples loaded when a display is available.
#
#   scripts/run.sh
# Environment:
#   MCPDOCK_NO_GUI=1          do not open the window at the end
set -euo pipefail

src=$(cd "$(dirname "$0")/.." && pwd)
cd "$src"
build=$src/build/release
mcpdock=$build/app/mcpdock

say() { echo "==> $*" >&2; }
die() { echo "run.sh: $*" >&2; exit 1; }

private_env=
# shellcheck disable=SC2317 # called by the traps
cleanup() {
    local rc=$?
    trap - EXIT INT TERM
    if [ -n "$private_env" ]; then
        say "stopping the private Docker daemon and registry"
        tests/support/testenv.sh stop "$private_env" >&2 || true
    fi
    exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

say "installing packages"
scripts/install-deps.sh

jobs=$(nproc 2>/dev/null || echo 2)
say "building (preset release)"
cmake --preset release >&2
cmake --build --preset release --parallel "$jobs" --target mcpdock >&2
[ -x "$mcpdock" ] || mcpdock=$(find "$build" -name mcpdock -type f -perm -u+x | head -n1)
[ -x "$mcpdock" ] || die "the build did not produce the mcpdock binary"

daemon_answers() { # host
    DOCKER_HOST=$1 docker version --format '{{.Server.Version}}' >/dev/null 2>&1
}

# ------------------------------------------------------------------ Docker daemon
# The examples build FROM Docker Hub's node and python images. Your daemon is used when it can get
# them (Docker Hub answers, or it has them already); otherwise a private daemon is started whose
# Docker Hub mirror serves stand-ins made from this machine's tools (tests/support/testenv.sh, the
# same environment the tests and benchmarks use). Nothing here passes base-image options.
mapfile -t base_images < <(for m in examples/*/; do "$mcpdock" dockerfile "$m" 2>/dev/null; done |
    sed -n 's/^FROM \([^ ]*\).*/\1/p' | sort -u)

hub_answers() {
    # 401 means Docker Hub's registry answers (and asks for a token).
    local code
    code=$(curl -s -o /dev/null -w '%{http_code}' --max-time 10 https://registry-1.docker.io/v2/ || true)
    [ "$code" = 401 ] || [ "$code" = 200 ]
}
has_base_images() { # host
    local image
    for image in "${base_images[@]}"; do
        DOCKER_HOST=$1 docker image inspect "$image" >/dev/null 2>&1 || return 1
    done
}
usable_daemon() { # host
    daemon_answers "$1" || return 1
    if hub_answers; then
        say "Docker Hub is reachable: $1 pulls the base images (${base_images[*]})"
    elif has_base_images "$1"; then
        say "Docker Hub is not reachable, but $1 has the base images (${base_images[*]})"
    else
        say "$1 answers, but Docker Hub is not reachable and it lacks some of ${base_images[*]}"
        return 1
    fi
}

if [ -n "${DOCKER_HOST:-}" ] && usable_daemon "$DOCKER_HOST"; then
    say "using your Docker daemon at DOCKER_HOST=$DOCKER_HOST"
elif [ -z "${DOCKER_HOST:-}" ] && [ -S /var/run/docker.sock ] && usable_daemon unix:///var/run/docker.sock; then
    export DOCKER_HOST=unix:///var/run/docker.sock
    say "using your Docker daemon at $DOCKER_HOST"
else
    private_env=$build/run-env
    say "starting a private Docker daemon in $private_env (stopped when this script ends), with a"
    say "Docker Hub mirror serving base images made from this machine's node and python"
    tests/support/testenv.sh start "$private_env" >&2
    export DOCKER_HOST=unix://$private_env/docker.sock
fi

# ------------------------------------------------------------------ the CLI
say "mcpdock ping"
"$mcpdock" ping

# Every folder under examples/ is a project (an mcp.yaml, or an SDK server's own package files).
projects=()
for d in examples/*/; do projects+=("${d%/}"); done

failed=()
for project in "${projects[@]}"; do
    name=$(basename "$project")
    image=mcpdock-example/$name:local
    # --network host: RUN steps reach the package registries only through the host's network.
    say "mcpdock build $project --tag $image --network host"
    if ! "$mcpdock" build "$project" --tag "$image" --network host; then
        say "building $project FAILED"
        failed+=("$name")
        continue
    fi
    say "mcpdock verify $image"
    "$mcpdock" verify "$image" || { say "verifying $image FAILED"; failed+=("$name"); }
done
say "mcpdock images"
"$mcpdock" images || true

# ------------------------------------------------------------------ the desktop application
if [ -n "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ] && [ -z "${MCPDOCK_NO_GUI:-}" ]; then
    say "opening MCP Dock (close the window to end; the private daemon, if any, stops then)"
    "$mcpdock" "${projects[@]}"
else
    say "no display: not opening the window (run '$mcpdock ${projects[*]}' on a desktop)"
fi
if [ ${#failed[@]} -gt 0 ]; then
    say "FAILED: ${failed[*]} (of ${#projects[@]} examples); the reasons are above"
    exit 1
fi
say "all ${#projects[@]} examples built and verified in $SECONDS s"
