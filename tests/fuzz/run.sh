#!/usr/bin/env bash
# Builds the libFuzzer targets (tests/fuzz/CMakeLists.txt, clang-14, ASan+UBSan) in their own
# build directory and runs each for a bounded time. Exit status non-zero when a target does not
# build or a fuzzer finds a crash, a leak or undefined behaviour; the reproducer is kept under
# the build directory's artifacts/ and should become a regression test in core_tests.
#   SALGSDESK_FUZZ_BUILD    build directory (default build/fuzz)
#   SALGSDESK_FUZZ_SECONDS  seconds per target (default 60)
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
build="${SALGSDESK_FUZZ_BUILD:-$root/build/fuzz}"
seconds="${SALGSDESK_FUZZ_SECONDS:-60}"

for tool in clang-14 clang++-14; do
    command -v "$tool" >/dev/null || { echo "fuzz: $tool is missing (bash packaging/dev.sh deps)" >&2; exit 1; }
done
launcher=()
command -v ccache >/dev/null && launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)

start=$SECONDS
cmake -S "$here" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DCMAKE_CXX_COMPILER=clang++-14 "${launcher[@]}" >/dev/null
cmake --build "$build" -j2
echo "fuzz: built in $((SECONDS - start)) s"

export QT_QPA_PLATFORM=offscreen
# Leaks are real findings too, but Qt's plugin and codec caches live until exit by design.
export ASAN_OPTIONS="detect_leaks=0:abort_on_error=1"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"
# Both targets at once (one core each): the wall time is one run, not two.
pids=()
for target in csv_fuzzer decimal_fuzzer; do
    mkdir -p "$build/corpus/$target" "$build/artifacts"
    # New inputs go to the build's corpus; the checked-in seeds are only read.
    "$build/$target" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -max_len=4096 \
        -print_final_stats=1 -artifact_prefix="$build/artifacts/$target-" \
        "$build/corpus/$target" "$here/corpus/${target%_fuzzer}" >"$build/$target.log" 2>&1 &
    pids+=($!)
done
t0=$SECONDS
status=0
i=0
for target in csv_fuzzer decimal_fuzzer; do
    if wait "${pids[$i]}"; then
        runs=$(grep -m1 -o 'stat::number_of_executed_units: *[0-9]*' "$build/$target.log" | grep -o '[0-9]*$' || true)
        echo "fuzz: $target ran $((SECONDS - t0)) s without a crash (${runs:-?} inputs)"
    else
        status=1
        echo "fuzz: $target FAILED; reproducer in $build/artifacts/" >&2
        tail -n 60 "$build/$target.log" >&2
    fi
    i=$((i + 1))
done
exit $status
