#include "render/overlay_batch.h"
#include "render/vertex_layout.h"

#include <glm/common.hpp>

#include <algorithm>
#include <cmath>
#include <cstddef>

namespace render {

namespace {

enum ShapeKind { kRoundedRect = 0, kCircle = 1, kDiamond = 2, kLine = 3 };

constexpr float kAaMarginPx = 1.5f;  // the quad reaches this far past the shape's edge

void premultiplied(const scene::Rgba& c, float* out) {
    out[0] = c.r * c.a;
    out[1] = c.g * c.a;
    out[2] = c.b * c.a;
    out[3] = c.a;
}

}  // namespace

std::unique_ptr<OverlayBatch> OverlayBatch::create(std::string* error) {
    std::string err;
    std::unique_ptr<OverlayBatch> b(new OverlayBatch());
    b->m_program = std::make_unique<Program>("overlay", "overlay.vert", "overlay.frag", &err);
    if (!b->m_program->valid()) {
        if (error) *error = err;
        return nullptr;
    }
    b->m_vao = gl::makeVertexArray();
    b->m_vbo = gl::makeBuffer();
    glBindVertexArray(b->m_vao.id());
    glBindBuffer(GL_ARRAY_BUFFER, b->m_vbo.id());
    gl::setVertexLayout(sizeof(Vertex), {{0, 2, offsetof(Vertex, x)},
                                         {1, 2, offsetof(Vertex, localX)},
                                         {2, 4, offsetof(Vertex, shape)},
                                         {3, 4, offsetof(Vertex, style)},
                                         {4, 4, offsetof(Vertex, fill)},
                                         {5, 4, offsetof(Vertex, outline)},
                                         {6, 1, offsetof(Vertex, dashOffset)}});
    glBindVertexArray(0);
    glBindBuffer(GL_ARRAY_BUFFER, 0);
    return b;
}

void OverlayBatch::addQuad(glm::vec2 centerPx, glm::vec2 axis, glm::vec2 halfExtentPx,
                           const Vertex& proto) {
    const glm::vec2 normal(-axis.y, axis.x);
    auto corner = [&](float sx, float sy) {
        const glm::vec2 local(sx * halfExtentPx.x, sy * halfExtentPx.y);
        const glm::vec2 p = centerPx + axis * local.x + normal * local.y;
        Vertex v = proto;
        v.x = p.x;
        v.y = p.y;
        v.localX = local.x;
        v.localY = local.y;
        m_vertices.push_back(v);
    };
    corner(-1, -1);
    corner(1, -1);
    corner(-1, 1);
    corner(-1, 1);
    corner(1, -1);
    corner(1, 1);
}

void OverlayBatch::addRoundedRect(glm::vec2 minPx, glm::vec2 maxPx, float cornerRadiusPx,
                                  const ShapeStyle& style) {
    const glm::vec2 half = glm::max((maxPx - minPx) * 0.5f, glm::vec2(0.f));
    if (half.x <= 0.f || half.y <= 0.f) return;
    Vertex v{};
    v.shape[0] = kRoundedRect;
    v.shape[1] = half.x;
    v.shape[2] = half.y;
    v.shape[3] = std::clamp(cornerRadiusPx, 0.f, std::min(half.x, half.y));
    v.style[0] = style.outlineWidthPx;
    v.style[1] = std::max(style.blurPx, 0.f);
    v.style[3] = style.hatchPx;
    premultiplied(style.fill, v.fill);
    premultiplied(style.outline, v.outline);
    const float reach = 0.5f * style.outlineWidthPx + 0.5f * v.style[1] + kAaMarginPx;
    addQuad((minPx + maxPx) * 0.5f, {1.f, 0.f}, half + glm::vec2(reach), v);
}

void OverlayBatch::addCircle(glm::vec2 centerPx, float radiusPx, const ShapeStyle& style) {
    if (radiusPx <= 0.f) return;
    Vertex v{};
    v.shape[0] = kCircle;
    v.shape[1] = radiusPx;
    v.style[0] = style.outlineWidthPx;
    v.style[1] = std::max(style.blurPx, 0.f);
    v.style[3] = style.hatchPx;
    premultiplied(style.fill, v.fill);
    premultiplied(style.outline, v.outline);
    const float reach = radiusPx + 0.5f * style.outlineWidthPx + 0.5f * v.style[1] + kAaMarginPx;
    addQuad(centerPx, {1.f, 0.f}, glm::vec2(reach), v);
}

void OverlayBatch::addDiamond(glm::vec2 centerPx, float halfDiagonalPx, const ShapeStyle& style) {
    if (halfDiagonalPx <= 0.f) return;
    Vertex v{};
    v.shape[0] = kDiamond;
    v.shape[1] = halfDiagonalPx;
    v.style[0] = style.outlineWidthPx;
    v.style[1] = std::max(style.blurPx, 0.f);
    v.style[3] = style.hatchPx;
    premultiplied(style.fill, v.fill);
    premultiplied(style.outline, v.outline);
    const float reach = halfDiagonalPx + style.outlineWidthPx + v.style[1] + kAaMarginPx;
    addQuad(centerPx, {1.f, 0.f}, glm::vec2(reach), v);
}

void OverlayBatch::addLine(glm::vec2 fromPx, glm::vec2 toPx, float widthPx,
                           const scene::Rgba& color, LineCap cap, const DashPattern& dash,
                           float hatchPx) {
    const glm::vec2 d = toPx - fromPx;
    const float length = std::sqrt(d.x * d.x + d.y * d.y);
    if (length <= 0.f || widthPx <= 0.f) return;
    const float hw = 0.5f * widthPx;
    Vertex v{};
    v.shape[0] = kLine;
    v.shape[1] = length;
    v.shape[2] = hw;
    v.shape[3] = cap == LineCap::Round ? 1.f : 0.f;
    if (dash.gapPx > 0.f) {
        v.style[1] = std::max(dash.dashPx, 0.f);
        v.style[2] = dash.gapPx;
    }
    v.style[3] = hatchPx;
    v.dashOffset = dash.offsetPx;
    premultiplied(color, v.fill);
    const float capReach = cap == LineCap::Round ? hw : 0.f;
    addQuad((fromPx + toPx) * 0.5f, d / length,
            {0.5f * length + capReach + kAaMarginPx, hw + kAaMarginPx}, v);
}

void OverlayBatch::flush(glm::vec2 viewportPx) {
    m_lastDrawCalls = 0;
    if (m_vertices.empty()) return;
    glViewport(0, 0, static_cast<GLsizei>(viewportPx.x), static_cast<GLsizei>(viewportPx.y));
    glDisable(GL_DEPTH_TEST);
    glDisable(GL_CULL_FACE);
    glDisable(GL_SCISSOR_TEST);
    glEnable(GL_BLEND);
    glBlendEquation(GL_FUNC_ADD);
    glBlendFunc(GL_ONE, GL_ONE_MINUS_SRC_ALPHA);  // premultiplied alpha
    m_program->use();
    m_program->set("u_viewportPx", viewportPx);
    glBindVertexArray(m_vao.id());
    glBindBuffer(GL_ARRAY_BUFFER, m_vbo.id());
    glBufferData(GL_ARRAY_BUFFER, static_cast<GLsizeiptr>(m_vertices.size() * sizeof(Vertex)),
                 m_vertices.data(), GL_STREAM_DRAW);
    glDrawArrays(GL_TRIANGLES, 0, static_cast<GLsizei>(m_vertices.size()));
    glBindVertexArray(0);
    glBindBuffer(GL_ARRAY_BUFFER, 0);
    m_lastDrawCalls = 1;
    m_vertices.clear();
}

}  // namespace render
