// Places clustered per zoom level, for drawing many investment flows aggregated: a hierarchy of
// square grid cells in the map plane whose side is a fixed number of screen pixels at each web
// zoom level, so two places share a cluster when they would be drawn a few tens of pixels apart.
// Built once per data set and projection; no GL, SDL or ImGui here.
#pragma once

#include "scene/camera.h"
#include "scene/timeline_geometry.h"

#include <cstddef>
#include <cstdint>
#include <vector>

namespace scene {

// Levels 0 .. kClusterLevels - 1 are the web zoom levels; a view zoomed in further uses the last.
constexpr int kClusterLevels = 16;
// A cluster cell's side at its level's zoom, in 96-dpi screen pixels: at a zoom between level L
// and L + 1 a cell spans 80 to 160 pixels (at 1920x1080, and the same in points at any size), so
// the home view of Central Asia has a few hundred clusters.
constexpr double kClusterCellPx = 80.0;
constexpr uint32_t kNoCluster = 0xffffffffu;  // an endpoint that is not a finite point

// The discrete level a view aggregates at: the whole part of its web zoom, within the levels.
// Panning never changes it; zooming changes it once per doubling of the scale.
int clusterLevelFor(const Camera& camera, double pixelsPerPoint);

// The side of a level's cells in map-plane metres (each level's cells split into four at the next).
double clusterCellWorld(int level);

struct ClusterLevel {
    std::vector<glm::dvec2> centroid;  // map plane: the mean of the flow endpoints inside
    std::vector<uint32_t> parent;  // per cluster: its cluster one level coarser (not at level 0)
};

struct FlowClusters {
    // Per arc (in the order given): its origin's and destination's cluster at the finest level.
    std::vector<uint32_t> originCell, destCell;
    std::vector<ClusterLevel> levels;  // kClusterLevels of them, 0 the coarsest

    // For every finest-level cluster, the cluster containing it at `level` (clamped to the levels).
    std::vector<uint32_t> clustersAt(int level) const;
};

// Clusters the endpoints of `arcs` at every level: O(arcs) with a hash per endpoint and per
// cluster and level. Endpoints that are not finite get kNoCluster.
FlowClusters buildFlowClusters(const std::vector<ArcInstance>& arcs);

// Dense ids for 64-bit keys in first-seen order (open addressing; far faster than std::map for
// the million keys a big data set has).
class DenseIds {
public:
    explicit DenseIds(std::size_t expected = 16);
    // The key's id, giving it the next free one when new.
    uint32_t idOf(uint64_t key);
    std::size_t size() const { return m_count; }

private:
    void grow();
    std::vector<uint64_t> m_keys;
    std::vector<uint32_t> m_ids;  // kNoCluster: empty slot
    std::size_t m_count = 0;
};

}  // namespace scene
