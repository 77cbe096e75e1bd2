// The legend panel drawn over the map (so it appears in exports too). Its layout is scene's
// (scene/legend_layout.h: plain overlay items); this draws it through an OverlayBatch and a
// TextRenderer and holds no GL objects of its own.
#pragma once

#include "render/overlay_batch.h"
#include "render/text_renderer.h"
#include "scene/legend_layout.h"

#include <glm/vec2.hpp>

namespace render {

using scene::LegendCorner;
using scene::LegendStyle;
using scene::legendStyleFor;

// The panel's size in device pixels for this content, measured with `text`'s fonts.
glm::vec2 legendSizePx(const scene::LegendSpec& spec, const LegendStyle& style,
                       const TextRenderer& text, float pixelsPerPoint);

// Lays out the legend in style.corner of a viewportPx frame and draws it into the bound
// framebuffer: queues the panel and samples into `shapes` and flushes it, then queues the text
// and flushes `text` (so anything already queued in either is drawn too, first).
void drawLegend(const scene::LegendSpec& spec, const LegendStyle& style, TextRenderer& text,
                OverlayBatch& shapes, glm::vec2 viewportPx, float pixelsPerPoint);

// The same with the panel's top-left corner at originPx (device pixels of the bound target,
// rounded to whole pixels), whatever style.corner says.
void drawLegendAt(const scene::LegendSpec& spec, const LegendStyle& style, TextRenderer& text,
                  OverlayBatch& shapes, glm::vec2 originPx, glm::vec2 viewportPx,
                  float pixelsPerPoint);

}  // namespace render
