// The base map as the renderer needs it: every manifest layer read, filtered, clipped to the
// region, projected to the map plane and triangulated. Built once per data set and projection.
// No GL, SDL or ImGui here.
#pragma once

#include "geo/mesh.h"
#include "geo/projection.h"
#include "scene/manifest.h"
#include "scene/polygon_edges.h"

#include <array>
#include <iterator>
#include <string>
#include <vector>

namespace scene {

// What styling needs to know about one kept feature.
struct FeatureKey {
    int record = -1;
    int paletteIndex = 0;   // 1-based value of the palette field, 0 if none
    std::string className;  // class from the class field, "" if none
    float widthFactor = 1.f;
};

// Tolerances (map-plane metres) of the simplified fill bands, finest first, chosen like the line
// bands: a frame uses the coarsest band under half a pixel.
constexpr double kFillBandToleranceM[] = {1600.0, 6400.0};

// A polygon layer's fill simplified (topology preserving, per polygon) and triangulated again.
struct FillBand {
    geo::Mesh mesh;
    std::vector<uint32_t> vertexFeature;
    std::vector<FillEdge> edges;  // fillEdges(mesh, vertexFeature)
};

struct LayerGeometry {
    std::vector<FeatureKey> features;
    // Polygon layers: the fill, with the feature of each vertex.
    geo::Mesh fill;
    std::vector<uint32_t> vertexFeature;
    // The fill's outline edges, fillEdges(fill, vertexFeature): found once here (and cached) so
    // the renderer only uploads them.
    std::vector<FillEdge> fillEdges;
    // The fill simplified for zoomed-out frames: band k within kFillBandToleranceM[k] metres.
    std::array<FillBand, std::size(kFillBandToleranceM)> fillBands;
    // Line layers, and polygon outlines (without the edges that clipping made).
    std::vector<geo::Path> lines;
    std::vector<uint32_t> lineFeature;
    // The same lines simplified, for zoomed-out frames: band k is within lineBandToleranceM[k]
    // map-plane metres of the full lines (one path per full path, same features).
    std::vector<std::vector<geo::Path>> lineBands;
    // Point layers.
    std::vector<glm::dvec2> points;
    std::vector<uint32_t> pointFeature;
    bool loaded = false;  // false when the file could not be read
};

// Tolerances (map-plane metres) of the simplified line bands, finest first. A frame uses the
// coarsest band whose tolerance is under half a pixel, so simplification never shows.
constexpr double kLineBandToleranceM[] = {200.0, 800.0, 3200.0};

// Wall time of each stage (read, cache) and CPU time summed over workers (the rest).
struct BuildTimings {
    double readMs = 0, projectMs = 0, triangulateMs = 0, simplifyMs = 0, totalMs = 0;
    double hashMs = 0;       // content hashes of the input files (cache keys)
    double edgesMs = 0;      // the fills' outline edges, of the layers not in the cache
    double cacheReadMs = 0;  // loading cached layers
    double cacheWriteMs = 0;
    int cacheHits = 0, cacheMisses = 0;
};

struct MapData {
    geo::ProjectionKind projection = geo::ProjectionKind::Lcc;
    std::vector<LayerDef> layers;               // manifest layers, then the user's, in draw order
    std::vector<LayerGeometry> geometry;        // one per layer
    glm::dvec2 boundsMin{0.0}, boundsMax{0.0};  // map-plane box of the clip window
    glm::dvec2 originWorld{0.0};                // geometry is uploaded relative to this point
    geo::LonLatBox clip, home;
    std::vector<std::string> warnings;
    std::vector<std::string> errors;  // one line each, naming file and record
    BuildTimings timings;
};

struct BuildOptions {
    std::string naturalEarthDir;
    geo::ProjectionKind projection = geo::ProjectionKind::Lcc;
    std::vector<std::string> userFiles;  // --add FILE.shp, drawn on top with a default style
    int threads = 0;                     // 0 = one per core
    // Geometry cache folder (scene/geometry_cache.h); "" = no cache. Layers of the user's own
    // files (--add) are always built.
    std::string cacheDir;
};

// Never fails as a whole: a layer whose file is missing or broken is kept empty and the problem
// is listed in errors; the rest of the map builds.
MapData buildMap(const Manifest& manifest, const BuildOptions& options);

// Resolves a manifest file name against the Natural Earth folder (absolute paths stay).
std::string resolveLayerFile(const std::string& file, const std::string& naturalEarthDir);

}  // namespace scene
