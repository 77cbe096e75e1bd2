// Which country is at a point of the map, for the window's click: the admin-0 layer's fill
// triangles (the countries the map draws) and the country code and name of each record of its
// shapefile. Pure; no GL, SDL or ImGui here.
#pragma once

#include "geo/types.h"
#include "scene/map_data.h"

#include <glm/vec2.hpp>

#include <string>
#include <vector>

namespace scene {

struct CountryRecord {
    std::string code;  // ADM0_A3 (ISO alpha-3 for the corridor's countries: KAZ, CHN ...)
    std::string name;  // NAME_EN, else NAME
};

// One entry per record of a Natural Earth admin-0 layer (empty strings where a record lacks the
// fields, or the layer has none).
std::vector<CountryRecord> countryRecords(const geo::FeatureSet& layer);

// The feature (index into layer.features) whose fill contains the map-plane point `world`, or -1.
// Points on a shared edge go to either side. Linear in the fill's triangles (a click, not a frame).
int featureAt(const LayerGeometry& layer, glm::dvec2 world);

// The index of the manifest layer `id` in map.layers, or -1.
int layerIndex(const MapData& map, const std::string& id);

}  // namespace scene
