// Ring geometry on plain paths: signed area, point in ring, and grouping shapefile rings into
// polygons with holes. No GL, SDL or ImGui here.
#pragma once

#include "geo/types.h"

#include <vector>

namespace geo {

// Shoelace area; positive for counter-clockwise rings (y up). Works in any planar space.
double signedArea(const Path& ring);

// Even-odd test; points on the boundary may go either way.
bool pointInRing(glm::dvec2 p, const Path& ring);

// Groups closed rings into polygons the way the shapefile specification orders them: clockwise
// rings are outer rings, counter-clockwise rings are holes of the outer ring that contains them.
// A record whose rings are all counter-clockwise (a common writer mistake) is read with the
// roles swapped; a hole that no outer ring contains becomes an outer ring of its own.
std::vector<Polygon> assemblePolygons(std::vector<Path> rings);

}  // namespace geo
