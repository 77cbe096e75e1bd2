// Investment arcs: every flow's curve in ONE instanced draw, shaped and animated in the shaders
// from per-arc attributes and time uniforms, so moving the time cursor rebuilds no buffer.
// Depends on scene's plain ArcInstance data and GL only; knows nothing about themes or data.
#pragma once

#include "render/gl_handles.h"
#include "render/shader.h"
#include "scene/timeline_geometry.h"

#include <glm/vec3.hpp>

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

namespace render {

struct ArcDrawParams {
    glm::mat4 mvp{1.0f};             // camera.clipFromLocal(originWorld passed to upload, viewport)
    glm::vec2 viewportPx{1.f, 1.f};  // size of the bound framebuffer in pixels
    float pixelsPerPoint = 1.f;      // widths are in points: a 2x export doubles them in pixels
    float year = 2025.f;             // fractional year: visibility and entry animation
    float timeSec = 0.f;             // animation phase (frame time, never a wall clock)
    int highlightFlow = -1;          // ArcInstance::flowIndex to emphasise, or -1
    bool highlightSet = false;       // emphasise arcs flagged kArcHighlighted, dim the rest
    float widthScale = 1.f;          // multiplies every arc's width
    float opacity = 1.f;             // whole layer
    glm::vec3 pulseColor{1.f};       // what pulses mix toward (Palette::flowPulse)
    glm::vec3 emphasisColor{1.f};    // what emphasis mixes toward (Palette::flowEmphasis)
    // The instances drawn: [firstInstance, firstInstance + instanceCount), within the buffer.
    // Aggregated flows upload one run of arcs per time slot and draw the year's run.
    size_t firstInstance = 0;
    size_t instanceCount = SIZE_MAX;
};

class ArcLayer {
public:
    // Curve segments per arc: each instance is a strip of 2 * (kSegments + 1) vertices.
    static constexpr int kSegments = 32;

    // Compiles the arc program; nullptr with *error naming the program and its log on failure.
    // The GL context must outlive the layer.
    static std::unique_ptr<ArcLayer> create(std::string* error);

    // Replaces the instance buffer (positions relative to `originWorld`, as floats). Called once
    // per data set and projection, never per frame.
    void upload(const std::vector<scene::ArcInstance>& arcs, glm::dvec2 originWorld);

    // Draws the arcs (params' instance range) into the bound framebuffer (premultiplied alpha
    // blending, set here) with exactly one draw call. Returns the number of GL draw calls
    // issued (0 or 1).
    int draw(const ArcDrawParams& params) const;

    size_t size() const { return static_cast<size_t>(m_count); }
    // How many times upload() filled the buffer (tests: time changes must not re-upload).
    int uploadCount() const { return m_uploadCount; }

private:
    ArcLayer() = default;
    // The GL context outlives these (the owner destroys the layer first).
    std::unique_ptr<Program> m_program;
    gl::VertexArrayHandle m_vao;
    gl::BufferHandle m_instances;
    GLsizei m_count = 0;
    int m_uploadCount = 0;
    // The instance the attributes point at: moved (VAO state, no upload) to draw another range.
    mutable size_t m_pointedAt = 0;
};

}  // namespace render
