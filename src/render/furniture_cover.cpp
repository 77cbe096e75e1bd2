// What a frame's furniture covers whatever the view shows: the rectangles a story step's box is
// framed around (scene::fitCameraInside), from the same layout code that draws them.
#include "render/map_renderer.h"

#include <algorithm>

namespace render {

std::vector<scene::ScreenRect> MapRenderer::furnitureCoverPx(const scene::FrameSpec& specIn) const {
    std::vector<scene::ScreenRect> out;
    if (!m_text) return out;
    scene::FrameSpec spec = specIn;
    spec.tile = {};
    const LegendLayout legend = legendLayout(spec);
    // Cards pinned to places (and the route's tonnage tag) and the edge indicators move with the
    // view: they are not what the view is framed around.
    spec.overlays.callouts.clear();
    spec.overlays.edgeIndicators = false;
    spec.timeline.route = false;
    glm::vec2 legendAt(0.f);
    for (const scene::LabelBox& b : drawFurniture(spec, legend.sizePx, nullptr, &legendAt))
        out.push_back({b.x0, b.y0, b.x1, b.y1});
    const auto pt = static_cast<float>(spec.pixelsPerPoint);
    const float margin = legend.style.marginPt * pt;
    if (legend.sizePx.x > 0.f) {
        // With its shadow.
        const float shadow = legend.style.shadowBlurPt * legend.pixelsPerPoint;
        out.push_back({legendAt.x - shadow, legendAt.y - shadow,
                       legendAt.x + legend.sizePx.x + shadow,
                       legendAt.y + legend.sizePx.y + 1.5f * shadow});
    }
    if (spec.overlays.scaleBar) {
        // The scale bar at its longest (its length follows the view's scale).
        const float h = static_cast<float>(scene::frameSizePx(spec).y);
        out.push_back({spec.overlays.leftInsetPx, h - margin - 24.f * pt,
                       spec.overlays.leftInsetPx + margin + 150.f * pt, h});
    }
    return out;
}

}  // namespace render
