// The presenter's Dear ImGui side panel: timeline (modes, playback, events on the slider),
// filters, layers and style, details of what is hovered or selected, the story's steps, and a
// status readout. It edits a copy of the model and returns what the app must do; it never calls
// GL. Sections live in panel_*.cpp.
#pragma once

#include "data/dataset.h"
#include "data/flow_queries.h"
#include "geo/projection.h"
#include "scene/manifest.h"
#include "scene/palette.h"
#include "ui/label_controls.h"

#include <map>
#include <string>
#include <vector>

namespace ui {

// An event as the timeline slider shows it.
struct PanelEvent {
    double year = 0.0;  // fractional
    std::string title;
    std::string date;  // "7 September 2013"
};

// The export dialog's choices. Sizes 0 x 0 = the window's size.
struct ExportSettings {
    int preset = 2;  // index into exportPresets()
    int widthPx = 3840, heightPx = 2160;
    float dpi = 0.f;  // 0 = by size (the composition of a 1920x1080 screen, 96 dpi there)
    bool transparent = false;
    bool titleAndCaption = true;  // the legend's title lines and the story caption
    bool legend = true;
    bool scaleBar = true;
    bool attribution = true;
    bool inset = false;  // the locator map at the bottom right
    std::string fileName = "corridor-export.png";
    // The folder exports, story steps and screenshots go to (the app fills in the working
    // folder's absolute path, so it is never a silent default).
    std::string folder;
};

struct ExportPreset {
    const char* name;
    int widthPx, heightPx;  // 0 x 0 = the window's size; -1 = custom
    float dpi;              // 0 = by size
};
// Window size, HD, 4K, 8K, A4 and A3 landscape at 300 dpi, custom.
const std::vector<ExportPreset>& exportPresets();

struct PanelModel {
    // Timeline
    double year = 2025.99;
    double yearMin = 2005.0;
    double yearMax = 2025.99;  // the end of the data's last year
    bool playing = false;
    float yearsPerSecond = 1.f;  // 0.25 .. 4
    bool loop = true;
    data::TimeMode mode = data::TimeMode::Cumulative;
    int windowYears = 3;
    std::vector<PanelEvent> events;
    bool showRoute = true, showArcs = true, showMarkers = true, showLegend = true;

    // Filters (empty lists: everything) and what they can choose from.
    data::FlowFilter filter;
    std::vector<std::string> subsectors;  // present in the data
    std::vector<std::string> countries;   // destination countries in the data (ISO alpha-3)
    // Country names by code, for the list and the details (a code without one shows as itself).
    std::map<std::string, std::string> countryNames;
    double amountMinUsd = 1e6, amountMaxUsd = 1e10;  // the data's range (log slider bounds)

    // Layers and style
    std::vector<std::string> layerTitles;
    std::vector<bool> layerOn;
    std::string theme = "dark";        // "dark" or "light"
    std::vector<scene::Theme> themes;  // the manifest's (else the built-in palettes)
    geo::ProjectionKind projection = geo::ProjectionKind::Lcc;
    float arcWidthScale = 1.f;  // 0.5 .. 3
    bool showScaleBar = true, showAttribution = true;
    // Projector text: the caption body 3.5% of the screen's height, labels and cards as much
    // larger (scene::textScaleFor); a story's text = "projector" switches it on.
    bool projectorText = false;

    // Details: what the map has under the mouse or selected (indices, -1 = none).
    int detailFlow = -1;
    int detailPlace = -1;
    std::string detailCountry;  // ISO alpha-3 of the chosen country, "" = none

    // Story
    std::string storyPath;  // "" = no story loaded
    std::string storyTitle;
    std::vector<std::string> stepTitles;
    int currentStep = -1;
    std::string storyMessage;      // last save result
    bool arrowsStepStory = false;  // Left / Right step the story while one is open (clickers)

    // Export
    ExportSettings exportSettings;
    float exportProgress = -1.f;  // 0..1 while an export runs, else < 0
    std::string exportMessage;    // where the last export went, or why it failed

    // Status
    double zoom = 0.0;
    double frameMs = 0.0;  // cost of the last map redraw
    double fps = 0.0;      // frames presented per second (few when idle)
    float uiScale = 1.f;
    std::string renderer;               // GL renderer string
    std::vector<std::string> messages;  // load problems, one line each
    LabelControlsModel labels;          // map labels: on/off, language, density
};

struct PanelActions {
    bool layersChanged = false;
    bool themeChanged = false;
    bool projectionChanged = false;
    bool resetView = false;
    bool overview = false;  // Home: leave the story for the overview, everything shown
    bool clearMessages = false;
    int goToStep = -1;        // fly to this story step
    bool addStep = false;     // the current view as a new step after the current one
    bool deleteStep = false;  // remove the current step
    bool saveStory = false;
    bool exportNow = false;    // write the export with model.exportSettings
    bool exportSteps = false;  // every story step as step_NN.png into exportSettings.folder
    std::string openUrl;       // a source link that was clicked: open it in the browser
};

// Draws the panel into the current ImGui frame, `widthPx` wide at the window's left edge.
// `dataset` feeds the details and filter lists (may be empty). Edits `model` in place only
// where the user changed something, and says so in the result.
PanelActions drawPanel(PanelModel& model, const data::Dataset& dataset, float widthPx,
                       float heightPx);

// The palette of the model's theme: the manifest's, else the built-in one.
scene::Palette panelPalette(const PanelModel& model);

// Colours (from the theme's palette, over ImGui's dark or light style as the panel's background
// is dark or light) and spacing for the panel, at `scale` (ImGui style sizes).
void applyPanelStyle(const scene::Palette& palette, float scale);

// Fills the filter choices and the events of the slider from a data set.
void setPanelData(PanelModel& model, const data::Dataset& dataset);

}  // namespace ui
