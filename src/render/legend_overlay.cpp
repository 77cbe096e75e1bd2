#include "render/legend_overlay.h"

#include "render/overlay_replay.h"

#include <cmath>

namespace render {

glm::vec2 legendSizePx(const scene::LegendSpec& spec, const LegendStyle& style,
                       const TextRenderer& text, float pixelsPerPoint) {
    return scene::legendSizePx(spec, style, TextRendererMetrics(text), pixelsPerPoint);
}

void drawLegend(const scene::LegendSpec& spec, const LegendStyle& style, TextRenderer& text,
                OverlayBatch& shapes, glm::vec2 viewportPx, float pixelsPerPoint) {
    const float pt = pixelsPerPoint;
    const glm::vec2 size = legendSizePx(spec, style, text, pt);
    const float margin = std::round(style.marginPt * pt);
    const bool right =
        style.corner == LegendCorner::BottomRight || style.corner == LegendCorner::TopRight;
    const bool bottom =
        style.corner == LegendCorner::BottomLeft || style.corner == LegendCorner::BottomRight;
    const glm::vec2 origin(right ? viewportPx.x - margin - size.x : margin,
                           bottom ? viewportPx.y - margin - size.y : margin);
    drawLegendAt(spec, style, text, shapes, origin, viewportPx, pt);
}

void drawLegendAt(const scene::LegendSpec& spec, const LegendStyle& style, TextRenderer& text,
                  OverlayBatch& shapes, glm::vec2 originPx, glm::vec2 viewportPx,
                  float pixelsPerPoint) {
    queueOverlayItems(
        scene::legendItems(spec, style, TextRendererMetrics(text), pixelsPerPoint, originPx),
        glm::vec2(0.f), shapes, text);
    shapes.flush(viewportPx);
    text.flush(viewportPx);
}

}  // namespace render
