// Map-plane geometry thinned for an output resolution (the vector export): vertices that lie
// within a tolerance of the kept line are dropped (a radial-distance pass, then Douglas-Peucker),
// and the outline rings of a triangulated fill are recovered so a fill becomes paths again.
// Pure functions on projected geometry. No GL, SDL, ImGui or Cairo here.
#pragma once

#include "geo/mesh.h"
#include "geo/types.h"

#include <cstdint>
#include <vector>

namespace scene {

// `path` with every vertex dropped that lies within toleranceWorld (map-plane metres) of the
// simplified line: first vertices closer than the tolerance to the last kept one, then
// Douglas-Peucker. The ends stay. A closed ring (first == last, or `closed`) keeps at least a
// triangle, or comes back empty when all of it is within the tolerance of one point.
geo::Path simplifyPath(const geo::Path& path, double toleranceWorld, bool closed = false);

// The parts of a line inside the box [minWorld, maxWorld]: a segment with an end inside, or
// crossing the box, is kept whole (so strokes reach the edge); the line is cut where it leaves.
std::vector<geo::Path> clipPathToBox(const geo::Path& path, glm::dvec2 minWorld,
                                     glm::dvec2 maxWorld);

// A closed ring cut to the box (Sutherland-Hodgman): the same area inside the box, with edges
// along the box where the ring ran outside. Empty when nothing is inside.
geo::Path clipRingToBox(const geo::Path& ring, glm::dvec2 minWorld, glm::dvec2 maxWorld);

// The outline rings of the triangles of `mesh` whose vertices belong to `feature`
// (vertexFeature[i] is vertex i's feature; empty = every triangle): the edges no other triangle
// of the feature shares, chained into closed rings (last point repeats the first). Outer rings
// run counter-clockwise and holes clockwise, so filling them with the non-zero winding rule
// gives the triangles' union. Vertices of a feature at the same position (to a millimetre) are
// joined.
std::vector<geo::Path> meshOutlineRings(const geo::Mesh& mesh,
                                        const std::vector<uint32_t>& vertexFeature,
                                        int64_t feature = -1);

// meshOutlineRings for every feature at once: result[f] holds feature f's rings, for f below
// featureCount (vertices with a larger feature index are skipped).
std::vector<std::vector<geo::Path>> meshOutlineRingsByFeature(
    const geo::Mesh& mesh, const std::vector<uint32_t>& vertexFeature, size_t featureCount);

}  // namespace scene
