// The on-disk cache of built base-map layers: each layer's projected, clipped, triangulated and
// simplified geometry, keyed by what it was built from (the input files' content, the layer's
// geometry settings, the projection and the clip window), so a warm start skips reading,
// projecting and triangulating. An entry is a versioned binary file with its size and checksum in
// a header: a truncated or corrupt entry reads as a miss and is rebuilt. No GL here.
#pragma once

#include "geo/projection.h"
#include "scene/manifest.h"
#include "scene/map_data.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace scene {

// 64-bit hash of a byte range (not cryptographic; collisions are astronomically unlikely for
// cache keys). `seed` chains hashes.
uint64_t hashBytes(const void* data, size_t size, uint64_t seed = 0);

// Content hash of a shapefile and its sidecars (.shx, .dbf, .prj, .cpg; missing ones count as
// empty). 0 when the .shp cannot be read.
uint64_t hashShapefileSet(const std::string& shpPath);

// The cache key of one layer built from a file with content hash `fileHash`.
uint64_t layerCacheKey(const LayerDef& def, uint64_t fileHash, geo::ProjectionKind projection,
                       const geo::LonLatBox& clip);

// A cached layer: its geometry and the messages its build produced (replayed on a hit).
struct CachedLayer {
    LayerGeometry geometry;
    std::vector<std::string> errors;
    std::vector<std::string> warnings;
};

// The entry for `key` in `dir`, or nothing when absent, truncated, corrupt or of another version.
std::optional<CachedLayer> loadCachedLayer(const std::string& dir, uint64_t key);

// Writes the entry through a temporary file and a rename, so readers never see half an entry.
// False (and the cache is simply not used) when the folder cannot be written.
bool storeCachedLayer(const std::string& dir, uint64_t key, const CachedLayer& layer);

// The entry's file name (tests corrupt it).
std::string cacheEntryPath(const std::string& dir, uint64_t key);

// A cache entry's payload at `path` (header with version, key, size and checksum checked), or
// nothing when absent or damaged; and its writer (a temporary file renamed into place).
std::optional<std::string> loadCachePayload(const std::string& path, uint64_t key);
bool storeCachePayload(const std::string& path, uint64_t key, const std::string& payload);

// Where the cache lives: $CORRIDOR_CACHE_DIR, else $XDG_CACHE_HOME/corridor, else
// ~/.cache/corridor; "" when none can be named.
std::string defaultCacheDir();

}  // namespace scene
