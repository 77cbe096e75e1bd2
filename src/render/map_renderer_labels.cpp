// MapRenderer's labels: the label pass (render/label_pass.h) places and draws them; the renderer
// says what they keep clear of, the frame's furniture, which it lays out.
#include "render/map_renderer.h"

#include <cmath>

namespace render {

bool MapRenderer::setLabelFonts(const SdfFontFiles& fonts, std::string* error) {
    const bool read = m_labelPass.setFonts(fonts, error);
    // The legend and captions draw Chinese in the labels' fallback face (quietly without one).
    m_furniture->setFallbackFont(fonts.fallback);
    return read;
}

void MapRenderer::setLabels(scene::LabelSet labels) {
    m_labelPass.setLabels(std::move(labels));
}

scene::LabelPlacement MapRenderer::placeLabels(const scene::FrameSpec& spec,
                                               const scene::LabelPlacement* previous) const {
    if (!m_labelPass.shown(spec)) return {};
    std::vector<scene::LabelBox> reserved;
    if (m_furniture->hasFonts()) {
        // Not under the legend, the scale bar, the attribution, a caption card, an event card or
        // an edge indicator.
        const scene::FurniturePlan plan = planFurniture(spec);
        const float pad = 2.f * static_cast<float>(spec.pixelsPerPoint);
        for (scene::LabelBox b : plan.reserved) {
            reserved.push_back({b.x0 - pad, b.y0 - pad, b.x1 + pad, b.y1 + pad});
        }
        if (plan.hasLegend()) {
            // The panel with its shadow, out to the frame's edges it stands against.
            const float margin = std::round(plan.legendStyle.marginPt * plan.legendPixelsPerPoint);
            const glm::vec2 lo = plan.legendOriginPx, hi = lo + plan.legendSizePx;
            const glm::vec2 frame(scene::frameSizePx(spec));
            scene::LabelBox box = plan.legendShadowBox();
            if (lo.y <= margin + 0.5f) box.y0 = 0.f;
            if (hi.x >= frame.x - margin - 0.5f) box.x1 = frame.x;
            if (lo.x <= spec.overlays.leftInsetPx + margin + 0.5f) box.x0 = 0.f;
            if (hi.y >= frame.y - margin - 0.5f) box.y1 = frame.y;
            reserved.push_back(box);
        }
    }
    return m_labelPass.place(spec, reserved, spec.timeline.markers && m_timelinePass->has(),
                             previous);
}

}  // namespace render
