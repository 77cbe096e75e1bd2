// Polygon triangulation (with holes) into render meshes, with GEOS's constrained Delaunay
// triangulation. No GL, SDL or ImGui here.
#pragma once

#include "geo/geos_context.h"
#include "geo/mesh.h"
#include "geo/types.h"

#include <string>

namespace geo {

// Triangulates one valid polygon (any planar coordinates, typically map-plane metres). The
// triangles cover exactly the polygon minus its holes; shared vertices are shared in the mesh.
// On failure returns an empty mesh and sets *error.
Mesh triangulate(GeosContext& ctx, const Polygon& polygon, std::string* error = nullptr);

}  // namespace geo
