// Polygon fills: one static mesh per layer, coloured per feature, and its outline edges, drawn as
// an antialiased rim so the fill itself needs no multisampling.
#pragma once

#include "geo/mesh.h"
#include "render/draw_ranges.h"
#include "render/feature_colors.h"
#include "render/gl_handles.h"
#include "render/shader.h"
#include "scene/polygon_edges.h"

#include <vector>

namespace render {

// A fill's vertex data in the form the GPU reads: positions as float relative to the map's
// origin (keeps precision on the GPU) and its outline edges, one instance each.
struct FillVertices {
    struct Edge {
        glm::vec2 p0, p1;
        uint32_t left, right;
    };
    std::vector<glm::vec2> positions;
    std::vector<Edge> edges;
};
// `edges`: the mesh's scene::fillEdges, as buildMap found them; when none are given (geometry
// made by hand) they are found here. Pure: no GL, so it can run on any thread.
FillVertices fillVertices(const geo::Mesh& mesh, const std::vector<uint32_t>& vertexFeature,
                          glm::dvec2 originWorld, const std::vector<scene::FillEdge>& edges = {});

class PolygonLayer {
public:
    PolygonLayer();
    void upload(const geo::Mesh& mesh, const std::vector<uint32_t>& vertexFeature,
                glm::dvec2 originWorld, const std::vector<scene::FillEdge>& edges = {}) {
        upload(mesh, vertexFeature, fillVertices(mesh, vertexFeature, originWorld, edges));
    }
    // With the vertices worked out beforehand (the mesh gives the indices).
    void upload(const geo::Mesh& mesh, const std::vector<uint32_t>& vertexFeature,
                const FillVertices& vertices);
    void setColors(const std::vector<scene::Rgba>& colors) { m_colors.upload(colors); }
    // `view` (draw_ranges.h): what the target shows, grown by a pixel or two; triangles and edges
    // whose chunks lie wholly outside are not drawn. nullptr: all are.
    void draw(const Program& program, const glm::mat4& mvp, const ViewBox* view = nullptr) const;
    // The rim: pixels the outline crosses, each given the mix of the features on either side
    // (polygon_edge shaders). Drawn before the fill, with a stencil test that lets each pixel be
    // written once and keeps the fill off those pixels (set up by the caller).
    void drawEdges(const Program& program, const glm::mat4& mvp, glm::vec2 viewportPx,
                   const ViewBox* view = nullptr) const;
    bool empty() const { return m_indexCount == 0; }
    size_t edgeCount() const { return static_cast<size_t>(m_edgeCount); }

private:
    // The GL context outlives these (the renderer is destroyed first).
    gl::VertexArrayHandle m_vao;
    gl::BufferHandle m_positions;
    gl::BufferHandle m_features;
    gl::BufferHandle m_indices;
    gl::VertexArrayHandle m_edgeVao;
    gl::BufferHandle m_edges;
    FeatureColors m_colors;
    std::vector<ChunkBox> m_triangleChunks, m_edgeChunks;  // draw_ranges.h
    GLsizei m_indexCount = 0;
    GLsizei m_edgeCount = 0;
};

}  // namespace render
