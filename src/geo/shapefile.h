// Reading ESRI shapefiles with shapelib into geo::FeatureSet values in WGS84 lon/lat.
// No GL, SDL or ImGui here.
#pragma once

#include "geo/types.h"

#include <string>
#include <vector>

namespace geo {

struct ShapefileResult {
    // False when nothing could be read (missing file, unreadable header, unusable .prj).
    bool ok = false;
    FeatureSet layer;
    // One line each, already prefixed with the file (and record where there is one):
    // "rivers.shp: record 12: ring 0 has 2 points; skipped".
    std::vector<std::string> warnings;
    std::vector<std::string> errors;
};

// Reads `path` ("x.shp" or "x"): polygon, polyline and point shapes and their Z/M variants, and
// every DBF attribute as UTF-8 (per the .cpg, else the DBF's language driver). Null shapes are
// skipped silently; a record that cannot be read is skipped with an error naming it, and the rest
// loads. Coordinates are reprojected from the .prj's CRS to WGS84; a missing .prj means WGS84
// with a warning. A record with a vertex that is then no longitude/latitude (outside -180..360,
// -90..90, or not a number) is skipped with an error. Polygon rings are grouped into outer rings and their holes.
ShapefileResult readShapefile(const std::string& path);

}  // namespace geo
