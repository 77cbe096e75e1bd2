#include "render/line_layer.h"
#include "render/vertex_layout.h"

#include <algorithm>
#include <cmath>
#include <cstddef>

namespace render {

LineLayer::LineLayer() : m_vao(gl::makeVertexArray()), m_segments(gl::makeBuffer()) {}

std::vector<LineSegment> lineSegments(const std::vector<geo::Path>& lines,
                                      const std::vector<uint32_t>& lineFeature,
                                      const std::vector<float>& widthFactor,
                                      glm::dvec2 originWorld) {
    std::vector<LineSegment> segs;
    size_t total = 0;
    for (const auto& l : lines) total += l.size() > 1 ? l.size() - 1 : 0;
    segs.reserve(total);
    for (size_t i = 0; i < lines.size(); ++i) {
        const auto& l = lines[i];
        const uint32_t f = i < lineFeature.size() ? lineFeature[i] : 0;
        const float wf = f < widthFactor.size() ? widthFactor[f] : 1.f;
        double along = 0.0;
        for (size_t k = 1; k < l.size(); ++k) {
            const glm::dvec2 a = l[k - 1] - originWorld;
            const glm::dvec2 b = l[k] - originWorld;
            segs.push_back({glm::vec2(a), glm::vec2(b), static_cast<float>(along), wf});
            // sqrt, not hypot: map-plane metres never come near overflowing a square, and
            // hypot's care costs ~10 ms over the base map's segments at every start.
            const glm::dvec2 d = b - a;
            along += std::sqrt(d.x * d.x + d.y * d.y);
        }
    }
    return segs;
}

namespace {

void pointSegments(GLsizei stride, size_t base) {
    gl::setVertexLayout(stride,
                        {{0, 2, offsetof(LineSegment, p0)},
                         {1, 2, offsetof(LineSegment, p1)},
                         {2, 1, offsetof(LineSegment, distance0)},
                         {3, 1, offsetof(LineSegment, widthFactor)}},
                        gl::Rate::PerInstance, base);
}

}  // namespace

namespace {

void bufferSegments(GLuint vao, GLuint buffer, const std::vector<LineSegment>& segs) {
    glBindVertexArray(vao);
    glBindBuffer(GL_ARRAY_BUFFER, buffer);
    glBufferData(GL_ARRAY_BUFFER, static_cast<GLsizeiptr>(segs.size() * sizeof(LineSegment)),
                 segs.data(), GL_STATIC_DRAW);
    pointSegments(sizeof(LineSegment), 0);
    glBindVertexArray(0);
}

}  // namespace

void LineLayer::upload(const std::vector<LineSegment>& segs) {
    m_pending.clear();
    bufferSegments(m_vao.id(), m_segments.id(), segs);
    index(segs);
}

void LineLayer::uploadOnFirstDraw(std::vector<LineSegment> segs) {
    index(segs);
    m_pending = std::move(segs);
}

void LineLayer::index(const std::vector<LineSegment>& segs) {
    m_segmentCount = static_cast<GLsizei>(segs.size());
    m_chunks = chunkBoxes(segs.size(), [&segs](size_t i, auto visit) {
        visit(segs[i].p0);
        visit(segs[i].p1);
    });
    m_maxWidthFactor = 1.f;
    for (const LineSegment& s : segs) m_maxWidthFactor = std::max(m_maxWidthFactor, s.widthFactor);
}

void LineLayer::drawCoverage(const Program& program, const LineDrawParams& p) const {
    if (m_segmentCount == 0) return;
    program.use();
    program.set("u_mvp", p.mvp);
    program.set("u_viewportPx", p.viewportPx);
    program.set("u_halfWidthPx", p.halfWidthPx);
    program.set("u_blurPx", p.blurPx);
    program.set("u_pxPerWorld", p.pxPerWorld);
    program.set("u_channel", p.channel);
    glm::vec4 dash(0.f);
    float period = 0.f;
    for (size_t i = 0; i < p.dashPx.size() && i < 4; ++i) {
        dash[static_cast<int>(i)] = p.dashPx[i];
        period += p.dashPx[i];
    }
    program.set("u_dashPx", dash);
    program.set("u_dashPeriodPx", period);
    // The view grown by the quad's reach (line.vert: half width, half the blur and a pixel).
    ViewBox grown;
    if (p.view) {
        const float reachPx = p.halfWidthPx * m_maxWidthFactor + p.blurPx + 2.f;
        const float reach = reachPx / std::max(p.pxPerWorld, 1e-12f);
        grown = {p.view->lo - glm::vec2(reach), p.view->hi + glm::vec2(reach)};
    }
    if (!m_pending.empty()) {  // kept for this first draw (uploadOnFirstDraw)
        bufferSegments(m_vao.id(), m_segments.id(), m_pending);
        m_pending = {};
    }
    glBindVertexArray(m_vao.id());
    glBindBuffer(GL_ARRAY_BUFFER, m_segments.id());
    const auto runs =
        visibleRuns(m_chunks, static_cast<size_t>(m_segmentCount), p.view ? &grown : nullptr);
    const bool moved = runs.size() > 1 || (!runs.empty() && runs.front().first > 0);
    for (const auto& [first, count] : runs) {
        if (moved) pointSegments(sizeof(LineSegment), first * sizeof(LineSegment));
        glDrawArraysInstanced(GL_TRIANGLE_STRIP, 0, 4, static_cast<GLsizei>(count));
    }
    if (moved) pointSegments(sizeof(LineSegment), 0);
    glBindVertexArray(0);
}

}  // namespace render
