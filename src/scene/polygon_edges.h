// The outline edges of a triangulated polygon layer, for antialiasing its fill without
// multisampling: every triangle edge that is not shared with another triangle of the same
// feature, with the feature on each side. Found where the layer is built and kept in the geometry
// cache, so a warm start reads them instead of finding them again. No GL here.
#pragma once

#include "geo/mesh.h"

#include <cstdint>
#include <vector>

namespace scene {

constexpr uint32_t kNoFeature = 0xffffffffu;

struct FillEdge {
    glm::dvec2 a, b;              // map-plane metres; `left` lies to the left of a -> b
    uint32_t left = 0;            // the feature inside, on the left
    uint32_t right = kNoFeature;  // the feature across the edge, or kNoFeature (open edge)
};

// Edges between triangles of one feature are dropped, whether the triangles share vertex
// indices or only positions (pieces of a polygon triangulated apart), including the straight cuts
// between such pieces where one side has more vertices than the other (T-junctions). An edge that
// two features share (neighbouring countries) is kept once, with both features. Degenerate
// triangles are skipped. `vertexFeature[i]` is vertex i's feature.
std::vector<FillEdge> fillEdges(const geo::Mesh& mesh, const std::vector<uint32_t>& vertexFeature);

}  // namespace scene
