// Counting where the rings of a polygon cross each other, with bounded work, to decide whether
// repairing it (GEOS MakeValid) is affordable: the repair's cost grows faster than the number of
// crossings, and a scribbled ring of n vertices can cross itself n^2 times.
// No GL, SDL or ImGui here.
#pragma once

#include "geo/types.h"

#include <cstddef>
#include <optional>

namespace geo {

// The number of pairs of non-adjacent ring segments (over the outer ring and the holes) that
// touch or cross, when it is below `cap`; nothing when it is `cap` or more, or when counting
// would take more than a fixed multiple of the vertex count (long segments over one another).
// Linear in the vertex count for rings with few crossings.
std::optional<size_t> countCrossingsBelow(const Polygon& polygon, size_t cap);

}  // namespace geo
