// Where to write the name of an area: a point deep inside a polygon (an approximate pole of
// inaccessibility), so curved lakes and seas get their label over water, not at a centroid
// that may fall on land. Pure geometry in any planar space. No GL, SDL or ImGui here.
#pragma once

#include "geo/types.h"

#include <optional>
#include <vector>

namespace scene {

// The point of the largest polygon (by outer-ring area) farthest from its edges, found by a grid
// search refined three times (within about 1/2000 of the polygon's size). nullopt when there is
// no polygon with area.
std::optional<glm::dvec2> polygonLabelPoint(const std::vector<geo::Polygon>& polygons);

struct DeepPoint {
    glm::dvec2 point{0.0};
    double distance = 0.0;  // to the nearest edge, in the polygons' units
};

// The point inside any of `polygons` (holes excluded) farthest from every edge, found to within
// `precision` (same units) by a best-first search over square cells ("polylabel"); cheap enough
// to run while a view moves. nullopt when there is no area.
std::optional<DeepPoint> deepestPoint(const std::vector<geo::Polygon>& polygons, double precision);

// Whether `p` lies inside one of `polygons` (in its outer ring, in none of its holes).
bool insideAny(const std::vector<geo::Polygon>& polygons, glm::dvec2 p);

// Polygons cut to a lon/lat-aligned window (Sutherland–Hodgman per ring; any planar space whose
// axes match the window's). Parts outside collapse onto the window's edge, which is harmless for
// polygonLabelPoint and far cheaper than a full GEOS clip of, say, the world ocean.
std::vector<geo::Polygon> clipToBox(const std::vector<geo::Polygon>& polygons,
                                    const geo::LonLatBox& box);

}  // namespace scene
