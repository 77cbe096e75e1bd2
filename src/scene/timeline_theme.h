// Recolouring the timeline's arcs for a theme: arcs store their colour, the data set knows each
// flow's sector. Done once per theme change (never per frame). No GL, SDL or ImGui here.
#pragma once

#include "data/dataset.h"
#include "scene/timeline_geometry.h"

#include <string>
#include <vector>

namespace scene {

void applyArcTheme(std::vector<ArcInstance>& arcs, const data::Dataset& dataset,
                   const std::string& theme);

}  // namespace scene
