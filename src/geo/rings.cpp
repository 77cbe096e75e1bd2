#include "geo/rings.h"

#include <glm/common.hpp>

#include <cmath>
#include <limits>

namespace geo {

double signedArea(const Path& ring) {
    if (ring.size() < 3) return 0.0;
    // Relative to the first vertex, to keep precision with large map-plane coordinates.
    const glm::dvec2 o = ring[0];
    double twice = 0.0;
    for (size_t i = 1; i + 1 < ring.size(); ++i) {
        const glm::dvec2 a = ring[i] - o;
        const glm::dvec2 b = ring[i + 1] - o;
        twice += a.x * b.y - b.x * a.y;
    }
    return 0.5 * twice;
}

bool pointInRing(glm::dvec2 p, const Path& ring) {
    bool inside = false;
    const size_t n = ring.size();
    for (size_t i = 0, j = n - 1; i < n; j = i++) {
        const glm::dvec2 a = ring[i];
        const glm::dvec2 b = ring[j];
        if ((a.y > p.y) != (b.y > p.y)) {
            const double x = (b.x - a.x) * (p.y - a.y) / (b.y - a.y) + a.x;
            if (p.x < x) inside = !inside;
        }
    }
    return inside;
}

namespace {

struct Box {
    glm::dvec2 lo{std::numeric_limits<double>::max()};
    glm::dvec2 hi{-std::numeric_limits<double>::max()};
    bool contains(const Box& o) const {
        return o.lo.x >= lo.x && o.lo.y >= lo.y && o.hi.x <= hi.x && o.hi.y <= hi.y;
    }
};

Box boxOf(const Path& ring) {
    Box b;
    for (const auto& p : ring) {
        b.lo = glm::min(b.lo, p);
        b.hi = glm::max(b.hi, p);
    }
    return b;
}

// A point of `inner` to test containment with: the midpoint of its first edge avoids a vertex
// shared with the outer ring (rings that touch at a vertex are legal).
glm::dvec2 probePoint(const Path& inner) {
    return 0.5 * (inner[0] + inner[1]);
}

}  // namespace

std::vector<Polygon> assemblePolygons(std::vector<Path> rings) {
    std::vector<Polygon> polygons;
    std::vector<Box> outerBoxes;
    std::vector<double> outerAreas;
    std::vector<Path> holes;

    bool anyClockwise = false;
    for (const auto& r : rings) anyClockwise = anyClockwise || signedArea(r) < 0.0;

    for (auto& r : rings) {
        const double a = signedArea(r);
        if (a == 0.0) continue;  // degenerate (collinear) ring: nothing to fill
        const bool outer = anyClockwise ? a < 0.0 : a > 0.0;
        if (outer) {
            outerBoxes.push_back(boxOf(r));
            outerAreas.push_back(std::abs(a));
            Polygon p;
            p.outer = std::move(r);
            polygons.push_back(std::move(p));
        } else {
            holes.push_back(std::move(r));
        }
    }
    for (auto& h : holes) {
        const Box hb = boxOf(h);
        const glm::dvec2 probe = probePoint(h);
        int best = -1;
        for (size_t i = 0; i < outerBoxes.size(); ++i) {
            if (!outerBoxes[i].contains(hb)) continue;
            if (!pointInRing(probe, polygons[i].outer)) continue;
            // Nested islands: the smallest containing outer ring owns the hole.
            if (best < 0 || outerAreas[i] < outerAreas[static_cast<size_t>(best)])
                best = static_cast<int>(i);
        }
        if (best >= 0) {
            polygons[static_cast<size_t>(best)].holes.push_back(std::move(h));
        } else {
            Polygon p;
            p.outer = std::move(h);
            polygons.push_back(std::move(p));
        }
    }
    return polygons;
}

}  // namespace geo
