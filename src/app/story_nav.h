// Moving through a story in the window as pure state changes: entering a step (its mode,
// filters, layers and highlights on the panel), Home (the overview: everything shown, no
// caption, no highlights), and which step PgDn / PgUp go to, also from the overview (the story
// resumes after the last step shown). No SDL or GL here.
#pragma once

#include "scene/story_frame.h"
#include "ui/panel.h"

#include <cstdint>
#include <vector>

namespace app {

// What the story adds to the map besides the panel's settings.
struct StoryShown {
    int lastStep = -1;                             // the last step entered (kept through Home)
    std::vector<uint32_t> highlightFlows;          // the current step's highlighted flows
    std::vector<size_t> highlightPlaces;           // the current step's tagged places
    std::optional<scene::StoryCallouts> callouts;  // the current step's own event cards
};

// What Home returns to: the layers and labels the window started with.
struct OverviewDefaults {
    std::vector<bool> layerOn;  // per base-map layer, as the manifest has them
    bool labels = true;
};

// Puts step `step` (0-based) on the panel: mode, window, filters, layers, labels; its
// highlights on `shown`. Playback stops. The camera and the year are the caller's (a flight).
void enterStep(ui::PanelModel& panel, StoryShown& shown, const scene::StepTarget& target, int step);

// Home: the overview with everything shown: cumulative mode, no filters, every timeline layer,
// the default base-map layers and labels, no step (so no caption), no highlights. The year stays.
void showOverview(ui::PanelModel& panel, StoryShown& shown, const OverviewDefaults& defaults);

// The step PgDn goes to: the next after the current one, or after the last one shown when the
// overview is on (the first if none was); the last step stays the last. -1 without steps.
int nextStep(int current, int lastShown, int count);
// The step PgUp goes to: the one before the current, or from the overview the last one shown.
int previousStep(int current, int lastShown, int count);

}  // namespace app
