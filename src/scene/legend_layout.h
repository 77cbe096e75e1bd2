// The legend panel's layout (the current year in large type, the title, sector colours, the arc
// width scale, how unknown amounts and low-confidence flows look, the corridor's route modes
// and node kinds) as plain overlay items: measured through TextMetrics, drawn by render.
#pragma once

#include "scene/color.h"
#include "scene/overlay_item.h"
#include "scene/palette.h"
#include "scene/text_metrics.h"
#include "scene/timeline_geometry.h"

#include <glm/vec2.hpp>

#include <vector>

namespace scene {

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
    Rgba panelFill;
    Rgba panelOutline;
    Rgba shadow;  // soft drop shadow under the panel
    float shadowBlurPt = 10.f;
    Rgba separator;
    Rgba yearText;
    Rgba titleText;
    Rgba labelText;
    Rgba noteText;       // secondary labels (amount notes, free notes)
    Rgba markerOutline;  // ring around node markers
    Rgba neutralSample;  // width samples and notes whose entry has no colour (alpha 0)
};

// The look for a theme: the colours of its palette (the dark theme's translucent navy panel with
// warm off-white text, the light one's translucent paper panel with dark ink), default sizes.
LegendStyle legendStyleFor(const Palette& palette);

// The panel's size in device pixels for this content (the panel sits style.marginPt *
// pixelsPerPoint from the frame's edges; its soft shadow reaches a few points past it).
glm::vec2 legendSizePx(const LegendSpec& spec, const LegendStyle& style, const TextMetrics& text,
                       float pixelsPerPoint);

// The panel (its shadow, the panel, separators and samples, then the text) with its top-left
// corner at originPx rounded to whole pixels. Entries are drawn by kind; a Note whose label
// mentions "confidence" gets a hatched sample, one that mentions an amount ("not sourced",
// "unknown") a dotted line, any other Note is text only.
std::vector<OverlayItem> legendItems(const LegendSpec& spec, const LegendStyle& style,
                                     const TextMetrics& text, float pixelsPerPoint,
                                     glm::vec2 originPx);

}  // namespace scene
