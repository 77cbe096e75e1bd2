// RAII ownership for the GEOS C API (reentrant "_r" functions): a context per thread and
// owning geometry pointers, plus conversions between GEOS geometries and geo:: paths.
// No GL, SDL or ImGui here.
#pragma once

#include "geo/types.h"

#include <geos_c.h>

#include <memory>
#include <string>
#include <vector>

namespace geo {

// One GEOS context. Not shareable between threads; create one per worker thread.
class GeosContext {
public:
    GeosContext();
    ~GeosContext();
    GeosContext(const GeosContext&) = delete;
    GeosContext& operator=(const GeosContext&) = delete;

    GEOSContextHandle_t handle() const { return m_handle; }
    // The last error GEOS reported through this context ("" if none); reading clears it.
    std::string takeError();

private:
    static void onError(const char* message, void* userdata);
    GEOSContextHandle_t m_handle = nullptr;
    std::string m_lastError;
};

// Owns one GEOSGeometry; destroyed with the context that made it (which must outlive it).
class GeomPtr {
public:
    GeomPtr() = default;
    GeomPtr(GEOSContextHandle_t ctx, GEOSGeometry* g) : m_ctx(ctx), m_geom(g) {}
    GeomPtr(GeomPtr&& o) noexcept : m_ctx(o.m_ctx), m_geom(o.m_geom) { o.m_geom = nullptr; }
    GeomPtr& operator=(GeomPtr&& o) noexcept;
    GeomPtr(const GeomPtr&) = delete;
    GeomPtr& operator=(const GeomPtr&) = delete;
    ~GeomPtr() { reset(); }

    GEOSGeometry* get() const { return m_geom; }
    explicit operator bool() const { return m_geom != nullptr; }
    GEOSGeometry* release();
    void reset();

private:
    GEOSContextHandle_t m_ctx = nullptr;
    GEOSGeometry* m_geom = nullptr;
};

// geo:: values -> GEOS. Return an empty GeomPtr when GEOS refuses the input.
GeomPtr toGeos(GeosContext& ctx, const Polygon& polygon);
GeomPtr toGeos(GeosContext& ctx, const Path& line);

// GEOS -> geo:: values. Collects every (multi)polygon or (multi)linestring inside `g`, including
// inside geometry collections; parts of other dimensions are ignored.
void collectPolygons(GeosContext& ctx, const GEOSGeometry* g, std::vector<Polygon>* out);
void collectLines(GeosContext& ctx, const GEOSGeometry* g, std::vector<Path>* out);

}  // namespace geo
