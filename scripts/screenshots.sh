#!/usr/bin/env bash
# Redraws the README's screenshots (docs/*.png) with the built renderer, headless.
#   scripts/screenshots.sh            (after scripts/setup.sh; NATURAL_EARTH_DIR as for setup)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
corridor="${CORRIDOR:-build/src/app/corridor}"
export SDL_VIDEODRIVER="${SDL_VIDEODRIVER:-offscreen}"

"$corridor" render --size 1920x1080 --out docs/screenshot-2025-dark.png
"$corridor" render --size 1920x1080 --year 2018.5 --theme light --out docs/screenshot-2018-light.png
"$corridor" render --size 1920x1080 --scene assets/scenes/middle-corridor.toml --step 6 \
  --out docs/screenshot-story-astana.png
