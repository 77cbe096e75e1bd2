// Round point markers: one instanced draw per layer, sizes in pixels from points.
#pragma once

#include "render/feature_colors.h"
#include "render/gl_handles.h"
#include "render/shader.h"

#include <vector>

namespace render {

struct PointDrawParams {
    glm::mat4 mvp{1.0f};
    glm::vec2 viewportPx{1.f, 1.f};
    float radiusPx = 2.f;
    float strokePx = 0.f;
    glm::vec4 stroke{0.f};
};

class PointLayer {
public:
    PointLayer();
    void upload(const std::vector<glm::dvec2>& points, const std::vector<uint32_t>& pointFeature,
                glm::dvec2 originWorld);
    void setColors(const std::vector<scene::Rgba>& colors) { m_colors.upload(colors); }
    void draw(const Program& program, const PointDrawParams& params) const;
    bool empty() const { return m_count == 0; }

private:
    // The GL context outlives these (the renderer is destroyed first).
    gl::VertexArrayHandle m_vao;
    gl::BufferHandle m_positions;
    gl::BufferHandle m_features;
    FeatureColors m_colors;
    GLsizei m_count = 0;
};

}  // namespace render
