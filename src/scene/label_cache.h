// The on-disk cache of the base map's label set (Natural Earth names and the water bodies'
// positions, which take a second to derive from the ocean polygons), keyed by the content of
// every file they come from, the projection and the clip window. Same entry format and safety as
// the geometry cache (geometry_cache.h). No GL here.
#pragma once

#include "geo/projection.h"
#include "scene/label_set.h"
#include "scene/label_sources.h"

#include <cstdint>
#include <optional>
#include <string>

namespace scene {

// Hashes the files naturalEarthLabels reads with these options (the water table and the
// Natural Earth layers it names included). With `memoDir` (the cache folder) the layers'
// hashes come from the file hash memo while their files are unchanged (file_hash_memo.h).
uint64_t labelCacheKey(const LabelSourceOptions& options, geo::ProjectionKind projection,
                       const std::string& memoDir = {});

// The cached set for `key` in `dir` (its warnings replayed), or nothing when absent or damaged.
std::optional<LabelSet> loadCachedLabels(const std::string& dir, uint64_t key);
bool storeCachedLabels(const std::string& dir, uint64_t key, const LabelSet& labels);

}  // namespace scene
