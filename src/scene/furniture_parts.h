// The state planFurniture lays the pieces out with (scene/furniture_plan.cpp), shared with the
// cards and edge indicators (furniture_cards.cpp). Internal to the furniture plan.
#pragma once

#include "scene/furniture_plan.h"
#include "scene/ui_text.h"

#include <algorithm>
#include <vector>

namespace scene::furniture {

Rgba withAlpha(Rgba c, float a);
// Whether b comes within `gap` of any of `taken`.
bool overlapsAny(const LabelBox& b, const std::vector<LabelBox>& taken, float gap);

struct Layout {
    Layout(const FurnitureInput& input, const TextMetrics& metrics)
        : in(input),
          ov(input.overlays),
          text(metrics),
          palette(input.palette),
          lang(uiLanguage(input.language)),
          style(legendStyleFor(input.palette)),
          pt(input.pixelsPerPoint),
          ts(std::max(input.overlays.textScale, 0.1f)),
          frame(input.framePx),
          margin(style.marginPt * pt),
          left(input.overlays.leftInsetPx + margin),
          ink(input.palette.furnitureInk),
          halo(input.palette.furnitureHalo),
          bottomY(frame.y - margin),
          bottomRightY(input.overlays.attribution ? frame.y - margin * 0.5f - 7.f * pt : frame.y),
          bottomRightX(frame.x) {
        panel.fill = style.panelFill;
        panel.outline = style.panelOutline;
        panel.outlineWidthPx = style.outlineWidthPt * pt;
        shadow.fill = style.shadow;
        shadow.blurPx = style.shadowBlurPt * pt;
    }
    // Records a placed piece: among the boxes, what labels keep clear of (reserve) and what
    // later pieces keep clear of (take).
    void place(FurniturePlan::Piece piece, glm::vec2 min, glm::vec2 max, bool reserve = true,
               bool take = true);

    const FurnitureInput& in;
    const FrameSpec::Overlays& ov;
    const TextMetrics& text;
    const Palette& palette;
    UiLanguage lang;
    LegendStyle style;  // the panels' look (the legend's own may differ: plan.legendStyle)
    float pt;           // pixels per point
    float ts;           // text scale (projector text: larger cards)
    glm::vec2 frame;
    float margin;  // furniture to the frame's edge
    float left;    // bottom-left furniture starts here (right of the window's panel)
    Rgba ink, halo;
    ShapeStyle panel, shadow;
    float bottomY;       // what is stacked at the bottom left grows upward from here
    float bottomRightY;  // and at the bottom right
    float bottomRightX;  // the left edge of what stands at the bottom right
    FurniturePlan plan;
    OverlayList items;            // the furniture's shapes and text, in order
    std::vector<LabelBox> taken;  // what a later piece keeps clear of
    LegendSpec legend;            // as drawn (compact: the year and title only)
};

// The view's frame drawn over the inset's map at `rect`.
void insetFrame(Layout& l, const FurnitureInput::Inset& inset, const LabelBox& rect);
// Chevrons at the frame's edge with their cards, clear of what is taken.
void edgeIndicators(Layout& l, const std::vector<EdgeIndicator>& found);
// An event card near its place, clear of what is taken; dropped when nowhere is clear.
void card(Layout& l, const PinnedCard& c);

}  // namespace scene::furniture
