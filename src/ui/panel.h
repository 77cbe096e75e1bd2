// The Dear ImGui side panel: layer toggles, theme, projection, a frame-time readout and the load
// messages. It edits a copy of the model and returns what the app must do; it never calls GL.
#pragma once

#include "geo/projection.h"
#include "ui/label_controls.h"

#include <string>
#include <vector>

namespace ui {

struct PanelModel {
    // Timeline
    double year = 2025.0;
    double yearMin = 2005.0;
    double yearMax = 2025.0;
    bool playing = false;
    float yearsPerSecond = 1.f;  // 0.25 .. 4
    bool loop = true;
    bool showRoute = true, showArcs = true, showMarkers = true, showLegend = true;

    std::vector<std::string> layerTitles;
    std::vector<bool> layerOn;
    std::string theme = "dark";  // "dark" or "light"
    geo::ProjectionKind projection = geo::ProjectionKind::Lcc;
    double zoom = 0.0;
    double frameMs = 0.0;               // cost of the last map redraw
    double fps = 0.0;                   // frames presented per second (few when idle)
    std::string renderer;               // GL renderer string
    std::vector<std::string> messages;  // load problems, one line each
    LabelControlsModel labels;          // map labels: on/off, language, density
};

struct PanelActions {
    bool layersChanged = false;
    bool themeChanged = false;
    bool projectionChanged = false;
    bool resetView = false;
    bool clearMessages = false;
};

// Draws the panel into the current ImGui frame, `widthPx` wide at the window's left edge.
// Edits `model` in place only where the user changed something, and says so in the result.
PanelActions drawPanel(PanelModel& model, float widthPx, float heightPx);

// Colours and spacing for the panel in the given theme.
void applyPanelStyle(const std::string& theme, float scale);

}  // namespace ui
