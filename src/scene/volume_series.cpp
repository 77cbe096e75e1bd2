#include "scene/volume_series.h"

#include "data/timeline_queries.h"
#include "scene/timeline_geometry.h"

#include <algorithm>
#include <cmath>

namespace scene {

VolumeSeries volumeSeries(const data::Dataset& dataset) {
    VolumeSeries s;
    for (const auto& v : dataset.volumes()) s.maxTonnes = std::max(s.maxTonnes, v.tonnes);
    s.density.assign(kMarkerSamples, 0.f);
    if (s.maxTonnes <= 0.0) return s;
    for (int i = 0; i < kMarkerSamples; ++i) {
        const double year = kMarkerYear0 + i * static_cast<double>(kMarkerYearStep);
        if (auto v = data::corridorVolumeAt(dataset, year)) {
            s.density[static_cast<size_t>(i)] = static_cast<float>(v->tonnes / s.maxTonnes);
        }
    }
    return s;
}

float volumeDensityAt(const VolumeSeries& series, double year) {
    if (series.density.empty()) return 0.f;
    const long i = std::lround((year - kMarkerYear0) / kMarkerYearStep);
    const long last = static_cast<long>(series.density.size()) - 1;
    return series.density[static_cast<size_t>(std::clamp(i, 0L, last))];
}

}  // namespace scene
