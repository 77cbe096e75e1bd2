#!/usr/bin/env bash
# The long soak of `corridor render` (issue 8): a 10,000-frame dry-run sequence at 960x540 with the
# timeline data reloaded and re-uploaded every 100 frames. Nothing is written. Prints resident
# memory every 10% of the run and the summary line; exits non-zero on GL errors (exit 3).
#
#   scripts/soak.sh [FRAMES] [BUILD_DIR]      (FRAMES default 10000, BUILD_DIR default build)
#
# Natural Earth: $NATURAL_EARTH_DIR, else maps/naturalearth/.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
frames="${1:-10000}"
build="${2:-$root/build}"
bin="$build/src/app/corridor"
[[ -x "$bin" ]] || { echo "soak.sh: $bin not found: build first (cmake --build $build)" >&2; exit 1; }
fps=30
# duration = frames / fps, so that fps * duration rounds to exactly `frames`.
duration="$(awk -v n="$frames" -v f="$fps" 'BEGIN { printf "%.4f", n / f }')"
args=(render --size 960x540 --from 2005 --to 2025 --fps "$fps" --duration "$duration"
      --dry-run --soak-reload 100 --out "soak/frame_%05d.png")
[[ -n "${NATURAL_EARTH_DIR:-}" ]] && args+=(--ne-dir "$NATURAL_EARTH_DIR")
cd "$root"
start=$(date +%s.%N)
set +e
"$bin" "${args[@]}" 2>&1 | tr '\r' '\n' | grep -E '^(soak|rendered|error|warning)'
rc=${PIPESTATUS[0]}
set -e
end=$(date +%s.%N)
awk -v s="$start" -v e="$end" -v n="$frames" \
    'BEGIN { printf "soak.sh: %d frames in %.0f s (%.1f ms per frame, load included)\n", n, e - s, 1000 * (e - s) / n }'
echo "soak.sh: exit code $rc"
exit "$rc"
