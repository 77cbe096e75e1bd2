#include "scene/map_data.h"

#include "geo/clip.h"
#include "geo/shapefile.h"
#include "geo/triangulate.h"
#include "scene/file_hash_memo.h"
#include "scene/geometry_cache.h"

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cmath>
#include <cstdlib>
#include <map>
#include <mutex>
#include <set>
#include <thread>

namespace scene {

namespace {

using Clock = std::chrono::steady_clock;
double msSince(Clock::time_point t0) {
    return std::chrono::duration<double, std::milli>(Clock::now() - t0).count();
}

// Lon/lat paths are densified to this step (degrees) so edges follow the projection's curves.
constexpr double kDensifyDeg = 0.2;

// Runs fn(i, worker) for i in [0, n) on up to `threads` threads.
template <typename Fn>
void parallelFor(size_t n, int threads, Fn fn) {
    const int count = std::max(1, std::min<int>(threads, static_cast<int>(n)));
    std::atomic<size_t> next{0};
    auto work = [&](int worker) {
        for (size_t i = next++; i < n; i = next++) fn(i, worker);
    };
    std::vector<std::thread> pool;
    for (int w = 1; w < count; ++w) pool.emplace_back(work, w);
    work(0);
    for (auto& t : pool) t.join();
}

std::string baseName(const std::string& path) {
    const size_t slash = path.find_last_of('/');
    return slash == std::string::npos ? path : path.substr(slash + 1);
}

float widthFactorFor(const LayerDef& def, const std::string& value) {
    if (def.widthField.empty()) return 1.f;
    char* end = nullptr;
    const double v = std::strtod(value.c_str(), &end);
    if (!end || end == value.c_str()) return 1.f;
    const auto& stops = def.widthStops;
    if (stops.empty()) return static_cast<float>(v);
    if (v <= stops.front().first) return static_cast<float>(stops.front().second);
    if (v >= stops.back().first) return static_cast<float>(stops.back().second);
    for (size_t i = 1; i < stops.size(); ++i) {
        if (v <= stops[i].first) {
            const double t = (v - stops[i - 1].first) / (stops[i].first - stops[i - 1].first);
            return static_cast<float>(stops[i - 1].second +
                                      t * (stops[i].second - stops[i - 1].second));
        }
    }
    return 1.f;
}

bool onClipEdge(glm::dvec2 a, glm::dvec2 b, const geo::LonLatBox& w) {
    constexpr double eps = 1e-9;
    auto same = [&](double x, double y, double edge) {
        return std::abs(x - edge) < eps && std::abs(y - edge) < eps;
    };
    return same(a.x, b.x, w.lonMin) || same(a.x, b.x, w.lonMax) || same(a.y, b.y, w.latMin) ||
           same(a.y, b.y, w.latMax);
}

// A ring as outline paths, leaving out the straight edges that clipping to the window made.
void outlineOf(const geo::Path& closedRing, const geo::LonLatBox& w, std::vector<geo::Path>* out) {
    // Start the walk right after a clip edge, so a piece of outline that runs through the ring's
    // first vertex stays one line (with a proper join there) instead of two.
    geo::Path ring = closedRing;
    for (size_t i = 1; i < closedRing.size(); ++i) {
        if (!onClipEdge(closedRing[i - 1], closedRing[i], w)) continue;
        ring.assign(closedRing.begin() + static_cast<std::ptrdiff_t>(i), closedRing.end() - 1);
        ring.insert(ring.end(), closedRing.begin(),
                    closedRing.begin() + static_cast<std::ptrdiff_t>(i) + 1);
        break;
    }
    geo::Path cur;
    for (size_t i = 1; i < ring.size(); ++i) {
        if (onClipEdge(ring[i - 1], ring[i], w)) {
            if (cur.size() >= 2) out->push_back(std::move(cur));
            cur.clear();
            continue;
        }
        if (cur.empty()) cur.push_back(ring[i - 1]);
        cur.push_back(ring[i]);
    }
    if (cur.size() >= 2) out->push_back(std::move(cur));
}

bool wantsOutline(const LayerDef& def) {
    for (const auto& [theme, s] : def.styles) {
        if (s.stroke && s.strokeWidthPt > 0.f) return true;
    }
    return false;
}

struct Worker {
    geo::GeosContext geos;
    std::optional<geo::Projection> projection;
    BuildTimings timings;
};

void project(Worker& w, geo::Path& path) {
    const auto t0 = Clock::now();
    path = geo::densify(path, kDensifyDeg);
    w.projection->forward(path);
    w.timings.projectMs += msSince(t0);
}

// A geometry step's warning about one feature, once per record however many bands report it.
struct FeatureWarnings {
    const std::string& name;  // file name
    const LayerGeometry& layer;
    std::vector<std::string>* out;
    std::set<int> warned;
    void add(uint32_t feature, const std::string& what) {
        const int record = layer.features[feature].record;
        if (what.empty() || !warned.insert(record).second) return;
        out->push_back(name + ": record " + std::to_string(record) + ": " + what);
    }
};

// The fill bands: every projected polygon simplified (topology preserving) and triangulated.
// Each band simplifies the previous one (tolerances grow fourfold), so only the first pass sees
// the full-resolution rings; the result stays within the band's tolerance of the original.
void buildFillBands(Worker& w, std::vector<std::pair<geo::Polygon, uint32_t>> polys,
                    LayerGeometry* out, FeatureWarnings* warnings) {
    for (size_t b = 0; b < out->fillBands.size(); ++b) {
        FillBand& band = out->fillBands[b];
        const double step = kFillBandToleranceM[b] - (b == 0 ? 0.0 : kFillBandToleranceM[b - 1]);
        std::vector<std::pair<geo::Polygon, uint32_t>> next;
        for (const auto& [poly, feature] : polys) {
            auto t0 = Clock::now();
            std::string warning;
            std::vector<geo::Polygon> simple = geo::simplifyPolygon(w.geos, poly, step, &warning);
            w.timings.simplifyMs += msSince(t0);
            warnings->add(feature, warning);
            t0 = Clock::now();
            for (auto& sp : simple) {
                geo::Mesh mesh = geo::triangulate(w.geos, sp, nullptr);
                if (mesh.indices.empty()) continue;
                band.vertexFeature.insert(band.vertexFeature.end(), mesh.positions.size(), feature);
                band.mesh.append(mesh);
                next.emplace_back(std::move(sp), feature);
            }
            w.timings.triangulateMs += msSince(t0);
        }
        polys = std::move(next);
    }
}

void buildLayer(const LayerDef& def, const geo::FeatureSet& set, const geo::LonLatBox& clip,
                Worker& w, LayerGeometry* out, std::vector<std::string>* errors,
                std::vector<std::string>* warnings) {
    std::vector<std::pair<geo::Polygon, uint32_t>> projectedPolys;  // for the fill bands
    const std::string name = baseName(set.sourcePath);
    std::vector<int> filterFields;
    for (const auto& f : def.filters) filterFields.push_back(set.fieldIndex(f.field));
    const int paletteField = def.paletteField.empty() ? -1 : set.fieldIndex(def.paletteField);
    const int classField = def.classField.empty() ? -1 : set.fieldIndex(def.classField);
    const int widthField = def.widthField.empty() ? -1 : set.fieldIndex(def.widthField);
    const bool outlines = def.kind == LayerKind::Polygon && wantsOutline(def);

    for (const auto& feature : set.features) {
        bool keep = true;
        for (size_t i = 0; i < def.filters.size() && keep; ++i) {
            keep = filterMatches(def.filters[i], set.attribute(feature, filterFields[i]));
        }
        if (!keep) continue;
        FeatureKey key;
        key.record = feature.record;
        if (paletteField >= 0)
            key.paletteIndex = std::atoi(set.attribute(feature, paletteField).c_str());
        if (classField >= 0) {
            const std::string& v = set.attribute(feature, classField);
            for (const auto& [cls, values] : def.classes) {
                if (std::find(values.begin(), values.end(), v) != values.end()) key.className = cls;
            }
        }
        if (widthField >= 0)
            key.widthFactor = widthFactorFor(def, set.attribute(feature, widthField));
        const auto featureIndex = static_cast<uint32_t>(out->features.size());
        bool used = false;
        std::string err;
        const std::string where = name + ": record " + std::to_string(feature.record) + ": ";

        if (def.kind == LayerKind::Polygon) {
            auto t0 = Clock::now();
            std::vector<geo::Polygon> polys =
                geo::clipPolygons(w.geos, feature.polygons, clip, &err);
            w.timings.triangulateMs += msSince(t0);
            if (!err.empty()) errors->push_back(where + err);
            for (auto& poly : polys) {
                if (outlines) {
                    std::vector<geo::Path> rings;
                    outlineOf(poly.outer, clip, &rings);
                    for (const auto& h : poly.holes) outlineOf(h, clip, &rings);
                    for (auto& r : rings) {
                        project(w, r);
                        out->lines.push_back(std::move(r));
                        out->lineFeature.push_back(featureIndex);
                        used = true;  // the outline refers to this feature's key
                    }
                }
                project(w, poly.outer);
                for (auto& h : poly.holes) project(w, h);
                t0 = Clock::now();
                std::string terr;
                geo::Mesh mesh = geo::triangulate(w.geos, poly, &terr);
                w.timings.triangulateMs += msSince(t0);
                if (!terr.empty()) errors->push_back(where + terr);
                out->vertexFeature.insert(out->vertexFeature.end(), mesh.positions.size(),
                                          featureIndex);
                out->fill.append(mesh);
                used = used || !mesh.indices.empty();
                if (!mesh.indices.empty())
                    projectedPolys.emplace_back(std::move(poly), featureIndex);
            }
        } else if (def.kind == LayerKind::Line) {
            std::vector<geo::Path> lines = geo::clipLines(w.geos, feature.lines, clip, &err);
            if (!err.empty()) errors->push_back(where + err);
            for (auto& l : lines) {
                project(w, l);
                out->lines.push_back(std::move(l));
                out->lineFeature.push_back(featureIndex);
                used = true;
            }
        } else if (def.kind == LayerKind::Point) {
            for (const auto& p : feature.points) {
                if (!clip.contains({p.x, p.y})) continue;
                out->points.push_back(w.projection->forward({p.x, p.y}));
                out->pointFeature.push_back(featureIndex);
                used = true;
            }
        }
        if (used) out->features.push_back(std::move(key));
    }
    const auto t0 = Clock::now();
    FeatureWarnings featureWarnings{name, *out, warnings, {}};
    for (double tolerance : kLineBandToleranceM) {
        std::vector<geo::Path> band;
        band.reserve(out->lines.size());
        for (size_t i = 0; i < out->lines.size(); ++i) {
            std::string warning;
            band.push_back(geo::simplify(w.geos, out->lines[i], tolerance, &warning));
            featureWarnings.add(out->lineFeature[i], warning);
        }
        out->lineBands.push_back(std::move(band));
    }
    w.timings.simplifyMs += msSince(t0);
    buildFillBands(w, std::move(projectedPolys), out, &featureWarnings);
}

}  // namespace

std::string resolveLayerFile(const std::string& file, const std::string& naturalEarthDir) {
    if (!file.empty() && file[0] == '/') return file;
    if (naturalEarthDir.empty()) return file;
    return naturalEarthDir + (naturalEarthDir.back() == '/' ? "" : "/") + file;
}

MapData buildMap(const Manifest& manifest, const BuildOptions& options) {
    const auto start = Clock::now();
    MapData map;
    map.projection = options.projection;
    map.clip = manifest.clip;
    map.home = manifest.home;
    map.layers = manifest.layers;
    const int threads = options.threads > 0
                            ? options.threads
                            : static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));
    const bool useCache = !options.cacheDir.empty();
    const size_t manifestLayers = map.layers.size();

    // Every distinct manifest file (several layers may share one, e.g. a coast glow).
    std::vector<std::string> files;
    std::vector<size_t> layerFile(manifestLayers, SIZE_MAX);
    for (size_t i = 0; i < manifestLayers; ++i) {
        const LayerDef& def = map.layers[i];
        if (def.kind == LayerKind::Background) continue;
        const std::string path = resolveLayerFile(def.file, options.naturalEarthDir);
        auto it = std::find(files.begin(), files.end(), path);
        layerFile[i] = static_cast<size_t>(it - files.begin());
        if (it == files.end()) files.push_back(path);
    }

    // Cache lookups: a layer whose entry loads needs neither its file nor any building.
    map.geometry.resize(manifestLayers);
    std::vector<uint64_t> layerKey(manifestLayers, 0);
    std::vector<bool> cached(manifestLayers, false);
    if (useCache) {
        auto t0 = Clock::now();
        std::vector<uint64_t> fileHash(files.size(), 0);
        parallelFor(files.size(), threads, [&](size_t i, int) {
            fileHash[i] = hashShapefileSetMemo(files[i], options.cacheDir);
        });
        map.timings.hashMs = msSince(t0);
        t0 = Clock::now();
        std::vector<std::optional<CachedLayer>> hits(manifestLayers);
        parallelFor(manifestLayers, threads, [&](size_t i, int) {
            if (layerFile[i] == SIZE_MAX || fileHash[layerFile[i]] == 0) return;
            layerKey[i] =
                layerCacheKey(map.layers[i], fileHash[layerFile[i]], options.projection, map.clip);
            hits[i] = loadCachedLayer(options.cacheDir, layerKey[i]);
        });
        for (size_t i = 0; i < manifestLayers; ++i) {
            if (!hits[i]) continue;
            cached[i] = true;
            ++map.timings.cacheHits;
            map.geometry[i] = std::move(hits[i]->geometry);
            for (auto& e : hits[i]->errors) map.errors.push_back(std::move(e));
            for (auto& m : hits[i]->warnings) map.warnings.push_back(std::move(m));
        }
        map.timings.cacheReadMs = msSince(t0);
    }

    // Read the files still needed, in parallel: those of layers not in the cache, and the user's.
    std::vector<bool> fileNeeded(files.size(), false);
    for (size_t i = 0; i < manifestLayers; ++i) {
        if (layerFile[i] != SIZE_MAX && !cached[i]) fileNeeded[layerFile[i]] = true;
    }
    for (const auto& f : options.userFiles) {
        auto it = std::find(files.begin(), files.end(), f);
        if (it == files.end()) {
            files.push_back(f);
            fileNeeded.push_back(true);
        } else {
            fileNeeded[static_cast<size_t>(it - files.begin())] = true;
        }
    }
    std::vector<geo::ShapefileResult> read(files.size());
    const auto readStart = Clock::now();
    parallelFor(files.size(), threads, [&](size_t i, int) {
        if (fileNeeded[i]) read[i] = geo::readShapefile(files[i]);
    });
    map.timings.readMs = msSince(readStart);
    std::map<std::string, size_t> fileIndex;
    std::vector<bool> fileClean(files.size(), true);  // read without any message
    for (size_t i = 0; i < files.size(); ++i) {
        fileIndex[files[i]] = i;
        fileClean[i] = read[i].warnings.empty() && read[i].errors.empty();
        for (auto& m : read[i].warnings) map.warnings.push_back(std::move(m));
        for (auto& m : read[i].errors) map.errors.push_back(std::move(m));
    }
    int userOrder = map.layers.empty() ? 1000 : map.layers.back().order + 10;
    for (const auto& f : options.userFiles) {
        const auto& r = read[fileIndex[f]];
        if (!r.ok) continue;
        map.layers.push_back(defaultLayerFor(f, r.layer.kind, userOrder));
        userOrder += 10;
    }
    map.geometry.resize(map.layers.size());
    cached.resize(map.layers.size(), false);
    layerKey.resize(map.layers.size(), 0);

    std::vector<Worker> workers(static_cast<size_t>(threads));
    std::string projError;
    for (auto& w : workers) {
        w.projection = geo::Projection::create(options.projection, &projError);
        if (!w.projection) {
            map.errors.push_back("cannot set up the projection: " + projError);
            return map;
        }
    }
    workers[0].projection->boundsOf(map.clip, &map.boundsMin, &map.boundsMax);
    map.originWorld = 0.5 * (map.boundsMin + map.boundsMax);

    // Layers are built concurrently, each with its own messages (kept with its cache entry).
    std::vector<CachedLayer> built(map.layers.size());
    parallelFor(map.layers.size(), threads, [&](size_t i, int worker) {
        const LayerDef& def = map.layers[i];
        if (cached[i]) return;
        if (def.kind == LayerKind::Background) {
            map.geometry[i].loaded = true;
            return;
        }
        const std::string path = resolveLayerFile(def.file, options.naturalEarthDir);
        const auto& r = read[fileIndex[path]];
        if (!r.ok) return;
        CachedLayer& out = built[i];
        const geo::GeometryKind expected = def.kind == LayerKind::Polygon
                                               ? geo::GeometryKind::Polygon
                                           : def.kind == LayerKind::Line ? geo::GeometryKind::Line
                                                                         : geo::GeometryKind::Point;
        if (r.layer.kind != expected) {
            out.errors.push_back(baseName(path) + ": layer '" + def.id + "' wants " +
                                 toString(def.kind) + " shapes but the file holds " +
                                 geo::toString(r.layer.kind) + " shapes");
            return;
        }
        out.warnings = unknownFieldWarnings(def, r.layer, manifest.path);
        buildLayer(def, r.layer, map.clip, workers[static_cast<size_t>(worker)], &map.geometry[i],
                   &out.errors, &out.warnings);
        map.geometry[i].loaded = true;
    });
    for (size_t i = 0; i < map.layers.size(); ++i) {
        if (cached[i]) continue;
        for (const auto& e : built[i].errors) map.errors.push_back(e);
        for (const auto& m : built[i].warnings) map.warnings.push_back(m);
    }
    // The fills' outline edges, one mesh per task: a layer's full fill and its bands are apart so
    // the largest layer does not hold up the rest.
    std::vector<std::pair<const geo::Mesh*, const std::vector<uint32_t>*>> meshes;
    std::vector<std::vector<FillEdge>*> edgesOut;
    for (size_t i = 0; i < map.layers.size(); ++i) {
        LayerGeometry& g = map.geometry[i];
        if (cached[i] || g.fill.indices.empty()) continue;
        meshes.emplace_back(&g.fill, &g.vertexFeature);
        edgesOut.push_back(&g.fillEdges);
        for (FillBand& band : g.fillBands) {
            if (band.mesh.indices.empty()) continue;
            meshes.emplace_back(&band.mesh, &band.vertexFeature);
            edgesOut.push_back(&band.edges);
        }
    }
    const auto edgesStart = Clock::now();
    parallelFor(meshes.size(), threads, [&](size_t k, int) {
        *edgesOut[k] = fillEdges(*meshes[k].first, *meshes[k].second);
    });
    map.timings.edgesMs = msSince(edgesStart);
    for (auto& w : workers) {
        map.timings.projectMs += w.timings.projectMs;
        map.timings.triangulateMs += w.timings.triangulateMs;
        map.timings.simplifyMs += w.timings.simplifyMs;
    }

    // Store what was built, when it came from a file read without problems (a file's read
    // messages belong to the file, and must show again next time).
    if (useCache) {
        const auto t0 = Clock::now();
        std::vector<size_t> toStore;
        for (size_t i = 0; i < manifestLayers; ++i) {
            if (cached[i] || layerKey[i] == 0 || !map.geometry[i].loaded) continue;
            if (!fileClean[layerFile[i]]) continue;
            toStore.push_back(i);
        }
        map.timings.cacheMisses = static_cast<int>(toStore.size());
        parallelFor(toStore.size(), threads, [&](size_t k, int) {
            const size_t i = toStore[k];
            built[i].geometry = std::move(map.geometry[i]);
            storeCachedLayer(options.cacheDir, layerKey[i], built[i]);
            map.geometry[i] = std::move(built[i].geometry);
        });
        map.timings.cacheWriteMs = msSince(t0);
    }
    map.timings.totalMs = msSince(start);
    return map;
}

}  // namespace scene
