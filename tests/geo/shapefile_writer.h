// Test-only helpers that write tiny shapefiles with shapelib into temporary folders, so the tests
// need no binary fixtures. Used by geo_tests and scene_tests; not part of any module.
#pragma once

#include "geo/types.h"

#include <string>
#include <vector>

namespace testutil {

// One record: no parts means a null shape. Point files take one part holding the point(s).
struct Record {
    std::vector<geo::Path> parts;
    std::vector<std::string> attributes;  // raw DBF bytes, one per field
};

// A fresh, empty folder under ::testing::TempDir(); fails the calling test if none can be made.
std::string makeTempDir(const std::string& prefix);

// Writes `stem`.shp/.shx/.dbf with string fields `fields` (width 40) and returns `stem` + ".shp".
// Z and M variants get a Z/M value per vertex (so the files are not trivially 2D).
std::string writeShapefile(const std::string& stem, int shpType,
                           const std::vector<std::string>& fields,
                           const std::vector<Record>& records);

void writeTextFile(const std::string& path, const std::string& text);

// A closed axis-aligned rectangle ring; clockwise (a shapefile outer ring) unless ccw.
geo::Path rectRing(double x0, double y0, double x1, double y1, bool ccw = false);

}  // namespace testutil
