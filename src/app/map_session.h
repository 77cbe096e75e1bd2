// Loading what a map needs from the options: manifest, Natural Earth folder, the user's extra
// shapefiles, and the built MapData, with every problem collected as one line each.
#pragma once

#include "app/cli.h"
#include "data/dataset.h"
#include "scene/camera.h"
#include "scene/label_set.h"
#include "scene/manifest.h"
#include "scene/map_data.h"
#include "scene/timeline_geometry.h"
#include "scene/view_area.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace app {

struct MapSession {
    std::string projectRoot;
    std::string manifestPath;
    std::string naturalEarthDir;
    std::string cacheDir;  // geometry cache ("" = none: --no-cache)
    std::optional<scene::Manifest> manifest;
    scene::MapData map;
    std::string dataDir;               // timeline data (assets/data or --data)
    data::Dataset dataset;             // what loaded of it (bad rows are skipped)
    scene::TimelineGeometry timeline;  // built from dataset for the map's projection
    scene::LabelSet baseLabels;        // Natural Earth and water labels for the map's projection
    std::vector<std::string> errors;   // fatal ones first: no manifest, no Natural Earth folder
    // What loaded with a problem that does not stop the map (a missing .prj, an unknown filter
    // field, a skipped data row's neighbour, an unusable cache folder), one line each naming
    // the file. Shown, never a failure.
    std::vector<std::string> warnings;
    size_t mapWarningsFrom =
        0;  // warnings from here on are the map build's (rebuildMap redoes them)
    uint64_t rejectedDataHash = 0;  // content hash of a broken data folder already reported
    bool fatal = false;             // nothing can be drawn
};

MapSession loadMapSession(const Options& options, const std::string& argv0);

// Rebuilds the map and the timeline geometry (projection change), keeping manifest and data.
void rebuildMap(MapSession& session, geo::ProjectionKind projection,
                const std::vector<std::string>& addFiles);

enum class ReloadResult { Unchanged, Reloaded, Rejected };

// Hot reload: when the timeline data's files changed on disk (by content hash), loads them again.
// If the new files have errors the previous data stays (the last good state) and `messages` get
// the errors, once per broken version; fixing the files reloads cleanly. Reloaded: the data set
// and the timeline geometry are new and must be uploaded again.
ReloadResult reloadDataIfChanged(MapSession& session, std::vector<std::string>* messages);

// Every label of the session: baseLabels and the timeline's (corridor nodes, projects).
scene::LabelSet sessionLabels(const MapSession& session);

// The view helpers live in scene (story steps frame their cameras with them too).
using scene::cameraForView;
using scene::formatBox;
using scene::viewInsideArea;

}  // namespace app
