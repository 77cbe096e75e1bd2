// What the window draws with ImGui over the map besides the panel: the shortcut overlay, the
// presentation-mode hint, the black screen, the export's progress box and the flow or place
// card (hovered, or pinned beside its point). Free functions inside an ImGui frame; they only
// read their arguments.
#pragma once

#include "data/dataset.h"
#include "ui/panel.h"

#include <glm/vec2.hpp>

#include <string>

namespace app {

// The key table (app/key_map.h) as an overlay; *open turns false when its close box is clicked.
void drawHelpOverlay(bool* open);
// For presentation mode: how to get the panel back, and the step while a story is open.
void drawPresentationHint(const ui::PanelModel& panel);
void drawBlackout();
// The export's box: the file's name, a bar at `fraction`, "Esc cancels".
void drawExportProgress(const std::string& fileName, float fraction);

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
