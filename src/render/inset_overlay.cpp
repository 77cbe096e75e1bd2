// MapRenderer's locator inset (FrameSpec::Overlays::inset): a small overview of the whole loaded
// map at the bottom right, above the attribution, with the frame's view drawn on it as a
// rectangle. The overview is the base map's polygon fills (land, countries) drawn again through
// a camera that fits the map's bounds into the inset, single-sample; laid out on the whole frame
// so every tile of an export draws its part of it.
#include "render/map_renderer.h"

#include <glm/common.hpp>

#include <algorithm>
#include <cmath>

namespace render {

scene::LabelBox MapRenderer::insetRectPx(const scene::FrameSpec& spec) const {
    const glm::vec2 frame(scene::frameSizePx(spec));
    const auto pt = static_cast<float>(spec.pixelsPerPoint);
    const float margin = LegendStyle{}.marginPt * pt;
    const glm::dvec2 size = m_mapBoundsMax - m_mapBoundsMin;
    const float aspect = size.x > 0.0 && size.y > 0.0 ? static_cast<float>(size.y / size.x) : 0.5f;
    float w = std::round(std::min(170.f * pt, 0.3f * frame.x));
    float h = std::round(w * aspect);
    if (h > 0.3f * frame.y) {
        h = std::round(0.3f * frame.y);
        w = std::round(h / aspect);
    }
    const float bottom = spec.overlays.attribution ? frame.y - margin * 0.5f - 7.f * pt - 6.f * pt
                                                   : frame.y - margin;
    const float x1 = std::round(frame.x - margin), y1 = std::round(bottom);
    return {x1 - w, y1 - h, x1, y1};
}

void MapRenderer::drawInset(const scene::FrameSpec& spec, FrameStats* stats) {
    if (!spec.overlays.inset || m_gpu.empty() || !(m_mapBoundsMax.x > m_mapBoundsMin.x)) return;
    const scene::LabelBox r = insetRectPx(spec);
    const glm::vec2 offset(static_cast<float>(spec.tile.offsetXPx),
                           static_cast<float>(spec.tile.offsetYPx));
    const glm::vec2 lo = glm::vec2(r.x0, r.y0) - offset, hi = glm::vec2(r.x1, r.y1) - offset;
    if (hi.x < 0.f || hi.y < 0.f || lo.x > static_cast<float>(spec.widthPx) ||
        lo.y > static_cast<float>(spec.heightPx))
        return;  // not in this tile
    const glm::dvec2 insetPx(r.x1 - r.x0, r.y1 - r.y0);
    const scene::Camera overview = scene::fitCamera(m_mapBoundsMin, m_mapBoundsMax, insetPx);
    // The inset's pixels as a viewport (GL counts rows from the bottom), clipped to it.
    const int vx = static_cast<int>(lo.x), vy = spec.heightPx - static_cast<int>(hi.y);
    const int vw = static_cast<int>(insetPx.x), vh = static_cast<int>(insetPx.y);
    glEnable(GL_SCISSOR_TEST);
    glScissor(vx, vy, vw, vh);
    glViewport(vx, vy, vw, vh);
    glDisable(GL_STENCIL_TEST);
    glEnable(GL_BLEND);
    glBlendEquation(GL_FUNC_ADD);
    glBlendFunc(GL_ONE, GL_ONE_MINUS_SRC_ALPHA);
    const glm::mat4 mvp = overview.clipFromLocal(m_originWorld, insetPx);
    const double mpp = overview.metresPerPx;
    for (size_t i = 0; i < m_layers.size() && i < m_gpu.size(); ++i) {
        // The land and the countries as the map shows them (layers on by default).
        if (m_layers[i].kind != scene::LayerKind::Polygon || !m_layers[i].visible) continue;
        const PolygonLayer& fill = m_gpu[i]->fillFor(mpp);
        if (fill.empty()) continue;
        fill.draw(*m_polygonProgram, mvp);
        ++stats->drawCalls;
    }
    glDisable(GL_SCISSOR_TEST);
    glViewport(0, 0, spec.widthPx, spec.heightPx);
    // The view's frame on it: the whole frame's corners through the overview camera.
    const glm::dvec2 frame(scene::frameSizePx(spec));
    scene::Camera view = spec.camera;
    if (spec.tile.frameWidthPx > 0) {
        const glm::dvec2 tileCentre =
            glm::dvec2(offset) + 0.5 * glm::dvec2(spec.widthPx, spec.heightPx);
        const glm::dvec2 d = tileCentre - 0.5 * frame;
        view.centerWorld -= glm::dvec2(d.x, -d.y) * spec.camera.metresPerPx;
    }
    const auto pt = static_cast<float>(spec.pixelsPerPoint);
    auto toInset = [&](glm::dvec2 framePx) {
        const glm::dvec2 p = overview.pxOf(view.worldAt(framePx, frame), insetPx);
        return glm::clamp(glm::vec2(p), glm::vec2(0.f), glm::vec2(insetPx)) + lo;
    };
    const glm::vec2 a = toInset({0.0, 0.0}), b = toInset({frame.x, 0.0}), c = toInset(frame),
                    d = toInset({0.0, frame.y});
    const scene::Rgba ink = scene::paletteFor(m_themes, spec.theme).insetFrame;
    const float w = std::max(1.5f * pt, 1.f);
    for (const auto& [p, q] : {std::pair{a, b}, {b, c}, {c, d}, {d, a}})
        m_overlay->addLine(p, q, w, ink, LineCap::Round);
    m_overlay->flush(
        glm::vec2(static_cast<float>(spec.widthPx), static_cast<float>(spec.heightPx)));
    ++stats->drawCalls;
}

}  // namespace render
