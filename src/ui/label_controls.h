// The panel's map-label controls: labels on/off, their language and their density. Edits the
// model in place; never calls GL.
#pragma once

#include <string>

namespace ui {

struct LabelControlsModel {
    bool show = true;
    std::string language = "en";  // "en", "ru", "zh", "local"
    float density = 1.f;          // 0.25 .. 4
};

// Draws the "Labels" section into the current ImGui window. True when something changed.
bool drawLabelControls(LabelControlsModel& model);

}  // namespace ui
