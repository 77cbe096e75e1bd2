#include "scene/view_area.h"

#include "geo/projection.h"

#include <algorithm>
#include <cstdio>

namespace scene {

std::optional<geo::LonLatBox> viewInsideArea(const geo::LonLatBox& view, const geo::LonLatBox& area,
                                             bool* clamped) {
    const geo::LonLatBox cut{std::max(view.lonMin, area.lonMin), std::max(view.latMin, area.latMin),
                             std::min(view.lonMax, area.lonMax),
                             std::min(view.latMax, area.latMax)};
    if (clamped) *clamped = false;
    if (!cut.valid()) return std::nullopt;
    if (clamped)
        *clamped = cut.lonMin != view.lonMin || cut.latMin != view.latMin ||
                   cut.lonMax != view.lonMax || cut.latMax != view.latMax;
    return cut;
}

std::string formatBox(const geo::LonLatBox& box) {
    char text[128];
    std::snprintf(text, sizeof text, "%g,%g,%g,%g", box.lonMin, box.latMin, box.lonMax, box.latMax);
    return text;
}

Camera cameraForView(const MapData& map, const geo::LonLatBox& view, glm::dvec2 viewportPx) {
    std::string err;
    auto proj = geo::Projection::create(map.projection, &err);
    if (!proj) return Camera{};
    glm::dvec2 lo, hi;
    proj->boundsOf(view, &lo, &hi);
    return fitCamera(lo, hi, viewportPx);
}

}  // namespace scene
