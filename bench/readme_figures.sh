#!/usr/bin/env bash
# The README's Performance figures, measured in one run on this machine: whole-process times of
#   corridor render --size 3840x2160   (warm geometry cache)
#   corridor --frames 1                (the window's first frame, 1600x900, warm cache)
#   bench/mapnik_4k.py                 (Mapnik 3 drawing the same layers at 3840x2160)
# run alternately, N times each after a warm-up, printed as Markdown table rows (medians, with
# the range) under a line naming the machine (CPU, cores, GL renderer, load average before and
# after). With --before DIR the same figures are taken for DIR's corridor build too (e.g. a git
# worktree of an earlier commit, its build folder or its binary), alternating with this one, for
# a before/after table.
#
#   bench/readme_figures.sh [--runs N] [--before DIR] [--build DIR]
#
# From a fresh clone: scripts/setup.sh, cmake -S . -B build -DCMAKE_BUILD_TYPE=Release,
# cmake --build build --target corridor, then this script. Natural Earth comes from
# $NATURAL_EARTH_DIR (else maps/naturalearth). Mapnik needs Debian's python3-mapnik (the row is
# left out without it). Each binary gets its own temporary cache folder, never yours. Figures
# taken while other processes load the machine are not comparable with quiet ones: the load
# average is printed so such a run can be recognised (and repeated).
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
runs=7
build="$root/build"
before=""
while [ $# -gt 0 ]; do
    case "$1" in
        --runs) runs="$2"; shift 2 ;;
        --before) before="$2"; shift 2 ;;
        --build) build="$2"; shift 2 ;;
        -h|--help) sed -n '2,19p' "$0"; exit 0 ;;
        *) echo "unknown option $1 (see --help)" >&2; exit 2 ;;
    esac
done

find_binary() {  # a corridor binary, a build folder, or a source tree with build/ in it
    for c in "$1" "$1/src/app/corridor" "$1/build/src/app/corridor"; do
        [ -d "$c" ] && continue
        if [ -x "$c" ]; then echo "$c"; return; fi
    done
    echo "no corridor binary under $1 (build it: cmake --build <build> --target corridor)" >&2
    exit 1
}
after_bin=$(find_binary "$build")
before_bin=""
[ -n "$before" ] && before_bin=$(find_binary "$before")

export NATURAL_EARTH_DIR="${NATURAL_EARTH_DIR:-$root/maps/naturalearth}"
export SDL_VIDEODRIVER="${SDL_VIDEODRIVER:-offscreen}"
work=$(mktemp -d /tmp/corridor-figures.XXXXXX)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/after" "$work/before"

have_mapnik=0
if /usr/bin/python3 -c "import mapnik" 2>/dev/null; then have_mapnik=1; fi

now_ms() { date +%s%3N; }

# One whole process; prints its wall time in ms. $1 = label file, rest = command.
timed() {
    local out="$1"; shift
    local t0 t1
    t0=$(now_ms)
    "$@" >"$out" 2>&1 || { echo "failed: $* (see below)" >&2; cat "$out" >&2; exit 1; }
    t1=$(now_ms)
    echo $((t1 - t0))
}

render_4k() {  # $1 binary, $2 its cache folder
    timed "$work/render.log" "$1" render --cache-dir "$2" --size 3840x2160 --out "$work/x.png"
}
first_frame() {  # prints the process's own "first frame presented N ms after start"
    "$1" --frames 1 --cache-dir "$2" >"$work/frame.log" 2>&1 ||
        { cat "$work/frame.log" >&2; exit 1; }
    sed -n 's/.*first frame presented \([0-9]*\) ms.*/\1/p' "$work/frame.log"
}
mapnik() {
    timed "$work/mapnik.log" /usr/bin/python3 "$root/bench/mapnik_4k.py" "$work/mapnik.png"
}

median() { sort -n | awk '{v[NR]=$1} END {m=(NR%2)?v[(NR+1)/2]:(v[NR/2]+v[NR/2+1])/2; printf "%d", m}'; }
range() { sort -n | awk 'NR==1{lo=$1} {hi=$1} END {printf "%d–%d", lo, hi}'; }

renderer=$("$after_bin" --frames 1 --cache-dir "$work/after" 2>&1 | sed -n 's/.*after the first (\(.*\))$/\1/p')
cpu=$(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo | head -1)
load_before=$(cut -d' ' -f1-3 /proc/loadavg)

# Warm-up: fills each binary's cache (and the page cache) before anything is timed.
for b in "$after_bin" ${before_bin:+"$before_bin"}; do
    dir="$work/after"; [ "$b" = "$before_bin" ] && dir="$work/before"
    "$b" render --cache-dir "$dir" --size 3840x2160 --out "$work/x.png" >/dev/null 2>&1
    "$b" --frames 1 --cache-dir "$dir" >/dev/null 2>&1
done
[ $have_mapnik = 1 ] && mapnik >/dev/null

: >"$work/r_after"; : >"$work/f_after"; : >"$work/r_before"; : >"$work/f_before"
: >"$work/m"; : >"$work/mr"
for ((i = 0; i < runs; i++)); do
    render_4k "$after_bin" "$work/after" >>"$work/r_after"
    if [ -n "$before_bin" ]; then render_4k "$before_bin" "$work/before" >>"$work/r_before"; fi
    if [ $have_mapnik = 1 ]; then
        mapnik >>"$work/m"
        sed -n 's/.* render \([0-9]*\) ms.*/\1/p' "$work/mapnik.log" >>"$work/mr"
    fi
    first_frame "$after_bin" "$work/after" >>"$work/f_after"
    if [ -n "$before_bin" ]; then first_frame "$before_bin" "$work/before" >>"$work/f_before"; fi
done
load_after=$(cut -d' ' -f1-3 /proc/loadavg)

fmt() {  # seconds with two decimals from ms: median (range)
    local med rng
    med=$(median <"$1"); rng=$(range <"$1")
    awk -v m="$med" -v r="$rng" 'BEGIN {split(r, a, "–"); printf "%.2f s (%.2f–%.2f)", m/1000, a[1]/1000, a[2]/1000}'
}

echo "Machine: $cpu, $(nproc) cores, $renderer; load average $load_before before, $load_after after;"
echo "$(date -u +%Y-%m-%d), $(git -C "$root" rev-parse --short HEAD 2>/dev/null || echo '?'), medians of $runs runs (range)."
echo
if [ -n "$before_bin" ]; then
    echo "| figure | before | after | target |"
    echo "|---|---|---|---|"
    echo "| \`render --size 3840x2160\`, whole process, warm cache | $(fmt "$work/r_before") | $(fmt "$work/r_after") | ≤ Mapnik |"
    echo "| first frame, warm cache (\`--frames 1\`, 1600×900) | $(fmt "$work/f_before") | $(fmt "$work/f_after") | ≤ 0.5 s |"
else
    echo "| figure | now | target |"
    echo "|---|---|---|"
    echo "| \`render --size 3840x2160\`, whole process, warm cache | $(fmt "$work/r_after") | ≤ Mapnik |"
    echo "| first frame, warm cache (\`--frames 1\`, 1600×900) | $(fmt "$work/f_after") | ≤ 0.5 s |"
fi
if [ $have_mapnik = 1 ]; then
    cols=""; [ -n "$before_bin" ] && cols=" |"
    echo "| Mapnik, same layers at 3840×2160 (\`bench/mapnik_4k.py\`), whole process |$cols $(fmt "$work/m") (drawing $(median <"$work/mr") ms) | |"
else
    echo "(Mapnik row left out: python3-mapnik is not installed)"
fi
