#include "scene/polygon_edges.h"

#include <algorithm>
#include <array>
#include <climits>
#include <cstdint>
#include <tuple>

namespace scene {

namespace {

// A directed triangle edge with its triangle (and so its feature) on the left.
struct Half {
    uint32_t a = 0, b = 0, feature = 0;
};

double cross(glm::dvec2 o, glm::dvec2 p, glm::dvec2 q) {
    return (p.x - o.x) * (q.y - o.y) - (p.y - o.y) * (q.x - o.x);
}

// Pass 1, by vertex index: inside one triangulated piece vertices are shared, so an edge met
// twice is inside the piece. Half-edges are bucketed by their lower vertex (a counting sort:
// triangles come in spatial order, so this walks memory nearly in order) and matched within
// the buckets, which hold three or four each.
std::vector<Half> unmatchedByIndex(const geo::Mesh& mesh, const std::vector<uint32_t>& feature) {
    const size_t tris = mesh.triangleCount();
    const size_t n = mesh.positions.size();
    std::vector<Half> halves;
    halves.reserve(tris * 3);
    for (size_t t = 0; t < tris; ++t) {
        uint32_t v[3] = {mesh.indices[3 * t], mesh.indices[3 * t + 1], mesh.indices[3 * t + 2]};
        if (v[0] >= n || v[1] >= n || v[2] >= n) continue;
        const double area = cross(mesh.positions[v[0]], mesh.positions[v[1]], mesh.positions[v[2]]);
        if (area == 0.0) continue;
        if (area < 0.0) std::swap(v[1], v[2]);  // counter-clockwise: the inside is on the left
        const uint32_t f = v[0] < feature.size() ? feature[v[0]] : 0;
        for (int e = 0; e < 3; ++e) halves.push_back({v[e], v[(e + 1) % 3], f});
    }
    std::vector<uint32_t> start(n + 1, 0);
    for (const Half& h : halves) ++start[std::min(h.a, h.b) + 1];
    for (size_t i = 0; i < n; ++i) start[i + 1] += start[i];
    std::vector<uint32_t> bucket(halves.size());
    {
        std::vector<uint32_t> fill(start.begin(), start.end() - 1);
        for (size_t i = 0; i < halves.size(); ++i)
            bucket[fill[std::min(halves[i].a, halves[i].b)]++] = static_cast<uint32_t>(i);
    }
    std::vector<Half> out;
    for (size_t v = 0; v < n; ++v) {
        const uint32_t b0 = start[v], b1 = start[v + 1];
        for (uint32_t i = b0; i < b1; ++i) {
            if (bucket[i] == UINT32_MAX) continue;
            const Half& h = halves[bucket[i]];
            const uint32_t other = std::max(h.a, h.b);
            bool matched = false;
            for (uint32_t j = i + 1; j < b1 && !matched; ++j) {
                if (bucket[j] == UINT32_MAX) continue;
                const Half& g = halves[bucket[j]];
                if (std::max(g.a, g.b) == other) {
                    bucket[j] = UINT32_MAX;  // met twice: inside
                    matched = true;
                }
            }
            if (!matched) out.push_back(h);
        }
    }
    return out;
}

struct Cand {
    glm::dvec2 a, b;
    uint32_t feature = 0;
    bool drop = false;
};

bool lexLess(glm::dvec2 p, glm::dvec2 q) {
    return p.x < q.x || (p.x == q.x && p.y < q.y);
}

// Pass 2, by position: the same edge in two pieces of one feature (drop both) or in two
// features (one edge with both).
void matchByPosition(std::vector<Cand>& cands, std::vector<FillEdge>* shared) {
    struct Key {
        std::array<double, 4> k;  // the lower end, then the higher one
        uint32_t index;
    };
    std::vector<Key> keys;
    keys.reserve(cands.size());
    for (size_t i = 0; i < cands.size(); ++i) {
        const Cand& c = cands[i];
        const bool ab = lexLess(c.a, c.b);
        const glm::dvec2 l = ab ? c.a : c.b, h = ab ? c.b : c.a;
        keys.push_back({{l.x, l.y, h.x, h.y}, static_cast<uint32_t>(i)});
    }
    std::sort(keys.begin(), keys.end(), [](const Key& x, const Key& y) { return x.k < y.k; });
    for (size_t i = 0; i + 1 < keys.size();) {
        size_t j = i + 1;
        while (j < keys.size() && keys[j].k == keys[i].k) ++j;
        Cand& p = cands[keys[i].index];
        Cand& q = cands[keys[i + 1].index];
        if (j - i == 2 && p.a == q.b && p.b == q.a) {  // opposite directions: neighbours
            if (p.feature != q.feature) shared->push_back({p.a, p.b, p.feature, q.feature});
            p.drop = q.drop = true;
        }
        i = j;
    }
}

// Pass 3: large polygons are cut into pieces along straight lines of constant x or y, and
// one piece may have a vertex on the cut that the other lacks. An axis-aligned open edge whose
// extent the feature covers from the other side of the same line is such a cut.
void dropStraightCuts(std::vector<Cand>& cands) {
    struct Seg {
        int axis;  // 0: x constant, 1: y constant
        double at;
        uint32_t feature;
        int side;  // which side of the line the inside is on
        double lo, hi;
        size_t index;
    };
    std::vector<Seg> segs;
    for (size_t i = 0; i < cands.size(); ++i) {
        const Cand& c = cands[i];
        if (c.drop) continue;
        if (c.a.x == c.b.x)
            segs.push_back({0, c.a.x, c.feature, c.b.y > c.a.y ? -1 : 1, std::min(c.a.y, c.b.y),
                            std::max(c.a.y, c.b.y), i});
        else if (c.a.y == c.b.y)
            segs.push_back({1, c.a.y, c.feature, c.b.x > c.a.x ? 1 : -1, std::min(c.a.x, c.b.x),
                            std::max(c.a.x, c.b.x), i});
    }
    auto line = [](const Seg& s) { return std::make_tuple(s.axis, s.feature, s.at); };
    std::sort(segs.begin(), segs.end(), [&](const Seg& x, const Seg& y) {
        return std::make_tuple(x.axis, x.feature, x.at, x.side, x.lo) <
               std::make_tuple(y.axis, y.feature, y.at, y.side, y.lo);
    });
    for (size_t i = 0; i < segs.size();) {
        size_t j = i;
        while (j < segs.size() && line(segs[j]) == line(segs[i])) ++j;
        // segs[i, j) lie on one line of one feature, side -1 first, each side sorted by lo.
        size_t mid = i;
        while (mid < j && segs[mid].side < 0) ++mid;
        auto covered = [&](const Seg& s, size_t from, size_t to) {
            double reach = s.lo;  // the union of [from, to) walked from the left
            for (size_t k = from; k < to && segs[k].lo <= reach; ++k)
                reach = std::max(reach, segs[k].hi);
            return reach >= s.hi;
        };
        for (size_t k = i; k < mid; ++k) cands[segs[k].index].drop = covered(segs[k], mid, j);
        for (size_t k = mid; k < j; ++k) cands[segs[k].index].drop = covered(segs[k], i, mid);
        i = j;
    }
}

}  // namespace

std::vector<FillEdge> fillEdges(const geo::Mesh& mesh, const std::vector<uint32_t>& vertexFeature) {
    const std::vector<Half> halves = unmatchedByIndex(mesh, vertexFeature);
    std::vector<Cand> cands;
    cands.reserve(halves.size());
    for (const Half& h : halves)
        cands.push_back({mesh.positions[h.a], mesh.positions[h.b], h.feature, false});
    std::vector<FillEdge> edges;
    matchByPosition(cands, &edges);
    dropStraightCuts(cands);
    for (const Cand& c : cands) {
        if (!c.drop) edges.push_back({c.a, c.b, c.feature, kNoFeature});
    }
    return edges;
}

}  // namespace scene
