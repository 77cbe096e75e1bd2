// What the window draws with ImGui over the map besides the panel: the shortcut overlay, the
// presentation-mode hint, the black screen, the export's progress box and the flow or place
// card (hovered, or pinned beside its point). Free functions inside an ImGui frame (the export's
// progress is a whole frame of its own); they only read their arguments.
#pragma once

#include "app/imgui_frame.h"
#include "app/map_canvas.h"
#include "data/dataset.h"
#include "ui/panel.h"

#include <SDL.h>

#include <glm/vec2.hpp>

#include <string>

namespace app {

// The side panel, `width` x `height` window units, drawn on a copy of `panel` that is written
// back (the UI edits a copy); its actions. *timelineChanged: the user moved the year or
// played or paused.
ui::PanelActions drawSidePanel(ui::PanelModel& panel, const data::Dataset& dataset, float width,
                               float height, bool* timelineChanged);
// The key table (app/key_map.h) as an overlay; *open turns false when its close box is clicked.
void drawHelpOverlay(bool* open);
// For presentation mode: how to get the panel back, and the step while a story is open.
void drawPresentationHint(const ui::PanelModel& panel);
void drawBlackout();
// The export's box: the file's name, a bar at `fraction`, "Esc cancels".
void drawExportProgress(const std::string& fileName, float fraction);

// Between two export tiles, a whole frame: the window's last map picture and the progress box,
// swapped to the screen. Esc or closing the window cancels (closing also sets *quit); false
// when cancelled.
bool exportProgressFrame(ImGuiFrame& imgui, const MapCanvas& canvas, SDL_Window* window,
                         const std::string& fileName, float fraction, bool* quit);

// Where a pinned card stands, in window units (ImGui's): beside `anchor`, inside the map area
// right of `mapLeft`.
struct CardAnchor {
    glm::dvec2 anchor{0.0};
    float mapLeft = 0.f;
};
// The card of the shown flow (`shownFlow` >= 0), else of panel.detailPlace, hovered or
// `pinned` (then at `at`); none while dragging the map unless pinned. Returns the source link
// the user clicked ("" = none).
std::string drawMapCard(const data::Dataset& dataset, const ui::PanelModel& panel, int shownFlow,
                        bool pinned, bool dragging, const CardAnchor& at);

}  // namespace app
