// Handing a loaded session to the renderer: base map, timeline layers, fonts. The window, the
// headless render and the bench all go through this, so they draw the same frame.
#pragma once

#include "app/map_session.h"
#include "render/map_renderer.h"

#include <string>
#include <vector>

namespace app {

// Uploads everything; problems that leave the map drawable (no font found) are added to
// `warnings`.
void prepareRenderer(render::MapRenderer& renderer, const MapSession& session,
                     std::vector<std::string>* warnings);

// Re-uploads the timeline only (after a projection change rebuilt it).
void uploadTimeline(render::MapRenderer& renderer, const MapSession& session);

}  // namespace app
