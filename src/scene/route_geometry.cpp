// The Middle Corridor's segments and nodes for TimelineGeometry (see timeline_geometry.h).
#include "scene/timeline_geometry.h"

#include <glm/geometric.hpp>

#include <algorithm>
#include <cmath>
#include <limits>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace scene::detail {

void buildRouteGeometry(const data::Dataset& dataset, const geo::Projection& projection,
                        TimelineGeometry& out);

namespace {

// Appends the curve f(u), u in (0, 1], to `path`, whose last point must be f(0). Points are
// spaced evenly by arc length, at most about kRouteStepM apart, so the renderer's "draw on"
// (which walks `along`) moves at a steady speed; the last point is `end` itself, exactly.
template <typename Curve>
void appendCurve(const Curve& f, glm::dvec2 end, geo::Path& path) {
    auto polyLength = [&](int n, std::vector<double>* cumulative) {
        double len = 0.0;
        glm::dvec2 prev = f(0.0);
        if (cumulative) cumulative->assign(1, 0.0);
        for (int j = 1; j <= n; ++j) {
            const glm::dvec2 p = f(static_cast<double>(j) / n);
            len += glm::length(p - prev);
            if (cumulative) cumulative->push_back(len);
            prev = p;
        }
        return len;
    };
    // A coarse pass sizes the dense pass so each dense step is a small share of an output step;
    // the dense lengths then map arc length back to the curve parameter.
    const double estimate = polyLength(16, nullptr);
    const int dense = std::max(16, 4 * static_cast<int>(std::ceil(estimate / kRouteStepM)));
    std::vector<double> cum;
    const double total = polyLength(dense, &cum);
    const int steps = std::max(1, static_cast<int>(std::ceil(total / kRouteStepM)));
    std::size_t j = 0;
    for (int s = 1; s < steps; ++s) {
        const double target = total * s / steps;
        while (j + 1 < cum.size() && cum[j + 1] < target) ++j;
        const double span = cum[j + 1] - cum[j];
        const double frac = span > 0.0 ? (target - cum[j]) / span : 0.0;
        path.push_back(f((static_cast<double>(j) + frac) / dense));
    }
    path.push_back(end);
}

// One span of a centripetal Catmull–Rom spline (alpha = 1/2) between q1 and q2, evaluated with
// the Barry–Goldman pyramid. Centripetal knots are what keeps the curve from looping or
// overshooting where via places are unevenly spaced, which uniform Catmull–Rom does.
struct CatmullRomSpan {
    glm::dvec2 q0, q1, q2, q3;
    double t0 = 0.0, t1, t2, t3;

    CatmullRomSpan(glm::dvec2 a, glm::dvec2 b, glm::dvec2 c, glm::dvec2 d)
        : q0(a), q1(b), q2(c), q3(d) {
        t1 = t0 + std::sqrt(glm::length(q1 - q0));
        t2 = t1 + std::sqrt(glm::length(q2 - q1));
        t3 = t2 + std::sqrt(glm::length(q3 - q2));
    }

