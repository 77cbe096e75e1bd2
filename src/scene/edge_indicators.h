// Edge indicators: where the visible investment flows and the corridor run out of the frame
// toward a place that is off screen (Beijing, Lianyungang, Prague ...), an arrow at the frame's
// edge pointing to it with a compact label (the place, how far, how many flows and their sums
// per amount kind), in the manner of a game's off-screen target markers. Pure: a function of
// the camera, the frame, the year and the timeline as drawn. No GL, SDL or ImGui here.
#pragma once

#include "scene/ui_text.h"

#include "data/dataset.h"
#include "data/flow_queries.h"
#include "geo/projection.h"
#include "scene/camera.h"
#include "scene/timeline_geometry.h"

#include <glm/vec2.hpp>

#include <string>
#include <vector>

namespace scene {

enum class FrameEdge { Left, Right, Top, Bottom };

struct EdgeIndicator {
    enum class Kind { FlowOrigin, RouteEnd };
    Kind kind = Kind::FlowOrigin;
    uint32_t placeIndex = 0;     // into dataset.places(): the off-screen place
    std::string name;            // the place's name
    std::string nameRu, nameZh;  // from places.csv; may be empty (the English name is shown)
    glm::dvec2 placeWorld{0.0};
    FrameEdge edge = FrameEdge::Right;
    glm::dvec2 edgePx{0.0};       // on the frame's edge, where the lines leave it (frame pixels)
    glm::dvec2 directionPx{0.0};  // unit vector on screen from edgePx toward the place
    double distanceKm = 0.0;  // great circle from edgePx's ground point to the place; 0 = unknown
    // FlowOrigin: the visible flows from the place, and their amounts per kind (never summed
    // across kinds).
    int flowCount = 0;
    // Realised flows only (under construction, operating, completed): what was spent. Announced,
    // suspended and cancelled flows are counted apart, their amounts never added in.
    data::AmountTotals totals;
    int notSpent = 0;
};

struct EdgeIndicatorInput {
    Camera camera;  // the whole frame's
    glm::dvec2 frameSizePx{1920.0, 1080.0};
    double year = 2025.0;
    const data::Dataset* dataset = nullptr;  // names and amounts; nothing without it
    // The arcs as drawn (after the view: width 0 = filtered out), visible while
    // yearStart <= year < yearEnd.
    const std::vector<ArcInstance>* arcs = nullptr;
    const std::vector<RouteSegmentGeometry>* route = nullptr;  // nullptr: no route ends
    const geo::Projection* projection = nullptr;  // for distances; nullptr: distanceKm 0
};

// One indicator per off-screen origin of visible flows that enter the frame, placed where most
// of them cross the edge (their mean crossing on the edge most of them cross), and one per
// off-screen end of the corridor drawn at the year: from each drawn segment that leaves the
// frame, the route is followed outward (to the neighbour farthest from the frame's centre)
// to its last place. Origins and ends inside the frame give none. In dataset place order.
std::vector<EdgeIndicator> edgeIndicators(const EdgeIndicatorInput& in);

// The indicator's label: "Beijing · 2,600 km", then for flows "41 flows", then one line per
// amount kind of the realised flows, largest first ("$12.3 bn equity"), "3 without a sourced
// amount", and "16 announced or halted, not spent"; in Russian or Chinese with the furniture.
std::vector<std::string> edgeIndicatorLines(const EdgeIndicator& indicator,
                                            UiLanguage language = UiLanguage::En);

}  // namespace scene
