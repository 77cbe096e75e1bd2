// The Middle Corridor's yearly cargo volume as a time series the renderer can look up from the
// year alone (the flow particles' density), sampled like the destination markers.
// No GL, SDL or ImGui here.
#pragma once

#include "data/dataset.h"

#include <vector>

namespace scene {

struct VolumeSeries {
    std::vector<float> density;  // 0..1 (tonnes / the largest year's tonnes), kMarkerSamples values
    double maxTonnes = 0.0;
};

// Years without a figure (before the first sourced year) have density 0: no volume is made up.
VolumeSeries volumeSeries(const data::Dataset& dataset);

// Nearest sample at a fractional year.
float volumeDensityAt(const VolumeSeries& series, double year);

}  // namespace scene
