#!/usr/bin/env bash
# Wall time of one two-platform build (`mcpdock build --platform linux/amd64,linux/arm64`) against
# the two single builds it replaces (`mcpdock build` for the daemon's amd64, then
# `mcpdock build --platform linux/arm64`), all with --no-cache so every step runs (the arm64 RUN
# steps under QEMU). Alternating runs, medians printed; never asserted.
#
#   MCPDOCK_TESTENV_FILE=build/testenv/env tests/bench/multiplatform.sh [MCPDOCK] [RUNS]
#
# MCPDOCK defaults to build/ci/app/mcpdock, RUNS to 3. The images each run makes (label-free names
# mcpdock-bench-mp-<run>) are removed after it.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
mcpdock=${1:-$root/build/ci/app/mcpdock}
runs=${2:-3}
envfile=${MCPDOCK_TESTENV_FILE:?set MCPDOCK_TESTENV_FILE to the env file of tests/support/testenv.sh}
DOCKER_HOST=$(sed -n 's/^MCPDOCK_TEST_DOCKER_HOST=//p' "$envfile")
export DOCKER_HOST
[ "$(sed -n 's/^MCPDOCK_TEST_ARM64=//p' "$envfile")" = 1 ] || { echo "multiplatform.sh: the test environment has no arm64" >&2; exit 1; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

now() { date +%s.%N; }
clean() { docker images --format '{{.Repository}}:{{.Tag}}' | grep "^$1:" | xargs -r docker rmi -f >/dev/null; }
median() { printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2}'; }

multi=() singles=()
for i in $(seq 1 "$runs"); do
    name=mcpdock-bench-mp-$$-$i
    rm -rf "$work/$name"
    cp -r "$root/examples/weather-js" "$work/$name"
    sed -i "s/^name: .*/name: $name/" "$work/$name/mcp.yaml"
    t0=$(now)
    "$mcpdock" build "$work/$name" --no-cache -t "$name:a" >/dev/null
    "$mcpdock" build "$work/$name" --no-cache --platform linux/arm64 -t "$name:b" >/dev/null
    t1=$(now)
    clean "$name"
    "$mcpdock" build "$work/$name" --no-cache --platform linux/amd64,linux/arm64 -t "$name:m" >/dev/null
    t2=$(now)
    clean "$name"
    singles+=("$(echo "$t1 - $t0" | bc)")
    multi+=("$(echo "$t2 - $t1" | bc)")
    echo "run $i: two single builds ${singles[-1]} s, one two-platform build ${multi[-1]} s" >&2
done
ms=$(median "${singles[@]}")
mm=$(median "${multi[@]}")
printf 'weather-js, --no-cache, %s runs (median): two single builds %.2f s, one --platform linux/amd64,linux/arm64 build %.2f s (%.2fx)\n' \
    "$runs" "$ms" "$mm" "$(echo "$mm / $ms" | bc -l)"
