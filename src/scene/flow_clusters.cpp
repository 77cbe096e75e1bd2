#include "scene/flow_clusters.h"

#include <algorithm>
#include <cmath>

namespace scene {

namespace {

constexpr double kEarthCircumferenceM = 40075016.686;  // as Camera::zoom
constexpr int kFinest = kClusterLevels - 1;

uint64_t mix(uint64_t x) {
    // splitmix64's finaliser: neighbouring cells land far apart in the table.
    x ^= x >> 30;
    x *= 0xbf58476d1ce4e5b9ull;
    x ^= x >> 27;
    x *= 0x94d049bb133111ebull;
    return x ^ (x >> 31);
}

// Cell coordinates fit in 32 bits each: clamped far beyond any map plane in metres.
int64_t cellCoord(double v, double cell) {
    return static_cast<int64_t>(std::floor(std::clamp(v / cell, -2e9, 2e9)));
}

uint64_t cellKey(int64_t ix, int64_t iy) {
    return (static_cast<uint64_t>(static_cast<uint32_t>(ix)) << 32) | static_cast<uint32_t>(iy);
}

int64_t floorHalf(int64_t v) {
    return v >= 0 ? v / 2 : -((-v + 1) / 2);
}

}  // namespace

DenseIds::DenseIds(std::size_t expected) {
    std::size_t cap = 16;
    while (cap < 2 * expected) cap *= 2;
    m_keys.assign(cap, 0);
    m_ids.assign(cap, kNoCluster);
}

uint32_t DenseIds::idOf(uint64_t key) {
    if (2 * (m_count + 1) > m_keys.size()) grow();
    const std::size_t mask = m_keys.size() - 1;
    for (std::size_t i = mix(key) & mask;; i = (i + 1) & mask) {
        if (m_ids[i] == kNoCluster) {
            m_keys[i] = key;
            m_ids[i] = static_cast<uint32_t>(m_count++);
            return m_ids[i];
        }
        if (m_keys[i] == key) return m_ids[i];
    }
}

void DenseIds::grow() {
    std::vector<uint64_t> keys(m_keys.size() * 2, 0);
    std::vector<uint32_t> ids(m_keys.size() * 2, kNoCluster);
    const std::size_t mask = keys.size() - 1;
    for (std::size_t j = 0; j < m_keys.size(); ++j) {
        if (m_ids[j] == kNoCluster) continue;
        std::size_t i = mix(m_keys[j]) & mask;
        while (ids[i] != kNoCluster) i = (i + 1) & mask;
        keys[i] = m_keys[j];
        ids[i] = m_ids[j];
    }
    m_keys.swap(keys);
    m_ids.swap(ids);
}

int clusterLevelFor(const Camera& camera, double pixelsPerPoint) {
    const double zoom = camera.zoom(pixelsPerPoint);
    if (!std::isfinite(zoom)) return zoom > 0.0 ? kFinest : 0;
    return static_cast<int>(std::clamp(std::floor(zoom), 0.0, static_cast<double>(kFinest)));
}

double clusterCellWorld(int level) {
    level = std::clamp(level, 0, kFinest);
    // Metres per 96-dpi pixel at web zoom `level`, times the cell's pixels.
    return kClusterCellPx * kEarthCircumferenceM / (256.0 * std::exp2(level));
}

std::vector<uint32_t> FlowClusters::clustersAt(int level) const {
    if (levels.empty()) return {};
    level = std::clamp(level, 0, static_cast<int>(levels.size()) - 1);
    const std::size_t finest = levels.size() - 1;
    std::vector<uint32_t> out(levels[finest].centroid.size());
    for (std::size_t c = 0; c < out.size(); ++c) out[c] = static_cast<uint32_t>(c);
    for (std::size_t l = finest; l > static_cast<std::size_t>(level); --l) {
        const std::vector<uint32_t>& parent = levels[l].parent;
        for (uint32_t& c : out) c = parent[c];
    }
    return out;
}

FlowClusters buildFlowClusters(const std::vector<ArcInstance>& arcs) {
    FlowClusters out;
    out.levels.resize(kClusterLevels);
    out.originCell.resize(arcs.size());
    out.destCell.resize(arcs.size());

    // The finest level: one cluster per occupied cell, its endpoints summed for the centroid.
    const double cell = clusterCellWorld(kFinest);
    DenseIds ids(arcs.size() / 2 + 16);
    std::vector<int64_t> cellX, cellY;
    std::vector<glm::dvec2> sum;
    std::vector<double> weight;
    auto place = [&](glm::dvec2 p) -> uint32_t {
        if (!std::isfinite(p.x) || !std::isfinite(p.y)) return kNoCluster;
        const int64_t ix = cellCoord(p.x, cell), iy = cellCoord(p.y, cell);
        const uint32_t id = ids.idOf(cellKey(ix, iy));
        if (id == sum.size()) {
            cellX.push_back(ix);
            cellY.push_back(iy);
            sum.emplace_back(0.0);
            weight.push_back(0.0);
        }
        sum[id] += p;
        weight[id] += 1.0;
        return id;
    };
    for (std::size_t i = 0; i < arcs.size(); ++i) {
        out.originCell[i] = place(arcs[i].originWorld);
        out.destCell[i] = place(arcs[i].destWorld);
    }

    // Coarser levels: a cell's parent is the cell of twice the side containing it (the grids
    // are aligned, so the hierarchy nests exactly); sums and weights add up.
    for (int level = kFinest;; --level) {
        ClusterLevel& here = out.levels[static_cast<std::size_t>(level)];
        here.centroid.resize(sum.size());
        for (std::size_t c = 0; c < sum.size(); ++c) here.centroid[c] = sum[c] / weight[c];
        if (level == 0) break;
        DenseIds up(sum.size() / 2 + 16);
        std::vector<int64_t> upX, upY;
        std::vector<glm::dvec2> upSum;
        std::vector<double> upWeight;
        here.parent.resize(sum.size());
        for (std::size_t c = 0; c < sum.size(); ++c) {
            const int64_t ix = floorHalf(cellX[c]), iy = floorHalf(cellY[c]);
            const uint32_t id = up.idOf(cellKey(ix, iy));
            if (id == upSum.size()) {
                upX.push_back(ix);
                upY.push_back(iy);
                upSum.emplace_back(0.0);
                upWeight.push_back(0.0);
            }
            upSum[id] += sum[c];
            upWeight[id] += weight[c];
            here.parent[c] = id;
        }
        cellX.swap(upX);
        cellY.swap(upY);
        sum.swap(upSum);
        weight.swap(upWeight);
    }
    return out;
}

}  // namespace scene
