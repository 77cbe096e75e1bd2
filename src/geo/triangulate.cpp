#include "geo/triangulate.h"

#include <unordered_map>

namespace geo {

namespace {

struct PointHash {
    size_t operator()(const glm::dvec2& p) const {
        const std::hash<double> h;
        return h(p.x) * 1000003u ^ h(p.y);
    }
};

}  // namespace

Mesh triangulate(GeosContext& ctx, const Polygon& polygon, std::string* error) {
    GEOSContextHandle_t h = ctx.handle();
    Mesh mesh;
    GeomPtr g = toGeos(ctx, polygon);
    if (!g) {
        if (error) *error = "cannot build the polygon: " + ctx.takeError();
        return mesh;
    }
    GeomPtr tris(h, GEOSConstrainedDelaunayTriangulation_r(h, g.get()));
    if (!tris) {
        if (error) *error = "triangulation failed: " + ctx.takeError();
        return mesh;
    }
    const int n = GEOSGetNumGeometries_r(h, tris.get());
    mesh.indices.reserve(static_cast<size_t>(n) * 3);
    std::unordered_map<glm::dvec2, uint32_t, PointHash> index;
    index.reserve(static_cast<size_t>(n) * 2);
    for (int i = 0; i < n; ++i) {
        const GEOSGeometry* tri = GEOSGetGeometryN_r(h, tris.get(), i);
        const GEOSGeometry* ring = GEOSGetExteriorRing_r(h, tri);
        const GEOSCoordSequence* seq = GEOSGeom_getCoordSeq_r(h, ring);
        glm::dvec2 v[4];
        unsigned size = 0;
        GEOSCoordSeq_getSize_r(h, seq, &size);
        if (size != 4) continue;
        GEOSCoordSeq_copyToBuffer_r(h, seq, &v[0].x, 0, 0);
        for (int k = 0; k < 3; ++k) {
            auto [it, inserted] = index.emplace(v[k], static_cast<uint32_t>(mesh.positions.size()));
            if (inserted) mesh.positions.push_back(v[k]);
            mesh.indices.push_back(it->second);
        }
    }
    return mesh;
}

}  // namespace geo
