#!/usr/bin/env bash
# MCP Dock benchmarks side by side with the docker CLI and dockerode (issue 7). Prints a table.
#
#   tests/bench/run.sh [--quick] [--only LIST] [--build-dir DIR] [--mcpdock PATH] [--runs N] [--keep-project]
#
#   --quick        small sizes for trying the harness (50 MiB / 1,000 files, 20 MB stream,
#                  100,000 log lines, 100 images)
#   --only LIST    comma-separated sections: context,stream,logview,rebuild,images,startup (round 1)
#                  and server,serverstart,imagesize (round 2, issue 20)
#   --build-dir    a configured build tree to use (default build/bench, RelWithDebInfo, built here)
#   --mcpdock PATH an mcpdock binary to use instead of the build tree's (the round-2 sections
#                  then build nothing)
#   --runs N       alternating rounds: clients in the context comparison, servers in `server`
#                  (default 3)
#
# Round 2: `server` builds the echo tool of tests/bench/server/ three ways (MCP Dock's JS and Python
# runtimes, the official TypeScript SDK by hand) for stdio and HTTP and measures tools/call
# (MCPDOCK_BENCH_SERVER_N calls, default 10000, --quick 1000); `serverstart` docker run to the
# first tools/list answer and the idle memory (MCPDOCK_BENCH_START_RUNS, default 10); `imagesize`
# examples/weather-js by MCP Dock and by a hand-written Dockerfile, and an npm package
# (MCPDOCK_BENCH_NPM_PKG, default @modelcontextprotocol/server-memory@2026.8.31) npx-style.
#
# MCPDOCK_BENCH_CONTEXT_MIB / _FILES change the project's size; MCPDOCK_BENCH_CONTEXT_KINDS="copy"
# runs only the Dockerfile that copies the context (default "copy label": also one that only labels).
#
# The daemon: MCPDOCK_TESTENV_FILE=/path/env reuses a running test environment
# (tests/support/testenv.sh); otherwise a private dockerd + registry is started in a temporary
# folder and stopped at the end (MCPDOCK_TESTENV_DATA_TMPFS=14g puts its data root on a tmpfs, as
# in RESULTS.md). Only unix sockets and 127.0.0.1 are used. Every external command
# runs under `timeout`. Images made here carry the label mcpdock.bench=<run id> and are removed at
# the end, with the generated project. Raw figures go to tests/bench/results-<time>.txt.
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)

quick=0
only="context,stream,logview,rebuild,images,startup,server,serverstart,imagesize"
build_dir="$root/build/bench"
mcpdock_opt=""
runs=3
keep_project=0
while [ $# -gt 0 ]; do
    case "$1" in
    --quick) quick=1 ;;
    --only) only=$2; shift ;;
    --build-dir) build_dir=$2; shift ;;
    --mcpdock) mcpdock_opt=$2; shift ;;
    --runs) runs=$2; shift ;;
    --keep-project) keep_project=1 ;;
    -h | --help) sed -n '2,30p' "$0"; exit 0 ;;
    *) echo "run.sh: unknown option $1" >&2; exit 2 ;;
    esac
    shift
done

if [ "$quick" = 1 ]; then
    ctx_mib=50 ctx_files=1000 stream_mb=20 log_lines=100000 image_count=100 startup_runs=3 server_n=1000 start_runs=3
else
    ctx_mib=1024 ctx_files=20000 stream_mb=200 log_lines=1000000 image_count=1000 startup_runs=5 server_n=10000 start_runs=10
fi
server_n=${MCPDOCK_BENCH_SERVER_N:-$server_n}
start_runs=${MCPDOCK_BENCH_START_RUNS:-$start_runs}
npm_pkg=${MCPDOCK_BENCH_NPM_PKG:-@modelcontextprotocol/server-memory@2026.8.31}
ctx_mib=${MCPDOCK_BENCH_CONTEXT_MIB:-$ctx_mib}
ctx_files=${MCPDOCK_BENCH_CONTEXT_FILES:-$ctx_files}

want() { case ",$only," in *",$1,"*) return 0 ;; *) return 1 ;; esac; }
say() { printf '[bench %(%H:%M:%S)T] %s\n' -1 "$*" >&2; }
die() { say "error: $*"; exit 1; }
now_ns() { date +%s%N; }
ms_since() { echo $(( ($(now_ns) - $1) / 1000000 )); }
# The value of key=... in a RESULT line.
field() { sed -n "s/.*[ ]$2=\\([^ ]*\\).*/\\1/p" <<<"$1" | head -n1; }
median() { sort -n | awk '{a[NR]=$1} END {if (NR==0) {print "n/a"} else if (NR%2) {print a[(NR+1)/2]} else {printf "%.1f\n", (a[NR/2]+a[NR/2+1])/2}}'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b+0 == 0 || a == "n/a" || b == "n/a") print "n/a"; else printf "%.2f\n", a/b }'; }

for tool in docker node npm socat tar python3 curl timeout /usr/bin/time; do
    command -v "$tool" >/dev/null || die "$tool is missing (see README: install-deps)"
done

run_id="b$(date +%H%M%S)$$"
work=$(mktemp -d "${TMPDIR:-/tmp}/mcpdock-bench.XXXXXX")
results="$here/results-$(date -u +%Y%m%dT%H%M%SZ).txt"
table="$work/table.tsv"
: >"$table"
started_env=""
pyserver_pid=""

row() { # section what figure ratio/target
    printf '%s\t%s\t%s\t%s\n' "$1" "$2" "$3" "${4:-}" >>"$table"
    printf '%s | %s | %s | %s\n' "$1" "$2" "$3" "${4:-}" >>"$results"
}

