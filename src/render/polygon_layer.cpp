#include "render/polygon_layer.h"

namespace render {

PolygonLayer::PolygonLayer()
    : m_vao(gl::makeVertexArray()),
      m_positions(gl::makeBuffer()),
      m_features(gl::makeBuffer()),
      m_indices(gl::makeBuffer()) {}

void PolygonLayer::upload(const geo::Mesh& mesh, const std::vector<uint32_t>& vertexFeature,
                          glm::dvec2 originWorld) {
    std::vector<glm::vec2> local;
    local.reserve(mesh.positions.size());
    for (const auto& p : mesh.positions) local.emplace_back(p - originWorld);

    glBindVertexArray(m_vao.id());
    glBindBuffer(GL_ARRAY_BUFFER, m_positions.id());
    glBufferData(GL_ARRAY_BUFFER, static_cast<GLsizeiptr>(local.size() * sizeof(glm::vec2)),
                 local.data(), GL_STATIC_DRAW);
    glEnableVertexAttribArray(0);
    glVertexAttribPointer(0, 2, GL_FLOAT, GL_FALSE, sizeof(glm::vec2), nullptr);

    glBindBuffer(GL_ARRAY_BUFFER, m_features.id());
    glBufferData(GL_ARRAY_BUFFER, static_cast<GLsizeiptr>(vertexFeature.size() * sizeof(uint32_t)),
                 vertexFeature.data(), GL_STATIC_DRAW);
    glEnableVertexAttribArray(1);
    glVertexAttribIPointer(1, 1, GL_UNSIGNED_INT, sizeof(uint32_t), nullptr);

    glBindBuffer(GL_ELEMENT_ARRAY_BUFFER, m_indices.id());
    glBufferData(GL_ELEMENT_ARRAY_BUFFER,
                 static_cast<GLsizeiptr>(mesh.indices.size() * sizeof(uint32_t)),
                 mesh.indices.data(), GL_STATIC_DRAW);
    glBindVertexArray(0);
    m_indexCount = static_cast<GLsizei>(mesh.indices.size());
}

void PolygonLayer::draw(const Program& program, const glm::mat4& mvp) const {
    if (m_indexCount == 0) return;
    program.use();
    program.set("u_mvp", mvp);
    program.set("u_featureColors", 0);
    m_colors.bind(GL_TEXTURE0);
    glBindVertexArray(m_vao.id());
    glDrawElements(GL_TRIANGLES, m_indexCount, GL_UNSIGNED_INT, nullptr);
    glBindVertexArray(0);
}

}  // namespace render
