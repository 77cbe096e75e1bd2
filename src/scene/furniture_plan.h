// Where a frame's furniture stands and what it draws: the legend in its corner, the scale bar,
// the attribution, the story step's caption card, the locator inset's panel, event cards pinned
// to places and edge indicators, laid out on the whole frame (frame pixels, y down) as boxes and
// plain overlay items. A pure function of plain values: what needs the renderer (the ground
// scale at the frame's centre, the cards' anchors on screen, the edge indicators found, the
// legend's content, the map's bounds) is measured there and passed in. render draws the items
// (shifted by a tile's offset), the vector export replays them, labels keep clear of the boxes.
#pragma once

#include "scene/camera.h"
#include "scene/edge_indicators.h"
#include "scene/frame_spec.h"
#include "scene/label_placement.h"
#include "scene/legend_layout.h"
#include "scene/overlay_item.h"
#include "scene/palette.h"
#include "scene/text_metrics.h"
#include "scene/timeline_geometry.h"

#include <glm/vec2.hpp>

#include <optional>
#include <string>
#include <vector>

namespace scene {

// An event card (or the route's tonnage tag) with the place it is pinned to in frame pixels.
struct PinnedCard {
    std::string title, detail;
    glm::vec2 anchorPx{0.f};
    float opacity = 1.f;
};

struct FurnitureInput {
    glm::vec2 framePx{1920.f, 1080.f};  // the whole frame, however it is tiled
    float pixelsPerPoint = 1.f;
    FrameSpec::Overlays overlays;  // what to show (its callouts are read from `cards`)
    std::string language = "en";   // the labels' language: the furniture speaks it
    Palette palette;
    // Ground metres per pixel at the frame's centre (right of the window's panel); 0 when it
    // cannot be measured (no projection): no scale bar.
    double groundMetresPerPx = 0.0;
    std::vector<PinnedCard> cards;  // placed in order: earlier cards win room
    // The legend's content; none without fonts, a timeline or when the frame hides it.
    std::optional<LegendSpec> legend;
    // The locator inset: the loaded map's bounds (map plane) and the whole frame's camera, for
    // the view's frame drawn on it. None = no inset.
    struct Inset {
        glm::dvec2 boundsMin{0.0}, boundsMax{0.0};
        Camera frameCamera;
    };
    std::optional<Inset> inset;
    std::vector<EdgeIndicator> edgeIndicators;  // found on the whole frame
};

struct FurniturePlan {
    enum class Piece { Attribution, ScaleBar, Inset, Caption, Legend, EdgeArrow, EdgeCard, Card };
    struct Box {
        Piece piece;
        LabelBox box;  // frame pixels
    };
    // Every piece placed, in the order placed (the legend's panel without its shadow; the inset
    // and the scale bar with their padding).
    std::vector<Box> boxes;
    // What map labels keep clear of: every box but the legend's (reservedFor adds it).
    std::vector<LabelBox> reserved;
    int droppedCards = 0;  // cards with no clear place (not drawn)

    // The legend: its panel in frame pixels, the pixels per point it is drawn at (the frame's,
    // times textScale as far as it fits) and its style. legendSizePx 0 = no legend.
    glm::vec2 legendOriginPx{0.f}, legendSizePx{0.f};
    float legendPixelsPerPoint = 1.f;
    LegendStyle legendStyle;

    std::optional<LabelBox> insetMapPx;  // where the inset's overview map goes
    // Where the scale bar reaches at its longest (its length follows the view's scale).
    std::optional<LabelBox> scaleBarReachPx;

    // In draw order: the furniture (its shapes, then its text), the view's frame over the
    // inset's map, then the legend (its shapes, then its text).
    std::vector<OverlayItem> furniture, insetFrame, legendItems;

    bool hasLegend() const { return legendSizePx.x > 0.f && legendSizePx.y > 0.f; }
    // The legend's reach with its soft shadow.
    LabelBox legendShadowBox() const;
    // What the furniture covers whatever the view: every reserved box (build the plan without
    // cards and edge indicators), the legend with its shadow and the scale bar at its longest.
    // What a story step's box is framed around (scene::fitCameraInside).
    std::vector<LabelBox> coverPx() const;
    // All items in the order the GL path draws them (the vector export's record).
    std::vector<OverlayItem> drawOrder() const;
};

FurniturePlan planFurniture(const FurnitureInput& in, const TextMetrics& text);

// The locator inset's box in frame pixels: bottom right, above the attribution, the map's
// aspect, at most 170 pt wide and 30 % of the frame's width and height.
LabelBox insetRectPx(glm::vec2 framePx, float pixelsPerPoint, bool attribution,
                     glm::dvec2 boundsMin, glm::dvec2 boundsMax);

}  // namespace scene
