// Route nodes (port, border crossing, dry port, city/hub) as outlined distance-field glyphs and
// destination markers whose area follows the amount arriving there, looked up per year on the
// GPU. Depends on scene's plain RouteNode and DestinationMarker data and GL only.
#pragma once

#include "render/gl_handles.h"
#include "render/shader.h"
#include "scene/timeline_geometry.h"

#include <memory>
#include <string>
#include <vector>

namespace render {

struct MarkerDrawParams {
    glm::mat4 mvp{1.0f};             // camera.clipFromLocal(originWorld passed to upload, viewport)
    glm::vec2 viewportPx{1.f, 1.f};  // size of the bound framebuffer in pixels
    float pixelsPerPoint = 1.f;
    float year = 2025.f;  // nodes appear from yearFirstOpen; destination sizes are sampled here
    // Straight-alpha colours from the theme's palette (markerStyleFor); none until set.
    glm::vec4 nodeFill{0.f};
    glm::vec4 nodeStroke{0.f};
    glm::vec4 destFill{0.f};
    glm::vec4 destStroke{0.f};
    float nodeSizePt = 7.f;  // diameter of a city; other kinds are sized to match visually
    float nodeStrokePt = 1.2f;
    float destMaxRadiusPt = 24.f;  // radius at maxAmountUsd (area proportional to the amount)
    float destMinRadiusPt = 1.5f;  // floor for tiny non-zero amounts, so they stay visible
    float destStrokePt = 1.f;
    int highlightNode = -1;    // index into the uploaded nodes, or -1
    int highlightMarker = -1;  // index into the uploaded destination markers, or -1
    float opacity = 1.f;
};

class MarkerLayer {
public:
    // Compiles the marker program; nullptr with *error naming the program and its log on failure.
    // The GL context must outlive the layer.
    static std::unique_ptr<MarkerLayer> create(std::string* error);

    // Replaces the node buffer, the marker buffer and the R32F amount table (one row of
    // scene::kMarkerSamples per marker, as a share of maxAmountUsd). Markers beyond the
    // driver's maximum texture height are dropped. Once per data set and projection.
    void upload(const std::vector<scene::RouteNode>& nodes,
                const std::vector<scene::DestinationMarker>& markers, double maxAmountUsd,
                glm::dvec2 originWorld);

    // Draws destination markers, then nodes over them (premultiplied alpha, set here): one
    // instanced draw per kind. Returns the number of GL draw calls issued (0..2).
    int draw(const MarkerDrawParams& params) const;

    int uploadCount() const { return m_uploadCount; }

private:
    MarkerLayer() = default;
    // The GL context outlives these (the owner destroys the layer first).
    std::unique_ptr<Program> m_program;  // one program, u_kind picks nodes or destinations
    gl::VertexArrayHandle m_nodeVao, m_destVao;
    gl::BufferHandle m_nodeBuffer, m_destBuffer;
    gl::TextureHandle m_amounts;
    GLsizei m_nodeCount = 0, m_destCount = 0;
    int m_uploadCount = 0;
};

}  // namespace render
