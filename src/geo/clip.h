// Validity repair, clipping to a lon/lat window and densification, with GEOS.
// No GL, SDL or ImGui here.
#pragma once

#include "geo/geos_context.h"
#include "geo/types.h"

#include <string>
#include <vector>

namespace geo {

// Repairs `polygons` (GEOS MakeValid: self-intersections, bow-ties, wrong nesting) and clips
// them to `window`. The result is valid; empty when nothing lies inside. On a GEOS failure the
// polygons are dropped and *error (if given) says why.
std::vector<Polygon> clipPolygons(GeosContext& ctx, const std::vector<Polygon>& polygons,
                                  const LonLatBox& window, std::string* error = nullptr);

// Clips lines to `window`; a line that leaves and re-enters becomes several.
std::vector<Path> clipLines(GeosContext& ctx, const std::vector<Path>& lines,
                            const LonLatBox& window, std::string* error = nullptr);

// Simplifies a line to within `tolerance` (same units as the path) with GEOS's Douglas-Peucker
// simplifier. It is for strokes drawn at sub-pixel tolerance, where a rare self-crossing cannot
// show; GEOS's topology-preserving variant costs ten times as much. Endpoints are kept; a path
// that GEOS cannot simplify is returned unchanged.
Path simplify(GeosContext& ctx, const Path& path, double tolerance);

// Simplifies a polygon to within `tolerance` with GEOS's topology-preserving simplifier, so
// rings stay valid and holes stay inside (what a fill needs before triangulation). A polygon that
// vanishes gives nothing; one GEOS cannot simplify is returned unchanged.
std::vector<Polygon> simplifyPolygon(GeosContext& ctx, const Polygon& polygon, double tolerance);

// Inserts points so that no segment is longer than `maxStep` (same units as the path): straight
// lines in lon/lat are curves on a conic map, and clip edges and graticules must follow them.
Path densify(const Path& path, double maxStep);

}  // namespace geo
