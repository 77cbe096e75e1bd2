#include "geo/clip.h"

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

Path simplify(GeosContext& ctx, const Path& path, double tolerance) {
    if (path.size() < 3 || tolerance <= 0.0) return path;
    GEOSContextHandle_t h = ctx.handle();
    GeomPtr g = toGeos(ctx, path);
    if (!g) return path;
    GeomPtr s(h, GEOSSimplify_r(h, g.get(), tolerance));
    if (!s) return path;
    std::vector<Path> out;
    collectLines(ctx, s.get(), &out);
    return out.size() == 1 ? std::move(out[0]) : path;
}

std::vector<Polygon> simplifyPolygon(GeosContext& ctx, const Polygon& polygon, double tolerance) {
    if (tolerance <= 0.0) return {polygon};
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
