// The window's export dialog at work: the current view at any size through the tiled exporter
// (or the vector back end for a .pdf / .svg name), every story step at rest, and the F12
// screenshot, each with the same composition as the window (the map area beside the panel,
// line widths and text by the output's pixel density). The dialog's choices and the outcome
// live on the panel. The progress between tiles is the caller's (a frame with a bar).
#pragma once

#include "app/map_session.h"
#include "render/map_renderer.h"
#include "scene/frame_builder.h"
#include "scene/story.h"
#include "ui/panel.h"

#include <functional>
#include <string>
#include <vector>

namespace app {

// The dialog's choices as the exporter's request, at `textSize` (the window's).
scene::ExportRequest exportRequest(const ui::ExportSettings& settings, scene::TextSize textSize);

// `name` in the export folder `folder` ("" = the working folder), absolute and normalised; an
// absolute `name` stays where it is.
std::string exportPath(const std::string& folder, const std::string& name);

// What an export from the window draws from.
struct ExportSource {
    render::MapRenderer& renderer;
    const MapSession& session;
    const scene::FrameSpec& drawn;  // the window's last map frame
    const scene::Story& story;
    const std::vector<glm::dvec2>& placeWorld;
    scene::TextSize textSize = scene::TextSize::Default;
    // Between tiles, with the share done (0..1); false cancels.
    std::function<bool(float)> progress;
};

// The view at the dialog's size into its file; panel.exportMessage says where, or why not.
void exportView(const ExportSource& source, ui::PanelModel& panel);
// Each story step at rest, as `corridor render --scene FILE --all-steps` draws it, at the
// dialog's size and furniture: step_01.png, step_02.png ... in the export folder.
void exportAllSteps(const ExportSource& source, ui::PanelModel& panel);
// F12: `spec` at window size, full quality, as corridor-YYYYMMDD-HHMMSS.png in the export
// folder, drawn into `target`; the panel's messages say where it went (or why it failed).
void saveScreenshot(render::MapRenderer& renderer, render::RenderTarget& target,
                    const scene::FrameSpec& spec, ui::PanelModel& panel);

}  // namespace app
