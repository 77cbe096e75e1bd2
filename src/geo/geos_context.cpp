#include "geo/geos_context.h"

namespace geo {

GeosContext::GeosContext() : m_handle(GEOS_init_r()) {
    GEOSContext_setErrorMessageHandler_r(m_handle, &GeosContext::onError, this);
    GEOSContext_setNoticeMessageHandler_r(m_handle, nullptr, nullptr);
}

GeosContext::~GeosContext() {
    GEOS_finish_r(m_handle);
}

void GeosContext::onError(const char* message, void* userdata) {
    static_cast<GeosContext*>(userdata)->m_lastError = message ? message : "unknown GEOS error";
}

std::string GeosContext::takeError() {
    std::string e;
    e.swap(m_lastError);
    return e;
}

GeomPtr& GeomPtr::operator=(GeomPtr&& o) noexcept {
    if (this != &o) {
        reset();
        m_ctx = o.m_ctx;
        m_geom = o.m_geom;
        o.m_geom = nullptr;
    }
    return *this;
}

GEOSGeometry* GeomPtr::release() {
    GEOSGeometry* g = m_geom;
    m_geom = nullptr;
    return g;
}

void GeomPtr::reset() {
    if (m_geom) GEOSGeom_destroy_r(m_ctx, m_geom);
    m_geom = nullptr;
}

namespace {

GEOSCoordSequence* toSequence(GEOSContextHandle_t h, const Path& path) {
    // glm::dvec2 is two packed doubles, exactly the XY buffer GEOS expects.
    return GEOSCoordSeq_copyFromBuffer_r(h, &path[0].x, static_cast<unsigned>(path.size()), 0, 0);
}

Path fromSequence(GEOSContextHandle_t h, const GEOSCoordSequence* seq) {
    unsigned n = 0;
    GEOSCoordSeq_getSize_r(h, seq, &n);
    Path path(n);
    if (n > 0) GEOSCoordSeq_copyToBuffer_r(h, seq, &path[0].x, 0, 0);
    return path;
}

Path ringPath(GEOSContextHandle_t h, const GEOSGeometry* ring) {
    return fromSequence(h, GEOSGeom_getCoordSeq_r(h, ring));
}

}  // namespace

GeomPtr toGeos(GeosContext& ctx, const Polygon& polygon) {
    GEOSContextHandle_t h = ctx.handle();
    if (polygon.outer.size() < 4) return {};
    GEOSGeometry* shell = GEOSGeom_createLinearRing_r(h, toSequence(h, polygon.outer));
    if (!shell) return {};
    std::vector<GEOSGeometry*> holes;
    for (const auto& hole : polygon.holes) {
        if (hole.size() < 4) continue;
        if (GEOSGeometry* r = GEOSGeom_createLinearRing_r(h, toSequence(h, hole)))
            holes.push_back(r);
    }
    GEOSGeometry* g = GEOSGeom_createPolygon_r(h, shell, holes.empty() ? nullptr : holes.data(),
                                               static_cast<unsigned>(holes.size()));
    return GeomPtr(h, g);
}

GeomPtr toGeos(GeosContext& ctx, const Path& line) {
    GEOSContextHandle_t h = ctx.handle();
    if (line.size() < 2) return {};
    return GeomPtr(h, GEOSGeom_createLineString_r(h, toSequence(h, line)));
}

void collectPolygons(GeosContext& ctx, const GEOSGeometry* g, std::vector<Polygon>* out) {
    GEOSContextHandle_t h = ctx.handle();
    const int type = GEOSGeomTypeId_r(h, g);
    if (type == GEOS_POLYGON) {
        if (GEOSisEmpty_r(h, g)) return;
        Polygon p;
        p.outer = ringPath(h, GEOSGetExteriorRing_r(h, g));
        const int nHoles = GEOSGetNumInteriorRings_r(h, g);
        for (int i = 0; i < nHoles; ++i)
            p.holes.push_back(ringPath(h, GEOSGetInteriorRingN_r(h, g, i)));
        out->push_back(std::move(p));
    } else if (type == GEOS_MULTIPOLYGON || type == GEOS_GEOMETRYCOLLECTION) {
        const int n = GEOSGetNumGeometries_r(h, g);
        for (int i = 0; i < n; ++i) collectPolygons(ctx, GEOSGetGeometryN_r(h, g, i), out);
    }
}

void collectLines(GeosContext& ctx, const GEOSGeometry* g, std::vector<Path>* out) {
    GEOSContextHandle_t h = ctx.handle();
    const int type = GEOSGeomTypeId_r(h, g);
    if (type == GEOS_LINESTRING || type == GEOS_LINEARRING) {
        Path p = fromSequence(h, GEOSGeom_getCoordSeq_r(h, g));
        if (p.size() >= 2) out->push_back(std::move(p));
    } else if (type == GEOS_MULTILINESTRING || type == GEOS_GEOMETRYCOLLECTION) {
        const int n = GEOSGetNumGeometries_r(h, g);
        for (int i = 0; i < n; ++i) collectLines(ctx, GEOSGetGeometryN_r(h, g, i), out);
    }
}

}  // namespace geo
