// From a story step to a frame: the camera for the frame's size, the year, the timeline view
// (mode, filters, highlighted flows), layer switches and the caption; and the event callouts
// and place tags pinned on the map. Shared by the window (which flies there), `render --scene`
// (which draws it at once) and the story video, through FrameBuilder. No GL, SDL or
// ImGui here.
#pragma once

#include "data/dataset.h"
#include "scene/frame_spec.h"
#include "scene/map_data.h"
#include "scene/story.h"

#include <optional>
#include <string>
#include <vector>

namespace scene {

struct StepTarget {
    int index = -1;  // the step resolved (0-based); -1: none
    FrameCorner legendCorner = FrameCorner::TopRight;
    bool legendCompact = false;
    std::optional<Camera> camera;  // none: the step keeps the current view
    double year = 2025.0;
    std::optional<double> fromYear;
    TimelineView view;
    bool route = true, arcs = true, markers = true, legend = true, labels = true;
    std::vector<bool> layerOn;            // per map layer
    std::vector<size_t> highlightPlaces;  // indices into dataset.places()
    std::string title, caption;
    std::vector<std::string> problems;      // ids in the step that the data or map does not know
    std::optional<StoryCallouts> callouts;  // the step's own choice of event cards
};

// `step` is 0-based. The camera fits the frame `viewportPx` minus `leftCoverPx` at its left edge
// (the window's side panel) and the furniture `coveredPx` (frame pixels: legend, caption, scale
// bar, attribution; render::MapRenderer::furnitureCoverPx), with `paddingPx` around the step's
// box, at `pixelsPerPoint` (a zoom level means the same at any density).
StepTarget resolveStep(const Story& story, int step, const MapData& map,
                       const data::Dataset& dataset, glm::dvec2 viewportPx, double pixelsPerPoint,
                       double leftCoverPx = 0.0, const std::vector<ScreenRect>& coveredPx = {},
                       double paddingPx = 0.0);

// Only the step's camera, as resolveStep frames it (nullopt when the step keeps the view);
// problems with it are added to *problems when given.
std::optional<Camera> stepCamera(const StoryStep& step, const std::string& where,
                                 const MapData& map, glm::dvec2 viewportPx, double pixelsPerPoint,
                                 double leftCoverPx, const std::vector<ScreenRect>& coveredPx,
                                 double paddingPx, std::vector<std::string>* problems = nullptr);

// The space kept between a step's box and the furniture around it, in points.
constexpr double kStepPaddingPt = 10.0;

// Sets everything the step decides on a frame spec at once: camera, year, timeline view,
// layers, the story's title, the legend's place, and the caption in the labels' language.
void applyStep(const StepTarget& target, const Story& story, FrameSpec& spec);

// Only the caption (in spec.labels.language) and the legend's place of step `step` (0-based;
// none: nothing changes), as the window shows the current step while its view moves freely.
void applyStepCaption(const Story& story, int step, FrameSpec& spec);

// Map-plane position of every place of the data set (NaN where it has no coordinates).
std::vector<glm::dvec2> placePositions(const MapData& map, const data::Dataset& dataset);

// The layer an event's card belongs to when a step does not choose its cards: openings and
// milestones at a corridor node (a segment's end or via place) are the corridor's; agreements,
// and openings and milestones elsewhere, the investment flows'; summits belong to both.
enum class EventLayer { Corridor, Flows, Both };
EventLayer eventLayer(const data::Dataset& dataset, const data::Event& event);

// An event's date as events.csv writes it: "2025-09-30", "2013-09" or "2022".
std::string eventDateText(const data::EventDate& date);

// Per event of dataset.events(), 1 where its card may show: the step's own choice when it has
// one (the events of its kinds and its dated events, whatever the layers), else the events of
// the layers shown. References that match no event are added to *problems, naming `where`.
std::vector<char> shownEvents(const data::Dataset& dataset,
                              const std::optional<StoryCallouts>& callouts, bool corridor,
                              bool flows, const std::string& where = "",
                              std::vector<std::string>* problems = nullptr);

// How long an event's card stays when the timeline rests (a story step, a still export), and
// at most while it plays, in years of the timeline.
constexpr double kRestCalloutYears = 0.25;
constexpr double kMaxPlayingCalloutYears = 1.0;

// Below this opacity a card is not drawn at all (and so is no obstacle to the labels).
constexpr float kMinCalloutOpacity = 0.05f;

// Cards for the events of the last `holdYears` before `year` (at most `maxCards`, newest first;
// only those `shown` marks, when given). While the timeline plays (a hold longer than
// kRestCalloutYears) each fades in quickly and out over the last third of its time, and is left
// out once under kMinCalloutOpacity; at rest every card is whole. Events without a place are
// left out. A pure function of the year: exports and sequences use it; the window holds cards
// for a time on the wall clock instead (app/callout_clock.h).
std::vector<FrameSpec::Callout> eventCallouts(const data::Dataset& dataset,
                                              const std::vector<glm::dvec2>& placeWorld,
                                              double year, double holdYears,
                                              const std::vector<char>* shown = nullptr,
                                              int maxCards = 3);

// The card of one event (index into dataset.events()), whole; none when it has no place.
std::optional<FrameSpec::Callout> eventCard(const data::Dataset& dataset,
                                            const std::vector<glm::dvec2>& placeWorld,
                                            size_t eventIndex);

// Name tags for highlighted places (the story's highlight_places).
std::vector<FrameSpec::Callout> placeTags(const data::Dataset& dataset,
                                          const std::vector<glm::dvec2>& placeWorld,
                                          const std::vector<size_t>& places);

}  // namespace scene