cleanup() {
    set +e
    if [ -n "$pyserver_pid" ]; then kill "$pyserver_pid" 2>/dev/null; wait "$pyserver_pid" 2>/dev/null; fi
    if [ -n "${DOCKER_HOST:-}" ]; then
        ids=$(timeout 60 docker images -q --filter "label=mcpdock.bench=$run_id" 2>/dev/null | sort -u)
        refs=$(timeout 60 docker images --format '{{.Repository}}:{{.Tag}}' 2>/dev/null | grep "^mcpdock-bench-$run_id" || true)
        [ -n "$refs" ] && timeout 300 docker rmi -f $refs >/dev/null 2>&1
        [ -n "$ids" ] && timeout 300 docker rmi -f $ids >/dev/null 2>&1
        timeout 120 docker image prune -f --filter "label=mcpdock.bench=$run_id" >/dev/null 2>&1
        # Our own daemon: the untagged stage images of the multi-stage builds go too.
        [ -n "$started_env" ] && timeout 120 docker image prune -f >/dev/null 2>&1
    fi
    if [ "$keep_project" = 0 ]; then rm -rf "$work"; else say "kept $work"; fi
    if [ -n "$started_env" ]; then
        "$root/tests/support/testenv.sh" stop "$started_env" >/dev/null 2>&1
        rm -rf "$started_env"
    fi
}
trap cleanup EXIT
trap 'exit 130' INT TERM

{
    echo "# MCP Dock benchmarks, $(date -u '+%Y-%m-%d %H:%M:%S UTC')"
    echo "# machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.1f GiB", $2/1048576}' /proc/meminfo), $(uname -r)"
    echo "# load average at start: $(cut -d' ' -f1-3 /proc/loadavg)"
    echo "# sizes: context ${ctx_mib} MiB / ${ctx_files} files, stream ${stream_mb} MB, ${log_lines} log lines, ${image_count} images, ${runs} runs"
} >"$results"

# ---- build the benchmark executables and the app -------------------------------------------------
round1=0
for s in context stream logview rebuild images startup; do want $s && round1=1; done
bin="$build_dir/tests/bench"
mcpdock="$build_dir/app/mcpdock"
have_app=1
if [ "$round1" = 0 ] && [ -n "$mcpdock_opt" ]; then
    say "round 2 only: no build, mcpdock is $mcpdock_opt"
elif [ "$round1" = 0 ] && [ -x "$mcpdock" ]; then
    say "round 2 only: no build, mcpdock is $mcpdock"
else
    if [ ! -f "$build_dir/CMakeCache.txt" ]; then
        say "configuring $build_dir (RelWithDebInfo)"
        timeout 300 cmake -S "$root" -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
    fi
    say "building the benchmarks and mcpdock in $build_dir"
    timeout 3000 cmake --build "$build_dir" --target bench_jsonstream bench_context bench_buildlogmodel \
        -j"$(nproc)" >"$work/build.log" 2>&1 || { tail -n 30 "$work/build.log" >&2; die "the build failed"; }
    bin="$build_dir/tests/bench"
    mcpdock="$build_dir/app/mcpdock"
    # The app and the start-up benchmark need the whole GUI: when it does not build, the rows that need
    # it say so and the rest still runs.
    have_app=1
    if ! timeout 3000 cmake --build "$build_dir" --target mcpdock bench_startup -j"$(nproc)" >"$work/build-app.log" 2>&1; then
        have_app=0
        say "mcpdock or bench_startup did not build (see below); the images and start-up rows will say n/a"
        grep -m3 -E 'error|undefined' "$work/build-app.log" >&2 || tail -n 5 "$work/build-app.log" >&2
    fi
fi
if [ -n "$mcpdock_opt" ]; then
    [ -x "$mcpdock_opt" ] || die "--mcpdock $mcpdock_opt is not an executable"
    mcpdock=$(cd "$(dirname "$mcpdock_opt")" && pwd)/$(basename "$mcpdock_opt") have_app=1
fi
echo "# mcpdock: $mcpdock" >>"$results"

# ---- the daemon -------------------------------------------------------------------------------
if [ -n "${MCPDOCK_TESTENV_FILE:-}" ]; then
    [ -f "$MCPDOCK_TESTENV_FILE" ] || die "MCPDOCK_TESTENV_FILE=$MCPDOCK_TESTENV_FILE does not exist"
    say "using the test environment in $MCPDOCK_TESTENV_FILE"
    env_file=$MCPDOCK_TESTENV_FILE
else
    started_env="$work/testenv"
    say "starting a private dockerd and registry in $started_env"
    timeout 900 "$root/tests/support/testenv.sh" start "$started_env" >&2
    env_file="$started_env/env"
fi
# KEY=VALUE lines; values may hold spaces (MCPDOCK_TEST_BASE_IMAGES), so they are not sourced.
while IFS='=' read -r key value; do
    case "$key" in MCPDOCK_TEST_*) export "$key=$value" ;; esac
done <"$env_file"
export DOCKER_HOST=$MCPDOCK_TEST_DOCKER_HOST
sock=$MCPDOCK_TEST_DOCKER_SOCKET
engine=$(timeout 30 docker version --format '{{.Server.Version}} (API {{.Server.APIVersion}})')
echo "# engine: $engine, docker CLI $(docker version --format '{{.Client.Version}}' 2>/dev/null), node $(node --version)" >>"$results"
say "engine $engine on $sock"

