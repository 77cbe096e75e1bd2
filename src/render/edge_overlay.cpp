// MapRenderer's edge indicators (scene/edge_indicators.h): the off-screen places the drawn flows
// and the corridor lead to, found on the whole frame. The furniture plan lays them out (a
// chevron at the frame's edge with a small card: scene/furniture_cards.cpp).
#include "render/map_renderer.h"
#include "scene/edge_indicators.h"

namespace render {

std::vector<scene::EdgeIndicator> MapRenderer::edgeIndicatorsFor(
    const scene::FrameSpec& spec) const {
    if (!m_timelinePass->has() || !m_timelinePass->dataset() || !spec.overlays.edgeIndicators)
        return {};
    scene::EdgeIndicatorInput in;
    // The whole frame's camera (a tile's is centred on the tile).
    const glm::dvec2 frame(scene::frameSizePx(spec));
    const glm::dvec2 tileCentre = glm::dvec2(spec.tile.offsetXPx, spec.tile.offsetYPx) +
                                  0.5 * glm::dvec2(spec.widthPx, spec.heightPx);
    in.camera = spec.camera;
    if (spec.tile.frameWidthPx > 0) {
        const glm::dvec2 d = tileCentre - 0.5 * frame;
        in.camera.centerWorld -= glm::dvec2(d.x, -d.y) * spec.camera.metresPerPx;
    }
    in.frameSizePx = frame;
    in.year = spec.year;
    in.dataset = m_timelinePass->dataset().get();
    if (spec.timeline.arcs) in.arcs = &m_timelinePass->drawnArcs();
    if (spec.timeline.route) in.route = &m_timelinePass->geometry().route;
    in.projection = m_projection.get();
    return scene::edgeIndicators(in);
}

}  // namespace render
