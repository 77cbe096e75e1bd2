// MapRenderer's frame furniture: the legend, the scale bar, the attribution line, a story step's
// caption card, event callouts pinned to places, edge indicators and the locator inset.
// scene::planFrame plans them on the whole frame from what the renderer has loaded (its parts'
// data, handed over as a scene::FrameModel) and the furniture's text measurer; FurniturePass only
// executes that plan, shifted by the tile offset, so a tiled export draws each piece once, across
// seams, exactly where the untiled frame has it. The vector export replays the same plan.
#include "render/map_renderer.h"

namespace render {

scene::FrameModel MapRenderer::frameModel() const {
    scene::FrameModel model;
    model.projection = m_projection.get();
    model.mapBoundsMin = m_mapBoundsMin;
    model.mapBoundsMax = m_mapBoundsMax;
    model.themes = &m_themes;
    const TimelinePass& timeline = *m_timelinePass;
    if (timeline.has()) {
        model.timeline.geometry = &timeline.geometry();
        model.timeline.volumes = &timeline.volumes();
        model.timeline.dataset = timeline.dataset().get();
        model.timeline.drawnArcs = &timeline.drawnArcs();  // the last frame's view applied
        model.timeline.arcScale = &timeline.arcScale();
        model.timeline.aggregation = &timeline.aggregation();
    }
    return model;
}

scene::FrameMetrics MapRenderer::frameMetrics() const {
    scene::FrameMetrics metrics;
    if (m_furniture->hasFonts()) metrics.furniture = &m_furniture->metrics();
    return metrics;
}

void MapRenderer::drawOverlays(const scene::FramePlan& plan, const scene::FrameSpec& spec,
                               FrameStats* stats) {
    if (!plan.furniture) return;
    FurniturePass::InsetMap insetMap;
    if (!m_base->gpuLayers().empty()) {
        insetMap = [this, &spec](glm::vec2 lo, glm::vec2 hi) {
            return drawInsetMap(lo, hi, spec.heightPx);
        };
    }
    stats->drawCalls += m_furniture->draw(*plan.furniture, spec, insetMap);
}

OverlayRecord MapRenderer::recordOverlays(const scene::FrameSpec& spec) {
    const scene::FramePlan plan = scene::planFrame(frameModel(), spec, frameMetrics());
    if (!plan.furniture) return {};
    return m_furniture->record(*plan.furniture);
}

std::vector<scene::ScreenRect> MapRenderer::furnitureCoverPx(const scene::FrameSpec& spec) const {
    std::vector<scene::ScreenRect> out;
    for (const scene::LabelBox& b : scene::furnitureCoverPx(frameModel(), spec, frameMetrics()))
        out.push_back({b.x0, b.y0, b.x1, b.y1});
    return out;
}

}  // namespace render
