#include "geo/projection.h"

#include "geo/proj_files.h"

#include <proj.h>
#include <glm/common.hpp>

#include <algorithm>
#include <cmath>
#include <limits>

namespace geo {

namespace {
constexpr const char* kWgs84 = "EPSG:4326";

// A CRS definition is a few kilobytes; PROJ's WKT and JSON parsers recurse once a nesting level,
// so a deeply nested one (150,000 levels fit in 300 KB) overflows the stack inside proj_create.
// Real definitions nest about ten levels deep.
constexpr size_t kMaxCrsTextBytes = 64 * 1024;
constexpr int kMaxCrsNesting = 64;

// The deepest bracket nesting of `text` outside quoted strings. Quotes follow JSON rules
// (backslash escapes) when `json`, else WKT rules (a quote inside a string is doubled).
int nestingDepth(const std::string& text, bool json) {
    int depth = 0, deepest = 0;
    bool inString = false;
    for (size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (inString) {
            if (json && c == '\\') {
                ++i;
            } else if (c == '"') {
                inString = false;
            }
        } else if (c == '"') {
            inString = true;
        } else if (c == '[' || c == '(' || c == '{') {
            deepest = std::max(deepest, ++depth);
        } else if (c == ']' || c == ')' || c == '}') {
            depth = std::max(0, depth - 1);
        }
    }
    return deepest;
}

// Why `text` must not reach PROJ, or "" when it may.
std::string refuseCrsText(const std::string& text) {
    if (text.size() > kMaxCrsTextBytes) {
        return std::to_string(text.size()) + " bytes, more than the " +
               std::to_string(kMaxCrsTextBytes / 1024) + " KB a CRS definition can need";
    }
    // Both readings, whichever parser PROJ picks: neither can then hide brackets in a string.
    const int depth = std::max(nestingDepth(text, true), nestingDepth(text, false));
    if (depth > kMaxCrsNesting) {
        return "nested " + std::to_string(depth) + " levels deep, more than the " +
               std::to_string(kMaxCrsNesting) + " a CRS definition can need";
    }
    return {};
}

std::string refusedFilesMessage(const std::vector<std::string>& refused) {
    return "PROJ was to read '" + refused.front() +
           "', which is not a regular file (a pipe, device or folder); grids and init files "
           "must be regular files";
}
}  // namespace

std::optional<ProjectionKind> parseProjectionKind(const std::string& name) {
    if (name == "lcc") return ProjectionKind::Lcc;
    if (name == "albers") return ProjectionKind::Albers;
    if (name == "mercator") return ProjectionKind::Mercator;
    if (name == "equirect") return ProjectionKind::Equirect;
    return std::nullopt;
}

const char* toString(ProjectionKind kind) {
    switch (kind) {
        case ProjectionKind::Lcc:
            return "lcc";
        case ProjectionKind::Albers:
            return "albers";
        case ProjectionKind::Mercator:
            return "mercator";
        case ProjectionKind::Equirect:
            return "equirect";
    }
    return "?";
}

std::string projDefinition(ProjectionKind kind) {
    // Standard parallels 35N and 55N bracket Central Asia and the Caucasus, so scale distortion
    // stays within about 2% over the region; lon_0=70 is the middle of Kazakhstan.
    switch (kind) {
        case ProjectionKind::Lcc:
            return "+proj=lcc +lat_1=35 +lat_2=55 +lat_0=45 +lon_0=70 +datum=WGS84 +units=m "
                   "+no_defs";
        case ProjectionKind::Albers:
            return "+proj=aea +lat_1=35 +lat_2=55 +lat_0=45 +lon_0=70 +datum=WGS84 +units=m "
                   "+no_defs";
        case ProjectionKind::Mercator:
            return "EPSG:3857";
        case ProjectionKind::Equirect:
            return "+proj=eqc +lat_ts=0 +lat_0=0 +lon_0=70 +datum=WGS84 +units=m +no_defs";
    }
    return {};
}

std::optional<Transform> Transform::create(const std::string& fromCrs, const std::string& toCrs,
                                           std::string* error) {
    pj_ctx* ctx = proj_context_create();
    proj_log_level(ctx, PJ_LOG_NONE);
    // Grid files are opened while the operation is built, and noted here; later opens (while
    // transforming) are still refused, just not noted.
    std::vector<std::string> refused;
    openOnlyRegularFiles(ctx, &refused);
    PJ* raw = proj_create_crs_to_crs(ctx, fromCrs.c_str(), toCrs.c_str(), nullptr);
    openOnlyRegularFiles(ctx, nullptr);
    if (!raw || !refused.empty()) {
        if (error)
            *error = !refused.empty() ? refusedFilesMessage(refused)
                                      : proj_context_errno_string(ctx, proj_context_errno(ctx));
        if (raw) proj_destroy(raw);
        proj_context_destroy(ctx);
        return std::nullopt;
    }
    // Lon/lat axis order whatever the CRS definition says (EPSG:4326 is lat-first).
    PJ* norm = proj_normalize_for_visualization(ctx, raw);
    proj_destroy(raw);
    if (!norm) {
        if (error) *error = proj_context_errno_string(ctx, proj_context_errno(ctx));
        proj_context_destroy(ctx);
        return std::nullopt;
    }
    return Transform(ctx, norm);
}

Transform::Transform(Transform&& other) noexcept : m_ctx(other.m_ctx), m_pj(other.m_pj) {
    other.m_ctx = nullptr;
    other.m_pj = nullptr;
}

Transform& Transform::operator=(Transform&& other) noexcept {
    if (this != &other) {
        release();
        m_ctx = other.m_ctx;
        m_pj = other.m_pj;
        other.m_ctx = nullptr;
        other.m_pj = nullptr;
    }
    return *this;
}

Transform::~Transform() {
    release();
}

void Transform::release() {
    if (m_pj) proj_destroy(m_pj);
    if (m_ctx) proj_context_destroy(m_ctx);
    m_pj = nullptr;
    m_ctx = nullptr;
}

glm::dvec2 Transform::forward(glm::dvec2 p) const {
    PJ_COORD c = proj_coord(p.x, p.y, 0, 0);
    PJ_COORD r = proj_trans(m_pj, PJ_FWD, c);
    return {r.xy.x, r.xy.y};
}

glm::dvec2 Transform::inverse(glm::dvec2 p) const {
    PJ_COORD c = proj_coord(p.x, p.y, 0, 0);
    PJ_COORD r = proj_trans(m_pj, PJ_INV, c);
    return {r.xy.x, r.xy.y};
}

void Transform::forward(std::vector<glm::dvec2>& points) const {
    if (points.empty()) return;
    double* xs = &points[0].x;
    double* ys = &points[0].y;
    const size_t stride = sizeof(glm::dvec2);
    proj_trans_generic(m_pj, PJ_FWD, xs, stride, points.size(), ys, stride, points.size(), nullptr,
                       0, 0, nullptr, 0, 0);
    for (auto& p : points) {
        if (p.x == HUGE_VAL || p.y == HUGE_VAL) p = {std::nan(""), std::nan("")};
    }
}

std::optional<Projection> Projection::create(ProjectionKind kind, std::string* error) {
    auto t = Transform::create(kWgs84, projDefinition(kind), error);
    if (!t) return std::nullopt;
    return Projection(kind, std::move(*t));
}

LonLat Projection::inverse(glm::dvec2 world) const {
    glm::dvec2 ll = m_transform.inverse(world);
    return {ll.x, ll.y};
}

void Projection::boundsOf(const LonLatBox& box, glm::dvec2* minWorld, glm::dvec2* maxWorld) const {
    constexpr int kSteps = 32;
    std::vector<glm::dvec2> pts;
    pts.reserve(4 * (kSteps + 1));
    for (int i = 0; i <= kSteps; ++i) {
        const double t = static_cast<double>(i) / kSteps;
        const double lon = box.lonMin + t * (box.lonMax - box.lonMin);
        const double lat = box.latMin + t * (box.latMax - box.latMin);
        pts.push_back({lon, box.latMin});
        pts.push_back({lon, box.latMax});
        pts.push_back({box.lonMin, lat});
        pts.push_back({box.lonMax, lat});
    }
    forward(pts);
    glm::dvec2 lo(std::numeric_limits<double>::max());
    glm::dvec2 hi(-std::numeric_limits<double>::max());
    for (const auto& p : pts) {
        if (std::isnan(p.x)) continue;
        lo = glm::min(lo, p);
        hi = glm::max(hi, p);
    }
    *minWorld = lo;
    *maxWorld = hi;
}

std::optional<Transform> transformToWgs84(const std::string& crsText, bool* isIdentity,
                                          std::string* error) {
    *isIdentity = false;
    const std::string refusal = refuseCrsText(crsText);
    if (!refusal.empty()) {
        if (error) *error = refusal + "; not read";
        return std::nullopt;
    }
    pj_ctx* ctx = proj_context_create();
    proj_log_level(ctx, PJ_LOG_NONE);
    std::vector<std::string> refused;  // outlives ctx
    openOnlyRegularFiles(ctx, &refused);
    PJ* src = proj_create(ctx, crsText.c_str());
    if (!src || !refused.empty()) {
        if (error)
            *error = !refused.empty() ? refusedFilesMessage(refused)
                                      : std::string("PROJ cannot read the CRS: ") +
                                            proj_context_errno_string(ctx, proj_context_errno(ctx));
        if (src) proj_destroy(src);
        proj_context_destroy(ctx);
        return std::nullopt;
    }
    PJ* wgs = proj_create(ctx, kWgs84);
    // Shapefiles in plain geographic WGS84 (most of them) need no transformation at all.
    const bool same = wgs && proj_is_equivalent_to_with_ctx(
                                 ctx, src, wgs, PJ_COMP_EQUIVALENT_EXCEPT_AXIS_ORDER_GEOGCRS);
    const PJ_TYPE type = proj_get_type(src);
    proj_destroy(wgs);
    proj_destroy(src);
    proj_context_destroy(ctx);
    if (same) {
        *isIdentity = true;
        return std::nullopt;
    }
    if (type == PJ_TYPE_UNKNOWN) {
        if (error) *error = "the .prj does not describe a coordinate reference system";
        return std::nullopt;
    }
    return Transform::create(crsText, kWgs84, error);
}

}  // namespace geo
