// Plain geometry and feature values shared by every module: lon/lat and map-plane coordinates,
// polygons, lines, points and their attributes. Depends on nothing but the standard library and
// GLM.
#pragma once

#include <glm/vec2.hpp>

#include <cstdint>
#include <string>
#include <vector>

namespace geo {

// Degrees, longitude first (as in shapefiles), WGS84.
struct LonLat {
    double lon = 0.0;
    double lat = 0.0;
};

// An axis-aligned window in degrees.
struct LonLatBox {
    double lonMin = -180.0;
    double latMin = -90.0;
    double lonMax = 180.0;
    double latMax = 90.0;

    bool contains(LonLat p) const {
        return p.lon >= lonMin && p.lon <= lonMax && p.lat >= latMin && p.lat <= latMax;
    }
    bool valid() const { return lonMin < lonMax && latMin < latMax; }
};

// A ring or polyline. The coordinate space depends on the stage: x=lon, y=lat (degrees) after
// reading, map-plane metres after projection. Rings are closed (first point == last point).
using Path = std::vector<glm::dvec2>;

struct Polygon {
    Path outer;
    std::vector<Path> holes;
};

enum class GeometryKind { Polygon, Line, Point };

const char* toString(GeometryKind kind);

// One record of a layer. Only the member matching the layer's kind is filled.
struct Feature {
    int record = -1;                      // 0-based record number in the source file
    std::vector<Polygon> polygons;        // GeometryKind::Polygon (multi-part allowed)
    std::vector<Path> lines;              // GeometryKind::Line (multi-part allowed)
    std::vector<glm::dvec2> points;       // GeometryKind::Point (multi-point allowed)
    std::vector<std::string> attributes;  // UTF-8, one per FeatureSet::fieldNames entry
};

// A whole layer as read from one file.
struct FeatureSet {
    std::string sourcePath;
    GeometryKind kind = GeometryKind::Polygon;
    std::vector<std::string> fieldNames;
    std::vector<Feature> features;

    // Index of a field by name (case-insensitive, as DBF names are), or -1.
    int fieldIndex(const std::string& name) const;
    // The attribute value of one feature, or "" when the field does not exist.
    const std::string& attribute(const Feature& feature, int fieldIndex) const;
};

}  // namespace geo
