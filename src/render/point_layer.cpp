#include "render/point_layer.h"
#include "render/vertex_layout.h"

namespace render {

PointLayer::PointLayer()
    : m_vao(gl::makeVertexArray()), m_positions(gl::makeBuffer()), m_features(gl::makeBuffer()) {}

void PointLayer::upload(const std::vector<glm::dvec2>& points,
                        const std::vector<uint32_t>& pointFeature, glm::dvec2 originWorld) {
    std::vector<glm::vec2> local;
    local.reserve(points.size());
    for (const auto& p : points) local.emplace_back(p - originWorld);
    glBindVertexArray(m_vao.id());
    glBindBuffer(GL_ARRAY_BUFFER, m_positions.id());
    glBufferData(GL_ARRAY_BUFFER, static_cast<GLsizeiptr>(local.size() * sizeof(glm::vec2)),
                 local.data(), GL_STATIC_DRAW);
    gl::setVertexLayout(sizeof(glm::vec2), {{0, 2, 0}}, gl::Rate::PerInstance);
    glBindBuffer(GL_ARRAY_BUFFER, m_features.id());
    glBufferData(GL_ARRAY_BUFFER, static_cast<GLsizeiptr>(pointFeature.size() * sizeof(uint32_t)),
                 pointFeature.data(), GL_STATIC_DRAW);
    gl::setVertexLayout(sizeof(uint32_t), {{1, 1, 0, gl::AttributeType::Uint}},
                        gl::Rate::PerInstance);
    glBindVertexArray(0);
    m_count = static_cast<GLsizei>(points.size());
}

void PointLayer::draw(const Program& program, const PointDrawParams& p) const {
    if (m_count == 0) return;
    program.use();
    program.set("u_mvp", p.mvp);
    program.set("u_viewportPx", p.viewportPx);
    program.set("u_radiusPx", p.radiusPx);
    program.set("u_strokePx", p.strokePx);
    program.set("u_stroke", p.stroke);
    program.set("u_featureColors", 0);
    m_colors.bind(GL_TEXTURE0);
    glBindVertexArray(m_vao.id());
    glDrawArraysInstanced(GL_TRIANGLE_STRIP, 0, 4, m_count);
    glBindVertexArray(0);
}

}  // namespace render