# ---- dockerode -----------------------------------------------------------------------------------
if want context || want images; then
    if [ ! -d "$here/node_modules/dockerode" ]; then
        say "installing dockerode from npm into tests/bench/node_modules"
        (cd "$here" && if [ -f package-lock.json ]; then timeout 600 npm ci --no-audit --no-fund; else
            timeout 600 npm install --no-audit --no-fund; fi) >"$work/npm.log" 2>&1 ||
            { tail -n 20 "$work/npm.log" >&2; die "npm could not install dockerode"; }
    fi
    dockerode_version=$(node -p "require('$here/node_modules/dockerode/package.json').version")
    echo "# dockerode $dockerode_version" >>"$results"
fi

# ==== 1. context send ================================================================================
context_section() {
    local proj="$work/project" free_mib
    free_mib=$(df -Pm "$work" | awk 'NR==2 {print $4}')
    [ "$free_mib" -gt $((ctx_mib * 6 + 2048)) ] || die "only $free_mib MiB free in $work; the context benchmark needs $((ctx_mib * 6 + 2048))"
    say "1. generating the project: $ctx_mib MiB in $ctx_files files"
    timeout 900 python3 "$here/make-project.py" "$proj" "$ctx_mib" "$ctx_files"
    local tarsize
    tarsize=$(timeout 600 tar -c -C "$proj" --sort=name . | wc -c) # also warms the page cache
    say "   tar of the project: $tarsize bytes"

    local label="mcpdock.bench=$run_id" i tool start ms out
    # Every figure is written as soon as it is measured, so a run stopped half-way keeps them.
    ctx_log="${results%.txt}-context.txt"
    : >"$ctx_log"
    local kind
    for kind in ${MCPDOCK_BENCH_CONTEXT_KINDS:-copy label}; do
        local dockerfile=Dockerfile
        [ "$kind" = label ] && dockerfile=Dockerfile.label
        for i in $(seq 1 "$runs"); do
            # Alternate the order every round so no client always goes first (or after another's rmi).
            local order=(ours cli dockerode raw)
            local shift_by=$(( (i - 1) % 4 ))
            order=("${order[@]:$shift_by}" "${order[@]:0:$shift_by}")
            for tool in "${order[@]}"; do
                local tag="mcpdock-bench-$run_id/ctx-$tool:$kind$i"
                sync
                start=$(now_ns)
                case "$tool" in
                ours)
                    out=$(timeout 1200 /usr/bin/time -v -o "$work/time.txt" "$bin/bench_context" --host "unix://$sock" \
                        --context "$proj" --tag "$tag" --label "$label" --no-cache \
                        $([ "$kind" = label ] && echo --dockerfile Dockerfile.label)) || die "bench_context failed: $out"
                    ms=$(ms_since "$start")
                    echo "$kind ours send_ms $(field "$out" send_ms)" >>"$ctx_log"
                    echo "$kind ours inproc_ms $(field "$out" total_ms)" >>"$ctx_log"
                    echo "$kind ours rss_kib $(awk -F': ' '/Maximum resident/ {print $2}' "$work/time.txt")" >>"$ctx_log"
                    ;;
                cli)
                    out=$(DOCKER_BUILDKIT=0 timeout 1200 docker build -q --no-cache --label "$label" -t "$tag" \
                        -f "$proj/$dockerfile" "$proj" 2>&1) || die "docker build failed: $out"
                    ms=$(ms_since "$start")
                    ;;
                dockerode)
                    out=$(timeout 1200 /usr/bin/time -v -o "$work/time.txt" node "$here/node/build.js" "$sock" "$proj" "$tag" \
                        "$dockerfile" "$label") || die "dockerode build failed: $out"
                    ms=$(ms_since "$start")
                    echo "$kind dockerode rss_kib $(awk -F': ' '/Maximum resident/ {print $2}' "$work/time.txt")" >>"$ctx_log"
                    ;;
                raw)
                    local q="t=$(python3 -c 'import sys, urllib.parse; print(urllib.parse.quote(sys.argv[1], safe=""))' "$tag")"
                    q="$q&dockerfile=$dockerfile&rm=1&forcerm=1&nocache=1&labels=$(python3 -c 'import sys, json, urllib.parse; k, v = sys.argv[1].split("=", 1); print(urllib.parse.quote(json.dumps({k: v}), safe=""))' "$label")"
                    {
                        printf 'POST /v1.41/build?%s HTTP/1.1\r\nHost: docker\r\nContent-Type: application/x-tar\r\nContent-Length: %s\r\nConnection: close\r\n\r\n' "$q" "$tarsize"
                        tar -c -C "$proj" --sort=name .
                        now_ns >"$work/raw-sent"
                    } | # shut-none: a half-close after the body makes the daemon cancel the build
                        timeout 1200 socat -t 1200 -T 1200 - "UNIX-CONNECT:$sock,shut-none" >"$work/raw-response" ||
                        die "the raw tar | socat upload failed"
                    ms=$(ms_since "$start")
                    grep -q '"aux":{"ID":"sha256:' "$work/raw-response" || die "the raw upload built no image: $(tail -c 400 "$work/raw-response")"
                    echo "$kind raw send_ms $(( ($(cat "$work/raw-sent") - start) / 1000000 ))" >>"$ctx_log"
                    ;;
                esac
                echo "$kind $tool ms $ms" >>"$ctx_log"
                say "   $kind run $i $tool: $ms ms"
                timeout 300 docker rmi -f "$tag" >/dev/null 2>&1 || true
            done
        done
    done
    local k
    for k in ${MCPDOCK_BENCH_CONTEXT_KINDS:-copy label}; do
        local m_ours m_cli m_node m_raw
        m_ours=$(awk -v k=$k '$1==k && $2=="ours" && $3=="ms" {print $4}' "$ctx_log" | median)
        m_cli=$(awk -v k=$k '$1==k && $2=="cli" && $3=="ms" {print $4}' "$ctx_log" | median)
        m_node=$(awk -v k=$k '$1==k && $2=="dockerode" && $3=="ms" {print $4}' "$ctx_log" | median)
        m_raw=$(awk -v k=$k '$1==k && $2=="raw" && $3=="ms" {print $4}' "$ctx_log" | median)
        local what="context $ctx_mib MiB/$ctx_files files, $k"
        row "1 $k" "ours (bench_context) request to image ID, median ms" "$m_ours" ""
        row "1 $k" "docker build (DOCKER_BUILDKIT=0), median ms" "$m_cli" "ours/cli $(ratio "$m_ours" "$m_cli") (target <= 1.00)"
        row "1 $k" "dockerode buildImage, median ms" "$m_node" "dockerode/ours $(ratio "$m_node" "$m_ours") (target >= 1.30)"
        row "1 $k" "tar -c | socat (ceiling), median ms" "$m_raw" "ours/ceiling $(ratio "$m_ours" "$m_raw") (target <= 1.25)"
        local s_ours s_raw
        s_ours=$(awk -v k=$k '$1==k && $2=="ours" && $3=="send_ms" {print $4}' "$ctx_log" | median)
        s_raw=$(awk -v k=$k '$1==k && $2=="raw" && $3=="send_ms" {print $4}' "$ctx_log" | median)
        row "1 $k" "last byte sent: ours / tar|socat, median ms" "$s_ours / $s_raw" \
            "$(awk -v b="$tarsize" -v s="$s_ours" 'BEGIN {printf "%.0f MB/s", b/1000/s}') vs $(awk -v b="$tarsize" -v s="$s_raw" 'BEGIN {printf "%.0f MB/s", b/1000/s}')"
        row "1 $k" "peak RSS: ours / dockerode, median KiB" \
            "$(awk -v k=$k '$1==k && $2=="ours" && $3=="rss_kib" {print $4}' "$ctx_log" | median) / $(awk -v k=$k '$1==k && $2=="dockerode" && $3=="rss_kib" {print $4}' "$ctx_log" | median)" \
            "ours target < 65536 KiB"
        : "$what"
    done
    cat "$ctx_log" >>"$results" && rm -f "$ctx_log"
    [ "$keep_project" = 1 ] || rm -rf "$proj"
}

