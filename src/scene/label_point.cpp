#include "scene/label_point.h"

#include "geo/rings.h"

#include <glm/common.hpp>

#include <algorithm>
#include <cmath>
#include <limits>
#include <queue>

namespace scene {

namespace {

double segmentDistance(glm::dvec2 p, glm::dvec2 a, glm::dvec2 b) {
    const glm::dvec2 ab = b - a;
    const double len2 = ab.x * ab.x + ab.y * ab.y;
    double t = len2 > 0.0 ? ((p.x - a.x) * ab.x + (p.y - a.y) * ab.y) / len2 : 0.0;
    t = std::clamp(t, 0.0, 1.0);
    const glm::dvec2 d = a + ab * t - p;
    return std::sqrt(d.x * d.x + d.y * d.y);
}

// Distance to the nearest edge when inside (outer ring, not in a hole), else -1.
double inside(const geo::Polygon& poly, glm::dvec2 p) {
    if (!geo::pointInRing(p, poly.outer)) return -1.0;
    for (const auto& h : poly.holes)
        if (geo::pointInRing(p, h)) return -1.0;
    double best = std::numeric_limits<double>::infinity();
    auto ring = [&](const geo::Path& r) {
        for (size_t i = 1; i < r.size(); ++i)
            best = std::min(best, segmentDistance(p, r[i - 1], r[i]));
    };
    ring(poly.outer);
    for (const auto& h : poly.holes) ring(h);
    return best;
}

geo::Path clipRing(const geo::Path& ring, const geo::LonLatBox& box) {
    geo::Path in = ring, out;
    // Each window edge: inside test and intersection along the edge's axis.
    for (int edge = 0; edge < 4 && !in.empty(); ++edge) {
        const int axis = edge % 2;  // 0: x (lon), 1: y (lat)
        const double limit = edge == 0   ? box.lonMin
                             : edge == 1 ? box.latMin
                             : edge == 2 ? box.lonMax
                                         : box.latMax;
        const bool keepAbove = edge < 2;
        auto inside = [&](glm::dvec2 p) { return keepAbove ? p[axis] >= limit : p[axis] <= limit; };
        out.clear();
        for (size_t i = 0; i < in.size(); ++i) {
            const glm::dvec2 a = in[i], b = in[(i + 1) % in.size()];
            const bool ia = inside(a), ib = inside(b);
            if (ia) out.push_back(a);
            if (ia != ib) out.push_back(a + (b - a) * ((limit - a[axis]) / (b[axis] - a[axis])));
        }
        in.swap(out);
    }
    if (in.size() < 3) return {};
    in.push_back(in.front());
    return in;
}

}  // namespace

std::vector<geo::Polygon> clipToBox(const std::vector<geo::Polygon>& polygons,
                                    const geo::LonLatBox& box) {
    std::vector<geo::Polygon> out;
    for (const auto& p : polygons) {
        geo::Polygon c;
        c.outer = clipRing(p.outer, box);
        if (c.outer.empty()) continue;
        for (const auto& h : p.holes) {
            geo::Path hole = clipRing(h, box);
            if (!hole.empty()) c.holes.push_back(std::move(hole));
        }
        out.push_back(std::move(c));
    }
    return out;
}

bool insideAny(const std::vector<geo::Polygon>& polygons, glm::dvec2 p) {
    for (const auto& poly : polygons) {
        if (!geo::pointInRing(p, poly.outer)) continue;
        bool inHole = false;
        for (const auto& h : poly.holes) inHole = inHole || geo::pointInRing(p, h);
        if (!inHole) return true;
    }
    return false;
}

std::optional<DeepPoint> deepestPoint(const std::vector<geo::Polygon>& polygons, double precision) {
    glm::dvec2 lo(std::numeric_limits<double>::infinity()), hi(-lo);
    for (const auto& p : polygons)
        for (const auto& v : p.outer) lo = glm::min(lo, v), hi = glm::max(hi, v);
    const double size = std::min(hi.x - lo.x, hi.y - lo.y);
    if (!(size > 0.0)) return std::nullopt;
    // Distance to the nearest edge of any ring, negative outside.
    auto signedDistance = [&](glm::dvec2 p) {
        double d = std::numeric_limits<double>::infinity();
        auto ring = [&](const geo::Path& r) {
            for (size_t i = 1; i < r.size(); ++i)
                d = std::min(d, segmentDistance(p, r[i - 1], r[i]));
        };
        for (const auto& poly : polygons) {
            ring(poly.outer);
            for (const auto& h : poly.holes) ring(h);
        }
        return insideAny(polygons, p) ? d : -d;
    };
    struct Cell {
        glm::dvec2 c;
        double half, d, max;
    };
    auto cell = [&](glm::dvec2 c, double half) {
        const double d = signedDistance(c);
        return Cell{c, half, d, d + half * std::sqrt(2.0)};
    };
    auto lower = [](const Cell& a, const Cell& b) { return a.max < b.max; };
    std::priority_queue<Cell, std::vector<Cell>, decltype(lower)> queue(lower);
    const double half = 0.5 * size;
    for (double x = lo.x; x < hi.x; x += size)
        for (double y = lo.y; y < hi.y; y += size) queue.push(cell({x + half, y + half}, half));
    Cell best = cell(0.5 * (lo + hi), 0.0);
    // A bound on the work for pathological inputs; real outlines converge in a few hundred cells.
    for (int visited = 0; !queue.empty() && visited < 20000; ++visited) {
        const Cell c = queue.top();
        queue.pop();
        if (c.d > best.d) best = c;
        if (c.max - best.d <= precision) continue;
        const double h = 0.5 * c.half;
        for (const glm::dvec2 o :
             {glm::dvec2(-h, -h), glm::dvec2(h, -h), glm::dvec2(-h, h), glm::dvec2(h, h)})
            queue.push(cell(c.c + o, h));
    }
    if (best.d <= 0.0) return std::nullopt;
    return DeepPoint{best.c, best.d};
}

std::optional<glm::dvec2> polygonLabelPoint(const std::vector<geo::Polygon>& polygons) {
    const geo::Polygon* largest = nullptr;
    double largestArea = 0.0;
    for (const auto& p : polygons) {
        const double a = std::abs(geo::signedArea(p.outer));
        if (a > largestArea) largestArea = a, largest = &p;
    }
    if (!largest || largest->outer.size() < 4) return std::nullopt;
    glm::dvec2 lo(std::numeric_limits<double>::infinity()), hi(-lo);
    for (const auto& v : largest->outer) lo = glm::min(lo, v), hi = glm::max(hi, v);

    constexpr int kGrid = 32;
    glm::dvec2 best = 0.5 * (lo + hi);
    double bestDist = -1.0;
    glm::dvec2 cell = (hi - lo) / static_cast<double>(kGrid);
    glm::dvec2 from = lo;
    for (int round = 0; round < 4; ++round) {
        for (int j = 0; j <= kGrid; ++j) {
            for (int i = 0; i <= kGrid; ++i) {
                const glm::dvec2 p = from + glm::dvec2(i, j) * cell;
                const double d = inside(*largest, p);
                if (d > bestDist) bestDist = d, best = p;
            }
        }
        // Search the neighbourhood of the best point more finely.
        from = best - cell * 2.0;
        cell = cell * (4.0 / kGrid);
    }
    if (bestDist < 0.0) return std::nullopt;
    return best;
}

}  // namespace scene
