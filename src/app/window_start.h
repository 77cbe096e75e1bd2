// What the window starts from: the --view option checked against the loaded map's area (as
// `render` does, but the window opens anyway), the panel filled from the options and the
// session, and whether the GL renderer draws in software. No SDL, GL or ImGui here.
#pragma once

#include "app/cli.h"
#include "app/map_session.h"
#include "ui/panel.h"

#include <string>

namespace app {

// Keeps options.view inside the map's area; a view outside it is dropped (the home view shows)
// and one reaching outside is cut, each with a warning on session.warnings.
void checkViewOption(Options& options, MapSession& session);

// The panel at start: theme, layers, the data's choices, year (the first with --play, which
// plays), labels, projection, the renderer's name, the load's messages, and the export folder
// (the working folder, in full).
void initPanel(ui::PanelModel& panel, const Options& options, const MapSession& session,
               const std::string& rendererName);

// llvmpipe, softpipe or SWR: every full redraw is slow, so moving frames are drafts.
bool isSoftwareRenderer(const std::string& rendererName);

}  // namespace app
