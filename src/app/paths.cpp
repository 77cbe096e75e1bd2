#include "app/paths.h"

#include <cstdlib>
#include <filesystem>

namespace app {

namespace fs = std::filesystem;

namespace {
constexpr const char* kProbe = "ne_10m_admin_0_countries.shp";
}

std::string findProjectRoot(const std::string& argv0) {
    std::vector<fs::path> candidates;
    std::error_code ec;
    candidates.push_back(fs::current_path(ec));
    fs::path exe = fs::read_symlink("/proc/self/exe", ec);
    if (ec) exe = fs::absolute(argv0, ec);
    for (fs::path p = exe.parent_path(); !p.empty() && p != p.root_path(); p = p.parent_path()) {
        candidates.push_back(p);
    }
#ifdef CORRIDOR_SOURCE_ROOT
    candidates.emplace_back(CORRIDOR_SOURCE_ROOT);
#endif
    for (const auto& c : candidates) {
        if (fs::exists(c / "maps" / "layers.toml", ec)) return c.string();
    }
    return {};
}

NaturalEarthLookup findNaturalEarth(const std::string& flag, const std::string& projectRoot) {
    NaturalEarthLookup r;
    std::error_code ec;
    auto check = [&](const std::string& dir, const std::string& how) {
        if (fs::exists(fs::path(dir) / kProbe, ec)) {
            r.dir = dir;
            return true;
        }
        r.tried.push_back(how + " " + dir + " (no " + kProbe + " there)");
        return false;
    };
    if (!flag.empty()) {
        check(flag, "--ne-dir");
        return r;  // an explicit flag is never second-guessed
    }
    if (const char* env = std::getenv("NATURAL_EARTH_DIR"); env && *env) {
        if (check(env, "$NATURAL_EARTH_DIR")) return r;
    }
    if (!projectRoot.empty()) {
        check((fs::path(projectRoot) / "maps" / "naturalearth").string(), "default");
    } else {
        r.tried.push_back(
            "default maps/naturalearth (no project folder with maps/layers.toml found)");
    }
    return r;
}

std::string naturalEarthMissingMessage(const NaturalEarthLookup& lookup) {
    std::string msg = "Natural Earth 1:10m shapefiles not found. Looked in:\n";
    for (const auto& t : lookup.tried) msg += "  - " + t + "\n";
    msg +=
        "Run scripts/setup.sh to download them into maps/naturalearth/ (or to copy them from "
        "$NATURAL_EARTH_DIR), or pass --ne-dir DIR pointing at a folder of ne_10m_*.shp files.";
    return msg;
}

}  // namespace app
