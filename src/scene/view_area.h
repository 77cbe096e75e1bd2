// A lon/lat view against the map's area, as text, and as a camera: the pure helpers the CLI,
// the window and story steps share. No GL, SDL or ImGui here.
#pragma once

#include "geo/types.h"
#include "scene/camera.h"
#include "scene/map_data.h"

#include <glm/vec2.hpp>

#include <optional>
#include <string>

namespace scene {

// `view` cut to `area` (the map's loaded window, maps/layers.toml's clip: nothing is drawn
// outside it, and every projection Corridor offers shows all of it). nullopt when they do not
// overlap; *clamped says whether the view had to be cut.
std::optional<geo::LonLatBox> viewInsideArea(const geo::LonLatBox& view, const geo::LonLatBox& area,
                                             bool* clamped);

// "LONMIN,LATMIN,LONMAX,LATMAX", as --view takes it.
std::string formatBox(const geo::LonLatBox& box);

// The camera that shows `view` (lon/lat) in a frame of this size (a default camera when the
// map's projection cannot be made).
Camera cameraForView(const MapData& map, const geo::LonLatBox& view, glm::dvec2 viewportPx);

}  // namespace scene
