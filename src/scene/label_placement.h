// Label placement in screen space: labels in priority order, each at the first of its candidate
// positions (centred for areas; right, left, above, below a point symbol) that stays inside the
// frame and overlaps no placed label and no corridor node marker. Hysteresis against the previous
// placement keeps labels steady while the view moves; the fade state lets labels appear and
// disappear smoothly in the window (exports place with no history, fully shown).
// Text is measured through a callback, so this needs no fonts. No GL, SDL or ImGui here.
#pragma once

#include "scene/camera.h"
#include "scene/label_set.h"

#include <cstdint>
#include <functional>
#include <string>
#include <vector>

namespace scene {

// Device pixels, origin top-left, y down; x1 > x0, y1 > y0.
struct LabelBox {
    float x0 = 0.f, y0 = 0.f, x1 = 0.f, y1 = 0.f;
    bool overlaps(const LabelBox& o) const {
        return x0 < o.x1 && o.x0 < x1 && y0 < o.y1 && o.y0 < y1;
    }
};

enum class LabelAnchor { Center, Right, Left, Above, Below };

// Ink extent of a single line of text set in `style` at `sizePx` (em size in pixels):
// advance width including letter spacing, and how far the glyphs reach above and below the
// baseline (both positive).
struct TextExtent {
    float widthPx = 0.f;
    float ascentPx = 0.f;
    float descentPx = 0.f;
};
using MeasureText =
    std::function<TextExtent(const std::string& utf8, const LabelStyle& style, float sizePx)>;

struct LabelView {
    glm::dvec2 frameSizePx{1920.0, 1080.0};  // the whole frame (all tiles of an export)
    Camera camera;                           // the whole frame's camera
    double pixelsPerPoint = kScreenPixelsPerPoint;
    double year = 2025.0;
    LabelLanguage language = LabelLanguage::English;
    // 1 = the default; 2 shows cities, regions and projects one zoom level earlier and packs
    // labels tighter; 0.5 one level later, with more room around each.
    float density = 1.f;
    // Multiplies every label's text size and halo (projector text); spacing, symbols and zoom
    // limits keep pixelsPerPoint.
    float textScale = 1.f;
    bool nodeObstacles = true;         // keep the corridor node markers clear
    std::vector<LabelBox> reservedPx;  // screen furniture labels must not cover (the legend)
};

struct PlacedLabel {
    uint32_t index = 0;  // into LabelSet::labels
    LabelAnchor anchor = LabelAnchor::Center;
    LabelBox box;             // text ink plus halo, in frame pixels
    glm::vec2 anchorPx{0.f};  // the label's anchor in frame pixels
    // The anchor on the map plane: the label's own, or for a corridor country a point inside
    // the country that was free (see Label::area).
    glm::dvec2 world{0.0};
    glm::vec2 baselineOffsetPx{0.f};  // the text's baseline-left relative to anchorPx
    float sizePx = 0.f;
    float opacity = 1.f;
    bool fadingOut = false;
};

struct LabelPlacement {
    std::vector<PlacedLabel> labels;  // in priority order (fading-out labels last)
    double zoom = 0.0;
};

// Extra spacing between labels, in points at density 1, and the hysteresis: a label not shown
// before needs this much more room and zoom than one that was, so it does not blink at the edge.
constexpr float kLabelPaddingPt = 2.5f;
constexpr float kHysteresisPt = 3.f;
constexpr double kHysteresisZoom = 0.15;

// Places `set` for `view`. `previous` (the window's last placement, or nullptr for exports) gives
// hysteresis: labels shown before keep their anchor side when it is still free and keep showing
// slightly past their zoom limits. Deterministic for the same inputs.
// A label with an area (a corridor country) that does not fit at its label point tries points
// around it that keep the name inside the country; when its label point is out of view and
// enough of the country is visible, it is written at the point deepest inside the visible part
// (computed only then; a label shown before keeps its place while that still fits, so the window
// does not search again on every frame of a pan).
LabelPlacement placeLabels(const LabelSet& set, const LabelView& view, const MeasureText& measure,
                           const LabelPlacement* previous = nullptr);

// The window's fade: labels in `placed` fade in (or keep their opacity), labels of `shown` no
// longer placed fade out where they were (moved with the map). fadeSec is the full fade's length.
// *animating is set while any label is between 0 and 1.
LabelPlacement fadeLabels(const LabelPlacement& shown, const LabelPlacement& placed,
                          const LabelSet& set, const LabelView& view, double dtSec, double fadeSec,
                          bool* animating);

}  // namespace scene
