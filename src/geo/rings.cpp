#include "geo/rings.h"

#include <glm/common.hpp>

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <limits>
#include <memory>

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

// True when every vertex lies on one line (or on one point).
bool collinear(const Path& ring) {
    if (ring.empty()) return true;
    const glm::dvec2 o = ring[0];
    size_t i = 1;
    while (i < ring.size() && ring[i] == o) ++i;
    if (i == ring.size()) return true;
    const glm::dvec2 d = ring[i] - o;
    for (; i < ring.size(); ++i) {
        const glm::dvec2 v = ring[i] - o;
        if (d.x * v.y - d.y * v.x != 0.0) return false;
    }
    return true;
}

// Outer ring boxes bucketed in a uniform grid, so that grouping many holes does not test every
// hole against every outer ring (a record with 10^5 of each took minutes). A box that spans many
// cells goes to a list that every query sees.
// Point-in-ring tests against one large ring, many times (the world ocean's outer ring against
// each of its thousands of holes): the ring's edges bucketed by horizontal band, so a test looks
// only at the edges crossing its point's band. Same crossings, same arithmetic as pointInRing,
// so the same answer.
class RingBands {
public:
    explicit RingBands(const Path& ring) : m_ring(ring) {
        const size_t n = ring.size();
        m_lo = std::numeric_limits<double>::max();
        double hi = -std::numeric_limits<double>::max();
        for (const auto& v : ring) {
            m_lo = std::min(m_lo, v.y);
            hi = std::max(hi, v.y);
        }
        const size_t bands = std::clamp<size_t>(n / 8, 1, 4096);
        m_step = (hi - m_lo) / static_cast<double>(bands);
        if (!(m_step > 0.0) || !std::isfinite(m_step)) m_step = 0.0;
        m_bands.resize(m_step > 0.0 ? bands : 1);
        for (size_t i = 0, j = n - 1; i < n; j = i++) {
            const size_t b0 = band(std::min(ring[i].y, ring[j].y));
            const size_t b1 = band(std::max(ring[i].y, ring[j].y));
            for (size_t b = b0; b <= b1; ++b) m_bands[b].push_back(static_cast<uint32_t>(i));
        }
    }

    bool contains(glm::dvec2 p) const {
        if (p.y < m_lo) return false;
        bool inside = false;
        const size_t n = m_ring.size();
        for (uint32_t i : m_bands[band(p.y)]) {
            const glm::dvec2 a = m_ring[i];
            const glm::dvec2 b = m_ring[i == 0 ? n - 1 : i - 1];
            if ((a.y > p.y) != (b.y > p.y)) {
                const double x = (b.x - a.x) * (p.y - a.y) / (b.y - a.y) + a.x;
                if (p.x < x) inside = !inside;
            }
        }
        return inside;
    }

private:
    size_t band(double y) const {
        if (m_step <= 0.0) return 0;
        const double f = std::floor((y - m_lo) / m_step);
        return static_cast<size_t>(std::clamp(f, 0.0, static_cast<double>(m_bands.size() - 1)));
    }
    const Path& m_ring;
    double m_lo = 0.0, m_step = 0.0;
    std::vector<std::vector<uint32_t>> m_bands;
};

class OuterIndex {
public:
    explicit OuterIndex(const std::vector<Box>& boxes) {
        if (boxes.size() < 64) {
            for (size_t i = 0; i < boxes.size(); ++i) m_wide.push_back(i);
            return;
        }
        for (const auto& b : boxes) {
            m_bounds.lo = glm::min(m_bounds.lo, b.lo);
            m_bounds.hi = glm::max(m_bounds.hi, b.hi);
        }
        m_side = static_cast<int>(std::min(1024.0, std::ceil(std::sqrt(double(boxes.size())))));
        const glm::dvec2 size = m_bounds.hi - m_bounds.lo;
        if (!(size.x > 0.0 && size.y > 0.0 && std::isfinite(size.x) && std::isfinite(size.y))) {
            m_side = 0;
            for (size_t i = 0; i < boxes.size(); ++i) m_wide.push_back(i);
            return;
        }
        m_cell = size / double(m_side);
        m_cells.resize(static_cast<size_t>(m_side) * static_cast<size_t>(m_side));
        for (size_t i = 0; i < boxes.size(); ++i) {
            const glm::ivec2 lo = cellOf(boxes[i].lo);
            const glm::ivec2 hi = cellOf(boxes[i].hi);
            if ((hi.x - lo.x + 1) * (hi.y - lo.y + 1) > 16) {
                m_wide.push_back(i);
                continue;
            }
            for (int y = lo.y; y <= hi.y; ++y) {
                for (int x = lo.x; x <= hi.x; ++x) m_cells[index(x, y)].push_back(i);
            }
        }
    }

