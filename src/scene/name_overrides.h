// The map's own corrections to Natural Earth's names (maps/name_overrides.csv): one row per
// feature, keyed by layer and feature, with the English, Russian and Chinese names to show and
// the source or reason for the change (Kiev -> Kyiv, Stepanakert -> Khankendi ...).
// No GL, SDL or ImGui here.
#pragma once

#include <array>
#include <string>
#include <vector>

namespace scene {

struct NameOverride {
    std::string layer;  // the Natural Earth file, e.g. "ne_10m_populated_places.shp"
    // Countries: ADM0_A3 ("CHN"); populated places: ADM0_A3 and NAME ("UKR/Kiev").
    std::string key;
    std::array<std::string, 3> names;  // English, Russian, Chinese; "" keeps Natural Earth's
    int line = 0;
};

struct NameOverrides {
    std::vector<NameOverride> rows;
    std::vector<std::string> warnings;  // "file:line: what is wrong"

    const NameOverride* find(const std::string& layer, const std::string& key) const;
};

// Reads the table; "" gives no overrides. A row without layer, key, source or any name is
// reported and skipped; an unreadable file is one warning.
NameOverrides readNameOverrides(const std::string& path);

// `text` holds a label's names per LabelLanguage (English, Russian, Chinese, local). The row's
// names replace the first three; the local name follows where it was the one replaced.
void applyNameOverride(const NameOverride& row, std::array<std::string, 4>* text);

}  // namespace scene
