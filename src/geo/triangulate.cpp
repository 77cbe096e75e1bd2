#include "geo/triangulate.h"

#include <glm/common.hpp>

#include <unordered_map>

namespace geo {

namespace {

struct PointHash {
    size_t operator()(const glm::dvec2& p) const {
        const std::hash<double> h;
        return h(p.x) * 1000003u ^ h(p.y);
    }
};

// Constrained Delaunay triangulation in GEOS grows faster than linearly with the vertex count,
// so large polygons (Russia, Kazakhstan) are cut into pieces of at most this many vertices
// first: the pieces together cover exactly the same area, at a fraction of the time.
constexpr size_t kMaxPieceVertices = 1500;

size_t vertexCount(const Polygon& p) {
    size_t n = p.outer.size();
    for (const auto& hole : p.holes) n += hole.size();
    return n;
}

Mesh triangulatePiece(GeosContext& ctx, const Polygon& polygon, std::string* error);

// Halves the polygon across the longer side of its bounding box until the pieces are small.
void triangulateSplit(GeosContext& ctx, const Polygon& polygon, int depth, Mesh* out,
                      std::string* error) {
    if (vertexCount(polygon) <= kMaxPieceVertices || depth >= 12) {
        out->append(triangulatePiece(ctx, polygon, error));
        return;
    }
    glm::dvec2 lo(1e300), hi(-1e300);
    for (const auto& v : polygon.outer) {
        lo = glm::min(lo, v);
        hi = glm::max(hi, v);
    }
    GEOSContextHandle_t h = ctx.handle();
    GeomPtr g = toGeos(ctx, polygon);
    if (!g || !(hi.x > lo.x) || !(hi.y > lo.y)) {
        out->append(triangulatePiece(ctx, polygon, error));
        return;
    }
    const bool splitX = hi.x - lo.x >= hi.y - lo.y;
    const double mid = splitX ? 0.5 * (lo.x + hi.x) : 0.5 * (lo.y + hi.y);
    const double halves[2][4] = {{lo.x, lo.y, splitX ? mid : hi.x, splitX ? hi.y : mid},
                                 {splitX ? mid : lo.x, splitX ? lo.y : mid, hi.x, hi.y}};
    for (const auto& r : halves) {
        GeomPtr piece(h, GEOSClipByRect_r(h, g.get(), r[0], r[1], r[2], r[3]));
        if (!piece) {
            // Clipping failed: triangulate the whole polygon the slow way instead.
            if (error) error->clear();
            Mesh whole = triangulatePiece(ctx, polygon, error);
            *out = Mesh{};
            out->append(whole);
            return;
        }
        std::vector<Polygon> parts;
        collectPolygons(ctx, piece.get(), &parts);
        for (const auto& part : parts) triangulateSplit(ctx, part, depth + 1, out, error);
    }
}

Mesh triangulatePiece(GeosContext& ctx, const Polygon& polygon, std::string* error) {
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

}  // namespace

Mesh triangulate(GeosContext& ctx, const Polygon& polygon, std::string* error) {
    if (vertexCount(polygon) <= kMaxPieceVertices) return triangulatePiece(ctx, polygon, error);
    Mesh mesh;
    triangulateSplit(ctx, polygon, 0, &mesh, error);
    return mesh;
}

}  // namespace geo
