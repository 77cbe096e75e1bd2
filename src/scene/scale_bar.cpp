#include "scene/scale_bar.h"

#include <cmath>
#include <cstdio>

namespace scene {

double greatCircleMetres(geo::LonLat a, geo::LonLat b) {
    constexpr double kRadiusM = 6371008.8;
    constexpr double kRad = 3.14159265358979323846 / 180.0;
    const double dLat = (b.lat - a.lat) * kRad, dLon = (b.lon - a.lon) * kRad;
    // Haversine: well conditioned for the short spans a scale bar measures.
    const double h =
        std::sin(dLat / 2) * std::sin(dLat / 2) +
        std::cos(a.lat * kRad) * std::cos(b.lat * kRad) * std::sin(dLon / 2) * std::sin(dLon / 2);
    return 2.0 * kRadiusM * std::asin(std::min(1.0, std::sqrt(h)));
}

double groundMetresPerPx(const geo::Projection& projection, const Camera& camera,
                         glm::dvec2 centerPx, glm::dvec2 viewportPx) {
    // 100 px either side: long enough to average, short enough that curvature doesn't matter.
    const double spanPx = 100.0;
    const geo::LonLat a =
        projection.inverse(camera.worldAt(centerPx - glm::dvec2(spanPx, 0), viewportPx));
    const geo::LonLat b =
        projection.inverse(camera.worldAt(centerPx + glm::dvec2(spanPx, 0), viewportPx));
    if (!std::isfinite(a.lon) || !std::isfinite(a.lat) || !std::isfinite(b.lon) ||
        !std::isfinite(b.lat))
        return 0.0;
    return greatCircleMetres(a, b) / (2.0 * spanPx);
}

ScaleBar scaleBarFor(double groundMetresPerPx, double maxLengthPx) {
    ScaleBar bar;
    if (!(groundMetresPerPx > 0.0) || !(maxLengthPx > 0.0) || !std::isfinite(groundMetresPerPx))
        return bar;
    const double maxMetres = groundMetresPerPx * maxLengthPx;
    double p = std::pow(10.0, std::floor(std::log10(maxMetres)));
    double best = p;
    for (double m : {1.0, 2.0, 5.0}) {
        if (m * p <= maxMetres) best = m * p;
    }
    bar.metres = best;
    bar.lengthPx = best / groundMetresPerPx;
    char text[32];
    if (best >= 1000.0)
        std::snprintf(text, sizeof text, "%.0f km", best / 1000.0);
    else
        std::snprintf(text, sizeof text, "%.0f m", best);
    bar.label = text;
    return bar;
}

}  // namespace scene
