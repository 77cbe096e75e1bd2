// MapRenderer's locator inset (FrameSpec::Overlays::inset): a small overview of the whole loaded
// map at the bottom right, above the attribution, with the frame's view drawn on it as a
// rectangle. The overview is the base map's polygon fills (land, countries) drawn again through
// a camera that fits the map's bounds into the inset, single-sample, in the box the furniture
// plan gives it on the whole frame, so every tile of an export draws its part of it.
#include "render/map_renderer.h"
#include "render/overlay_replay.h"

#include <glm/common.hpp>

#include <algorithm>
#include <cmath>

namespace render {

void MapRenderer::drawInset(const scene::FrameSpec& spec, const scene::LabelBox& r,
                            const std::vector<scene::OverlayItem>& viewFrame, FrameStats* stats) {
    if (m_gpu.empty()) return;
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
    // The view's frame on it (laid out with the furniture: scene/furniture_cards.cpp).
    queueOverlayItems(viewFrame, -offset, *m_overlay, *m_text);
    m_overlay->flush(
        glm::vec2(static_cast<float>(spec.widthPx), static_cast<float>(spec.heightPx)));
    ++stats->drawCalls;
}

}  // namespace render
