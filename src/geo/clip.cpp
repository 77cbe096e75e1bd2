#include "geo/clip.h"

#include "geo/crossings.h"

#include <algorithm>
#include <cmath>

namespace geo {

namespace {

bool boxDisjoint(const Path& p, const LonLatBox& w) {
    double lonMin = 1e300, lonMax = -1e300, latMin = 1e300, latMax = -1e300;
    for (const auto& v : p) {
        lonMin = std::min(lonMin, v.x);
        lonMax = std::max(lonMax, v.x);
        latMin = std::min(latMin, v.y);
        latMax = std::max(latMax, v.y);
    }
    return lonMax < w.lonMin || lonMin > w.lonMax || latMax < w.latMin || latMin > w.latMax;
}

size_t vertexCount(const Polygon& p) {
    size_t n = p.outer.size();
    for (const auto& h : p.holes) n += h.size();
    return n;
}

// Drops each vertex closer than `minStep` to the last vertex kept (the last vertex always stays).
// Every dropped vertex lies within minStep of the result, and the result within minStep of the
// path: a simplification to minStep in linear time, if a weaker one than Douglas-Peucker.
Path thinByDistance(const Path& path, double minStep) {
    if (path.size() < 3) return path;
    Path out;
    out.push_back(path.front());
    const double min2 = minStep * minStep;
    for (size_t i = 1; i + 1 < path.size(); ++i) {
        const glm::dvec2 d = path[i] - out.back();
        if (d.x * d.x + d.y * d.y >= min2) out.push_back(path[i]);
    }
    out.push_back(path.back());
    return out;
}

Path douglasPeucker(GeosContext& ctx, const Path& path, double tolerance) {
    GEOSContextHandle_t h = ctx.handle();
    GeomPtr g = toGeos(ctx, path);
    if (!g) return path;
    GeomPtr s(h, GEOSSimplify_r(h, g.get(), tolerance));
    if (!s) return path;
    std::vector<Path> out;
    collectLines(ctx, s.get(), &out);
    return out.size() == 1 ? std::move(out[0]) : path;
}

bool boxInside(const Path& p, const LonLatBox& w) {
    for (const auto& v : p) {
        if (!w.contains({v.x, v.y})) return false;
    }
    return true;
}

}  // namespace

std::vector<Polygon> clipPolygons(GeosContext& ctx, const std::vector<Polygon>& polygons,
                                  const LonLatBox& window, std::string* error) {
    GEOSContextHandle_t h = ctx.handle();
    std::vector<Polygon> out;
    for (const auto& poly : polygons) {
        if (boxDisjoint(poly.outer, window)) continue;
        GeomPtr g = toGeos(ctx, poly);
        if (!g) {
            if (error) *error = "GEOS rejected a ring: " + ctx.takeError();
            continue;
        }
        if (GEOSisValid_r(h, g.get()) != 1) {
            if (!countCrossingsBelow(poly, kMaxRepairCrossings)) {
                if (error)
                    *error = "polygon of " + std::to_string(vertexCount(poly)) +
                             " vertices crosses itself " + std::to_string(kMaxRepairCrossings) +
                             " times or more, too many to repair; skipped";
                continue;
            }
            GeomPtr fixed(h, GEOSMakeValid_r(h, g.get()));
            if (!fixed) {
                if (error) *error = "cannot repair an invalid polygon: " + ctx.takeError();
                continue;
            }
            g = std::move(fixed);
        } else if (boxInside(poly.outer, window)) {
            out.push_back(poly);  // valid and wholly inside: nothing to do
            continue;
        }
        GeomPtr clipped(h, GEOSClipByRect_r(h, g.get(), window.lonMin, window.latMin, window.lonMax,
                                            window.latMax));
        if (!clipped) {
            if (error) *error = "clipping failed: " + ctx.takeError();
            continue;
        }
        collectPolygons(ctx, clipped.get(), &out);
    }
    return out;
}

std::vector<Path> clipLines(GeosContext& ctx, const std::vector<Path>& lines,
                            const LonLatBox& window, std::string* error) {
    GEOSContextHandle_t h = ctx.handle();
    std::vector<Path> out;
    for (const auto& line : lines) {
        if (boxDisjoint(line, window)) continue;
        if (boxInside(line, window)) {
            out.push_back(line);
            continue;
        }
        GeomPtr g = toGeos(ctx, line);
        if (!g) continue;
        GeomPtr clipped(h, GEOSClipByRect_r(h, g.get(), window.lonMin, window.latMin, window.lonMax,
                                            window.latMax));
        if (!clipped) {
            if (error) *error = "clipping failed: " + ctx.takeError();
            continue;
        }
        collectLines(ctx, clipped.get(), &out);
    }
    return out;
}

Path simplify(GeosContext& ctx, const Path& path, double tolerance, std::string* warning) {
    if (path.size() < 3 || !(tolerance > 0.0)) return path;
    if (path.size() <= kMaxSimplifyVertices) return douglasPeucker(ctx, path, tolerance);
    // Half the tolerance each: the two steps together stay within it.
    Path thin = thinByDistance(path, 0.5 * tolerance);
    if (thin.size() <= kMaxSimplifyVertices) return douglasPeucker(ctx, thin, 0.5 * tolerance);
    if (warning) {
        *warning = "line of " + std::to_string(path.size()) + " vertices has more than " +
                   std::to_string(kMaxSimplifyVertices) +
                   " after thinning, too many for Douglas-Peucker; thinned by distance only";
    }
    return thinByDistance(path, tolerance);
}

std::vector<Polygon> simplifyPolygon(GeosContext& ctx, const Polygon& polygon, double tolerance,
                                     std::string* warning) {
    if (!(tolerance > 0.0)) return {polygon};
    if (vertexCount(polygon) > kMaxPolygonSimplifyVertices) {
        if (warning) {
            *warning = "polygon of " + std::to_string(vertexCount(polygon)) +
                       " vertices is over the " + std::to_string(kMaxPolygonSimplifyVertices) +
                       "-vertex budget of the topology-preserving simplifier; not simplified";
        }
        return {polygon};
    }
    GEOSContextHandle_t h = ctx.handle();
    GeomPtr g = toGeos(ctx, polygon);
    if (!g) return {polygon};
    GeomPtr s(h, GEOSTopologyPreserveSimplify_r(h, g.get(), tolerance));
    if (!s) return {polygon};
    std::vector<Polygon> out;
    collectPolygons(ctx, s.get(), &out);
    return out;
}

Path densify(const Path& path, double maxStep) {
    if (path.size() < 2 || maxStep <= 0.0) return path;
    Path out;
    out.reserve(path.size());
    out.push_back(path[0]);
    for (size_t i = 1; i < path.size(); ++i) {
        const glm::dvec2 a = path[i - 1];
        const glm::dvec2 b = path[i];
        const double len = std::hypot(b.x - a.x, b.y - a.y);
        // A length that is not a number or absurdly long (vertices that are not coordinates)
        // is left alone: converting it to int would be undefined.
        const double n = std::ceil(len / maxStep);
        const int steps = n > 1.0 && n < 1e7 ? static_cast<int>(n) : 1;
        for (int k = 1; k < steps; ++k)
            out.push_back(a + (b - a) * (static_cast<double>(k) / steps));
        out.push_back(b);
    }
    return out;
}

}  // namespace geo