# ==== 2. stream parsing ==============================================================================
stream_section() {
    say "2. stream parsing: $stream_mb MB through JsonStreamReader"
    local out
    out=$(timeout 600 "$bin/bench_jsonstream" --megabytes "$stream_mb" --passes 3)
    echo "$out" >>"$results"
    local r
    r=$(grep '^RESULT' <<<"$out")
    row "2" "JsonStreamReader, $(field "$r" mb) MB, one core, median MB/s" "$(field "$r" median_mbps)" "target >= 300"
    out=$(timeout 600 "$bin/bench_jsonstream" --megabytes "$stream_mb" --passes 3 --with-parser)
    echo "$out" >>"$results"
    r=$(grep '^RESULT' <<<"$out")
    row "2" "JsonStreamReader + BuildStreamParser (the build path), MB/s" "$(field "$r" median_mbps)" "(no target)"
}

# ==== 3. log view ===================================================================================
logview_section() {
    local args label out r
    local configs=("--view pane" "--view pane --filter npm" "--view tree --proxy")
    for args in "${configs[@]}"; do
        case "$args" in
        "--view pane") label="the Build log pane, following the tail" ;;
        "--view pane --filter npm") label="the Build log pane filtering \"npm\"" ;;
        *) label="QTreeView + filter proxy (the pane before the fix)" ;;
        esac
        say "3. log view: $log_lines lines, $label"
        out=$(QT_QPA_PLATFORM=offscreen timeout 900 "$bin/bench_buildlogmodel" --lines "$log_lines" $args)
        echo "$out" >>"$results"
        r=$(grep '^RESULT' <<<"$out")
        row "3" "$log_lines lines, $label: longest stall ms" "$(field "$r" max_stall_ms)" "target <= 50 (GUI-thread CPU in one gap at most $(field "$r" max_gap_cpu_ms) ms; p99 gap $(field "$r" p99_gap_ms) ms; $(field "$r" lines_per_s) lines/s)"
        row "3" "$log_lines lines, $label: peak RSS MiB" "$(awk -v k="$(field "$r" peak_rss_kib)" 'BEGIN {printf "%.1f", k/1024}')" "target < 200"
    done
}

