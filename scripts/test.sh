#!/usr/bin/env bash
# The README's test command: installs the packages, configures and builds everything with the
# `ci` preset (warnings are errors), and runs every test (unit, integration, gui) with ctest.
# The integration and GUI tests get a private dockerd and registry from ctest's testenv fixture
# (tests/support/testenv.sh, state in build/ci/testenv); they are stopped after the last test and,
# should ctest itself be interrupted, by this script's exit trap. Exit status: 0 only when every
# test passed.
#
#   scripts/test.sh [extra ctest arguments, e.g. -L unit or -R tst_http]
set -euo pipefail

src=$(cd "$(dirname "$0")/.." && pwd)
cd "$src"
build=$src/build/ci
testenv_dir=$build/testenv
asan_testenv_dir=$src/build/asan-ubsan/testenv

say() { echo "==> $*" >&2; }

ctest_pid=
# shellcheck disable=SC2317 # called by the traps
cleanup() {
    local rc=$?
    trap - EXIT INT TERM
    if [ -n "$ctest_pid" ] && kill -0 "$ctest_pid" 2>/dev/null; then
        kill -TERM "$ctest_pid" 2>/dev/null || true
        wait "$ctest_pid" 2>/dev/null || true
    fi
    # Normally the fixture's testenv_stop already did this; it only stops pids the start recorded.
    local dir
    for dir in "$testenv_dir" "$asan_testenv_dir"; do
        if [ -x tests/support/testenv.sh ] && [ -d "$dir" ]; then
            tests/support/testenv.sh stop "$dir" >/dev/null 2>&1 || true
        fi
    done
    exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

say "installing packages"
"$src/scripts/install-deps.sh"

jobs=$(nproc 2>/dev/null || echo 2)

say "configuring (preset ci)"
cmake --preset ci -DMCPDOCK_TESTENV_DIR="$testenv_dir"

say "building everything with $jobs jobs"
cmake --build --preset ci --parallel "$jobs"

say "running the tests"
# A private D-Bus session bus for the run (the keychain tests talk to a Secret Service on it);
# dbus-run-session ends the bus, and what it activated, when ctest returns.
runner=()
if command -v dbus-run-session >/dev/null 2>&1 && [ -z "${DBUS_SESSION_BUS_ADDRESS:-}" ]; then
    runner=(dbus-run-session --)
fi
set +e
"${runner[@]}" ctest --preset ci --parallel "$jobs" --output-junit "$build/ctest-junit.xml" "$@" &
ctest_pid=$!
wait "$ctest_pid"
rc=$?
ctest_pid=
set -e

# Reliability passes (issue 8), on a full run only (no ctest arguments): the libFuzzer smoke runs
# (preset fuzz, clang) and the whole suite again under ASan+UBSan (preset asan-ubsan: unit,
# integration and GUI tests, with their own daemon and registry; the packaging tests, which check
# the .deb and desktop files rather than code, are left out). MCPDOCK_SKIP_RELIABILITY=1 leaves
# both out.
if [ "$#" = 0 ] && [ -z "${MCPDOCK_SKIP_RELIABILITY:-}" ]; then
    set +e
    say "fuzz smoke runs (preset fuzz)"
    mapfile -t fuzz_targets < <(sed -n 's/^set(fuzz_targets \(.*\))$/\1/p' tests/fuzz/CMakeLists.txt | tr ' ' '\n' | sed 's/^/fuzz_/')
    { cmake --preset fuzz >/dev/null && cmake --build --preset fuzz --parallel "$jobs" --target "${fuzz_targets[@]}" &&
        ctest --test-dir build/fuzz -L fuzz --output-on-failure; } || rc=1
    say "the whole suite under AddressSanitizer + UBSan (preset asan-ubsan)"
    { cmake --preset asan-ubsan -DMCPDOCK_TESTENV_DIR="$asan_testenv_dir" >/dev/null &&
        cmake --build --preset asan-ubsan --parallel "$jobs" &&
        "${runner[@]}" ctest --preset asan-ubsan --parallel "$jobs" -E '^packaging_' \
            --output-junit "$src/build/asan-ubsan/ctest-junit.xml"; } || rc=1
    set -e
fi

if [ "$rc" = 0 ]; then
    say "all tests passed (JUnit report: $build/ctest-junit.xml)"
else
    say "some tests FAILED (exit $rc); details above and in $build/Testing/Temporary/LastTest.log"
fi
exit "$rc"
