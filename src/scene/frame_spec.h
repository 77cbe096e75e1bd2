// Everything one frame shows, as plain data: output size and pixel density, camera, theme,
// layer toggles and time. A frame is a pure function of its FrameSpec (and the loaded data).
// No GL, SDL or ImGui here.
#pragma once

#include "scene/camera.h"
#include "scene/timeline_geometry.h"

#include <glm/vec2.hpp>

#include <string>
#include <tuple>
#include <vector>

namespace scene {

// A corner of the frame (where the legend sits).
enum class FrameCorner { TopRight, TopLeft, BottomRight, BottomLeft };

// Text sizes: the default, or large enough to read on a projector from the back of a room.
enum class TextSize { Default, Projector };

// The caption body's size in points at textScale 1 (the renderer's caption card).
constexpr double kCaptionBodyPt = 10.5;
// A projector's caption body is at least this share of the frame's height.
constexpr double kProjectorCaptionShare = 0.035;
// Map labels grow with textScale up to kMaxLabelTextScale (twice the default is legible across a
// room), event cards and edge indicators up to kMaxCardTextScale (several of them share the
// map); only the caption goes further.
constexpr float kMaxLabelTextScale = 2.f;
constexpr float kMaxCardTextScale = 1.5f;

// The FrameSpec::Overlays::textScale for a text size on a frame `frameHeightPx` tall drawn at
// `pixelsPerPoint`: 1 for Default; for Projector the factor that makes the caption body
// kProjectorCaptionShare of the height (never below 1).
float textScaleFor(TextSize size, int frameHeightPx, double pixelsPerPoint);

struct FrameSpec {
    int widthPx = 1920;
    int heightPx = 1080;
    // Device pixels per point: line widths and marker sizes are in points, so a frame twice as
    // large at the same composition has twice the pixels per point.
    double pixelsPerPoint = kScreenPixelsPerPoint;
    Camera camera;
    std::string theme = "dark";
    std::vector<bool>
        layerOn;           // per MapData layer; missing entries count as the manifest's default
    double year = 2025.0;  // fractional year (timeline)
    // The timeline layers over the base map.
    struct Timeline {
        bool route = true;
        bool arcs = true;
        bool markers = true;
        bool legend = true;
        int highlightFlow = -1;     // flow index to highlight (hover), or -1
        int highlightMarker = -1;   // destination marker index to highlight, or -1
        TimelineView view;          // time mode, filters, highlighted flows
        float arcWidthScale = 1.f;  // multiplies every arc's width (presenter's choice)
        auto tie() const {
            return std::tie(route, arcs, markers, legend, highlightFlow, highlightMarker, view,
                            arcWidthScale);
        }
        bool operator==(const Timeline& o) const { return tie() == o.tie(); }
    } timeline;
    // Frame furniture drawn by the renderer, so exports carry it too.
    struct Callout {
        std::string title;      // e.g. "Xi announces the Silk Road Economic Belt in Astana"
        std::string detail;     // e.g. "7 September 2013"; may be empty
        glm::dvec2 world{0.0};  // map-plane point the card is pinned to
        float opacity = 1.f;    // fades in and out
        auto tie() const { return std::tie(title, detail, world, opacity); }
        bool operator==(const Callout& o) const { return tie() == o.tie(); }
    };
    struct Overlays {
        std::string title;        // in the legend under the year; empty = the default title
        std::string subtitle;     // a smaller line under the title; may be empty
        bool scaleBar = true;     // true distance at the map centre, bottom left
        bool attribution = true;  // data credits, bottom right
        std::string captionTitle, caption;  // a story step's card, bottom left; empty = none
        std::vector<Callout> callouts;      // event cards pinned to places
        // Pixels at the frame's left edge that something else covers (the window's panel):
        // bottom-left furniture starts right of it.
        float leftInsetPx = 0.f;
        // The legend's corner, and compact = the year and the title only.
        FrameCorner legendCorner = FrameCorner::TopRight;
        bool legendCompact = false;
        // Multiplies the size of the caption card's text, and up to their limits above the map
        // labels, event cards and edge indicators (and, up to what fits, the legend, compact
        // above 1.5): 1 = the default text, textScaleFor(Projector) for a projector. Line widths
        // and the map keep pixelsPerPoint.
        float textScale = 1.f;
        // Arrows at the frame's edge toward the off-screen origins of visible flows and the
        // corridor's off-screen ends.
        bool edgeIndicators = true;
        bool inset = false;  // a locator map (the view's frame on an overview), bottom right
        auto tie() const {
            return std::tie(title, subtitle, scaleBar, attribution, captionTitle, caption, callouts,
                            leftInsetPx, legendCorner, legendCompact, textScale, edgeIndicators,
                            inset);
        }
        bool operator==(const Overlays& o) const { return tie() == o.tie(); }
    } overlays;
    // Map labels (countries, water, cities, corridor nodes): on by default; language "en", "ru",
    // "zh" or "local"; density 1 = the default amount (0.25 .. 4).
    struct Labels {
        bool enabled = true;
        std::string language = "en";
        float density = 1.f;
        auto tie() const { return std::tie(enabled, language, density); }
        bool operator==(const Labels& o) const { return tie() == o.tie(); }
    } labels;
    double animPhase = 0.0;    // seconds of animation time
    bool transparent = false;  // no background (export)
    // Set when this spec draws one tile of a larger frame (tiled export): the whole frame's size
    // and where this tile's top-left pixel lies in it. Screen-space effects (sea gradient,
    // vignette, legend) are laid out on the whole frame. frameWidthPx 0 = not a tile.
    struct Tile {
        int frameWidthPx = 0;
        int frameHeightPx = 0;
        int offsetXPx = 0;  // from the frame's left edge
        int offsetYPx = 0;  // from the frame's top edge
        auto tie() const { return std::tie(frameWidthPx, frameHeightPx, offsetXPx, offsetYPx); }
        bool operator==(const Tile& o) const { return tie() == o.tie(); }
    } tile;

    // Every field once (the camera's two), for sameFrame. The nested structs' comparisons
    // list theirs in their own tie(); the size check below fails the build when a field is
    // added anywhere in the spec, until it is listed.
    auto tie() const {
        return std::tie(widthPx, heightPx, pixelsPerPoint, camera.centerWorld, camera.metresPerPx,
                        theme, layerOn, year, timeline, overlays, labels, animPhase, transparent,
                        tile);
    }
};
static_assert(sizeof(FrameSpec) == 640,
              "a FrameSpec field was added or removed: list it in FrameSpec's (or its part's) "
              "tie(), then update this size");

// The whole frame's size in pixels (the tile's frame, or the spec's own size when not a tile).
glm::ivec2 frameSizePx(const FrameSpec& spec);

// The spec that draws the tile of `full` whose top-left pixel is (offsetXPx, offsetYPx) and
// whose size is widthPx x heightPx: the same scale, the camera centred on the tile, and `tile`
// set so frame-wide effects line up. The tile may reach past the frame's right or bottom edge.
FrameSpec tileSpec(const FrameSpec& full, int offsetXPx, int offsetYPx, int widthPx, int heightPx);

// True when two specs draw the same picture (the window redraws the map only when this changes).
bool sameFrame(const FrameSpec& a, const FrameSpec& b);

// Pixels per point for an output of this size showing the same composition as a 1920x1080 screen.
double pixelsPerPointForSize(int widthPx, int heightPx);

}  // namespace scene