    glm::dvec2 operator()(double u) const {
        const double t = t1 + u * (t2 - t1);
        const glm::dvec2 a1 = ((t1 - t) * q0 + (t - t0) * q1) / (t1 - t0);
        const glm::dvec2 a2 = ((t2 - t) * q1 + (t - t1) * q2) / (t2 - t1);
        const glm::dvec2 a3 = ((t3 - t) * q2 + (t - t2) * q3) / (t3 - t2);
        const glm::dvec2 b1 = ((t2 - t) * a1 + (t - t0) * a2) / (t2 - t0);
        const glm::dvec2 b2 = ((t3 - t) * a2 + (t - t1) * a3) / (t3 - t1);
        return ((t2 - t) * b1 + (t - t1) * b2) / (t2 - t1);
    }
};

// Knots (ends and vias, consecutive duplicates already removed, at least two) -> path.
geo::Path splinePath(const std::vector<glm::dvec2>& knots) {
    geo::Path path{knots.front()};
    const std::size_t n = knots.size();
    if (n == 2) {
        const glm::dvec2 a = knots[0], b = knots[1];
        appendCurve([&](double u) { return a + u * (b - a); }, b, path);
        return path;
    }
    // Mirrored phantom ends make the first and last spans leave their end place heading
    // straight at the neighbouring knot, with no invented bend.
    auto at = [&](std::ptrdiff_t i) -> glm::dvec2 {
        if (i < 0) return 2.0 * knots[0] - knots[1];
        if (i >= static_cast<std::ptrdiff_t>(n)) return 2.0 * knots[n - 1] - knots[n - 2];
        return knots[static_cast<std::size_t>(i)];
    };
    for (std::size_t i = 0; i + 1 < n; ++i) {
        const auto k = static_cast<std::ptrdiff_t>(i);
        const CatmullRomSpan span(at(k - 1), at(k), at(k + 1), at(k + 2));
        // Each knot is appended as given, so the path passes through every via exactly.
        appendCurve(span, knots[i + 1], path);
    }
    return path;
}

// A sea leg bows to the left of travel so it keeps off the shores a straight chord would cut.
geo::Path seaPath(glm::dvec2 a, glm::dvec2 b) {
    const glm::dvec2 chord = b - a;
    const glm::dvec2 control = 0.5 * (a + b) + 2.0 * kSeaBend * glm::dvec2(-chord.y, chord.x);
    geo::Path path{a};
    appendCurve(
        [&](double u) {
            const double v = 1.0 - u;
            return (v * v) * a + (2.0 * u * v) * control + (u * u) * b;
        },
        b, path);
    return path;
}

// The vias (places) and the shape's drawing waypoints are two lists, each in travel order; the
// knots interleave them the way that makes the polyline from -> ... -> to shortest, so each
// waypoint lands on the stretch it was written for without the data having to say which.
std::vector<glm::dvec2> mergeKnots(glm::dvec2 from, const std::vector<glm::dvec2>& vias,
                                   const std::vector<glm::dvec2>& shape, glm::dvec2 to) {
    if (shape.empty() || vias.empty()) {
        std::vector<glm::dvec2> knots{from};
        knots.insert(knots.end(), vias.begin(), vias.end());
        knots.insert(knots.end(), shape.begin(), shape.end());
        knots.push_back(to);
        return knots;
    }
    // State (i, j, k): i vias and j waypoints used, the last one a via (k = 0) or a waypoint
    // (k = 1). At most 65 x 65 x 2 states (the parser's bounds).
    const std::size_t nv = vias.size(), ns = shape.size();
    const auto index = [&](std::size_t i, std::size_t j, int k) {
        return (i * (ns + 1) + j) * 2 + static_cast<std::size_t>(k);
    };
    const auto last = [&](std::size_t i, std::size_t j, int k) {
        if (i + j == 0) return from;
        return k == 0 ? vias[i - 1] : shape[j - 1];
    };
    const double inf = std::numeric_limits<double>::infinity();
    std::vector<double> cost((nv + 1) * (ns + 1) * 2, inf);
    std::vector<int> cameFrom(cost.size(), -1);  // k of the previous state
    cost[index(0, 0, 0)] = 0.0;
    for (std::size_t i = 0; i <= nv; ++i) {
        for (std::size_t j = 0; j <= ns; ++j) {
            for (int k = 0; k < 2; ++k) {
                const double c = cost[index(i, j, k)];
                if (c == inf) continue;
                const glm::dvec2 p = last(i, j, k);
                if (i < nv) {
                    const double next = c + glm::length(vias[i] - p);
                    if (next < cost[index(i + 1, j, 0)]) {
                        cost[index(i + 1, j, 0)] = next;
                        cameFrom[index(i + 1, j, 0)] = k;
                    }
                }
                if (j < ns) {
                    const double next = c + glm::length(shape[j] - p);
                    if (next < cost[index(i, j + 1, 1)]) {
                        cost[index(i, j + 1, 1)] = next;
                        cameFrom[index(i, j + 1, 1)] = k;
                    }
                }
            }
        }
    }
    int k = cost[index(nv, ns, 0)] + glm::length(to - vias.back()) <=
                    cost[index(nv, ns, 1)] + glm::length(to - shape.back())
                ? 0
                : 1;
    std::vector<glm::dvec2> knots{to};
    for (std::size_t i = nv, j = ns; i + j > 0;) {
        knots.push_back(last(i, j, k));
        const int prev = cameFrom[index(i, j, k)];
        if (k == 0) {
            --i;
        } else {
            --j;
        }
        k = prev;
    }
    knots.push_back(from);
    std::reverse(knots.begin(), knots.end());
    return knots;
}

std::vector<float> normalisedAlong(const geo::Path& path, double* lengthWorld) {
    std::vector<double> cum(path.size(), 0.0);
    for (std::size_t i = 1; i < path.size(); ++i) {
        cum[i] = cum[i - 1] + glm::length(path[i] - path[i - 1]);
    }
    *lengthWorld = cum.back();
    std::vector<float> along(path.size(), 0.f);
    for (std::size_t i = 1; i < path.size(); ++i) {
        along[i] = cum.back() > 0.0 ? static_cast<float>(cum[i] / cum.back())
                                    : static_cast<float>(i) / static_cast<float>(path.size() - 1);
    }
    along.back() = 1.f;  // exact, so "fully drawn" never misses the last vertex by rounding
    return along;
}

std::optional<glm::dvec2> placeWorld(const data::Place& place, const geo::Projection& projection) {
    const glm::dvec2 w = projection.forward(geo::LonLat{place.lon, place.lat});
    if (!std::isfinite(w.x) || !std::isfinite(w.y)) return std::nullopt;
    return w;
}

}  // namespace

