#include "render/arc_layer.h"
#include "render/vertex_layout.h"

#include <algorithm>
#include <cmath>
#include <cstddef>

namespace render {

namespace {

// One arc as the vertex shader reads it (attribute locations 0..7).
struct ArcGpu {
    glm::vec2 origin;  // map plane relative to the layer origin
    glm::vec2 dest;
    glm::vec4 color;  // straight alpha
    float widthPt;
    float yearStart;
    float yearEnd;
    float bend;
    uint32_t flags;
    uint32_t flowIndex;
};

// Infinite years become large finite ones: GLSL comparisons with inf are not reliable everywhere.
float finiteYear(float y) {
    return std::clamp(y, -1e6f, 1e6f);
}

// The attributes of the bound VAO, from instance `first` of the bound buffer on.
void pointAttributes(size_t first) {
    gl::setVertexLayout(sizeof(ArcGpu),
                        {{0, 2, offsetof(ArcGpu, origin)},
                         {1, 2, offsetof(ArcGpu, dest)},
                         {2, 4, offsetof(ArcGpu, color)},
                         {3, 1, offsetof(ArcGpu, widthPt)},
                         {4, 3, offsetof(ArcGpu, yearStart)},  // yearStart, yearEnd, bend
                         {5, 1, offsetof(ArcGpu, flags), gl::AttributeType::Uint},
                         {6, 1, offsetof(ArcGpu, flowIndex), gl::AttributeType::Uint}},
                        gl::Rate::PerInstance, first * sizeof(ArcGpu));
}

}  // namespace

std::unique_ptr<ArcLayer> ArcLayer::create(std::string* error) {
    std::string err;
    auto program = std::make_unique<Program>("arc", "arc.vert", "arc.frag", &err);
    if (!program->valid()) {
        if (error) *error = err;
        return nullptr;
    }
    std::unique_ptr<ArcLayer> layer(new ArcLayer());
    layer->m_program = std::move(program);
    layer->m_vao = gl::makeVertexArray();
    layer->m_instances = gl::makeBuffer();
    glBindVertexArray(layer->m_vao.id());
    glBindBuffer(GL_ARRAY_BUFFER, layer->m_instances.id());
    pointAttributes(0);
    glBindVertexArray(0);
    return layer;
}

void ArcLayer::upload(const std::vector<scene::ArcInstance>& arcs, glm::dvec2 originWorld) {
    std::vector<ArcGpu> gpu;
    gpu.reserve(arcs.size());
    for (const auto& a : arcs) {
        ArcGpu g{};
        g.origin = glm::vec2(a.originWorld - originWorld);
        g.dest = glm::vec2(a.destWorld - originWorld);
        g.color = {a.color.r, a.color.g, a.color.b, a.color.a};
        g.widthPt = std::max(a.widthPt, 0.f);
        g.yearStart = finiteYear(a.yearStart);
        g.yearEnd = finiteYear(a.yearEnd);
        g.bend = std::isfinite(a.bend) ? a.bend : 0.f;
        g.flags = a.flags;
        g.flowIndex = a.flowIndex;
        gpu.push_back(g);
    }
    glBindBuffer(GL_ARRAY_BUFFER, m_instances.id());
    glBufferData(GL_ARRAY_BUFFER, static_cast<GLsizeiptr>(gpu.size() * sizeof(ArcGpu)), gpu.data(),
                 GL_STATIC_DRAW);
    glBindBuffer(GL_ARRAY_BUFFER, 0);
    m_count = static_cast<GLsizei>(gpu.size());
    ++m_uploadCount;
}

int ArcLayer::draw(const ArcDrawParams& p) const {
    const size_t first = std::min(p.firstInstance, size());
    const size_t count = std::min(p.instanceCount, size() - first);
    if (count == 0) return 0;
    glEnable(GL_BLEND);
    glBlendEquation(GL_FUNC_ADD);
    glBlendFunc(GL_ONE, GL_ONE_MINUS_SRC_ALPHA);  // premultiplied alpha
    glDisable(GL_DEPTH_TEST);
    glDisable(GL_CULL_FACE);
    m_program->use();
    m_program->set("u_mvp", p.mvp);
    m_program->set("u_viewportPx", p.viewportPx);
    m_program->set("u_pixelsPerPoint", p.pixelsPerPoint);
    m_program->set("u_year", p.year);
    m_program->set("u_timeSec", p.timeSec);
    m_program->set("u_highlightFlow", p.highlightFlow);
    m_program->set("u_highlightSet", p.highlightSet ? 1 : 0);
    m_program->set("u_widthScale", p.widthScale);
    m_program->set("u_opacity", p.opacity);
    m_program->set("u_pulseColor", p.pulseColor);
    m_program->set("u_emphasisColor", p.emphasisColor);
    m_program->set("u_growYears", scene::kArcGrowYears);
    m_program->set("u_segments", kSegments);
    glBindVertexArray(m_vao.id());
    if (first != m_pointedAt) {
        glBindBuffer(GL_ARRAY_BUFFER, m_instances.id());
        pointAttributes(first);
        glBindBuffer(GL_ARRAY_BUFFER, 0);
        m_pointedAt = first;
    }
    glDrawArraysInstanced(GL_TRIANGLE_STRIP, 0, 2 * (kSegments + 1), static_cast<GLsizei>(count));
    glBindVertexArray(0);
    return 1;
}

}  // namespace render