    // Outer rings whose box may contain `hole` (a superset), in no particular order.
    void candidates(const Box& hole, std::vector<size_t>* out) const {
        out->assign(m_wide.begin(), m_wide.end());
        if (m_side == 0 || !m_bounds.contains(hole)) return;
        // An outer box that contains the hole's box overlaps the cell of the hole's corner.
        const glm::ivec2 c = cellOf(hole.lo);
        const auto& cell = m_cells[index(c.x, c.y)];
        out->insert(out->end(), cell.begin(), cell.end());
    }

private:
    glm::ivec2 cellOf(glm::dvec2 p) const {
        const glm::dvec2 t = (p - m_bounds.lo) / m_cell;
        auto clampCell = [&](double v) {
            if (!(v > 0.0)) return 0;  // also NaN
            return v >= double(m_side - 1) ? m_side - 1 : static_cast<int>(v);
        };
        return {clampCell(t.x), clampCell(t.y)};
    }
    size_t index(int x, int y) const {
        return static_cast<size_t>(y) * static_cast<size_t>(m_side) + static_cast<size_t>(x);
    }

    Box m_bounds;
    int m_side = 0;
    glm::dvec2 m_cell{0.0};
    std::vector<std::vector<size_t>> m_cells;
    std::vector<size_t> m_wide;
};

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
        if (a == 0.0 && collinear(r)) continue;  // degenerate ring: nothing to fill
        // A bow-tie with equal lobes has no net area and no orientation: an outer ring, which
        // GEOS repairs into its two halves later.
        const bool outer = a == 0.0 || (anyClockwise ? a < 0.0 : a > 0.0);
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
    const OuterIndex index(outerBoxes);
    std::vector<size_t> candidates;
    // Large outer rings tested against many holes get a band index (built on the 4th test).
    std::vector<std::unique_ptr<RingBands>> bands(polygons.size());
    std::vector<int> tests(polygons.size(), 0);
    std::vector<Polygon> loose;  // holes inside no outer ring: polygons of their own
    auto inOuter = [&](glm::dvec2 p, size_t i) {
        if (!bands[i] && polygons[i].outer.size() > 256 && ++tests[i] > 3)
            bands[i] = std::make_unique<RingBands>(polygons[i].outer);
        return bands[i] ? bands[i]->contains(p) : pointInRing(p, polygons[i].outer);
    };
    for (auto& h : holes) {
        const Box hb = boxOf(h);
        const glm::dvec2 probe = probePoint(h);
        index.candidates(hb, &candidates);
        int best = -1;
        for (size_t i : candidates) {
            if (!outerBoxes[i].contains(hb)) continue;
            if (!inOuter(probe, i)) continue;
            // Nested islands: the smallest containing outer ring owns the hole (the first one
            // when two are equal, as the rings came).
            const auto b = static_cast<size_t>(best);
            if (best < 0 || outerAreas[i] < outerAreas[b] ||
                (outerAreas[i] == outerAreas[b] && i < b))
                best = static_cast<int>(i);
        }
        if (best >= 0) {
            polygons[static_cast<size_t>(best)].holes.push_back(std::move(h));
        } else {
            // Kept aside until the end: `bands` refers to the outer rings in `polygons`.
            Polygon p;
            p.outer = std::move(h);
            loose.push_back(std::move(p));
        }
    }
    for (auto& p : loose) polygons.push_back(std::move(p));
    return polygons;
}

}  // namespace geo
