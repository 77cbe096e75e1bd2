#include "render/polygon_layer.h"
#include "render/vertex_layout.h"

#include <cstddef>

namespace render {

PolygonLayer::PolygonLayer()
    : m_vao(gl::makeVertexArray()),
      m_positions(gl::makeBuffer()),
      m_features(gl::makeBuffer()),
      m_indices(gl::makeBuffer()),
      m_edgeVao(gl::makeVertexArray()),
      m_edges(gl::makeBuffer()) {}

namespace {

void pointEdges(size_t base) {
    gl::setVertexLayout(sizeof(FillVertices::Edge),
                        {{0, 2, offsetof(FillVertices::Edge, p0)},
                         {1, 2, offsetof(FillVertices::Edge, p1)},
                         {2, 1, offsetof(FillVertices::Edge, left), gl::AttributeType::Uint},
                         {3, 1, offsetof(FillVertices::Edge, right), gl::AttributeType::Uint}},
                        gl::Rate::PerInstance, base);
}

}  // namespace

FillVertices fillVertices(const geo::Mesh& mesh, const std::vector<uint32_t>& vertexFeature,
                          glm::dvec2 originWorld, const std::vector<scene::FillEdge>& found) {
    FillVertices v;
    v.positions.reserve(mesh.positions.size());
    for (const auto& p : mesh.positions) v.positions.emplace_back(p - originWorld);
    std::vector<scene::FillEdge> own;
    if (found.empty() && !mesh.indices.empty()) own = scene::fillEdges(mesh, vertexFeature);
    v.edges.reserve(found.size() + own.size());
    for (const scene::FillEdge& e : found.empty() ? own : found)
        v.edges.push_back(
            {glm::vec2(e.a - originWorld), glm::vec2(e.b - originWorld), e.left, e.right});
    return v;
}

void PolygonLayer::upload(const geo::Mesh& mesh, const std::vector<uint32_t>& vertexFeature,
                          const FillVertices& vertices) {
    const std::vector<glm::vec2>& local = vertices.positions;

    glBindVertexArray(m_vao.id());
    glBindBuffer(GL_ARRAY_BUFFER, m_positions.id());
    glBufferData(GL_ARRAY_BUFFER, static_cast<GLsizeiptr>(local.size() * sizeof(glm::vec2)),
                 local.data(), GL_STATIC_DRAW);
    gl::setVertexLayout(sizeof(glm::vec2), {{0, 2, 0}});

    glBindBuffer(GL_ARRAY_BUFFER, m_features.id());
    glBufferData(GL_ARRAY_BUFFER, static_cast<GLsizeiptr>(vertexFeature.size() * sizeof(uint32_t)),
                 vertexFeature.data(), GL_STATIC_DRAW);
    gl::setVertexLayout(sizeof(uint32_t), {{1, 1, 0, gl::AttributeType::Uint}});

    glBindBuffer(GL_ELEMENT_ARRAY_BUFFER, m_indices.id());
    glBufferData(GL_ELEMENT_ARRAY_BUFFER,
                 static_cast<GLsizeiptr>(mesh.indices.size() * sizeof(uint32_t)),
                 mesh.indices.data(), GL_STATIC_DRAW);
    glBindVertexArray(0);
    m_indexCount = static_cast<GLsizei>(mesh.indices.size());

    m_triangleChunks = chunkBoxes(mesh.indices.size() / 3, [&mesh, &local](size_t t, auto visit) {
        for (size_t k = 0; k < 3; ++k) visit(local[mesh.indices[3 * t + k]]);
    });
    const std::vector<FillVertices::Edge>& edges = vertices.edges;
    m_edgeChunks = chunkBoxes(edges.size(), [&edges](size_t i, auto visit) {
        visit(edges[i].p0);
        visit(edges[i].p1);
    });
    glBindVertexArray(m_edgeVao.id());
    glBindBuffer(GL_ARRAY_BUFFER, m_edges.id());
    glBufferData(GL_ARRAY_BUFFER,
                 static_cast<GLsizeiptr>(edges.size() * sizeof(FillVertices::Edge)), edges.data(),
                 GL_STATIC_DRAW);
    pointEdges(0);
    glBindVertexArray(0);
    m_edgeCount = static_cast<GLsizei>(edges.size());
}

void PolygonLayer::drawEdges(const Program& program, const glm::mat4& mvp, glm::vec2 viewportPx,
                             const ViewBox* view) const {
    if (m_edgeCount == 0) return;
    program.use();
    program.set("u_mvp", mvp);
    program.set("u_viewportPx", viewportPx);
    program.set("u_featureColors", 0);
    m_colors.bind(GL_TEXTURE0);
    glBindVertexArray(m_edgeVao.id());
    glBindBuffer(GL_ARRAY_BUFFER, m_edges.id());
    const auto runs = visibleRuns(m_edgeChunks, static_cast<size_t>(m_edgeCount), view);
    const bool moved = runs.size() > 1 || (!runs.empty() && runs.front().first > 0);
    for (const auto& [first, count] : runs) {
        if (moved) pointEdges(first * sizeof(FillVertices::Edge));
        glDrawArraysInstanced(GL_TRIANGLE_STRIP, 0, 4, static_cast<GLsizei>(count));
    }
    if (moved) pointEdges(0);
    glBindVertexArray(0);
}

void PolygonLayer::draw(const Program& program, const glm::mat4& mvp, const ViewBox* view) const {
    if (m_indexCount == 0) return;
    program.use();
    program.set("u_mvp", mvp);
    program.set("u_featureColors", 0);
    m_colors.bind(GL_TEXTURE0);
    glBindVertexArray(m_vao.id());
    for (const auto& [first, count] :
         visibleRuns(m_triangleChunks, static_cast<size_t>(m_indexCount) / 3, view))
        glDrawElements(GL_TRIANGLES, static_cast<GLsizei>(3 * count), GL_UNSIGNED_INT,
                       reinterpret_cast<const void*>(3 * first * sizeof(uint32_t)));
    glBindVertexArray(0);
}

}  // namespace render
