#!/usr/bin/env bash
# Starts (or stops) the private test environment: a dockerd on its own socket and data root, and a
# docker-registry with htpasswd auth on 127.0.0.1. Never touches a system daemon; stops exactly
# the processes it started, by the pids it recorded.
#
#   testenv.sh start DIR   start both, wait until they answer, make the base images, write DIR/env
#
# A second registry, without auth, stands in for Docker Hub: the daemon has it as its
# registry-mirror, and make-base-images.sh publishes the stand-in base images in it under Docker
# Hub's names (node:20-alpine, python:3.11-slim...), so generated Dockerfiles build unchanged.
#   testenv.sh stop DIR    stop what start started
#
# MCPDOCK_TESTENV_DATA_TMPFS=SIZE (e.g. 12g) puts the daemon's data root on a tmpfs of that size
# (the benchmarks use it so the disk does not decide the figures); stop unmounts it.
#
# DIR/env holds KEY=VALUE lines the tests read (tests/support/testsupport.cpp).
set -euo pipefail

cmd=${1:?usage: testenv.sh start|stop DIR}
dir=${2:?usage: testenv.sh start|stop DIR}
here=$(cd "$(dirname "$0")" && pwd)

die() { echo "testenv: $*" >&2; exit 1; }

stop_pid() { # pidfile name
    local pidfile=$1 name=$2 pid
    [ -f "$pidfile" ] || return 0
    pid=$(cat "$pidfile")
    if [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null; then
        kill "$pid" 2>/dev/null || true
        for _ in $(seq 1 100); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
        if kill -0 "$pid" 2>/dev/null; then
            echo "testenv: $name ($pid) did not stop on SIGTERM, killing it" >&2
            kill -9 "$pid" 2>/dev/null || true
        fi
    fi
    rm -f "$pidfile"
}

# dockerd leaves mounts under its exec root (exec/netns/default, an nsfs) after it exits; they keep
# the folder from being removed. Unmount whatever is still mounted below DIR, deepest first.
unmount_below() {
    local root=$1 mp
    [ -r /proc/self/mounts ] || return 0
    awk -v root="$root/" 'index($2, root) == 1 {print $2}' /proc/self/mounts | sort -r |
        while read -r mp; do
            umount "$mp" 2>/dev/null || umount -l "$mp" 2>/dev/null ||
                echo "testenv: could not unmount $mp" >&2
        done
}

# Foreign-architecture images (the arm64 stand-ins, and RUN steps of arm64 builds) need the kernel's
# binfmt_misc to hand aarch64 binaries to qemu-aarch64-static with the F flag (the interpreter is
# opened once at registration, so it works inside containers). Mounts binfmt_misc and enables
# Debian's qemu-aarch64 entry when it can; prints 1 when aarch64 binaries run, else 0 and why.
# MCPDOCK_TESTENV_ARM64=0 turns it off.
setup_arm64() {
    local bf=/proc/sys/fs/binfmt_misc entry=/proc/sys/fs/binfmt_misc/qemu-aarch64
    if [ "${MCPDOCK_TESTENV_ARM64:-1}" = 0 ]; then
        echo "testenv: arm64 turned off (MCPDOCK_TESTENV_ARM64=0)" >&2; echo 0; return
    fi
    if [ ! -e /usr/libexec/qemu-binfmt/aarch64-binfmt-P ] && [ ! -x /usr/bin/qemu-aarch64-static ]; then
        echo "testenv: no arm64 images: qemu-user-static is not installed (apt-get install qemu-user-static binfmt-support)" >&2
        echo 0; return
    fi
    if [ ! -e "$bf/register" ]; then
        mount -t binfmt_misc binfmt_misc "$bf" 2>/dev/null || {
            echo "testenv: no arm64 images: cannot mount binfmt_misc on $bf" >&2; echo 0; return; }
    fi
    if [ ! -e "$entry" ] && command -v update-binfmts >/dev/null; then
        update-binfmts --enable qemu-aarch64 >/dev/null 2>&1 || true
    fi
    if [ ! -e "$entry" ] || ! grep -q '^enabled' "$entry" || ! grep -q '^flags:.*F' "$entry"; then
        echo "testenv: no arm64 images: binfmt_misc has no enabled qemu-aarch64 entry with the F flag" >&2
        echo 0; return
    fi
    echo 1
}

free_port() {
    python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'
}

# overlay2 when the kernel can mount an overlay on the data root's filesystem (copy-on-write layers:
# a build step costs what it changes), else vfs (a full copy of the image per layer; slow, works
# everywhere). MCPDOCK_TESTENV_STORAGE_DRIVER forces one.
storage_driver() {
    if [ -n "${MCPDOCK_TESTENV_STORAGE_DRIVER:-}" ]; then
        echo "$MCPDOCK_TESTENV_STORAGE_DRIVER"
        return
    fi
    local probe
    probe=$(mktemp -d "$dir/data/.overlay-probe.XXXXXX")
    mkdir -p "$probe/l" "$probe/u" "$probe/w" "$probe/m"
    if mount -t overlay overlay -o "lowerdir=$probe/l,upperdir=$probe/u,workdir=$probe/w" "$probe/m" 2>/dev/null; then
        umount "$probe/m"
        rm -rf "$probe"
        echo overlay2
    else
        rm -rf "$probe"
        echo vfs
    fi
}

start_dockerd() {
    command -v dockerd >/dev/null || die "dockerd is not installed (apt-get install docker.io)"
    [ "$(id -u)" = 0 ] || die "the test daemon needs root (dockerd runs as root here)"
    mkdir -p "$dir/data" "$dir/exec"
    if [ -n "${MCPDOCK_TESTENV_DATA_TMPFS:-}" ]; then
        mount -t tmpfs -o "size=$MCPDOCK_TESTENV_DATA_TMPFS" mcpdock-testenv "$dir/data" ||
            die "could not mount a tmpfs of $MCPDOCK_TESTENV_DATA_TMPFS on $dir/data"
    fi
    local sock=$dir/docker.sock
    rm -f "$sock"
    STORAGE_DRIVER=$(storage_driver)
    # setsid: the daemon must not die with ctest's process group between fixture and tests.
    setsid dockerd --host "unix://$sock" --data-root "$dir/data" --exec-root "$dir/exec" \
        --pidfile "$dir/docker.pid" --iptables=false --ip-masq=false --bridge=none \
        --registry-mirror "http://$HUB_MIRROR" \
        --storage-driver="$STORAGE_DRIVER" >"$dir/dockerd.log" 2>&1 </dev/null &
    echo $! >"$dir/dockerd.launch.pid"
    for _ in $(seq 1 120); do
        if curl -fs --max-time 2 --unix-socket "$sock" http://docker/_ping >/dev/null 2>&1; then
            return 0
        fi
        kill -0 "$(cat "$dir/dockerd.launch.pid")" 2>/dev/null || break
        sleep 0.5
    done
    echo "---- last lines of $dir/dockerd.log ----" >&2
    tail -n 30 "$dir/dockerd.log" >&2 || true
    die "the test Docker daemon did not answer on $sock"
}

wait_for_registry() { # name port expected-status pidfile
    local code
    for _ in $(seq 1 60); do
        code=$(curl -s -o /dev/null -w '%{http_code}' --max-time 2 "http://127.0.0.1:$2/v2/" || true)
        [ "$code" = "$3" ] && return 0
        kill -0 "$(cat "$4")" 2>/dev/null || break
        sleep 0.25
    done
    tail -n 30 "$dir/$1.log" >&2 || true
    die "the $1 did not answer on 127.0.0.1:$2"
}

write_registry_config() { # name port [htpasswd-file]
    cat >"$dir/$1.yml" <<YAML
version: 0.1
log:
  level: info
storage:
  filesystem:
    rootdirectory: $dir/$1-data
  delete:
    enabled: true
http:
  addr: 127.0.0.1:$2
YAML
    if [ -n "${3:-}" ]; then
        cat >>"$dir/$1.yml" <<YAML
auth:
  htpasswd:
    realm: mcpdock-test
    path: $3
YAML
    fi
}

start_registry() {
    command -v docker-registry >/dev/null || die "docker-registry is not installed (apt-get install docker-registry)"
    command -v htpasswd >/dev/null || die "htpasswd is not installed (apt-get install apache2-utils)"
    mkdir -p "$dir/registry-data"
    local port user password
    port=$(free_port)
    user=mcpdock-test
    # A fresh random password every run, so the secret scans in the tests look for something real.
    password="pw-$(head -c 18 /dev/urandom | base64 | tr -dc 'A-Za-z0-9' | head -c 20)"
    htpasswd -Bbc "$dir/htpasswd" "$user" "$password" >/dev/null 2>&1
    write_registry_config registry "$port" "$dir/htpasswd"
    setsid docker-registry serve "$dir/registry.yml" >"$dir/registry.log" 2>&1 </dev/null &
    echo $! >"$dir/registry.pid"
    # 401 means it is up and asks for credentials.
    wait_for_registry registry "$port" 401 "$dir/registry.pid"
    REGISTRY=127.0.0.1:$port REGISTRY_USER=$user REGISTRY_PASSWORD=$password
}

# The Docker Hub stand-in: anonymous like Docker Hub's library images. Its data (the published
# base images) survives stop/start, so a second run only checks them.
start_hub_mirror() {
    command -v docker-registry >/dev/null || die "docker-registry is not installed (apt-get install docker-registry)"
    mkdir -p "$dir/hub-mirror-data"
    local port
    port=$(free_port)
    write_registry_config hub-mirror "$port"
    setsid docker-registry serve "$dir/hub-mirror.yml" >"$dir/hub-mirror.log" 2>&1 </dev/null &
    echo $! >"$dir/hub-mirror.pid"
    wait_for_registry hub-mirror "$port" 200 "$dir/hub-mirror.pid"
    HUB_MIRROR=127.0.0.1:$port
}

case "$cmd" in
start)
    mkdir -p "$dir"
    dir=$(cd "$dir" && pwd)
    # A previous run that was killed may have left its processes: stop them first.
    stop_pid "$dir/registry.pid" registry
    stop_pid "$dir/hub-mirror.pid" hub-mirror
    stop_pid "$dir/docker.pid" dockerd
    unmount_below "$dir"
    rm -f "$dir/env"
    start_hub_mirror
    start_dockerd
    start_registry
    export DOCKER_HOST="unix://$dir/docker.sock"
    MCPDOCK_TEST_ARM64=$(setup_arm64)
    export MCPDOCK_TEST_ARM64
    base_env=$("$here/make-base-images.sh" "$dir" "$HUB_MIRROR") || die "making the local base images failed"
    if [ "$MCPDOCK_TEST_ARM64" = 1 ]; then
        # One tiny arm64 container, so the env file only says arm64 when the daemon really runs it.
        probe=$(printf '%s\n' "$base_env" | sed -n 's/^MCPDOCK_TEST_BASE_IMAGES=\([^ ]*\).*/\1/p')-arm64
        arch=$(docker run --rm --network none --platform linux/arm64 "$probe" uname -m 2>&1) ||
            die "the test daemon cannot run the arm64 stand-in: $arch"
        [ "$arch" = aarch64 ] || die "the arm64 stand-in reports machine $arch, not aarch64"
    fi
    {
        echo "MCPDOCK_TEST_DIR=$dir"
        echo "MCPDOCK_TEST_DOCKER_HOST=unix://$dir/docker.sock"
        echo "MCPDOCK_TEST_DOCKER_SOCKET=$dir/docker.sock"
        echo "MCPDOCK_TEST_STORAGE_DRIVER=$STORAGE_DRIVER"
        echo "MCPDOCK_TEST_REGISTRY=$REGISTRY"
        echo "MCPDOCK_TEST_REGISTRY_USER=$REGISTRY_USER"
        echo "MCPDOCK_TEST_REGISTRY_PASSWORD=$REGISTRY_PASSWORD"
        echo "MCPDOCK_TEST_HUB_MIRROR=$HUB_MIRROR"
        echo "$base_env"
    } >"$dir/env.tmp"
    mv "$dir/env.tmp" "$dir/env"
    echo "testenv: dockerd ($STORAGE_DRIVER) on unix://$dir/docker.sock, registry on $REGISTRY, Docker Hub mirror on $HUB_MIRROR"
    ;;
stop)
    [ -d "$dir" ] || exit 0
    dir=$(cd "$dir" && pwd)
    stop_pid "$dir/registry.pid" registry
    stop_pid "$dir/hub-mirror.pid" hub-mirror
    stop_pid "$dir/docker.pid" dockerd
    unmount_below "$dir"
    rm -f "$dir/dockerd.launch.pid" "$dir/env"
    echo "testenv: stopped"
    ;;
*)
    die "unknown command $cmd (start or stop)"
    ;;
esac
