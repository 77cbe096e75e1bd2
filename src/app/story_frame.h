// From a story step to a frame: the camera for the frame's size, the year, the timeline view
// (mode, filters, highlighted flows), layer switches and the caption; and the event callouts
// and place tags pinned on the map. Shared by the window (which flies there) and `render --scene`
// (which draws it at once). No GL here.
#pragma once

#include "app/map_session.h"
#include "scene/frame_spec.h"
#include "scene/story.h"

#include <optional>
#include <string>
#include <vector>

namespace app {

struct StepTarget {
    std::optional<scene::Camera> camera;  // none: the step keeps the current view
    double year = 2025.0;
    std::optional<double> fromYear;
    scene::TimelineView view;
    bool route = true, arcs = true, markers = true, legend = true, labels = true;
    std::vector<bool> layerOn;            // per map layer
    std::vector<size_t> highlightPlaces;  // indices into dataset.places()
    std::string title, caption;
    std::vector<std::string> problems;  // ids in the step that the data or map does not know
};

// `step` is 0-based. The camera fits the frame `viewportPx` minus `leftCoverPx` at its left edge
// (the window's side panel), at `pixelsPerPoint` (a zoom level means the same at any density).
StepTarget resolveStep(const scene::Story& story, int step, const MapSession& session,
                       glm::dvec2 viewportPx, double pixelsPerPoint, double leftCoverPx = 0.0);

// Sets everything the step decides on a frame spec at once (render --scene).
void applyStep(const StepTarget& target, const scene::Story& story, scene::FrameSpec& spec);

// Map-plane position of every place of the data set (NaN where it has no coordinates).
std::vector<glm::dvec2> placePositions(const MapSession& session);

// How long an event's card stays when the timeline rests (a story step, a still export), and
// at most while it plays, in years of the timeline.
constexpr double kRestCalloutYears = 0.25;
constexpr double kMaxPlayingCalloutYears = 1.0;

// Cards for the events of the last `holdYears` before `year` (at most `maxCards`, newest
// first), each fading in quickly and out over the last third of its time; events without a
// place are left out.
std::vector<scene::FrameSpec::Callout> eventCallouts(const data::Dataset& dataset,
                                                     const std::vector<glm::dvec2>& placeWorld,
                                                     double year, double holdYears,
                                                     int maxCards = 3);

// Name tags for highlighted places (the story's highlight_places).
std::vector<scene::FrameSpec::Callout> placeTags(const data::Dataset& dataset,
                                                 const std::vector<glm::dvec2>& placeWorld,
                                                 const std::vector<size_t>& places);

}  // namespace app
