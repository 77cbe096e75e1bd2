#include "render/route_layer.h"
#include "render/vertex_layout.h"

#include <algorithm>
#include <cmath>
#include <cstddef>

namespace render {

namespace {

// One edge of a route path as the vertex shader reads it. Joins: each piece owns the fragments
// between the bisector planes at its two ends (normals j0, j1; zero = a route end, capped
// round), so the pieces of one path tile it without overlapping, and translucent (planned,
// dashed) routes blend exactly once per pixel without a separate coverage pass.
struct PieceGpu {
    glm::vec2 p0;
    glm::vec2 p1;
    glm::vec2 j0;
    glm::vec2 j1;
    float along0;  // 0..1 within the route segment
    float along1;
    float lengthWorld;
    float yearOpen;
    float yearUpgraded;
    float yearClosed;  // exclusive
    uint32_t mode;     // data::TransportMode
    uint32_t status;   // data::SegmentStatus
    uint32_t flags;    // kPieceCarriesVolume
};

// The piece's segment is one the yearly TITR volume measures: it carries the cargo particles.
constexpr uint32_t kPieceCarriesVolume = 1u;

float finiteYear(float y) {
    return std::clamp(y, -1e6f, 1e6f);
}

glm::vec2 bisector(glm::dvec2 a, glm::dvec2 b) {
    const glm::dvec2 s = a + b;
    const double l = std::hypot(s.x, s.y);
    return l > 1e-6 ? glm::vec2(s / l) : glm::vec2(0.f);  // a U-turn: overlap rather than a gap
}

}  // namespace

std::unique_ptr<RouteLayer> RouteLayer::create(std::string* error) {
    std::string err;
    auto program = std::make_unique<Program>("route", "route.vert", "route.frag", &err);
    if (!program->valid()) {
        if (error) *error = err;
        return nullptr;
    }
    std::unique_ptr<RouteLayer> layer(new RouteLayer());
    layer->m_program = std::move(program);
    layer->m_vao = gl::makeVertexArray();
    layer->m_instances = gl::makeBuffer();
    glBindVertexArray(layer->m_vao.id());
    glBindBuffer(GL_ARRAY_BUFFER, layer->m_instances.id());
    gl::setVertexLayout(
        sizeof(PieceGpu),
        {{0, 4, offsetof(PieceGpu, p0)},        // p0, p1
         {1, 4, offsetof(PieceGpu, j0)},        // j0, j1
         {2, 3, offsetof(PieceGpu, along0)},    // along0, along1, lengthWorld
         {3, 3, offsetof(PieceGpu, yearOpen)},  // yearOpen, yearUpgraded, yearClosed
         {4, 3, offsetof(PieceGpu, mode), gl::AttributeType::Uint}},  // mode, status, flags
        gl::Rate::PerInstance);
    glBindVertexArray(0);
    return layer;
}

void RouteLayer::upload(const std::vector<scene::RouteSegmentGeometry>& route,
                        glm::dvec2 originWorld) {
    std::vector<PieceGpu> pieces;
    for (const auto& seg : route) {
        // Edges of non-zero length, with their unit directions, so joins skip duplicates.
        std::vector<size_t> edge;
        std::vector<glm::dvec2> dir;
        for (size_t k = 1; k < seg.path.size(); ++k) {
            const glm::dvec2 d = seg.path[k] - seg.path[k - 1];
            const double l = std::hypot(d.x, d.y);
            if (l <= 0.0) continue;
            edge.push_back(k);
            dir.push_back(d / l);
        }
        for (size_t e = 0; e < edge.size(); ++e) {
            const size_t k = edge[e];
            PieceGpu p{};
            p.p0 = glm::vec2(seg.path[k - 1] - originWorld);
            p.p1 = glm::vec2(seg.path[k] - originWorld);
            p.j0 = e > 0 ? bisector(dir[e - 1], dir[e]) : glm::vec2(0.f);
            p.j1 = e + 1 < edge.size() ? bisector(dir[e], dir[e + 1]) : glm::vec2(0.f);
            const bool hasAlong = seg.along.size() == seg.path.size();
            p.along0 =
                hasAlong ? seg.along[k - 1] : static_cast<float>(k - 1) / (seg.path.size() - 1);
            p.along1 = hasAlong ? seg.along[k] : static_cast<float>(k) / (seg.path.size() - 1);
            p.lengthWorld = static_cast<float>(seg.lengthWorld);
            p.yearOpen = finiteYear(seg.yearOpen);
            p.yearUpgraded = finiteYear(seg.yearUpgraded);
            p.yearClosed = finiteYear(seg.yearClosed);
            p.flags = seg.carriesVolume ? kPieceCarriesVolume : 0u;
            p.mode = static_cast<uint32_t>(seg.mode);
            p.status = static_cast<uint32_t>(seg.status);
            pieces.push_back(p);
        }
    }
    glBindBuffer(GL_ARRAY_BUFFER, m_instances.id());
    glBufferData(GL_ARRAY_BUFFER, static_cast<GLsizeiptr>(pieces.size() * sizeof(PieceGpu)),
                 pieces.data(), GL_STATIC_DRAW);
    glBindBuffer(GL_ARRAY_BUFFER, 0);
    m_count = static_cast<GLsizei>(pieces.size());
    ++m_uploadCount;
}

int RouteLayer::draw(const RouteDrawParams& p) const {
    if (m_count == 0) return 0;
    glEnable(GL_BLEND);
    glBlendEquation(GL_FUNC_ADD);
    glBlendFunc(GL_ONE, GL_ONE_MINUS_SRC_ALPHA);  // premultiplied alpha
    glDisable(GL_DEPTH_TEST);
    glDisable(GL_CULL_FACE);
    const Program& prog = *m_program;
    prog.use();
    prog.set("u_mvp", p.mvp);
    prog.set("u_viewportPx", p.viewportPx);
    prog.set("u_pixelsPerPoint", p.pixelsPerPoint);
    prog.set("u_year", p.year);
    prog.set("u_timeSec", p.timeSec);
    prog.set("u_flowDensity", std::clamp(p.flowDensity, 0.f, 1.f));
    prog.set("u_railColor", p.railColor);
    prog.set("u_seaColor", p.seaColor);
    prog.set("u_roadColor", p.roadColor);
    prog.set("u_casingColor", p.casingColor);
    prog.set("u_particleColor", p.particleColor);
    prog.set("u_widthsPt", glm::vec4(p.railWidthPt, p.seaWidthPt, p.roadWidthPt, p.casingWidthPt));
    prog.set("u_upgradeFactor", p.upgradeFactor);
    prog.set("u_opacity", p.opacity);
    glBindVertexArray(m_vao.id());
    glDrawArraysInstanced(GL_TRIANGLE_STRIP, 0, 4, m_count);
    glBindVertexArray(0);
    return 1;
}

}  // namespace render
