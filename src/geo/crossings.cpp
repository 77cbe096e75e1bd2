#include "geo/crossings.h"

#include <glm/common.hpp>

#include <algorithm>
#include <cmath>
#include <vector>

namespace geo {

namespace {

struct Segment {
    glm::dvec2 a, b;
    glm::dvec2 lo, hi;  // bounding box
    int ring;
    int index;     // within its ring
    int ringSize;  // segments in its ring
};

double cross(glm::dvec2 o, glm::dvec2 a, glm::dvec2 b) {
    return (a.x - o.x) * (b.y - o.y) - (a.y - o.y) * (b.x - o.x);
}

bool onSegment(glm::dvec2 p, const Segment& s) {
    return p.x >= s.lo.x && p.x <= s.hi.x && p.y >= s.lo.y && p.y <= s.hi.y;
}

// Whether two segments share any point (crossing, touching or overlapping).
bool intersects(const Segment& s, const Segment& t) {
    const double d1 = cross(t.a, t.b, s.a), d2 = cross(t.a, t.b, s.b);
    const double d3 = cross(s.a, s.b, t.a), d4 = cross(s.a, s.b, t.b);
    if (((d1 > 0 && d2 < 0) || (d1 < 0 && d2 > 0)) && ((d3 > 0 && d4 < 0) || (d3 < 0 && d4 > 0)))
        return true;
    return (d1 == 0 && onSegment(s.a, t)) || (d2 == 0 && onSegment(s.b, t)) ||
           (d3 == 0 && onSegment(t.a, s)) || (d4 == 0 && onSegment(t.b, s));
}

bool adjacent(const Segment& s, const Segment& t) {
    if (s.ring != t.ring) return false;
    const int d = std::abs(s.index - t.index);
    return d == 1 || d == s.ringSize - 1;  // neighbours, or the closing and first segments
}

}  // namespace

std::optional<size_t> countCrossingsBelow(const Polygon& polygon, size_t cap) {
    std::vector<Segment> segs;
    int ringId = 0;
    auto addRing = [&](const Path& ring) {
        const int n = static_cast<int>(ring.size()) - 1;
        for (int i = 0; i < n; ++i) {
            const glm::dvec2 a = ring[static_cast<size_t>(i)], b = ring[static_cast<size_t>(i) + 1];
            segs.push_back({a, b, glm::min(a, b), glm::max(a, b), ringId, i, n});
        }
        ++ringId;
    };
    addRing(polygon.outer);
    for (const auto& h : polygon.holes) addRing(h);
    if (segs.size() < 2) return 0;

    // A uniform grid over the bounding box, about one segment a cell; each segment is listed in
    // every cell its box covers, and a pair is tested only in the cell holding the low corner of
    // the overlap of their boxes (so once).
    glm::dvec2 lo(HUGE_VAL), hi(-HUGE_VAL);
    for (const auto& s : segs) {
        lo = glm::min(lo, s.lo);
        hi = glm::max(hi, s.hi);
    }
    if (!std::isfinite(lo.x) || !std::isfinite(lo.y) || !std::isfinite(hi.x) ||
        !std::isfinite(hi.y))
        return std::nullopt;
    const size_t n = segs.size();
    const int side = static_cast<int>(std::clamp(std::ceil(std::sqrt(double(n))), 1.0, 2048.0));
    const glm::dvec2 size = glm::max(hi - lo, glm::dvec2(1e-300));
    auto cellOf = [&](glm::dvec2 p) {
        const glm::dvec2 f = (p - lo) / size * double(side);
        return glm::ivec2(std::clamp(static_cast<int>(f.x), 0, side - 1),
                          std::clamp(static_cast<int>(f.y), 0, side - 1));
    };
    const size_t maxEntries = 16 * n + (size_t(1) << 20);
    const size_t maxTests = 64 * n + (size_t(1) << 22);

    std::vector<size_t> start(static_cast<size_t>(side) * static_cast<size_t>(side) + 1, 0);
    size_t entries = 0;
    for (const auto& s : segs) {
        const glm::ivec2 c0 = cellOf(s.lo), c1 = cellOf(s.hi);
        entries += size_t(c1.x - c0.x + 1) * size_t(c1.y - c0.y + 1);
        if (entries > maxEntries) return std::nullopt;
        for (int y = c0.y; y <= c1.y; ++y)
            for (int x = c0.x; x <= c1.x; ++x) ++start[size_t(y) * size_t(side) + size_t(x) + 1];
    }
    for (size_t i = 1; i < start.size(); ++i) start[i] += start[i - 1];
    std::vector<size_t> cells(entries);
    std::vector<size_t> fill(start.begin(), start.end() - 1);
    for (size_t k = 0; k < n; ++k) {
        const glm::ivec2 c0 = cellOf(segs[k].lo), c1 = cellOf(segs[k].hi);
        for (int y = c0.y; y <= c1.y; ++y)
            for (int x = c0.x; x <= c1.x; ++x)
                cells[fill[size_t(y) * size_t(side) + size_t(x)]++] = k;
    }

    size_t found = 0, tests = 0;
    for (size_t c = 0; c + 1 < start.size(); ++c) {
        const glm::ivec2 here(static_cast<int>(c % size_t(side)),
                              static_cast<int>(c / size_t(side)));
        for (size_t i = start[c]; i < start[c + 1]; ++i) {
            for (size_t j = i + 1; j < start[c + 1]; ++j) {
                if (++tests > maxTests) return std::nullopt;
                const Segment& s = segs[cells[i]];
                const Segment& t = segs[cells[j]];
                const glm::dvec2 overlapLo = glm::max(s.lo, t.lo), overlapHi = glm::min(s.hi, t.hi);
                if (overlapLo.x > overlapHi.x || overlapLo.y > overlapHi.y) continue;
                if (cellOf(overlapLo) != here || adjacent(s, t) || !intersects(s, t)) continue;
                if (++found >= cap) return std::nullopt;
            }
        }
    }
    return found;
}

}  // namespace geo
