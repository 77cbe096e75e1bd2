#include "scene/path_simplify.h"

#include <glm/geometric.hpp>

#include <algorithm>
#include <cmath>
#include <unordered_map>

namespace scene {

namespace {

double segmentDistance2(glm::dvec2 p, glm::dvec2 a, glm::dvec2 b) {
    const glm::dvec2 ab = b - a;
    const double len2 = glm::dot(ab, ab);
    const double t = len2 > 0.0 ? std::clamp(glm::dot(p - a, ab) / len2, 0.0, 1.0) : 0.0;
    const glm::dvec2 d = p - (a + t * ab);
    return glm::dot(d, d);
}

// Douglas-Peucker over pts[first..last] (an explicit stack: paths of a million vertices).
void douglasPeucker(const geo::Path& pts, double tol2, std::vector<char>& keep) {
    std::vector<std::pair<size_t, size_t>> stack{{0, pts.size() - 1}};
    while (!stack.empty()) {
        const auto [first, last] = stack.back();
        stack.pop_back();
        double worst = -1.0;
        size_t at = first;
        for (size_t i = first + 1; i < last; ++i) {
            const double d = segmentDistance2(pts[i], pts[first], pts[last]);
            if (d > worst) {
                worst = d;
                at = i;
            }
        }
        if (worst > tol2) {
            keep[at] = 1;
            stack.push_back({first, at});
            stack.push_back({at, last});
        }
    }
}

}  // namespace

geo::Path simplifyPath(const geo::Path& path, double toleranceWorld, bool closed) {
    if (path.size() < 3 || !(toleranceWorld > 0.0)) return path;
    const double tol2 = toleranceWorld * toleranceWorld;
    closed = closed || path.front() == path.back();
    // Radial distance: neighbours closer than the tolerance collapse (cheap, and most of the
    // work on dense coastlines), keeping the last point.
    geo::Path radial;
    radial.reserve(path.size());
    radial.push_back(path.front());
    for (size_t i = 1; i + 1 < path.size(); ++i) {
        const glm::dvec2 d = path[i] - radial.back();
        if (glm::dot(d, d) > tol2) radial.push_back(path[i]);
    }
    radial.push_back(path.back());
    if (closed) {
        // A ring splits at its farthest point from the start, so both halves have an end that
        // stays (Douglas-Peucker on a ring whose ends coincide would drop everything).
        size_t far = 0;
        double farD = -1.0;
        for (size_t i = 1; i + 1 < radial.size(); ++i) {
            const glm::dvec2 d = radial[i] - radial.front();
            if (glm::dot(d, d) > farD) {
                farD = glm::dot(d, d);
                far = i;
            }
        }
        if (far == 0 || farD <= tol2) return {};
        geo::Path a(radial.begin(), radial.begin() + static_cast<std::ptrdiff_t>(far) + 1);
        geo::Path b(radial.begin() + static_cast<std::ptrdiff_t>(far), radial.end());
        geo::Path sa = simplifyPath(a, toleranceWorld, false);
        const geo::Path sb = simplifyPath(b, toleranceWorld, false);
        sa.insert(sa.end(), sb.begin() + 1, sb.end());
        if (sa.size() < 4) {
            // Two points and back: keep the vertex farthest from that chord, so it stays a ring.
            size_t best = 0;
            double bestD = -1.0;
            for (size_t i = 1; i + 1 < radial.size(); ++i) {
                const double d = segmentDistance2(radial[i], radial.front(), radial[far]);
                if (i != far && d > bestD) {
                    bestD = d;
                    best = i;
                }
            }
            if (best == 0 || bestD <= tol2) return {};
            geo::Path tri{radial.front(), radial[std::min(best, far)], radial[std::max(best, far)],
                          radial.front()};
            return tri;
        }
        return sa;
    }
    if (radial.size() < 3) return radial;
    std::vector<char> keep(radial.size(), 0);
    keep.front() = keep.back() = 1;
    douglasPeucker(radial, tol2, keep);
    geo::Path out;
    for (size_t i = 0; i < radial.size(); ++i) {
        if (keep[i]) out.push_back(radial[i]);
    }
    return out;
}

std::vector<geo::Path> clipPathToBox(const geo::Path& path, glm::dvec2 lo, glm::dvec2 hi) {
    std::vector<geo::Path> out;
    geo::Path current;
    auto segmentTouches = [&](glm::dvec2 a, glm::dvec2 b) {
        // Outside when both ends are beyond the same side (conservative: a diagonal segment
        // passing a corner is kept, which only costs a few vertices).
        return !((a.x < lo.x && b.x < lo.x) || (a.x > hi.x && b.x > hi.x) ||
                 (a.y < lo.y && b.y < lo.y) || (a.y > hi.y && b.y > hi.y));
    };
    for (size_t i = 1; i < path.size(); ++i) {
        if (segmentTouches(path[i - 1], path[i])) {
            if (current.empty()) current.push_back(path[i - 1]);
            current.push_back(path[i]);
        } else if (!current.empty()) {
            out.push_back(std::move(current));
            current.clear();
        }
    }
    if (current.size() >= 2) out.push_back(std::move(current));
    return out;
}

geo::Path clipRingToBox(const geo::Path& ring, glm::dvec2 lo, glm::dvec2 hi) {
    if (ring.size() < 4) return {};
    bool inside = true;
    for (const glm::dvec2& p : ring) {
        if (p.x < lo.x || p.y < lo.y || p.x > hi.x || p.y > hi.y) {
            inside = false;
            break;
        }
    }
    if (inside) return ring;
    geo::Path poly(ring.begin(), ring.end() - 1);  // open
    // One box side at a time: keep what lies on the inner side of axis `axis` at `edge`.
    auto clipSide = [&](int axis, double edge, bool keepAbove) {
        geo::Path next;
        const size_t n = poly.size();
        for (size_t i = 0; i < n; ++i) {
            const glm::dvec2 a = poly[(i + n - 1) % n], b = poly[i];
            const bool ina = keepAbove ? a[axis] >= edge : a[axis] <= edge;
            const bool inb = keepAbove ? b[axis] >= edge : b[axis] <= edge;
            if (ina != inb) {
                const double t = (edge - a[axis]) / (b[axis] - a[axis]);
                next.push_back(a + t * (b - a));
            }
            if (inb) next.push_back(b);
        }
        poly = std::move(next);
    };
    clipSide(0, lo.x, true);
    if (!poly.empty()) clipSide(0, hi.x, false);
    if (!poly.empty()) clipSide(1, lo.y, true);
    if (!poly.empty()) clipSide(1, hi.y, false);
    if (poly.size() < 3) return {};
    poly.push_back(poly.front());
    return poly;
}

namespace {

struct Edge {
    uint32_t from, to;
};

uint64_t edgeKey(uint32_t a, uint32_t b) {
    return (static_cast<uint64_t>(a) << 32) | b;
}

// Chains directed boundary edges into closed rings.
std::vector<geo::Path> chainRings(const std::vector<Edge>& edges,
                                  const std::vector<glm::dvec2>& points) {
    std::unordered_multimap<uint32_t, size_t> outgoing;
    outgoing.reserve(edges.size());
    for (size_t i = 0; i < edges.size(); ++i) outgoing.emplace(edges[i].from, i);
    std::vector<char> used(edges.size(), 0);
    std::vector<geo::Path> rings;
    for (size_t start = 0; start < edges.size(); ++start) {
        if (used[start]) continue;
        geo::Path ring{points[edges[start].from]};
        size_t e = start;
        while (true) {
            used[e] = 1;
            ring.push_back(points[edges[e].to]);
            if (edges[e].to == edges[start].from) break;
            size_t next = SIZE_MAX;
            auto range = outgoing.equal_range(edges[e].to);
            for (auto it = range.first; it != range.second; ++it) {
                if (!used[it->second]) {
                    next = it->second;
                    break;
                }
            }
            if (next == SIZE_MAX) break;  // an open chain (should not happen): keep what we have
            e = next;
        }
        if (ring.size() >= 4) rings.push_back(std::move(ring));
    }
    return rings;
}

}  // namespace

std::vector<std::vector<geo::Path>> meshOutlineRingsByFeature(
    const geo::Mesh& mesh, const std::vector<uint32_t>& vertexFeature, size_t featureCount) {
    std::vector<std::vector<geo::Path>> result(featureCount);
    // Vertices at the same spot (to a millimetre) are one: parts of a feature triangulated apart
    // then share their edges, and those edges are not outline.
    std::unordered_map<uint64_t, uint32_t> byPosition;
    byPosition.reserve(mesh.positions.size());
    std::vector<uint32_t> canonical(mesh.positions.size());
    std::vector<glm::dvec2> points;
    for (size_t i = 0; i < mesh.positions.size(); ++i) {
        const glm::dvec2 p = mesh.positions[i];
        const auto qx = static_cast<int64_t>(std::llround(p.x * 1000.0));
        const auto qy = static_cast<int64_t>(std::llround(p.y * 1000.0));
        const uint64_t feature = i < vertexFeature.size() ? vertexFeature[i] : 0;
        const uint64_t key = (static_cast<uint64_t>(qx) * 0x9E3779B97F4A7C15ull) ^
                             (static_cast<uint64_t>(qy) * 0xC2B2AE3D27D4EB4Full) ^
                             (feature * 0x165667B19E3779F9ull);
        auto [it, added] = byPosition.emplace(key, static_cast<uint32_t>(points.size()));
        if (added || glm::distance(points[it->second], p) > 0.002) {
            if (!added) {
                // A hash collision between different points: keep this one apart.
                canonical[i] = static_cast<uint32_t>(points.size());
                points.push_back(p);
                continue;
            }
            points.push_back(p);
        }
        canonical[i] = it->second;
    }
    std::vector<std::vector<Edge>> edges(featureCount);
    std::unordered_map<uint64_t, uint32_t> count;
    count.reserve(mesh.indices.size());
    auto featureOf = [&](uint32_t v) {
        return v < vertexFeature.size() ? static_cast<size_t>(vertexFeature[v]) : size_t{0};
    };
    std::vector<Edge> all;
    std::vector<size_t> allFeature;
    all.reserve(mesh.indices.size());
    for (size_t t = 0; t + 2 < mesh.indices.size(); t += 3) {
        const uint32_t i0 = mesh.indices[t], i1 = mesh.indices[t + 1], i2 = mesh.indices[t + 2];
        const size_t f = featureOf(i0);
        if (f >= featureCount) continue;
        uint32_t a = canonical[i0], b = canonical[i1], c = canonical[i2];
        if (a == b || b == c || a == c) continue;
        const glm::dvec2 pa = points[a], pb = points[b], pc = points[c];
        const double cross = (pb.x - pa.x) * (pc.y - pa.y) - (pb.y - pa.y) * (pc.x - pa.x);
        if (cross == 0.0) continue;
        if (cross < 0.0) std::swap(b, c);  // counter-clockwise
        for (const Edge e : {Edge{a, b}, Edge{b, c}, Edge{c, a}}) {
            all.push_back(e);
            allFeature.push_back(f);
            ++count[edgeKey(e.from, e.to)];
        }
    }
    for (size_t i = 0; i < all.size(); ++i) {
        const Edge e = all[i];
        // An edge whose reverse is also there lies between two triangles; the same directed
        // edge twice (overlapping triangles) is left to the chaining.
        if (count.count(edgeKey(e.to, e.from)) == 0) edges[allFeature[i]].push_back(e);
    }
    for (size_t f = 0; f < featureCount; ++f) {
        if (!edges[f].empty()) result[f] = chainRings(edges[f], points);
    }
    return result;
}

std::vector<geo::Path> meshOutlineRings(const geo::Mesh& mesh,
                                        const std::vector<uint32_t>& vertexFeature,
                                        int64_t feature) {
    if (feature < 0) {
        return meshOutlineRingsByFeature(mesh, std::vector<uint32_t>(), 1).front();
    }
    auto all = meshOutlineRingsByFeature(mesh, vertexFeature, static_cast<size_t>(feature) + 1);
    return std::move(all[static_cast<size_t>(feature)]);
}

}  // namespace scene