void buildRouteGeometry(const data::Dataset& dataset, const geo::Projection& projection,
                        TimelineGeometry& out) {
    std::map<uint32_t, std::size_t> nodeOf;  // place index -> index in out.nodes
    const auto& segments = dataset.segments();
    for (std::size_t si = 0; si < segments.size(); ++si) {
        const data::CorridorSegment& seg = segments[si];
        const std::string where = std::string(data::kSegmentsFile) + ":" +
                                  std::to_string(seg.line) + ": segment '" + seg.id + "'";

        std::vector<std::string> ids;
        ids.push_back(seg.fromId);
        ids.insert(ids.end(), seg.viaIds.begin(), seg.viaIds.end());
        ids.push_back(seg.toId);

        std::vector<uint32_t> placeIndices;
        std::vector<glm::dvec2> placePoints;
        bool ok = true;
        for (const std::string& id : ids) {
            const data::Place* place = dataset.findPlace(id);
            const auto w = place ? placeWorld(*place, projection) : std::nullopt;
            if (!w) {
                out.warnings.push_back(where + ": place '" + id +
                                       "' is unknown or has no usable coordinates; not drawn");
                ok = false;
                continue;
            }
            placeIndices.push_back(static_cast<uint32_t>(place - dataset.places().data()));
            placePoints.push_back(*w);
        }
        std::vector<glm::dvec2> shape;
        for (std::size_t k = 0; k < seg.shape.size(); ++k) {
            const glm::dvec2 w =
                projection.forward(geo::LonLat{seg.shape[k].lon, seg.shape[k].lat});
            if (!std::isfinite(w.x) || !std::isfinite(w.y)) {
                out.warnings.push_back(where + ": shape point " + std::to_string(k + 1) +
                                       " cannot be projected; not drawn");
                ok = false;
            }
            shape.push_back(w);
        }
        if (!ok) continue;
        std::vector<glm::dvec2> knots;
        for (const glm::dvec2& w :
             mergeKnots(placePoints.front(),
                        std::vector<glm::dvec2>(placePoints.begin() + 1, placePoints.end() - 1),
                        shape, placePoints.back())) {
            if (knots.empty() || knots.back() != w) knots.push_back(w);
        }
        if (knots.size() < 2) {
            out.warnings.push_back(where + ": starts and ends at the same point; not drawn");
            continue;
        }

        RouteSegmentGeometry g;
        g.segmentIndex = static_cast<uint32_t>(si);
        g.mode = seg.mode;
        g.status = seg.status;
        // A sea leg with drawing waypoints follows them (through the spline) instead of the bow.
        const bool sea =
            seg.mode == data::TransportMode::Sea && seg.viaIds.empty() && seg.shape.empty();
        g.path = sea ? seaPath(knots.front(), knots.back()) : splinePath(knots);
        g.along = normalisedAlong(g.path, &g.lengthWorld);
        if (seg.yearOpen) g.yearOpen = static_cast<float>(*seg.yearOpen);
        // A line under construction or planned is drawn (faint, dashed) from its start, never
        // before: the parser requires the start for every segment that is not operating.
        if (seg.status != data::SegmentStatus::Operating) {
            g.yearOpen =
                seg.start ? static_cast<float>(*seg.start) : std::numeric_limits<float>::infinity();
        }
        if (seg.yearClosed) g.yearClosed = static_cast<float>(*seg.yearClosed + 1);
        g.carriesVolume = seg.carriesVolume;
        if (seg.yearUpgraded) g.yearUpgraded = static_cast<float>(*seg.yearUpgraded);
        out.route.push_back(std::move(g));

        const float open = out.route.back().yearOpen;
        for (std::size_t k = 0; k < placeIndices.size(); ++k) {
            const uint32_t pi = placeIndices[k];
            auto [it, inserted] = nodeOf.try_emplace(pi, out.nodes.size());
            if (inserted) {
                RouteNode node;
                node.placeIndex = pi;
                node.world = *placeWorld(dataset.places()[pi], projection);
                node.kind = dataset.places()[pi].kind;
                node.yearFirstOpen = open;
                out.nodes.push_back(node);
            } else {
                RouteNode& node = out.nodes[it->second];
                node.yearFirstOpen = std::min(node.yearFirstOpen, open);
            }
        }
    }
}

}  // namespace scene::detail

namespace scene {

bool routeDrawnAt(const RouteSegmentGeometry& segment, double year) {
    // The shader shows nothing while u_year <= yearOpen (nothing grown yet) and from yearClosed.
    return year > static_cast<double>(segment.yearOpen) &&
           year < static_cast<double>(segment.yearClosed);
}

}  // namespace scene
