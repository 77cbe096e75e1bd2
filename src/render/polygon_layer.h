// Polygon fills: one static mesh per layer, coloured per feature.
#pragma once

#include "geo/mesh.h"
#include "render/feature_colors.h"
#include "render/gl_handles.h"
#include "render/shader.h"

#include <vector>

namespace render {

class PolygonLayer {
public:
    PolygonLayer();
    // Positions are stored as float relative to `originWorld` (keeps precision on the GPU).
    void upload(const geo::Mesh& mesh, const std::vector<uint32_t>& vertexFeature,
                glm::dvec2 originWorld);
    void setColors(const std::vector<scene::Rgba>& colors) { m_colors.upload(colors); }
    void draw(const Program& program, const glm::mat4& mvp) const;
    bool empty() const { return m_indexCount == 0; }

private:
    // The GL context outlives these (the renderer is destroyed first).
    gl::VertexArrayHandle m_vao;
    gl::BufferHandle m_positions;
    gl::BufferHandle m_features;
    gl::BufferHandle m_indices;
    FeatureColors m_colors;
    GLsizei m_indexCount = 0;
};

}  // namespace render
