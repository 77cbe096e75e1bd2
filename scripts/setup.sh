#!/usr/bin/env bash
# Sets Corridor up on a fresh Debian 12 machine: installs every package it needs (only what is
# missing, so it is safe to run again), builds Release into build/, and makes the Natural Earth
# 1:10m layers available in maps/naturalearth/ (copied from $NATURAL_EARTH_DIR when set,
# downloaded from naturalearthdata.com otherwise).
#
#   scripts/setup.sh            everything
#   SKIP_BUILD=1 scripts/setup.sh   packages and data only
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"

packages=(
  build-essential cmake pkg-config git ca-certificates curl unzip
  python3-glad                          # OpenGL loader generator (run at build time)
  libsdl2-dev libimgui-dev libglm-dev libstb-dev
  libshp-dev libproj-dev proj-data libgeos-dev libtomlplusplus-dev
  libfontconfig-dev libpng-dev
  libcairo2-dev                       # PDF and SVG export (render --out map.pdf / map.svg)
  poppler-utils                       # tests: pdfinfo, pdftotext, pdftoppm check the PDF export
  libopencc-dev libopencc-data        # Chinese names in Simplified characters (OpenCC t2s)
  libegl-dev libgl-dev libegl1-mesa-dev libegl-mesa0 libglx-mesa0 libgl1-mesa-dri  # Mesa: llvmpipe without a GPU
  libgtest-dev libgmock-dev libbenchmark-dev
  xvfb xauth fonts-noto-core fonts-dejavu-core fonts-droid-fallback
)

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "setup: installing ${missing[*]}"
  sudo=""
  if [ "$(id -u)" -ne 0 ]; then sudo="sudo"; fi
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
else
  echo "setup: all ${#packages[@]} packages are installed"
fi

# --- Natural Earth ------------------------------------------------------------------------------
ne_dir="$root/maps/naturalearth"
cultural=(admin_0_countries admin_0_boundary_lines_land admin_0_boundary_lines_disputed_areas
          admin_0_disputed_areas populated_places ports)
physical=(land ocean lakes rivers_lake_centerlines coastline geographic_lines)
have_data() { [ -f "$1/ne_10m_admin_0_countries.shp" ] && [ -f "$1/ne_10m_land.shp" ]; }

if have_data "$ne_dir"; then
  echo "setup: Natural Earth layers already in maps/naturalearth/"
elif [ -n "${NATURAL_EARTH_DIR:-}" ] && have_data "$NATURAL_EARTH_DIR"; then
  echo "setup: copying Natural Earth layers from $NATURAL_EARTH_DIR"
  mkdir -p "$ne_dir"
  find "$NATURAL_EARTH_DIR" -maxdepth 1 -type f -name 'ne_*' \
    \( -name '*.shp' -o -name '*.shx' -o -name '*.dbf' -o -name '*.prj' -o -name '*.cpg' \) \
    -exec cp -f {} "$ne_dir/" \;
  [ -f "$NATURAL_EARTH_DIR/SOURCES.md" ] && cp -f "$NATURAL_EARTH_DIR/SOURCES.md" "$ne_dir/"
else
  echo "setup: downloading Natural Earth 1:10m layers from naturalearthdata.com"
  mkdir -p "$ne_dir"
  tmp="$(mktemp -d)"
  trap 'rm -rf "$tmp"' EXIT
  fetch() {  # $1 = cultural|physical, $2 = layer name without ne_10m_
    local url="https://www.naturalearthdata.com/http//www.naturalearthdata.com/download/10m/$1/ne_10m_$2.zip"
    if ! curl -fsSL --retry 3 -o "$tmp/$2.zip" "$url"; then
      echo "setup: could not download $url" >&2
      echo "setup: on a machine without internet, copy the ne_10m_*.shp/.shx/.dbf/.prj/.cpg files into" >&2
      echo "       maps/naturalearth/ or run: NATURAL_EARTH_DIR=/path/to/them scripts/setup.sh" >&2
      exit 2
    fi
    unzip -o -q "$tmp/$2.zip" -d "$ne_dir"
  }
  for l in "${cultural[@]}"; do fetch cultural "$l"; done
  for l in "${physical[@]}"; do fetch physical "$l"; done
  fetch physical graticules_all  # holds ne_10m_graticules_5 and _10
fi

# --- build ------------------------------------------------------------------------------------
if [ -z "${SKIP_BUILD:-}" ]; then
  cmake -S "$root" -B "$root/build" -DCMAKE_BUILD_TYPE=Release ${CORRIDOR_CMAKE_ARGS:-}
  cmake --build "$root/build" -j "$(nproc)"
  echo "setup: built build/src/app/corridor"
fi
