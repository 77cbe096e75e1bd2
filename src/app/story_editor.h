// The story open in the window: its steps, what the current step adds to the map (StoryShown),
// what Home returns to, and the panel's story edits (load, add the current view as a step,
// delete, save). Flying to a step is the window's wiring (camera, year, cards); this keeps the
// story and the panel's story section in step. No SDL, GL or ImGui here.
#pragma once

#include "app/story_nav.h"
#include "scene/camera.h"
#include "scene/map_data.h"
#include "scene/story.h"
#include "ui/panel.h"

#include <optional>
#include <string>

namespace app {

// A new step from what the panel shows: the year (to 0.01), mode, window, filters, timeline
// layers and labels, and the base-map layers that differ from the manifest's (`layers`) as
// show / hide lists. Titled "Step N" with N = `stepCount` + 1. The camera is the caller's.
scene::StoryStep stepFromPanel(const ui::PanelModel& panel,
                               const std::vector<scene::LayerDef>& layers, size_t stepCount);

// The camera of the part of the window the map shows (right of `coverPx`, at most half the
// width) as centre (to 1e-4 degrees) and zoom (to 0.001); none when the projection is unknown.
std::optional<scene::StoryCamera> storyCamera(geo::ProjectionKind projection,
                                              const scene::Camera& camera, glm::dvec2 viewportPx,
                                              double coverPx, double pixelsPerPoint);

class StoryEditor {
public:
    const scene::Story& story() const { return m_story; }
    int stepCount() const { return static_cast<int>(m_story.steps.size()); }
    StoryShown& shown() { return m_shown; }
    const StoryShown& shown() const { return m_shown; }
    OverviewDefaults& overview() { return m_overview; }

    // Loads `path`; its warnings and errors go to the panel's messages. A broken file leaves
    // the story empty but keeps its path (a fixed one can be saved over). The story's text size
    // applies unless `textSizeChosen` (the command line chose one).
    void load(const std::string& path, ui::PanelModel& panel, bool textSizeChosen);
    // Inserts `step` after the current one (or at the end), makes it current; the story gets a
    // title and a path if it had none. Not saved.
    void addStep(ui::PanelModel& panel, scene::StoryStep step);
    // Deletes the current step; the next (or the new last) becomes current. Not saved.
    void deleteCurrentStep(ui::PanelModel& panel);
    // The 0-based step that --step `requested` (1-based; 0 = none) opens on, or -1; a step past
    // the story's end is said on the panel's messages.
    int startStep(int requested, ui::PanelModel& panel) const;
    // Writes the story to panel.storyPath (safely: a temporary file and a rename).
    void save(ui::PanelModel& panel) const;
    // The panel's story section from the story: title, step titles, a current step in range.
    void syncPanel(ui::PanelModel& panel) const;

private:
    scene::Story m_story;
    StoryShown m_shown;           // the step's highlights and cards; the last step shown
    OverviewDefaults m_overview;  // what Home returns to
};

}  // namespace app