# ==== 4. rebuild ====================================================================================
rebuild_section() {
    say "4. rebuild: an example with npm and pip dependencies"
    local proj="$work/rebuild" idx="$work/pyindex" port
    cp -r "$root/examples/mixed" "$proj"
    # pip has no index here: a wheel made on the spot, served from 127.0.0.1 as a find-links page
    # (python -m http.server's folder listing), reached by the RUN step through host networking.
    mkdir -p "$idx"
    python3 - "$idx" <<'PY'
import base64, hashlib, sys, zipfile
d = sys.argv[1]
name, ver = "mcpdock_bench_dep", "1.0.0"
files = {
    f"{name}/__init__.py": b"def double(x):\n    return 2 * x\n",
    f"{name}-{ver}.dist-info/METADATA": f"Metadata-Version: 2.1\nName: mcpdock-bench-dep\nVersion: {ver}\n".encode(),
    f"{name}-{ver}.dist-info/WHEEL": b"Wheel-Version: 1.0\nGenerator: mcpdock-bench\nRoot-Is-Purelib: true\nTag: py3-none-any\n",
}
record = []
for path, data in files.items():
    digest = base64.urlsafe_b64encode(hashlib.sha256(data).digest()).rstrip(b"=").decode()
    record.append(f"{path},sha256={digest},{len(data)}")
record.append(f"{name}-{ver}.dist-info/RECORD,,")
files[f"{name}-{ver}.dist-info/RECORD"] = ("\n".join(record) + "\n").encode()
with zipfile.ZipFile(f"{d}/{name}-{ver}-py3-none-any.whl", "w") as z:
    for path, data in files.items():
        z.writestr(zipfile.ZipInfo(path, (2000, 1, 1, 0, 0, 0)), data)
PY
    port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
    python3 -m http.server --bind 127.0.0.1 --directory "$idx" "$port" >"$work/pyindex.log" 2>&1 &
    pyserver_pid=$!
    printf -- '--no-index\n--find-links http://127.0.0.1:%s/\n--trusted-host 127.0.0.1\nmcpdock-bench-dep==1.0.0\n' "$port" >"$proj/requirements.txt"
    # npm: a small real package from the npm registry (reachable with host networking).
    printf '\ndependencies:\n  npm:\n    ms: "2.1.3"\n' >>"$proj/mcp.yaml"
    for _ in $(seq 1 50); do curl -fs "http://127.0.0.1:$port/" >/dev/null && break; sleep 0.1; done

    local tag="mcpdock-bench-$run_id/rebuild:1" out cold_ms warm_ms start how summary
    # `mcpdock build` when this tree has it (the real builder), else bench_context --manifest (the
    # same library path: generator, context writer, EngineClient).
    if [ "$have_app" = 1 ] && timeout 30 "$mcpdock" build --help >/dev/null 2>&1; then
        how="mcpdock build"
        build_once() {
            timeout 1500 "$mcpdock" build -H "unix://$sock" -t "$tag" --network host --json "$@" "$proj"
        }
    else
        how="bench_context --manifest"
        build_once() {
            timeout 1500 "$bin/bench_context" --host "unix://$sock" --manifest "$proj" \
                --network host --tag "$tag" --label "mcpdock.bench=$run_id" --json-steps "$@"
        }
    fi
    # Steps, cache hits, and the dependency-install steps (npm / pip) with whether they were cached,
    # from the build's own events (the last JSON line: the result).
    summarize() {
        python3 -c '
import json, sys
res = None
for line in sys.stdin:
    line = line.strip()
    if line.startswith("{"):
        try:
            o = json.loads(line)
        except ValueError:
            continue
        if o.get("type") in ("result", "failure"):
            res = o
if not res or res.get("type") != "result":
    print("failed", json.dumps(res)[:300] if res else "no result line")
    sys.exit(1)
steps = res.get("steps", [])
deps = [s for s in steps if s.get("instruction", "").startswith("RUN") and ("npm" in s["instruction"] or "pip" in s["instruction"])]
print(res.get("totalSteps", len(steps)), res.get("cacheHits", sum(1 for s in steps if s.get("cached"))),
      sum(1 for s in deps if s.get("cached")), len(deps),
      sum(1 for s in steps if not s.get("cached")))
'
    }
    say "   building with $how"
    start=$(now_ns)
    out=$(build_once --no-cache 2>"$work/rebuild-cold.err") || die "the cold build failed: $(tail -c 600 <<<"$out") $(tail -n 5 "$work/rebuild-cold.err")"
    cold_ms=$(ms_since "$start")
    echo "$out" >>"$results"
    local c_steps c_cached c_dep_cached c_deps c_ran
    read -r c_steps c_cached c_dep_cached c_deps c_ran < <(summarize <<<"$out") || die "no result from the cold build"
    local cold_id
    cold_id=$(python3 -c 'import json, sys
for l in sys.stdin:
    if l.startswith("{") and "\"type\":\"result\"" in l: print(json.loads(l)["imageId"])' <<<"$out" | tail -n1)
    say "   cold build: $cold_ms ms, $c_steps steps"
    # Edit one tool: a real change to its source.
    printf '\n// edited by the benchmark run %s\n' "$run_id" >>"$proj/tools/text_stats.js"
    start=$(now_ns)
    out=$(build_once 2>"$work/rebuild-warm.err") || die "the rebuild failed: $(tail -c 600 <<<"$out")"
    warm_ms=$(ms_since "$start")
    echo "$out" >>"$results"
    local w_steps w_cached w_dep_cached w_deps w_ran
    read -r w_steps w_cached w_dep_cached w_deps w_ran < <(summarize <<<"$out") || die "no result from the rebuild"
    local deps_reused=no
    [ "$w_deps" -gt 0 ] && [ "$w_dep_cached" = "$w_deps" ] && deps_reused=yes
    say "   rebuild after editing tools/text_stats.js: $warm_ms ms, $w_cached of $w_steps steps from the cache, $w_dep_cached of $w_deps npm/pip steps reused"
    row "4" "cold build ($how, npm + pip deps, --no-cache), ms" "$cold_ms" "$c_steps steps"
    row "4" "one tool edited, rebuild, ms" "$warm_ms" "rebuild/cold $(ratio "$warm_ms" "$cold_ms") (target < 0.25)"
    row "4" "rebuild: steps from cache (build events)" "$w_cached/$w_steps" "npm/pip install steps reused: $w_dep_cached/$w_deps ($deps_reused); $w_ran steps ran again"
    kill "$pyserver_pid" 2>/dev/null; wait "$pyserver_pid" 2>/dev/null || true
    pyserver_pid=""
    # The cold build's image lost its tag to the rebuild: remove it too.
    timeout 300 docker rmi -f "$tag" $cold_id >/dev/null 2>&1 || true
}

# ==== 5. image list =================================================================================
images_section() {
    local distinct=$((image_count / 20)) i
    [ "$distinct" -ge 1 ] || distinct=1
    say "5. image list: $image_count tags on $distinct images"
    local ctx="$work/imgctx"
    mkdir -p "$ctx"
    # Distinct tiny images straight from the import API (no container, no build), four at a time,
    # with the labels MCP Dock's own images carry, so `mcpdock images` lists them.
    make_image() {
        local i=$1 changes
        printf 'bench image %s\n' "$i" >"$ctx/file$i.txt"
        changes=$(python3 -c 'import json, sys, urllib.parse
i, run = sys.argv[1], sys.argv[2]
tools = "[{\"name\":\"forecast\",\"description\":\"Weather forecast\"}]"
labels = [("mcpdock.bench", run), ("io.mcpdock.managed", "true"), ("io.mcpdock.project", "bench" + i),
          ("io.mcpdock.version", "1.0." + i), ("io.mcpdock.tools", tools), ("org.opencontainers.image.title", "bench" + i)]
print("&".join("changes=" + urllib.parse.quote("LABEL %s=%s" % (k, json.dumps(v) if k == "io.mcpdock.tools" else v), safe="") for k, v in labels))' "$i" "$run_id")
        tar -c -C "$ctx" "file$i.txt" | curl -fs --max-time 300 --unix-socket "$sock" -X POST \
            -H 'Content-Type: application/x-tar' --data-binary @- \
            "http://docker/v1.41/images/create?fromSrc=-&repo=mcpdock-bench-$run_id/img$i&tag=t0&$changes" >/dev/null
    }
    for i in $(seq 1 "$distinct"); do
        make_image "$i" &
        [ $((i % 4)) = 0 ] && wait
    done
    wait
    local n=$distinct
    i=0
    while [ "$n" -lt "$image_count" ]; do
        i=$((i % distinct + 1))
        curl -fs --max-time 30 --unix-socket "$sock" -X POST \
            "http://docker/v1.41/images/mcpdock-bench-$run_id%2Fimg$i:t0/tag?repo=mcpdock-bench-$run_id/img$i&tag=t$n" >/dev/null
        n=$((n + 1))
    done
    local rows
    rows=$(timeout 60 docker images --filter label=io.mcpdock.managed=true --format '{{.Repository}}:{{.Tag}}' | grep -c .)
    say "   $rows tagged rows of ours, $(timeout 60 docker images -q | wc -l) in all"

    # All three ask the daemon the same question: the images carrying MCP Dock's label.
    local filter="label=io.mcpdock.managed=true"
    local t cli_times="" ours_times="" node_times="" have_ours=0 start
    if [ "$have_app" = 1 ] && timeout 30 "$mcpdock" images --help >/dev/null 2>&1; then have_ours=1; fi
    for t in $(seq 1 6); do
        start=$(now_ns); timeout 60 docker images --filter "$filter" >/dev/null; [ "$t" = 1 ] || cli_times+="$(ms_since "$start")"$'\n'
        if [ "$have_ours" = 1 ]; then
            start=$(now_ns); timeout 60 "$mcpdock" images >/dev/null || die "mcpdock images failed"
            [ "$t" = 1 ] || ours_times+="$(ms_since "$start")"$'\n'
        fi
        start=$(now_ns); timeout 60 node "$here/node/images.js" "$sock" 1 "$filter" >/dev/null
        [ "$t" = 1 ] || node_times+="$(ms_since "$start")"$'\n'
    done
    local node_call
    node_call=$(timeout 120 node "$here/node/images.js" "$sock" 9 "$filter")
    local m_cli m_ours m_node
    m_cli=$(printf '%s' "$cli_times" | median)
    m_node=$(printf '%s' "$node_times" | median)
    if [ "$have_ours" = 1 ]; then m_ours=$(printf '%s' "$ours_times" | median); else m_ours="n/a"; fi
    local ours_rows="n/a"
    [ "$have_ours" = 1 ] && ours_rows=$(timeout 60 "$mcpdock" images --json | python3 -c 'import json, sys; d = json.load(sys.stdin); print(sum(max(1, len(i.get("tags", i.get("repoTags", [])))) for i in d))' 2>/dev/null || echo "?")
    row "5" "mcpdock images ($rows tags; it printed $ours_rows), process, median ms" "$m_ours" "$([ "$have_ours" = 1 ] || echo "the images verb is not in this build")"
    row "5" "docker images --filter $filter, process, median ms" "$m_cli" "ours/cli $(ratio "$m_ours" "$m_cli")"
    row "5" "node + dockerode listImages, process, median ms" "$m_node" "ours/dockerode $(ratio "$m_ours" "$m_node"); listImages call alone $(field "$node_call" call_ms) ms"
}

# ==== 6. start-up ===================================================================================
startup_section() {
    say "6. start-up: mcpdock --version and the GUI's first window, cold and warm"
    if [ "$have_app" = 0 ]; then
        row "6" "start-up" "n/a" "mcpdock / bench_startup did not build in this tree"
        return
    fi
    local out r
    out=$(timeout 900 "$bin/bench_startup" --mcpdock "$mcpdock" --runs "$startup_runs")
    echo "$out" >>"$results"
    while read -r r; do
        row "6" "$(field "$r" case): warm / cold, median ms" "$(field "$r" warm_ms) / $(field "$r" cold_ms)" "($(field "$r" runs) runs; min $(field "$r" warm_min_ms) / $(field "$r" cold_min_ms))"
    done < <(grep '^RESULT' <<<"$out")
}

# ==== round 2 (issue 20): the image as a server ===================================================
# The load average goes into the table before and after each round-2 section: the machine may be
# shared, and the reader must see it.
load_row() { row "$1" "load average (1/5/15 min) $2" "$(cut -d' ' -f1-3 /proc/loadavg)" ""; }
srv_prefix="mcpdock-bench-$run_id"
server_images_built=0
# The echo tool three ways, stdio and HTTP: MCP Dock's JS and Python runtimes (mcpdock build, the
# HTTP variant is the same project with `transport: http`) and the official SDK (one image, PORT
# selects HTTP), all on node:22-alpine / python:3.11-slim from the test daemon's mirror.
build_server_images() {
    [ "$server_images_built" = 1 ] && return 0
    [ "$have_app" = 1 ] || die "the server sections need mcpdock (it did not build; or pass --mcpdock)"
    local lang transport proj out
    for lang in js py; do
        for transport in stdio http; do
            proj="$work/echo-$lang-$transport"
            rm -rf "$proj" && cp -r "$here/server/$lang" "$proj"
            sed -i "s/^  transport: stdio$/  transport: $transport/" "$proj/mcp.yaml"
            grep -q "transport: $transport" "$proj/mcp.yaml" || die "could not set transport: $transport in $proj/mcp.yaml"
            out=$(timeout 900 "$mcpdock" build -H "unix://$sock" -t "$srv_prefix/echo-$lang:$transport" "$proj" 2>&1) ||
                die "mcpdock build of the $lang echo server ($transport) failed: $(tail -n 5 <<<"$out")"
        done
    done
    out=$(DOCKER_BUILDKIT=0 timeout 900 docker build --network host -q --label "mcpdock.bench=$run_id" \
        -t "$srv_prefix/echo-sdk:1" "$here/server/sdk" 2>&1) || die "the SDK server's docker build failed: $(tail -n 5 <<<"$out")"
    echo "# SDK server: @modelcontextprotocol/sdk $(node -p "require('$here/server/sdk/package-lock.json').packages['node_modules/@modelcontextprotocol/sdk'].version"), tests/bench/server/sdk/Dockerfile" >>"$results"
    server_images_built=1
}

server_section() {
    say "7. server: $server_n tools/call per run, sequential and 16 in flight, stdio and HTTP, $runs rounds"
    load_row 7 "before"
    build_server_images
    local out r name transport
    out=$(timeout 7200 node "$here/server/bench.mjs" calls --sock "$sock" --n "$server_n" --rounds "$runs" \
        "ours-js=$srv_prefix/echo-js:stdio,$srv_prefix/echo-js:http" \
        "ours-py=$srv_prefix/echo-py:stdio,$srv_prefix/echo-py:http" \
        "sdk=$srv_prefix/echo-sdk:1,$srv_prefix/echo-sdk:1") || die "server/bench.mjs failed: $(tail -n 5 <<<"$out")"
    echo "$out" >>"$results"
    for transport in stdio http; do
        local sdk_rate sdk_p99
        r=$(grep "^RESULT server=sdk transport=$transport " <<<"$out")
        sdk_rate=$(field "$r" par_rate) sdk_p99=$(field "$r" seq_p99_ms)
        for name in ours-js ours-py sdk; do
            r=$(grep "^RESULT server=$name transport=$transport " <<<"$out")
            row "7 $transport" "$name: sequential p50 / p99 ms, calls/s" "$(field "$r" seq_p50_ms) / $(field "$r" seq_p99_ms), $(field "$r" seq_rate)" \
                "p99 vs sdk $(ratio "$(field "$r" seq_p99_ms)" "$sdk_p99") (target <= 1.00)"
            row "7 $transport" "$name: 16 in flight calls/s (p99 ms)" "$(field "$r" par_rate) ($(field "$r" par_p99_ms))" \
                "calls/s vs sdk $(ratio "$(field "$r" par_rate)" "$sdk_rate") (target >= 1.00)"
        done
    done
    load_row 7 "after"
}

serverstart_section() {
    say "8. server start: docker run -i to the first tools/list answer, $start_runs runs each, idle memory"
    load_row 8 "before"
    build_server_images
    local out r name sdk_ms sdk_mem
    out=$(timeout 3600 node "$here/server/bench.mjs" start --sock "$sock" --runs "$start_runs" \
        "ours-js=$srv_prefix/echo-js:stdio" "ours-py=$srv_prefix/echo-py:stdio" "sdk=$srv_prefix/echo-sdk:1") ||
        die "server/bench.mjs start failed: $(tail -n 5 <<<"$out")"
    echo "$out" >>"$results"
    r=$(grep "^RESULT server=sdk " <<<"$out")
    sdk_ms=$(field "$r" start_ms) sdk_mem=$(field "$r" mem_usage_mib)
    for name in ours-js ours-py sdk; do
        r=$(grep "^RESULT server=$name " <<<"$out")
        row "8" "$name: docker run to tools/list, median ms (min-max)" "$(field "$r" start_ms) ($(field "$r" start_min_ms)-$(field "$r" start_max_ms))" \
            "vs sdk $(ratio "$(field "$r" start_ms)" "$sdk_ms") (target <= 1.00)"
        row "8" "$name: idle memory, usage - inactive_file / anon, median MiB" "$(field "$r" mem_usage_mib) / $(field "$r" mem_anon_mib)" \
            "vs sdk $(ratio "$(field "$r" mem_usage_mib)" "$sdk_mem") (target <= 1.00)"
    done
    load_row 8 "after"
}

# Size in bytes, layer count, and bytes above the base image of IMAGE.
image_figures() {
    local size layers base_size
    size=$(timeout 60 docker image inspect "$1" --format '{{.Size}}')
    layers=$(timeout 60 docker image inspect "$1" --format '{{len .RootFS.Layers}}')
    base_size=$(timeout 60 docker image inspect "$2" --format '{{.Size}}')
    echo "$(awk -v s="$size" 'BEGIN {printf "%.1f", s/1e6}') MB, $layers layers, +$(awk -v s="$size" -v b="$base_size" 'BEGIN {d = s - b; if (d < 1e7) printf "%.1f kB", d/1e3; else printf "%.1f MB", d/1e6}') over $2"
    echo "IMAGE $1 size=$size layers=$layers base_size=$base_size" >>"$results"
}

imagesize_section() {
    say "9. image size: examples/weather-js by MCP Dock and by hand; $npm_pkg npx-style"
    load_row 9 "before"
    [ "$have_app" = 1 ] || die "the imagesize section needs mcpdock (it did not build; or pass --mcpdock)"
    local out ctx="$work/weather-hand" tag_ours="$srv_prefix/weather-js:mcpdock" tag_hand="$srv_prefix/weather-js:hand"
    out=$(timeout 900 "$mcpdock" build -H "unix://$sock" -t "$tag_ours" "$root/examples/weather-js" 2>&1) ||
        die "mcpdock build examples/weather-js failed: $(tail -n 5 <<<"$out")"
    # The hand-written Dockerfile gets the same files MCP Dock sends (the runtime, manifest.json and
    # the project, from `mcpdock dockerfile --write-context`), so only the packaging differs.
    out=$(timeout 120 "$mcpdock" dockerfile "$root/examples/weather-js/mcp.yaml" --write-context "$ctx" 2>&1) ||
        die "mcpdock dockerfile --write-context failed: $out"
    cp "$here/server/handwritten/weather-js.Dockerfile" "$ctx/Dockerfile.hand"
    out=$(DOCKER_BUILDKIT=0 timeout 900 docker build -q --label "mcpdock.bench=$run_id" -f "$ctx/Dockerfile.hand" -t "$tag_hand" "$ctx" 2>&1) ||
        die "the hand-written weather-js build failed: $(tail -n 5 <<<"$out")"
    local f_ours f_hand
    f_ours=$(image_figures "$tag_ours" node:22-alpine)
    f_hand=$(image_figures "$tag_hand" node:22-alpine)
    row "9 weather-js" "mcpdock build" "$f_ours" "size vs hand-written $(ratio "$(timeout 60 docker image inspect "$tag_ours" --format '{{.Size}}')" "$(timeout 60 docker image inspect "$tag_hand" --format '{{.Size}}')") (target <= 1.00)"
    row "9 weather-js" "hand-written multi-stage (tests/bench/server/handwritten/weather-js.Dockerfile)" "$f_hand" ""

    local pkg_name=${npm_pkg%@*} pkg_version=${npm_pkg##*@} tag_npx="$srv_prefix/npm-pkg:npx"
    mkdir -p "$work/npx"
    sed -e "s|@PKG@|$pkg_name|g" -e "s|@VERSION@|$pkg_version|g" "$here/server/npx/Dockerfile.in" >"$work/npx/Dockerfile"
    out=$(DOCKER_BUILDKIT=0 timeout 900 docker build --network host -q --label "mcpdock.bench=$run_id" \
        -t "$tag_npx" "$work/npx" 2>&1) ||
        die "the npx-style build of $npm_pkg failed: $(tail -n 5 <<<"$out")"
    local f_npx
    f_npx=$(image_figures "$tag_npx" node:22-alpine)
    row "9 $pkg_name" "npx-style (tests/bench/server/npx/Dockerfile.in)" "$f_npx" ""
    if timeout 30 "$mcpdock" build --help 2>&1 | grep -q 'npm:'; then
        local tag_npm="$srv_prefix/npm-pkg:mcpdock"
        out=$(timeout 900 "$mcpdock" build -H "unix://$sock" --network host -t "$tag_npm" "npm:$npm_pkg" 2>&1) ||
            die "mcpdock build npm:$npm_pkg failed: $(tail -n 5 <<<"$out")"
        row "9 $pkg_name" "mcpdock build npm:$npm_pkg" "$(image_figures "$tag_npm" node:22-alpine)" \
            "size vs npx-style $(ratio "$(timeout 60 docker image inspect "$tag_npm" --format '{{.Size}}')" "$(timeout 60 docker image inspect "$tag_npx" --format '{{.Size}}')")"
    else
        row "9 $pkg_name" "mcpdock build npm:$npm_pkg" "n/a" "this mcpdock has no npm: references (mcpdock build --help)"
    fi
    load_row 9 "after"
}

want stream && stream_section
want logview && logview_section
want startup && startup_section
want images && images_section
want rebuild && rebuild_section
want context && context_section
want server && server_section
want serverstart && serverstart_section
want imagesize && imagesize_section

echo "# load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)" >>"$results"
echo
printf 'MCP Dock benchmarks (%s, %s cores, load %s)\n' "$engine" "$(nproc)" "$(cut -d' ' -f1-3 /proc/loadavg)"
{ printf '#\tmeasurement\tfigure\tratio / target\n'; cat "$table"; } | column -t -s $'\t'
echo
echo "raw figures: $results"
