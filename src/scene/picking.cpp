#include "scene/picking.h"

#include <algorithm>
#include <cmath>

namespace scene {

int pickFlow(const TimelineGeometry& timeline, const PickView& view, glm::dvec2 px) {
    const glm::dvec2 world = view.camera.worldAt(px, view.viewportPx);
    const double metresPerPt = view.pixelsPerPoint * view.camera.metresPerPx;
    double best = 6.0 * metresPerPt;
    int bestFlow = -1;
    for (const auto& arc : timeline.arcs) {
        if (!(arc.yearStart <= view.year && view.year < arc.yearEnd)) continue;
        if (!(arc.widthPt > 0.f)) continue;  // filtered out
        const double reach = std::max(6.0, 0.5 * arc.widthPt) * metresPerPt;
        const double d = distanceToArc(arc, world);
        if (d <= reach && (bestFlow < 0 || d < best)) {
            best = d;
            bestFlow = static_cast<int>(arc.flowIndex);
        }
    }
    return bestFlow;
}

int pickMarker(const TimelineGeometry& timeline, const PickView& view, glm::dvec2 px) {
    int best = -1;
    double bestDist = 0.0;
    for (size_t i = 0; i < timeline.markers.size(); ++i) {
        const float r = markerRadiusPt(markerAmountAt(timeline.markers[i], view.year),
                                       timeline.markerMaxAmountUsd);
        if (r <= 0.f) continue;
        const double d =
            glm::length(view.camera.pxOf(timeline.markers[i].world, view.viewportPx) - px);
        if (d <= std::max<double>(r, 5.0) * view.pixelsPerPoint && (best < 0 || d < bestDist)) {
            best = static_cast<int>(i);
            bestDist = d;
        }
    }
    return best;
}

}  // namespace scene
