// scene::buildFlowClusters and clusterLevelFor: the places of many flows clustered per zoom level
// as a nested grid hierarchy, and the discrete level a view aggregates at.
#include "scene/flow_clusters.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <map>
#include <random>
#include <vector>

namespace {

scene::ArcInstance arcBetween(glm::dvec2 a, glm::dvec2 b) {
    scene::ArcInstance arc;
    arc.originWorld = a;
    arc.destWorld = b;
    return arc;
}

std::vector<scene::ArcInstance> randomArcs(size_t n, uint32_t seed) {
    std::mt19937 rng(seed);
    std::uniform_real_distribution<double> x(-3e6, 3e6), y(-2e6, 2e6);
    std::vector<scene::ArcInstance> arcs;
    for (size_t i = 0; i < n; ++i) arcs.push_back(arcBetween({x(rng), y(rng)}, {x(rng), y(rng)}));
    return arcs;
}

// Every endpoint with its finest cluster.
std::vector<std::pair<glm::dvec2, uint32_t>> endpoints(const std::vector<scene::ArcInstance>& arcs,
                                                       const scene::FlowClusters& c) {
    std::vector<std::pair<glm::dvec2, uint32_t>> out;
    for (size_t i = 0; i < arcs.size(); ++i) {
        out.push_back({arcs[i].originWorld, c.originCell[i]});
        out.push_back({arcs[i].destWorld, c.destCell[i]});
    }
    return out;
}

TEST(FlowClusters, EveryLevelNestsInTheNextCoarserOne) {
    const auto arcs = randomArcs(3000, 1);
    const scene::FlowClusters c = scene::buildFlowClusters(arcs);
    ASSERT_EQ(c.levels.size(), static_cast<size_t>(scene::kClusterLevels));
    for (int level = scene::kClusterLevels - 1; level > 0; --level) {
        const auto fine = c.clustersAt(level);
        const auto coarse = c.clustersAt(level - 1);
        // Same cluster at a level -> same cluster at every coarser level; and fewer clusters.
        std::map<uint32_t, uint32_t> parentOf;
        for (size_t f = 0; f < fine.size(); ++f) {
            const auto [it, fresh] = parentOf.emplace(fine[f], coarse[f]);
            EXPECT_EQ(it->second, coarse[f]) << "level " << level;
        }
        EXPECT_LE(c.levels[level - 1].centroid.size(), c.levels[level].centroid.size());
    }
    EXPECT_LT(c.levels[0].centroid.size(), c.levels.back().centroid.size());
}

TEST(FlowClusters, AClusterFitsInOneCellOfItsLevelAndItsCentroidIsTheMeanOfItsEndpoints) {
    const auto arcs = randomArcs(2000, 2);
    const scene::FlowClusters c = scene::buildFlowClusters(arcs);
    const auto points = endpoints(arcs, c);
    for (int level : {3, 6, 9, 12}) {
        const auto at = c.clustersAt(level);
        struct Box {
            glm::dvec2 lo{1e300}, hi{-1e300}, sum{0.0};
            int n = 0;
        };
        std::map<uint32_t, Box> boxes;
        for (const auto& [p, cell] : points) {
            Box& b = boxes[at[cell]];
            b.lo = glm::min(b.lo, p);
            b.hi = glm::max(b.hi, p);
            b.sum += p;
            ++b.n;
        }
        const double side = scene::clusterCellWorld(level);
        for (const auto& [id, b] : boxes) {
            EXPECT_LT(b.hi.x - b.lo.x, side) << "level " << level;
            EXPECT_LT(b.hi.y - b.lo.y, side) << "level " << level;
            const glm::dvec2 mean = b.sum / static_cast<double>(b.n);
            EXPECT_NEAR(c.levels[level].centroid[id].x, mean.x, 1e-6 * side);
            EXPECT_NEAR(c.levels[level].centroid[id].y, mean.y, 1e-6 * side);
        }
    }
}

TEST(FlowClusters, NearPlacesMergeAsTheViewZoomsOutAndSplitAsItZoomsIn) {
    // Two destinations 30 km apart: apart when zoomed in, one cluster zoomed out (a cell of
    // 80 px at zoom 3 is about 1,570 km), the origin 4,000 km away in another.
    const std::vector<scene::ArcInstance> arcs = {arcBetween({-3e6, 0}, {1e6 + 100.0, 100.0}),
                                                  arcBetween({-3e6, 0}, {1e6 + 30100.0, 100.0})};
    const scene::FlowClusters c = scene::buildFlowClusters(arcs);
    EXPECT_NE(c.clustersAt(10)[c.destCell[0]], c.clustersAt(10)[c.destCell[1]]);
    EXPECT_EQ(c.clustersAt(3)[c.destCell[0]], c.clustersAt(3)[c.destCell[1]]);
    EXPECT_EQ(c.originCell[0], c.originCell[1]);  // the same place is one cluster
    // The merged cluster sits between them.
    const glm::dvec2 mid = c.levels[3].centroid[c.clustersAt(3)[c.destCell[0]]];
    EXPECT_NEAR(mid.x, 1e6 + 15100.0, 1e-6);
    // A cell side doubles from one level to the next coarser one.
    EXPECT_DOUBLE_EQ(scene::clusterCellWorld(4), 2.0 * scene::clusterCellWorld(5));
}

TEST(FlowClusters, EndpointsThatAreNotFinitePointsGetNoCluster) {
    const std::vector<scene::ArcInstance> arcs = {arcBetween({NAN, 0}, {1, 1}),
                                                  arcBetween({0, 0}, {INFINITY, 1}),
                                                  arcBetween({0, 0}, {1, 1})};
    const scene::FlowClusters c = scene::buildFlowClusters(arcs);
    EXPECT_EQ(c.originCell[0], scene::kNoCluster);
    EXPECT_EQ(c.destCell[1], scene::kNoCluster);
    EXPECT_NE(c.originCell[2], scene::kNoCluster);
}

TEST(FlowClusters, TheLevelChangesOnlyWhenTheZoomCrossesAWholeLevel) {
    const double ppt = scene::kScreenPixelsPerPoint;
    const scene::Camera home = scene::cameraAtZoom({500e3, 200e3}, 4.6, ppt);
    const int level = scene::clusterLevelFor(home, ppt);
    EXPECT_EQ(level, 4);
    // Panning anywhere, and zooming within the level, keep it.
    scene::Camera c = home;
    for (int i = 0; i < 50; ++i) {
        c.centerWorld += glm::dvec2(37e3 * i, -11e3 * i);
        EXPECT_EQ(scene::clusterLevelFor(c, ppt), level);
    }
    for (double z = 4.01; z < 4.99; z += 0.07)
        EXPECT_EQ(scene::clusterLevelFor(scene::cameraAtZoom(home.centerWorld, z, ppt), ppt), 4);
    EXPECT_EQ(scene::clusterLevelFor(scene::cameraAtZoom(home.centerWorld, 5.01, ppt), ppt), 5);
    EXPECT_EQ(scene::clusterLevelFor(scene::cameraAtZoom(home.centerWorld, 3.99, ppt), ppt), 3);
    // A 2x export of the same view (twice the pixels per point, half the metres per pixel)
    // aggregates at the same level, so it shows the same arcs.
    scene::Camera twice = home;
    twice.metresPerPx *= 0.5;
    EXPECT_EQ(scene::clusterLevelFor(twice, 2.0 * ppt), level);
    // Far out and far in stay within the levels.
    EXPECT_EQ(scene::clusterLevelFor(scene::cameraAtZoom(home.centerWorld, -3.0, ppt), ppt), 0);
    EXPECT_EQ(scene::clusterLevelFor(scene::cameraAtZoom(home.centerWorld, 22.0, ppt), ppt),
              scene::kClusterLevels - 1);
}

TEST(FlowClusters, DenseIdsAreFirstSeenOrderAndSurviveGrowth) {
    scene::DenseIds ids(2);
    for (uint64_t k = 0; k < 10000; ++k) EXPECT_EQ(ids.idOf(k * 7919u), k);
    for (uint64_t k = 0; k < 10000; ++k) EXPECT_EQ(ids.idOf(k * 7919u), k);
    EXPECT_EQ(ids.size(), 10000u);
}

}  // namespace
