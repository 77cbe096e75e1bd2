// The window's frame spec from its state: the panel's choices, the camera, the interface scale,
// the hover, the story's step; and the event cards and place tags the window adds (held for
// wall time while the year moves, CalloutClock). Pure but for the clock's state; no SDL, GL or
// ImGui here.
#pragma once

#include "app/callout_clock.h"
#include "app/hover_state.h"
#include "app/story_nav.h"
#include "scene/frame_builder.h"
#include "scene/story.h"
#include "ui/panel.h"

#include <vector>

namespace app {

struct WindowView {
    scene::Camera camera;
    int widthPx = 1, heightPx = 1;
    float uiScale = 1.f;
    double coverPx = 0.0;    // device pixels of map under the panel (0: hidden)
    double textScale = 1.0;  // the panel's text size on this window (scene::textScaleFor)
    double animSec = 0.0;
};

// The home view (or --view's box) framed in the part of a `viewportPx` window right of the
// panel's `coverPx` (at least half the width stays the map's), centred there.
scene::Camera homeCamera(const scene::MapData& map, const geo::LonLatBox& box,
                         glm::dvec2 viewportPx, double coverPx);

// What a framed view (home, a story step) was last framed for: the furniture it is framed
// around changes size with the interface scale, the text size and the panel's width.
struct FramedFor {
    double uiScale = 0.0, textScale = 0.0, coverPx = -1.0;  // coverPx < 0: never framed
    bool never() const { return coverPx < 0.0; }
    // Notes the values; true when they changed since a previous call (the view must be framed
    // again), false on the first call.
    bool update(double uiScale, double textScale, double coverPx);
};

// Everything the window's frame shows but its event cards: size, density, camera, theme,
// layers, year, timeline view and filters, the hovered or pinned emphasis, the step's
// highlights and caption, the story's title.
scene::FrameSpec windowFrameSpec(const ui::PanelModel& panel, const WindowView& view,
                                 const HoverState& hover, const StoryShown& shown,
                                 const scene::Story& story);

// The frame a story step is resolved on in the window (its size, density, theme, language,
// scale bar, attribution, the panel's cover): what the step's camera is framed clear of.
scene::FrameSpec stepFrameBase(const ui::PanelModel& panel, const WindowView& view);
// The request for step `step` in the window: beside the panel, at the panel's text size, with
// no cards at rest (the window holds its own, CalloutClock).
scene::StepRequest windowStepRequest(const ui::PanelModel& panel, const WindowView& view, int step);

// The event cards (those of the step's choice, or of the layers shown): while the year moves
// (`moving`) each passed event's card stays kCalloutWallSec on the wall clock whatever the
// speed; at rest the events of the last quarter year show too, whole, at most three. Then the
// step's place tags.
void addWindowCards(scene::FrameSpec& spec, CalloutClock& callouts,
                    const scene::FrameBuilder& frames, const data::Dataset& dataset,
                    const std::vector<glm::dvec2>& placeWorld, const ui::PanelModel& panel,
                    const StoryShown& shown, bool moving, double nowSec);

}  // namespace app
