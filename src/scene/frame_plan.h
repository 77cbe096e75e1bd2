// A frame's plan before any pixel: what the furniture shows and where (the legend's content, the
// scale bar's ground scale at the frame's centre, the route's tonnage tag and the event cards
// pinned to their places on screen, the edge indicators, the locator inset's camera), laid out by
// scene::planFurniture, and what the map labels keep clear of. A pure function of what the
// renderer has loaded (FrameModel: plain pointers to its data, nothing of GL), the frame's spec
// and a text measurer, so render only executes the plan and the rules are tested without GL.
// Laid out on the whole frame: every tile of a frame gets the same plan.
//
// Label placement stays its own stage (render's LabelPass, through scene::placeLabels): the
// window places labels with hysteresis and fades across frames, exports once per whole frame,
// each under its own LabelPlacementKey. This plan gives that stage the boxes it avoids.
#pragma once

#include "data/dataset.h"
#include "geo/projection.h"
#include "scene/camera.h"
#include "scene/edge_indicators.h"
#include "scene/flow_aggregate.h"
#include "scene/frame_spec.h"
#include "scene/furniture_plan.h"
#include "scene/label_placement.h"
#include "scene/manifest.h"
#include "scene/text_metrics.h"
#include "scene/timeline_geometry.h"
#include "scene/volume_series.h"

#include <optional>
#include <vector>

namespace scene {

// What the renderer has loaded, as the plan reads it (each pointer outlives the call).
struct FrameModel {
    const geo::Projection* projection = nullptr;  // the map's; nullptr: no scale bar, no distances
    glm::dvec2 mapBoundsMin{0.0}, mapBoundsMax{0.0};  // the loaded map's (the inset's view)
    const std::vector<Theme>* themes = nullptr;       // nullptr: the built-in palettes
    // The timeline; `geometry` nullptr = none loaded (no legend, tag or indicators).
    struct Timeline {
        const TimelineGeometry* geometry = nullptr;  // as built
        const VolumeSeries* volumes = nullptr;
        const data::Dataset* dataset = nullptr;               // nullptr: no edge indicators
        const std::vector<ArcInstance>* drawnArcs = nullptr;  // the frame's view applied
        const ArcScale* arcScale = nullptr;
        const FlowAggregation* aggregation = nullptr;  // nullptr or inactive: every flow drawn
    } timeline;
    bool hasTimeline() const { return timeline.geometry != nullptr; }
};

// How text is measured for the plan, without GL.
struct FrameMetrics {
    const TextMetrics* furniture = nullptr;  // nullptr: no furniture fonts, no furniture
};

struct FramePlan {
    std::optional<FurniturePlan> furniture;  // none without furniture fonts
    // What map labels keep clear of, frame pixels: every furniture box padded by 2 pt, the
    // legend with its shadow out to the frame edges it stands against.
    std::vector<LabelBox> labelReservedPx;
    bool labelNodeObstacles = false;  // the timeline's markers are drawn: labels avoid them
};

FramePlan planFrame(const FrameModel& model, const FrameSpec& spec, const FrameMetrics& metrics);

// What a frame's furniture covers whatever the view (FurniturePlan::coverPx of the plan without
// the cards pinned to places and the edge indicators, which move with the view); a story step's
// box is framed around it. Empty without furniture fonts. Laid out on the whole frame.
std::vector<LabelBox> furnitureCoverPx(const FrameModel& model, const FrameSpec& spec,
                                       const FrameMetrics& metrics);

// The stages planFrame runs, each a pure function of its arguments.

// The whole frame's camera, from a tile's (scene::tileSpec centres a tile's camera on it).
Camera wholeFrameCamera(const FrameSpec& spec);
// What planFurniture lays out for `spec`; without `followView` no cards or edge indicators.
FurnitureInput furnitureInput(const FrameModel& model, const FrameSpec& spec, bool followView);
// The legend the frame shows (the story's title and subtitle over the default ones); only with
// a timeline.
LegendSpec frameLegend(const FrameModel& model, const FrameSpec& spec);
// Toward the off-screen origins of the drawn flows and the corridor's off-screen ends, found on
// the whole frame; none without a data set or when the frame hides them.
std::vector<EdgeIndicator> frameEdgeIndicators(const FrameModel& model, const FrameSpec& spec);
// The year's tonnage tag in the labels' language, pinned to the route it measures: only while
// the route is shown and the year has a sourced figure.
std::optional<FrameSpec::Callout> tonnageCard(const FrameModel& model, const FrameSpec& spec);
// The boxes labels keep clear of for a furniture plan laid out on spec's frame.
std::vector<LabelBox> labelReservedPx(const FurniturePlan& plan, const FrameSpec& spec);

}  // namespace scene
