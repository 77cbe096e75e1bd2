// Map projections with PROJ: WGS84 lon/lat to the flat "map plane" the renderer draws in, and
// source CRSs (a shapefile's .prj) to WGS84. No GL, SDL or ImGui here.
//
// Coordinate spaces, in the order data flows through them:
//
//   source CRS (.prj: UTM, ...) --CrsTransform--> LonLat (degrees, WGS84, lon first)
//        --Projection::forward--> map plane (metres of the chosen projection, y up)
//        --scene::Camera--> pixels (...Px: origin top-left, y down, device pixels)
//
// Names carry their space when the type does not: `world` = map plane, `Px` = pixels.
#pragma once

#include "geo/types.h"

#include <memory>
#include <optional>
#include <string>
#include <vector>

struct pj_ctx;
struct PJconsts;

namespace geo {

enum class ProjectionKind { Lcc, Albers, Mercator, Equirect };

// "lcc", "albers", "mercator", "equirect" <-> kind. parse returns nullopt for unknown names.
std::optional<ProjectionKind> parseProjectionKind(const std::string& name);
const char* toString(ProjectionKind kind);
// The PROJ definition used for a kind (e.g. "+proj=lcc +lat_1=35 ..."), for tests and display.
std::string projDefinition(ProjectionKind kind);

// A PROJ transformation between two CRSs, always with lon/lat axis order for geographic CRSs.
// Move-only; owns its own PROJ context so separate instances may be used from separate threads.
class Transform {
public:
    // Builds a transform; on failure returns nullopt and sets *error to PROJ's message.
    static std::optional<Transform> create(const std::string& fromCrs, const std::string& toCrs,
                                           std::string* error);
    Transform(Transform&& other) noexcept;
    Transform& operator=(Transform&& other) noexcept;
    Transform(const Transform&) = delete;
    Transform& operator=(const Transform&) = delete;
    ~Transform();

    glm::dvec2 forward(glm::dvec2 p) const;
    glm::dvec2 inverse(glm::dvec2 p) const;
    // In place, in one PROJ call. Points that fail to transform become NaN.
    void forward(std::vector<glm::dvec2>& points) const;

private:
    Transform(pj_ctx* ctx, PJconsts* pj) : m_ctx(ctx), m_pj(pj) {}
    void release();
    pj_ctx* m_ctx = nullptr;
    PJconsts* m_pj = nullptr;
};

// WGS84 lon/lat -> map plane metres for one of the display projections.
class Projection {
public:
    static std::optional<Projection> create(ProjectionKind kind, std::string* error);

    ProjectionKind kind() const { return m_kind; }
    glm::dvec2 forward(LonLat p) const { return m_transform.forward({p.lon, p.lat}); }
    LonLat inverse(glm::dvec2 world) const;
    void forward(std::vector<glm::dvec2>& lonLatToWorld) const {
        m_transform.forward(lonLatToWorld);
    }

    // The map-plane bounding box of a lon/lat window, sampling its edges (edges of a lon/lat
    // box are curves in conic projections).
    void boundsOf(const LonLatBox& box, glm::dvec2* minWorld, glm::dvec2* maxWorld) const;

private:
    Projection(ProjectionKind kind, Transform t) : m_kind(kind), m_transform(std::move(t)) {}
    ProjectionKind m_kind;
    Transform m_transform;
};

// A source CRS (WKT from a .prj, or any PROJ string) -> WGS84 lon/lat. Returns nullopt when the
// CRS is already WGS84 geographic (no transformation needed) or on error (then *error is set).
// Text over 64 KB or nested more than 64 brackets deep is refused before PROJ sees it, and PROJ
// opens only regular files (a grid named by +nadgrids= that is a FIFO is an error), here and in
// Transform::create.
std::optional<Transform> transformToWgs84(const std::string& crsText, bool* isIdentity,
                                          std::string* error);

}  // namespace geo
