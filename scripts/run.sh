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
#   MCPDOCK_BASE_NODE / MCPDOCK_BASE_PYTHON   base images to build from (default: Docker Hub's, or
#                             the local mcpdock-test/* ones when Docker Hub cannot be reached)
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
if [ -n "${DOCKER_HOST:-}" ] && daemon_answers "$DOCKER_HOST"; then
    say "using your Docker daemon at DOCKER_HOST=$DOCKER_HOST"
elif [ -z "${DOCKER_HOST:-}" ] && [ -S /var/run/docker.sock ] && daemon_answers unix:///var/run/docker.sock; then
    export DOCKER_HOST=unix:///var/run/docker.sock
    say "using your Docker daemon at $DOCKER_HOST"
else
    [ -n "${DOCKER_HOST:-}" ] && say "no Docker daemon answers at DOCKER_HOST=$DOCKER_HOST"
    private_env=$build/run-env
    say "starting a private Docker daemon in $private_env (stopped when this script ends)"
    tests/support/testenv.sh start "$private_env" >&2
    export DOCKER_HOST=unix://$private_env/docker.sock
fi

# ------------------------------------------------------------------ base images
base_node=${MCPDOCK_BASE_NODE:-}
base_python=${MCPDOCK_BASE_PYTHON:-}
if [ -z "$base_node" ] || [ -z "$base_python" ]; then
    # 401 means Docker Hub's registry answers (and asks for a token).
    hub=$(curl -s -o /dev/null -w '%{http_code}' --max-time 10 https://registry-1.docker.io/v2/ || true)
    if [ "$hub" = 401 ] || [ "$hub" = 200 ]; then
        say "Docker Hub is reachable: the generator's default base images are used"
    else
        say "Docker Hub is not reachable: making local base images from this machine's node and python"
        base_env=$(tests/support/make-base-images.sh "$build")
        : "${base_node:=$(sed -n 's/^MCPDOCK_TEST_BASE_NODE=//p' <<<"$base_env")}"
        : "${base_python:=$(sed -n 's/^MCPDOCK_TEST_BASE_PYTHON=//p' <<<"$base_env")}"
    fi
fi
base_args=()
[ -n "$base_node" ] && base_args+=(--base-node "$base_node")
[ -n "$base_python" ] && base_args+=(--base-python "$base_python")

# ------------------------------------------------------------------ the CLI
say "mcpdock ping"
"$mcpdock" ping

has_verb() { "$mcpdock" --help 2>/dev/null | grep -qE "^  $1 "; }

manifests=()
for m in examples/*/mcp.yaml examples/*/mcp.yml examples/*/manifest.json; do
    [ -f "$m" ] && manifests+=("$m")
done

failed=0
if [ ${#manifests[@]} -eq 0 ]; then
    say "no examples yet (examples/*/mcp.yaml): nothing to build"
elif ! has_verb build; then
    say "this mcpdock has no 'build' verb yet: skipping the example builds"
else
    for m in "${manifests[@]}"; do
        name=$(basename "$(dirname "$m")")
        image=mcpdock-example/$name:local
        say "mcpdock build $m --tag $image ${base_args[*]} --network host"
        # --network host: RUN steps reach the package registries only through the host's network.
        if ! "$mcpdock" build "$m" --tag "$image" "${base_args[@]}" --network host; then
            say "building $m FAILED"
            failed=1
            continue
        fi
        if has_verb verify; then
            say "mcpdock verify $image"
            "$mcpdock" verify "$image" || { say "verifying $image FAILED"; failed=1; }
        fi
    done
fi
if has_verb images; then
    say "mcpdock images"
    "$mcpdock" images || true
fi

# ------------------------------------------------------------------ the desktop application
if [ -n "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ] && [ -z "${MCPDOCK_NO_GUI:-}" ]; then
    say "opening MCP Dock (close the window to end; the private daemon, if any, stops then)"
    "$mcpdock" "${manifests[@]}"
else
    say "no display: not opening the window (run '$mcpdock ${manifests[*]}' on a desktop)"
fi
exit "$failed"
