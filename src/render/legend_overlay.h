// The legend panel drawn over the map (so it appears in exports too): the current year in large
// type, the title, sector colours, the arc width scale, how unknown amounts and low-confidence
// flows look, the corridor's route modes and node kinds. Lays out scene::LegendSpec; holds no
// GL objects of its own (it draws through an OverlayBatch and a TextRenderer).
#pragma once

#include "render/overlay_batch.h"
#include "render/text_renderer.h"
#include "scene/color.h"
#include "scene/palette.h"
#include "scene/timeline_geometry.h"

#include <glm/vec2.hpp>

#include <string>

namespace render {

enum class LegendCorner { BottomLeft, BottomRight, TopLeft, TopRight };

// Sizes in points (multiplied by the frame's pixelsPerPoint); colours straight alpha.
struct LegendStyle {
    LegendCorner corner = LegendCorner::BottomLeft;
    float marginPt = 18.f;   // panel to frame edge
    float paddingPt = 12.f;  // panel edge to content
    float cornerRadiusPt = 7.f;
    float outlineWidthPt = 0.75f;
    float minContentWidthPt = 190.f;
    float yearSizePt = 40.f;    // bold
    float titleSizePt = 10.5f;  // bold
    float labelSizePt = 9.f;
    scene::Rgba panelFill;
    scene::Rgba panelOutline;
    scene::Rgba shadow;  // soft drop shadow under the panel
    float shadowBlurPt = 10.f;
    scene::Rgba separator;
    scene::Rgba yearText;
    scene::Rgba titleText;
    scene::Rgba labelText;
    scene::Rgba noteText;       // secondary labels (amount notes, free notes)
    scene::Rgba markerOutline;  // ring around node markers
    scene::Rgba neutralSample;  // width samples and notes whose entry has no colour (alpha 0)
};

// The look for a theme: the colours of its palette (the dark theme's translucent navy panel with
// warm off-white text, the light one's translucent paper panel with dark ink), default sizes.
LegendStyle legendStyleFor(const scene::Palette& palette);

// The panel's size in device pixels for this content, so the caller can keep other overlays
// clear of it (the panel sits style.marginPt * pixelsPerPoint from the frame's edges; its soft
// shadow reaches a few points past it).
glm::vec2 legendSizePx(const scene::LegendSpec& spec, const LegendStyle& style,
                       const TextRenderer& text, float pixelsPerPoint);

// Lays out the legend in style.corner of a viewportPx frame and draws it into the bound
// framebuffer: queues the panel and samples into `shapes` and flushes it, then queues the text
// and flushes `text` (so anything already queued in either is drawn too, first). Entries are
// drawn by kind; a Note whose label mentions "confidence" gets a hatched sample, one that
// mentions an amount ("not sourced", "unknown") a dotted line, any other Note is text only.
void drawLegend(const scene::LegendSpec& spec, const LegendStyle& style, TextRenderer& text,
                OverlayBatch& shapes, glm::vec2 viewportPx, float pixelsPerPoint);

// The same with the panel's top-left corner at originPx (device pixels of the bound target,
// rounded to whole pixels), whatever style.corner says: for a legend placed by the caller
// (the frame's furniture, or a tile of a larger frame).
void drawLegendAt(const scene::LegendSpec& spec, const LegendStyle& style, TextRenderer& text,
                  OverlayBatch& shapes, glm::vec2 originPx, glm::vec2 viewportPx,
                  float pixelsPerPoint);

}  // namespace render
