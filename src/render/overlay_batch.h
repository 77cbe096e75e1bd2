// Screen-space 2D shapes for overlays (legend, scale bar): rounded rectangles, line segments with
// dashes, circles and diamonds, anti-aliased from a distance field per shape, queued and drawn in
// one draw call. Knows nothing of maps or legends.
#pragma once

#include "render/gl_handles.h"
#include "render/overlay_record.h"
#include "render/shader.h"
#include "scene/color.h"

#include <glm/vec2.hpp>

#include <memory>
#include <string>
#include <vector>

namespace render {

class OverlayBatch {
public:
    // Builds the program and buffers; needs a current GL context that outlives the batch.
    // nullptr with *error (the shader log) on failure.
    static std::unique_ptr<OverlayBatch> create(std::string* error);
    OverlayBatch(const OverlayBatch&) = delete;
    OverlayBatch& operator=(const OverlayBatch&) = delete;

    // All positions in device pixels, origin top-left, y down.
    void addRoundedRect(glm::vec2 minPx, glm::vec2 maxPx, float cornerRadiusPx,
                        const ShapeStyle& style);
    void addCircle(glm::vec2 centerPx, float radiusPx, const ShapeStyle& style);
    // A square standing on its corner, halfDiagonalPx from its centre to each corner.
    void addDiamond(glm::vec2 centerPx, float halfDiagonalPx, const ShapeStyle& style);
    void addLine(glm::vec2 fromPx, glm::vec2 toPx, float widthPx, const scene::Rgba& color,
                 LineCap cap = LineCap::Butt, const DashPattern& dash = {}, float hatchPx = 0.f);

    // Draws everything queued into the bound framebuffer (viewport 0,0..viewportPx,
    // premultiplied alpha blending) in one draw call, in the order queued, and clears the queue.
    void flush(glm::vec2 viewportPx);

    int lastDrawCalls() const { return m_lastDrawCalls; }

private:
    OverlayBatch() = default;

    struct Vertex {
        float x, y;            // device px
        float localX, localY;  // px in the shape's frame (centre; for lines: along, across)
        float shape[4];        // kind, then per-kind sizes (see overlay.frag)
        float style[4];        // outline width, dash, gap, hatch period
        float fill[4];         // premultiplied
        float outline[4];      // premultiplied
        float dashOffset;
    };
    // A quad covering the shape: centre, axis along x (unit), half extents along x and y.
    void addQuad(glm::vec2 centerPx, glm::vec2 axis, glm::vec2 halfExtentPx, const Vertex& proto);

    // The GL context outlives these (the batch is destroyed before it).
    std::unique_ptr<Program> m_program;
    gl::VertexArrayHandle m_vao;
    gl::BufferHandle m_vbo;
    std::vector<Vertex> m_vertices;
    int m_lastDrawCalls = 0;
};

}  // namespace render
