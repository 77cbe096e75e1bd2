// Synthetic investment arcs for benchmarks and stress tests: many flows between random places of
// a lon/lat window, deterministic for a seed. No GL, SDL or ImGui here.
#pragma once

#include "geo/projection.h"
#include "scene/timeline_geometry.h"

#include <cstdint>
#include <vector>

namespace scene {

// `count` arcs with origins in China and destinations across the window, years 2005..2025,
// widths and sectors spread like the real data, every tenth one without an amount and every
// seventh low confidence. Same seed, same arcs.
std::vector<ArcInstance> syntheticArcs(size_t count, const geo::LonLatBox& window,
                                       const geo::Projection& projection, uint32_t seed = 1);

}  // namespace scene
