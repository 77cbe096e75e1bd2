// Building the base map (cold, no cache) and loading it from the geometry cache (warm), and the
// simplification behind the fill bands: the scene layer's share of a start.
#include "geo/clip.h"
#include "scene/geometry_cache.h"
#include "scene/manifest.h"
#include "scene/map_data.h"

#include <benchmark/benchmark.h>

#include <unistd.h>

#include <cmath>
#include <cstdlib>
#include <filesystem>
#include <string>

namespace {

std::string naturalEarth() {
    const char* ne = std::getenv("NATURAL_EARTH_DIR");
    return ne && *ne ? ne : std::string(CORRIDOR_SOURCE_DIR) + "/maps/naturalearth";
}

bool defaultMap(scene::Manifest* manifest, scene::BuildOptions* options, benchmark::State& state) {
    scene::ManifestResult mr =
        scene::readManifest(std::string(CORRIDOR_SOURCE_DIR) + "/maps/layers.toml");
    if (!mr.manifest || !std::filesystem::exists(naturalEarth() + "/ne_10m_land.shp")) {
        state.SkipWithError("maps/layers.toml or Natural Earth not found: set NATURAL_EARTH_DIR");
        return false;
    }
    *manifest = *mr.manifest;
    options->naturalEarthDir = naturalEarth();
    return true;
}

void BM_BuildMapCold(benchmark::State& state) {
    scene::Manifest manifest;
    scene::BuildOptions options;
    if (!defaultMap(&manifest, &options, state)) return;
    for (auto _ : state) {
        scene::MapData map = scene::buildMap(manifest, options);
        benchmark::DoNotOptimize(map.geometry.data());
    }
}
BENCHMARK(BM_BuildMapCold)->Unit(benchmark::kMillisecond)->UseRealTime()->Iterations(3);

void BM_BuildMapWarmCache(benchmark::State& state) {
    scene::Manifest manifest;
    scene::BuildOptions options;
    if (!defaultMap(&manifest, &options, state)) return;
    options.cacheDir = (std::filesystem::temp_directory_path() /
                        ("corridor-bench-micro-" + std::to_string(::getpid())))
                           .string();
    scene::buildMap(manifest, options);  // fills the cache
    for (auto _ : state) {
        scene::MapData map = scene::buildMap(manifest, options);
        if (map.timings.cacheHits == 0) state.SkipWithError("the cache was not used");
        benchmark::DoNotOptimize(map.geometry.data());
    }
    std::filesystem::remove_all(options.cacheDir);
}
BENCHMARK(BM_BuildMapWarmCache)->Unit(benchmark::kMillisecond)->UseRealTime();

void BM_SimplifyPolygon(benchmark::State& state) {
    // A wiggly 10,000-vertex ring of 1,000 km radius, simplified at 1.6 km (the first fill band).
    geo::Polygon p;
    const int n = 10000;
    for (int i = 0; i < n; ++i) {
        const double a = -2.0 * M_PI * i / n;
        const double r = 1e6 * (1.0 + 0.002 * std::sin(i * 0.7));
        p.outer.push_back({r * std::cos(a), r * std::sin(a)});
    }
    p.outer.push_back(p.outer.front());
    geo::GeosContext ctx;
    for (auto _ : state) {
        auto out = geo::simplifyPolygon(ctx, p, 1600.0);
        benchmark::DoNotOptimize(out.data());
    }
    state.SetItemsProcessed(state.iterations() * n);
}
BENCHMARK(BM_SimplifyPolygon)->Unit(benchmark::kMillisecond);

}  // namespace
