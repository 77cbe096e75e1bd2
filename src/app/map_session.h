// Loading what a map needs from the options: manifest, Natural Earth folder, the user's extra
// shapefiles, and the built MapData, with every problem collected as one line each.
#pragma once

#include "app/cli.h"
#include "scene/camera.h"
#include "scene/manifest.h"
#include "scene/map_data.h"

#include <optional>
#include <string>
#include <vector>

namespace app {

struct MapSession {
    std::string projectRoot;
    std::string manifestPath;
    std::string naturalEarthDir;
    std::optional<scene::Manifest> manifest;
    scene::MapData map;
    std::vector<std::string> errors;  // fatal ones first: no manifest, no Natural Earth folder
    bool fatal = false;               // nothing can be drawn
};

MapSession loadMapSession(const Options& options, const std::string& argv0);

// Rebuilds only the map (projection change), keeping the manifest and folders.
void rebuildMap(MapSession& session, geo::ProjectionKind projection,
                const std::vector<std::string>& addFiles);

// The camera that shows `view` (lon/lat) in a frame of this size.
scene::Camera cameraForView(const scene::MapData& map, const geo::LonLatBox& view,
                            glm::dvec2 viewportPx);

}  // namespace app
