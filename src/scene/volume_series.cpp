#include "scene/volume_series.h"

#include "data/timeline_queries.h"
#include "scene/timeline_geometry.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace scene {

VolumeSeries volumeSeries(const data::Dataset& dataset) {
    VolumeSeries s;
    for (const auto& v : dataset.volumes()) {
        s.maxTonnes = std::max(s.maxTonnes, v.tonnes);
        s.years.push_back({v.year, v.tonnes});
    }
    s.density.assign(kMarkerSamples, 0.f);
    if (s.maxTonnes <= 0.0) return s;
    for (int i = 0; i < kMarkerSamples; ++i) {
        const double year = kMarkerYear0 + i * static_cast<double>(kMarkerYearStep);
        // corridorVolumeAt at the whole year: the figure itself, no blend toward the next.
        if (auto v = data::corridorVolumeAt(dataset, std::floor(year + 1e-6))) {
            s.density[static_cast<size_t>(i)] = static_cast<float>(v->tonnes / s.maxTonnes);
        }
    }
    return s;
}

std::optional<VolumeTag> volumeTag(const VolumeSeries& series,
                                   const std::vector<RouteSegmentGeometry>& route, double year) {
    if (!std::isfinite(year)) return std::nullopt;
    const int calendarYear = static_cast<int>(std::floor(year));
    const auto figure =
        std::find_if(series.years.begin(), series.years.end(),
                     [&](const VolumeSeries::Year& y) { return y.year == calendarYear; });
    if (figure == series.years.end() || !(figure->tonnes > 0.0)) return std::nullopt;
    const RouteSegmentGeometry* best = nullptr;
    for (const RouteSegmentGeometry& seg : route) {
        // Open (fully drawn) at the year: the tag never points at water with no line on it.
        const bool open = seg.status == data::SegmentStatus::Operating &&
                          routeDrawnAt(seg, year - 1.0) && routeDrawnAt(seg, year);
        if (!seg.carriesVolume || !open || seg.path.size() < 2) continue;
        if (!best || seg.lengthWorld > best->lengthWorld) best = &seg;
    }
    if (!best) return std::nullopt;
    // The point halfway along the drawn path.
    std::size_t k = 1;
    while (k + 1 < best->along.size() && best->along[k] < 0.5f) ++k;
    const double a0 = best->along.size() == best->path.size() ? best->along[k - 1] : 0.0;
    const double a1 = best->along.size() == best->path.size() ? best->along[k] : 1.0;
    const double t = a1 > a0 ? std::clamp((0.5 - a0) / (a1 - a0), 0.0, 1.0) : 0.0;
    VolumeTag tag;
    tag.world = best->path[k - 1] + t * (best->path[k] - best->path[k - 1]);
    char text[64];
    std::snprintf(text, sizeof text, "%.2f Mt in %d", figure->tonnes / 1e6, calendarYear);
    tag.title = text;
    tag.detail = "TITR total cargo (KZ MinTransport)";
    return tag;
}

float volumeDensityAt(const VolumeSeries& series, double year) {
    if (series.density.empty()) return 0.f;
    const long i = std::lround((year - kMarkerYear0) / kMarkerYearStep);
    const long last = static_cast<long>(series.density.size()) - 1;
    return series.density[static_cast<size_t>(std::clamp(i, 0L, last))];
}

}  // namespace scene
