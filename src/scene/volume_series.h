// The Middle Corridor's yearly cargo volume as a time series the renderer can look up from the
// year alone (the flow particles' density), sampled like the destination markers.
// No GL, SDL or ImGui here.
#pragma once

#include "data/dataset.h"

#include <glm/vec2.hpp>

#include <optional>
#include <string>
#include <vector>

namespace scene {

struct VolumeSeries {
    // 0..1 (the calendar year's tonnes / the largest year's tonnes), kMarkerSamples values. A
    // yearly figure is not blended into the next year's: the particles of late 2024 carry 2024's
    // tonnage, as a caption quoting 2024 says.
    std::vector<float> density;
    double maxTonnes = 0.0;
    struct Year {
        int year = 0;
        double tonnes = 0.0;
    };
    std::vector<Year> years;  // the sourced figures, by year
};

// Years without a figure (before the first sourced year) have density 0: no volume is made up.
VolumeSeries volumeSeries(const data::Dataset& dataset);

// The tonnage tag the map shows on the route the figure measures: "4.48 Mt in 2024", pinned to
// the middle of the longest segment that carries the volume and is open that year. Nothing for
// a year without a figure or with no such segment open (the figure is never moved elsewhere).
struct VolumeTag {
    std::string title;   // "4.48 Mt in 2024"
    std::string detail;  // what the figure counts
    glm::dvec2 world{0.0};
};
struct RouteSegmentGeometry;
std::optional<VolumeTag> volumeTag(const VolumeSeries& series,
                                   const std::vector<RouteSegmentGeometry>& route, double year);

// Nearest sample at a fractional year.
float volumeDensityAt(const VolumeSeries& series, double year);

}  // namespace scene
