// Screen overlays (legend, scale bar, attribution, caption, callouts) as plain shapes and text
// runs in draw order: what OverlayBatch and TextRenderer record instead of drawing while a
// recording is set, so the vector export redraws the same layout (one composition, two back
// ends). No GL here.
#pragma once

#include "scene/color.h"

#include <glm/vec2.hpp>

#include <string>
#include <vector>

namespace render {

// How a shape is filled and outlined. Colours are straight alpha (premultiplied when queued);
// the outline is centred on the shape's edge. hatchPx > 0 fills with diagonal stripes of that
// period (half filled) instead of solid. blurPx > 0 softens the fill's edge over that width
// (drop shadows); lines ignore it.
struct ShapeStyle {
    scene::Rgba fill;
    scene::Rgba outline{0.f, 0.f, 0.f, 0.f};
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
    ShapeStyle style;   // rounded rects, circles, diamonds
    scene::Rgba color;  // lines and text
    LineCap cap = LineCap::Butt;
    DashPattern dash;
    float hatchPx = 0.f;  // lines
    std::string text;     // UTF-8, one line
    bool bold = false;
    float haloPx = 0.f;
    scene::Rgba halo;
};

struct OverlayRecord {
    std::vector<OverlayItem> items;     // in the order the GL path draws them
    std::string regularFont, boldFont;  // the files the text was measured with
};

}  // namespace render
