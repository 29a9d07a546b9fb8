#!/usr/bin/env bash
# The README's test command: every test, in two builds, against one private Docker daemon and
# registry (tests/support/testenv.sh) that this script starts once and stops at the end, also when
# a test fails or the run is interrupted. Exit status: 0 only when every test passed.
#
#   1. preset ci (gcc, warnings are errors): everything is built; the unit and packaging tests run
#      (the .deb is made, installed with apt in a clean Debian container, and started).
#   2. preset sanitize (clang, AddressSanitizer + UBSan, libFuzzer instrumentation): everything is
#      built again; the unit, integration and GUI tests run under the sanitizers, and each libFuzzer
#      target for a fixed number of inputs. The integration and GUI tests run here only: they
#      exercise the same code as they would in the ci build, with every memory and UB check on.
#
#   scripts/test.sh                    the whole run (what CI does)
#   scripts/test.sh -R tst_http        one ctest selection, in the ci build only
# MCPDOCK_SKIP_SANITIZE=1 leaves out step 2. The time of each phase is printed at the end.
set -euo pipefail

src=$(cd "$(dirname "$0")/.." && pwd)
cd "$src"
testenv_dir=$src/build/testenv
jobs=$(nproc 2>/dev/null || echo 2)

say() { echo "==> $*" >&2; }

phases=()
phase_start=$SECONDS
phase_name=
begin() { # name
    end_phase
    phase_name=$1
    phase_start=$SECONDS
    say "$1"
}
end_phase() {
    [ -n "$phase_name" ] && phases+=("$(printf '%-44s %4d s' "$phase_name" $((SECONDS - phase_start)))")
    phase_name=
}
report() {
    end_phase
    echo >&2
    echo "Time by phase (2-core figures are in the README):" >&2
    printf '  %s\n' "${phases[@]}" >&2
    printf '  %-44s %4d s\n' "total" "$SECONDS" >&2
}

ctest_pid=
ci_tests=
env_started=
kill_tree() { # pid: the process and everything it started
    local child
    for child in $(ps -o pid= --ppid "$1" 2>/dev/null); do kill_tree "$child"; done
    kill -TERM "$1" 2>/dev/null || true
}
# shellcheck disable=SC2317 # called by the traps
cleanup() {
    local rc=$?
    trap - EXIT INT TERM
    local pid
    for pid in $ctest_pid $ci_tests; do
        if kill -0 "$pid" 2>/dev/null; then
            kill_tree "$pid"
            wait "$pid" 2>/dev/null || true
        fi
    done
    if [ -n "$env_started" ]; then
        tests/support/testenv.sh stop "$testenv_dir" >/dev/null 2>&1 || true
    fi
    report
    exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

# A private D-Bus session bus for each ctest run (the keychain tests talk to a Secret Service on
# it); dbus-run-session ends the bus, and what it activated, when ctest returns.
runner=()
if command -v dbus-run-session >/dev/null 2>&1 && [ -z "${DBUS_SESSION_BUS_ADDRESS:-}" ]; then
    runner=(dbus-run-session --)
fi
# ctest in the background so an interrupt can stop it; the shared test environment is started
# here, so ctest's own fixture (for runs of ctest by hand) is left out with -FA/-E.
run_ctest() { # preset junit-file ctest-args...
    local preset=$1 junit=$2
    shift 2
    set +e
    "${runner[@]}" ctest --preset "$preset" --parallel "$jobs" -FA testenv -E '^testenv_' \
        --output-junit "$junit" "$@" &
    ctest_pid=$!
    wait "$ctest_pid"
    local rc=$?
    ctest_pid=
    set -e
    return "$rc"
}

begin "installing packages"
"$src/scripts/install-deps.sh"

# The test environment comes up while the first build compiles (it waits on the disk and the
# npm registry more than on the processor).
say "starting the test daemon, registry and base images in the background (log: build/testenv.log)"
mkdir -p build
env_started=1
(
    started=$SECONDS
    rc=0
    tests/support/testenv.sh start "$testenv_dir" >build/testenv.log 2>&1 || rc=$?
    echo $((SECONDS - started)) >build/testenv.seconds
    exit $rc
) &
env_pid=$!

begin "configuring and building (preset ci, gcc -Werror)"
cmake --preset ci -DMCPDOCK_TESTENV_DIR="$testenv_dir" >/dev/null
cmake --build --preset ci --parallel "$jobs"

begin "waiting for the test environment"
if ! wait "$env_pid"; then
    cat build/testenv.log >&2
    say "the test environment did not start (above); the tests that need it cannot run"
    exit 1
fi
tail -n 1 build/testenv.log >&2
phases+=("$(printf '%-44s %4d s' "  (test environment start, beside the build)" "$(cat build/testenv.seconds)")")

rc=0
if [ "$#" -gt 0 ]; then
    begin "ctest $* (preset ci)"
    run_ctest ci "$src/build/ci/ctest-junit.xml" "$@" || rc=1
else
    # The ci build's unit and packaging tests run while the sanitize build compiles: they wait on
    # the Debian mirror and the daemon (the .deb install) more than on the processor. Their output
    # is shown when they are done.
    begin "unit and packaging tests (preset ci) beside the sanitize build"
    ci_log=$src/build/ci/ctest.log
    run_ctest ci "$src/build/ci/ctest-junit.xml" -L 'unit|packaging' >"$ci_log" 2>&1 &
    ci_tests=$!
    if [ -z "${MCPDOCK_SKIP_SANITIZE:-}" ]; then
        cmake --preset sanitize -DMCPDOCK_TESTENV_DIR="$testenv_dir" >/dev/null
        cmake --build --preset sanitize --parallel "$jobs"
    fi
    wait "$ci_tests" || rc=1
    cat "$ci_log" >&2

    if [ -z "${MCPDOCK_SKIP_SANITIZE:-}" ]; then

        begin "unit, integration, GUI and fuzz tests (preset sanitize)"
        run_ctest sanitize "$src/build/sanitize/ctest-junit.xml" -L 'unit|integration|gui|fuzz' || rc=1
    fi
fi

if [ "$rc" = 0 ]; then
    say "all tests passed (JUnit reports: build/ci/ctest-junit.xml, build/sanitize/ctest-junit.xml)"
else
    say "some tests FAILED; details above and in build/<preset>/Testing/Temporary/LastTest.log"
fi
exit "$rc"
