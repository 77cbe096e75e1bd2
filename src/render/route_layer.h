// The Middle Corridor: every route piece as an instanced capsule, styled by mode and status,
// growing in its opening year and carrying animated cargo particles, all from uniforms.
// Depends on scene's plain RouteSegmentGeometry and GL only; the caller picks colours (theme).
#pragma once

#include "render/gl_handles.h"
#include "render/shader.h"
#include "scene/timeline_geometry.h"

#include <memory>
#include <string>
#include <vector>

namespace render {

struct RouteDrawParams {
    glm::mat4 mvp{1.0f};             // camera.clipFromLocal(originWorld passed to upload, viewport)
    glm::vec2 viewportPx{1.f, 1.f};  // size of the bound framebuffer in pixels
    float pixelsPerPoint = 1.f;
    float year = 2025.f;      // fractional year: opening growth and upgrades
    float timeSec = 0.f;      // animation phase of the cargo particles
    float flowDensity = 0.f;  // 0..1, the year's cargo volume on the caller's scale
    // Straight-alpha colours from the theme's palette (routeStyleFor); none until set.
    glm::vec4 railColor{0.f};
    glm::vec4 seaColor{0.f};
    glm::vec4 roadColor{0.f};
    glm::vec4 casingColor{0.f};  // halo under the lines; alpha 0 = none
    glm::vec4 particleColor{0.f};
    // Widths in points (road is the thinnest, rail the heaviest; upgrades multiply).
    float railWidthPt = 3.4f;
    float seaWidthPt = 2.4f;
    float roadWidthPt = 1.8f;
    float casingWidthPt = 1.2f;  // on each side
    float upgradeFactor = 1.45f;
    float opacity = 1.f;
};

class RouteLayer {
public:
    // Compiles the route program; nullptr with *error naming the program and its log on
    // failure. The GL context must outlive the layer.
    static std::unique_ptr<RouteLayer> create(std::string* error);

    // Replaces the instance buffer: one piece per path edge, positions relative to
    // `originWorld`. Once per data set and projection, never per frame.
    void upload(const std::vector<scene::RouteSegmentGeometry>& route, glm::dvec2 originWorld);

    // Draws every piece into the bound framebuffer (premultiplied alpha, set here) with one draw
    // call. Returns the number of GL draw calls issued (0 or 1).
    int draw(const RouteDrawParams& params) const;

    size_t pieceCount() const { return static_cast<size_t>(m_count); }
    int uploadCount() const { return m_uploadCount; }

private:
    RouteLayer() = default;
    // The GL context outlives these (the owner destroys the layer first).
    std::unique_ptr<Program> m_program;
    gl::VertexArrayHandle m_vao;
    gl::BufferHandle m_instances;
    GLsizei m_count = 0;
    int m_uploadCount = 0;
};

}  // namespace render
