// The window's window, renderer and map: opened together at start (the map loads on another
// thread while the window opens and the renderer compiles), and the map rebuilt for another
// projection with the same place kept in the middle.
#pragma once

#include "app/cli.h"
#include "app/gl_window.h"
#include "app/map_session.h"
#include "render/map_renderer.h"

#include <memory>
#include <optional>
#include <string>

namespace app {

struct OpenedWindow {
    std::unique_ptr<GlWindow> window;
    std::unique_ptr<render::MapRenderer> renderer;  // destroy before window
    MapSession session;
    int exitCode = kExitOk;  // kExitRender: no window or renderer; kExitInput: no manifest
};

// Opens the window filling the display it opens on (fullscreen there with --present), the
// renderer and its fonts, and the map; prints the load's errors and warnings (after --view is
// checked against the map, options.view kept inside it) and uploads the map. Font problems
// join session.errors, for the panel.
OpenedWindow openWindow(Options& options, const std::string& argv0);

// Rebuilds the map and the timeline in `projection` and uploads them; returns where the
// map-plane point `centreWorld` of the old projection is in the new one (none when the new
// projection cannot be made).
std::optional<glm::dvec2> switchProjection(MapSession& session, render::MapRenderer& renderer,
                                           geo::ProjectionKind projection,
                                           const std::vector<std::string>& addFiles,
                                           glm::dvec2 centreWorld);

}  // namespace app
