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
// polygons are dropped and *error (if given) says why. So is a polygon whose rings cross
// kMaxRepairCrossings times or more: the repair's time grows faster than the crossings (a
// scribbled ring of 400 vertices took 40 s).
constexpr size_t kMaxRepairCrossings = 1000;
std::vector<Polygon> clipPolygons(GeosContext& ctx, const std::vector<Polygon>& polygons,
                                  const LonLatBox& window, std::string* error = nullptr);

// Clips lines to `window`; a line that leaves and re-enters becomes several.
std::vector<Path> clipLines(GeosContext& ctx, const std::vector<Path>& lines,
                            const LonLatBox& window, std::string* error = nullptr);

// Simplifies a line to within `tolerance` (same units as the path) with GEOS's Douglas-Peucker
// simplifier. It is for strokes drawn at sub-pixel tolerance, where a rare self-crossing cannot
// show; GEOS's topology-preserving variant costs ten times as much. Endpoints are kept; a path
// that GEOS cannot simplify is returned unchanged.
// Douglas-Peucker takes time quadratic in the vertices on a zig-zag (200,000 vertices: minutes),
// so a path over kMaxSimplifyVertices is first thinned by distance (dropping each vertex within
// tolerance/2 of the last one kept, linear time); if that leaves more than the budget, the path
// is thinned by distance at `tolerance` only, and *warning (if given) says so.
constexpr size_t kMaxSimplifyVertices = 10000;
Path simplify(GeosContext& ctx, const Path& path, double tolerance, std::string* warning = nullptr);

// Simplifies a polygon to within `tolerance` with GEOS's topology-preserving simplifier, so
// rings stay valid and holes stay inside (what a fill needs before triangulation). A polygon that
// vanishes gives nothing; one GEOS cannot simplify is returned unchanged. Also quadratic on
// zig-zags: a polygon over kMaxPolygonSimplifyVertices is returned unchanged, and *warning (if
// given) says so.
constexpr size_t kMaxPolygonSimplifyVertices = 50000;
std::vector<Polygon> simplifyPolygon(GeosContext& ctx, const Polygon& polygon, double tolerance,
                                     std::string* warning = nullptr);

// Inserts points so that no segment is longer than `maxStep` (same units as the path): straight
// lines in lon/lat are curves on a conic map, and clip edges and graticules must follow them.
Path densify(const Path& path, double maxStep);

}  // namespace geo
