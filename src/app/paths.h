// Finding the project's files from wherever the binary runs: the map manifest, the data folder
// and the Natural Earth shapefiles.
#pragma once

#include <optional>
#include <string>
#include <vector>

namespace app {

// The project root: the first of the working directory, the binary's parent folders and the
// source tree it was built from that holds maps/layers.toml. Empty if none does.
std::string findProjectRoot(const std::string& argv0);

struct NaturalEarthLookup {
    std::string dir;                 // empty when not found
    std::vector<std::string> tried;  // "--ne-dir /x (no ne_10m_land.shp)", ...
};

// --ne-dir, else $NATURAL_EARTH_DIR, else <root>/maps/naturalearth. A folder counts when it
// holds ne_10m_admin_0_countries.shp.
NaturalEarthLookup findNaturalEarth(const std::string& flag, const std::string& projectRoot);

// The message for when no Natural Earth folder was found: what was tried and what to run.
std::string naturalEarthMissingMessage(const NaturalEarthLookup& lookup);

}  // namespace app
