#!/bin/sh
# Runs one libFuzzer target for a while: scripts/fuzz.sh TARGET SECONDS
#
#   TARGET   shapefile | csv | manifest | story   (sources in tests/fuzz/fuzz_TARGET.cpp)
#   SECONDS  how long to fuzz (default 600)
#
# Configures a clang build in build-fuzz/ (CORRIDOR_BUILD_FUZZERS=ON: libFuzzer + ASan + UBSan),
# builds fuzz_TARGET and runs it on tests/fuzz/seeds/TARGET/ (read only; new coverage goes to
# build-fuzz/corpus/TARGET/, which is kept between runs). A crash, leak, sanitizer report or
# timeout is minimised (-minimize_crash=1) and the smallest input is copied into
# tests/fuzz/regression/TARGET/, which ctest replays on every run (fuzz_replay.TARGET): fix the
# bug, then commit the input with the fix.
#
# Needs Debian's clang and its runtime (apt-get install clang libclang-rt-14-dev). Environment:
#   JOBS    build parallelism (default: nproc)
#   FUZZ_ARGS  extra libFuzzer flags, e.g. "-max_len=65536"
set -eu

target=${1:-}
seconds=${2:-600}
case "$target" in
  shapefile|csv|manifest|story) ;;
  *) echo "usage: $0 shapefile|csv|manifest|story [SECONDS]" >&2; exit 1 ;;
esac

root=$(cd "$(dirname "$0")/.." && pwd)
build="$root/build-fuzz"
seeds="$root/tests/fuzz/seeds/$target"
regression="$root/tests/fuzz/regression/$target"
corpus="$build/corpus/$target"
artifacts="$build/artifacts/$target"

command -v clang++ >/dev/null || { echo "error: clang++ not found (apt-get install clang libclang-rt-14-dev)" >&2; exit 1; }

# Configured every time (quick when nothing changed), so a newly added target is known.
if [ ! -f "$build/CMakeCache.txt" ]; then
  cmake -S "$root" -B "$build" -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DCMAKE_C_COMPILER=clang -DCMAKE_CXX_COMPILER=clang++ -DCORRIDOR_BUILD_FUZZERS=ON
else
  cmake "$build" >/dev/null
fi
cmake --build "$build" -j"${JOBS:-$(nproc)}" --target "fuzz_$target"

mkdir -p "$corpus" "$artifacts" "$regression"
rm -f "$artifacts"/*
status=0
# -timeout: an input that takes over 10 s is a hang; -rss_limit_mb: more than 2 GB is a bug too.
# shellcheck disable=SC2086
"$build/tests/fuzz/fuzz_$target" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 \
  -print_final_stats=1 -artifact_prefix="$artifacts/" ${FUZZ_ARGS:-} "$corpus" "$seeds" || status=$?

if [ "$status" -eq 0 ]; then
  echo "fuzz_$target: no findings in ${seconds} s"
  exit 0
fi
for crash in "$artifacts"/*; do
  [ -f "$crash" ] || continue
  case "$(basename "$crash")" in minimized-from-*) continue ;; esac
  min="$artifacts/min-$(basename "$crash")"
  "$build/tests/fuzz/fuzz_$target" -minimize_crash=1 -max_total_time=60 -timeout=10 \
    -rss_limit_mb=2048 -exact_artifact_path="$min" "$crash" >/dev/null 2>&1 || true
  [ -s "$min" ] || cp "$crash" "$min"
  cp "$min" "$regression/$(basename "$crash")"
  echo "fuzz_$target: finding saved to tests/fuzz/regression/$target/$(basename "$crash")"
done
exit "$status"
