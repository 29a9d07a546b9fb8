#!/usr/bin/env bash
# Packaging test: makes the .deb with cpack, installs it with apt in a clean Debian 12 root (a
# container from a debootstrap --variant=minbase image, so apt resolves the package's declared
# dependencies and nothing else), and checks that `mcpdock --version` runs, `mcpdock ping` reaches
# the test daemon (its socket mounted at /var/run/docker.sock), and the desktop files are where
# desktop environments look for them.
#
#   deb-install-test.sh BUILD_DIR
# Environment: MCPDOCK_TESTENV_FILE (the test daemon, from tests/support/testenv.sh),
#   MCPDOCK_DEBIAN_MIRROR (default http://deb.debian.org/debian).
# The debootstrap image (mcpdock-test/debian:bookworm) is kept in the test daemon and rebuilt only
# when this script changes. apt reaches the mirror through the host network.
set -euo pipefail

build=$(cd "${1:?usage: deb-install-test.sh BUILD_DIR}" && pwd)
env_file=${MCPDOCK_TESTENV_FILE:?MCPDOCK_TESTENV_FILE is not set (run through ctest, or point it at a testenv env file)}
mirror=${MCPDOCK_DEBIAN_MIRROR:-http://deb.debian.org/debian}
suite=bookworm
image=mcpdock-test/debian:$suite
label=io.mcpdock.test.inputs

fail() { echo "FAIL: $*" >&2; exit 1; }

[ -f "$env_file" ] || fail "no test environment at $env_file (the testenv fixture did not start)"
DOCKER_HOST=$(sed -n 's/^MCPDOCK_TEST_DOCKER_HOST=//p' "$env_file")
[ -n "$DOCKER_HOST" ] || fail "$env_file has no MCPDOCK_TEST_DOCKER_HOST"
export DOCKER_HOST
docker version --format '{{.Server.Version}}' >/dev/null || fail "the test daemon at $DOCKER_HOST does not answer"
command -v cpack >/dev/null || fail "cpack is not installed (apt-get install cmake)"
command -v dpkg-shlibdeps >/dev/null || fail "dpkg-shlibdeps is not installed (apt-get install dpkg-dev)"

work=$(mktemp -d "${TMPDIR:-/tmp}/mcpdock-deb-test.XXXXXX")
trap 'rm -rf "$work"' EXIT

echo "== cpack -G DEB"
(cd "$build" && cpack -G DEB -B "$work/pkg" --config "$build/CPackConfig.cmake") >"$work/cpack.log" 2>&1 ||
    { cat "$work/cpack.log" >&2; fail "cpack did not make the package"; }
mapfile -t debs < <(find "$work/pkg" -maxdepth 1 -name 'mcpdock_*.deb')
[ ${#debs[@]} -eq 1 ] || { cat "$work/cpack.log" >&2; fail "expected one mcpdock_*.deb, found ${#debs[@]}"; }
deb=${debs[0]}
echo "package: $(basename "$deb") ($(du -h "$deb" | cut -f1))"
dpkg-deb --field "$deb" Package Version Architecture Depends
dpkg-deb --field "$deb" Depends | grep -q libqt6 || fail "Depends lists no Qt library: shlibdeps did not run"
dpkg-deb --contents "$deb" | awk '{print $6}' >"$work/contents"
for f in ./usr/bin/mcpdock ./usr/share/applications/io.mcpdock.MCPDock.desktop \
    ./usr/share/metainfo/io.mcpdock.MCPDock.metainfo.xml \
    ./usr/share/icons/hicolor/scalable/apps/io.mcpdock.MCPDock.svg \
    ./usr/share/icons/hicolor/256x256/apps/io.mcpdock.MCPDock.png; do
    grep -qx "$f" "$work/contents" || fail "the package does not contain $f"
done

# Bump the recipe tag when the way the root is made changes.
inputs=$(echo "minbase-v1 $suite $mirror" | sha256sum | cut -c1-64)
have=$(docker image inspect -f "{{ index .Config.Labels \"$label\" }}" "$image" 2>/dev/null || true)
if [ "$have" != "$inputs" ]; then
    command -v debootstrap >/dev/null || fail "debootstrap is not installed (apt-get install debootstrap)"
    echo "== debootstrap --variant=minbase $suite (once; kept as $image)"
    debootstrap --variant=minbase "$suite" "$work/root" "$mirror" >"$work/debootstrap.log" 2>&1 ||
        { tail -n 30 "$work/debootstrap.log" >&2; fail "debootstrap $suite from $mirror failed"; }
    rm -rf "$work/root/var/cache/apt/archives/"*.deb "$work/root/var/lib/apt/lists/"*
    old=$(docker image inspect -f '{{.Id}}' "$image" 2>/dev/null || true)
    tar --numeric-owner -C "$work/root" -cf - . |
        docker import --change "LABEL $label=$inputs" --change 'CMD ["/bin/bash"]' - "$image" >/dev/null
    if [ -n "$old" ]; then docker image rm "$old" >/dev/null 2>&1 || true; fi
    rm -rf "$work/root"
fi

echo "== apt-get install ./$(basename "$deb") in a clean $suite container"
name=mcpdock-deb-test-$$
cp "$deb" "$work/mcpdock.deb"
chmod 755 "$work"
chmod 644 "$work/mcpdock.deb"
# The whole check runs inside; its last line must be the version mcpdock prints.
socket=$(sed -n 's/^MCPDOCK_TEST_DOCKER_SOCKET=//p' "$env_file")
[ -S "$socket" ] || fail "$env_file names no daemon socket"
docker run --rm --name "$name" --network host -v "$work/mcpdock.deb:/tmp/mcpdock.deb:ro" \
    -v "$socket:/var/run/docker.sock" "$image" sh -euc '
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -q >/dev/null
    apt-get install -y -q --no-install-recommends /tmp/mcpdock.deb >/tmp/apt.log 2>&1 || { tail -n 40 /tmp/apt.log; exit 1; }
    command -v mcpdock
    test -f /usr/share/applications/io.mcpdock.MCPDock.desktop
    dpkg -s mcpdock | sed -n "s/^Version: //p"
    # The packaged binary talks to the test daemon through the default socket path.
    mcpdock ping
    mcpdock --version
' >"$work/run.log" 2>&1 || { cat "$work/run.log" >&2; fail "installing or starting the package in a clean root failed"; }
cat "$work/run.log"
version=$(dpkg-deb --field "$deb" Version)
tail -n 1 "$work/run.log" | grep -qx "mcpdock $version" ||
    fail "mcpdock --version in the clean root did not print 'mcpdock $version'"
echo "PASS: the package installs on a clean Debian $suite root and mcpdock --version prints '$(tail -n 1 "$work/run.log")'"
