// Resolving a layer's theme style into per-feature colours and visibility at a zoom: what the
// renderer uploads when the theme changes. No GL, SDL or ImGui here.
#pragma once

#include "scene/manifest.h"
#include "scene/map_data.h"

#include <vector>

namespace scene {

// The fill colour of every feature of a polygon or point layer in `theme` (opacity applied).
std::vector<Rgba> featureFills(const LayerDef& def, const LayerGeometry& geometry,
                               const std::string& theme);

// Whether a layer shows at this zoom (its min/max zoom) and the user's toggle.
bool layerVisibleAt(const LayerDef& def, bool toggledOn, double zoom);

}  // namespace scene
