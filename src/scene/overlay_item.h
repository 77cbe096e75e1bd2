// Screen overlays (legend, scale bar, attribution, caption, callouts) as plain shapes and text
// runs in draw order: what scene::planFurniture lays out, what render's OverlayBatch and
// TextRenderer draw and what the vector export redraws (one composition, two back ends). No GL.
#pragma once

#include "scene/color.h"

#include <glm/vec2.hpp>

#include <string>
#include <vector>

namespace scene {

// How a shape is filled and outlined. Colours are straight alpha (premultiplied when queued);
// the outline is centred on the shape's edge. hatchPx > 0 fills with diagonal stripes of that
// period (half filled) instead of solid. blurPx > 0 softens the fill's edge over that width
// (drop shadows); lines ignore it.
struct ShapeStyle {
    Rgba fill;
    Rgba outline{0.f, 0.f, 0.f, 0.f};
    float outlineWidthPx = 0.f;
    float hatchPx = 0.f;
    float blurPx = 0.f;
};

// A line's dash pattern in pixels: dashes dashPx long with gapPx between them, starting at
// offsetPx along the line. dashPx 0 with round caps draws dots. No pattern when gapPx is 0.
struct DashPattern {
    float dashPx = 0.f;
    float gapPx = 0.f;
    float offsetPx = 0.f;
};

enum class LineCap { Butt, Round };

// One queued shape or text run; positions in device pixels of the whole frame, y down.
struct OverlayItem {
    enum class Kind { RoundedRect, Circle, Diamond, Line, Text };
    Kind kind = Kind::RoundedRect;
    // RoundedRect: min, max. Circle, Diamond: centre in a. Line: from a to b. Text: a is the
    // baseline's left end.
    glm::vec2 a{0.f}, b{0.f};
    // Corner radius, radius, half diagonal, line width or text em size, in pixels.
    float size = 0.f;
    ShapeStyle style;  // rounded rects, circles, diamonds
    Rgba color;        // lines and text
    LineCap cap = LineCap::Butt;
    DashPattern dash;
    float hatchPx = 0.f;  // lines
    std::string text;     // UTF-8, one line
    bool bold = false;
    float haloPx = 0.f;
    Rgba halo;
};

struct OverlayRecord {
    std::vector<OverlayItem> items;     // in the order the GL path draws them
    std::string regularFont, boldFont;  // the files the text was measured with
};

// Items queued with the calls (and the rules) of render's OverlayBatch and TextRenderer: an
// empty rectangle, circle, diamond or text run is left out, a corner radius is clamped to the
// rectangle. Items stay in the order queued.
struct OverlayList {
    std::vector<OverlayItem> items;

    void addRoundedRect(glm::vec2 minPx, glm::vec2 maxPx, float cornerRadiusPx,
                        const ShapeStyle& style);
    void addCircle(glm::vec2 centerPx, float radiusPx, const ShapeStyle& style);
    void addDiamond(glm::vec2 centerPx, float halfDiagonalPx, const ShapeStyle& style);
    void addLine(glm::vec2 fromPx, glm::vec2 toPx, float widthPx, const Rgba& color,
                 LineCap cap = LineCap::Butt, const DashPattern& dash = {}, float hatchPx = 0.f);
    void addText(const std::string& utf8, glm::vec2 baselineLeftPx, float sizePx, const Rgba& color,
                 bool bold = false, float haloPx = 0.f, const Rgba& halo = {});
};

// The items as one flush of shapes and then one of text draws them: the shapes in their order,
// then the text runs in theirs (what the vector export replays).
std::vector<OverlayItem> shapesThenText(const std::vector<OverlayItem>& items);

}  // namespace scene
