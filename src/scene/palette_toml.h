// Reading a theme's palette colours from its [themes.NAME] table of the manifest. Used by the
// manifest reader only (it pulls in toml++). No GL, SDL or ImGui here.
#pragma once

#include "scene/manifest.h"
#include "scene/palette.h"

#include <toml++/toml.h>

#include <string>
#include <vector>

namespace scene {

// Reads a [themes.NAME] table into *theme (its name set): water, water_edge and accent, else the
// built-in palette's (water_edge follows water when only water is given), and every key of
// paletteFields() it gives into theme->colours. Each bad value adds "FILE:LINE: theme 'NAME':
// 'KEY' must be a colour ...; the default #rrggbb is used" to *errors and keeps the built-in
// colour; a key that is no palette colour (a typo) adds "... unknown key 'KEY' (ignored)".
// `vignette` is the manifest's, not read here.
void readThemePalette(const toml::table& table, const std::string& file, Theme* theme,
                      std::vector<std::string>* errors);

}  // namespace scene
