#include "app/map_session.h"

#include "app/paths.h"
#include "render/stage_trace.h"
#include "scene/geometry_cache.h"
#include "scene/label_cache.h"
#include "scene/label_sources.h"

#include <unistd.h>
#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <future>

namespace app {

namespace {

// Where the cache folder came from, for the warning when it cannot be used.
std::string cacheDirOrigin(const Options& options) {
    if (!options.cacheDir.empty()) return "--cache-dir " + options.cacheDir;
    const char* env = std::getenv("CORRIDOR_CACHE_DIR");
    if (env && *env) return "$CORRIDOR_CACHE_DIR " + std::string(env);
    return "cache folder " + scene::defaultCacheDir();
}

// The cache folder when it can be used (made when missing), else "" with one warning: the map
// then builds from the shapefiles every time, which is slower but right.
std::string usableCacheDir(const std::string& dir, const std::string& origin,
                           std::vector<std::string>* warnings) {
    if (dir.empty()) return {};
    namespace fs = std::filesystem;
    std::error_code ec;
    std::string problem;
    if (fs::exists(dir, ec) && !fs::is_directory(dir, ec)) {
        problem = "not a folder";
    } else if (fs::create_directories(dir, ec); ec) {
        problem = "cannot make the folder: " + ec.message();
    } else if (::access(dir.c_str(), W_OK | X_OK) != 0) {
        problem = std::string("cannot write there: ") + std::strerror(errno);
    }
    if (problem.empty()) return dir;
    warnings->push_back(origin + ": " + problem +
                        "; geometry cache disabled (the map is built from the shapefiles)");
    return {};
}

}  // namespace

MapSession loadMapSession(const Options& options, const std::string& argv0) {
    MapSession s;
    render::StageTrace trace("session");  // CORRIDOR_TRACE=1
    s.projectRoot = findProjectRoot(argv0);
    s.manifestPath = !options.manifest.empty() ? options.manifest
                     : !s.projectRoot.empty()  ? s.projectRoot + "/maps/layers.toml"
                                               : "maps/layers.toml";
    scene::ManifestResult mr = scene::readManifest(s.manifestPath);
    for (auto& e : mr.errors) s.errors.push_back(e);
    if (!mr.manifest) {
        s.fatal = true;
        return s;
    }
    s.manifest = std::move(mr.manifest);
    NaturalEarthLookup ne = findNaturalEarth(options.neDir, s.projectRoot);
    if (ne.dir.empty()) {
        s.errors.insert(s.errors.begin(), naturalEarthMissingMessage(ne));
        s.fatal = true;
    }
    s.naturalEarthDir = ne.dir;
    s.dataDir = !options.dataDir.empty()
                    ? options.dataDir
                    : (s.projectRoot.empty() ? std::string(".") : s.projectRoot) + "/assets/data";
    data::LoadResult loaded = data::loadDataset(s.dataDir);
    for (const auto& m : loaded.messages) {
        (m.severity == data::Severity::Error ? s.errors : s.warnings)
            .push_back(data::formatMessage(m));
    }
    s.dataset = std::move(loaded.dataset);
    trace.mark("manifest, data");
    if (!options.noCache) {
        s.cacheDir =
            usableCacheDir(!options.cacheDir.empty() ? options.cacheDir : scene::defaultCacheDir(),
                           cacheDirOrigin(options), &s.warnings);
    }
    s.mapWarningsFrom = s.warnings.size();
    rebuildMap(s, options.projection, options.addFiles);
    trace.mark("map, labels, timeline");
    return s;
}

void rebuildMap(MapSession& s, geo::ProjectionKind projection,
                const std::vector<std::string>& addFiles) {
    if (!s.manifest) return;
    scene::BuildOptions b;
    b.naturalEarthDir = s.naturalEarthDir;
    b.projection = projection;
    b.userFiles = addFiles;
    b.cacheDir = s.cacheDir;
    scene::Manifest m = *s.manifest;
    if (s.naturalEarthDir.empty()) {
        // Without Natural Earth only the background and the user's own files can be drawn.
        std::vector<scene::LayerDef> keep;
        for (auto& l : m.layers) {
            if (l.kind == scene::LayerKind::Background) keep.push_back(l);
        }
        m.layers = keep;
    }
    // The labels' sources are read beside the map build (the ocean layer alone takes a second).
    std::future<scene::LabelSet> labels;
    if (!s.naturalEarthDir.empty()) {
        scene::LabelSourceOptions lo;
        lo.naturalEarthDir = s.naturalEarthDir;
        lo.waterTable =
            (std::filesystem::path(s.manifestPath).parent_path() / "water_labels.csv").string();
        lo.nameOverrides =
            (std::filesystem::path(s.manifestPath).parent_path() / "name_overrides.csv").string();
        lo.clip = m.clip;
        const std::string cacheDir = s.cacheDir;
        labels = std::async(std::launch::async, [lo, projection, cacheDir] {
            // From the cache when its files are unchanged (the water positions alone take a
            // second to derive), else built and stored.
            const uint64_t key =
                cacheDir.empty() ? 0 : scene::labelCacheKey(lo, projection, cacheDir);
            if (auto cached = scene::loadCachedLabels(cacheDir, key)) return std::move(*cached);
            std::string error;
            const auto proj = geo::Projection::create(projection, &error);
            scene::LabelSet set = proj ? scene::naturalEarthLabels(lo, *proj) : scene::LabelSet{};
            if (!cacheDir.empty()) scene::storeCachedLabels(cacheDir, key, set);
            return set;
        });
    }
    render::StageTrace trace("map");  // CORRIDOR_TRACE=1
    s.map = scene::buildMap(m, b);
    trace.mark("geometry");
    for (const auto& e : s.map.errors) s.errors.push_back(e);
    s.warnings.resize(std::min(s.mapWarningsFrom, s.warnings.size()));
    s.warnings.insert(s.warnings.end(), s.map.warnings.begin(), s.map.warnings.end());
    s.baseLabels = labels.valid() ? labels.get() : scene::LabelSet{};
    trace.mark("labels (waited)");
    for (const auto& w : s.baseLabels.warnings) s.errors.push_back(w);
    std::string err;
    if (auto proj = geo::Projection::create(projection, &err)) {
        s.timeline = scene::buildTimelineGeometry(s.dataset, *proj);
        for (const auto& w : s.timeline.warnings) s.errors.push_back(s.dataDir + ": " + w);
    }
    trace.mark("timeline geometry");
}

ReloadResult reloadDataIfChanged(MapSession& s, std::vector<std::string>* messages) {
    const uint64_t hash = data::hashDataFolder(s.dataDir);
    if (hash == s.dataset.contentHash() || hash == s.rejectedDataHash)
        return ReloadResult::Unchanged;
    data::LoadResult loaded = data::loadDataset(s.dataDir);
    if (!loaded.ok()) {
        s.rejectedDataHash = hash;
        if (messages) {
            messages->push_back(s.dataDir +
                                ": the changed data has errors; still showing the last good data");
            for (const auto& m : loaded.messages) {
                if (m.severity == data::Severity::Error)
                    messages->push_back(data::formatMessage(m));
            }
        }
        return ReloadResult::Rejected;
    }
    s.rejectedDataHash = 0;
    s.dataset = std::move(loaded.dataset);
    std::string err;
    if (auto proj = geo::Projection::create(s.map.projection, &err)) {
        s.timeline = scene::buildTimelineGeometry(s.dataset, *proj);
    }
    return ReloadResult::Reloaded;
}

scene::LabelSet sessionLabels(const MapSession& session) {
    return scene::mergeLabelSets(session.baseLabels,
                                 scene::timelineLabels(session.dataset, session.timeline));
}

}  // namespace app
