// What a frame's furniture covers whatever the view shows: the rectangles a story step's box is
// framed around (scene::fitCameraInside), from the plan that draws them.
#include "render/map_renderer.h"

namespace render {

std::vector<scene::ScreenRect> MapRenderer::furnitureCoverPx(const scene::FrameSpec& specIn) const {
    std::vector<scene::ScreenRect> out;
    if (!m_text) return out;
    scene::FrameSpec spec = specIn;
    spec.tile = {};
    // Cards pinned to places (and the route's tonnage tag) and the edge indicators move with the
    // view: they are not what the view is framed around.
    const scene::FurniturePlan plan = planFurniture(spec, false);
    for (const scene::LabelBox& b : plan.reserved) out.push_back({b.x0, b.y0, b.x1, b.y1});
    if (plan.hasLegend()) {
        const scene::LabelBox b = plan.legendShadowBox();
        out.push_back({b.x0, b.y0, b.x1, b.y1});
    }
    if (spec.overlays.scaleBar) {
        // The scale bar at its longest (its length follows the view's scale).
        const auto pt = static_cast<float>(spec.pixelsPerPoint);
        const float margin = plan.legendStyle.marginPt * pt;
        const float h = static_cast<float>(scene::frameSizePx(spec).y);
        out.push_back({spec.overlays.leftInsetPx, h - margin - 24.f * pt,
                       spec.overlays.leftInsetPx + margin + 150.f * pt, h});
    }
    return out;
}

}  // namespace render
