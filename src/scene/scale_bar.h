// The scale bar: a round distance (1, 2 or 5 times a power of ten, in km or m) and its length in
// pixels, measured as true ground distance at the frame's centre (conic and Mercator map-plane
// metres are not ground metres away from the standard parallels). Pure. No GL here.
#pragma once

#include "geo/projection.h"
#include "scene/camera.h"

#include <glm/vec2.hpp>

#include <string>

namespace scene {

struct ScaleBar {
    double lengthPx = 0.0;  // 0 when the scale cannot be measured (e.g. outside the projection)
    double metres = 0.0;    // the round distance the bar shows
    std::string label;      // "500 km", "200 m"
};

// Great-circle distance in metres on the mean Earth sphere (radius 6,371,008.8 m).
double greatCircleMetres(geo::LonLat a, geo::LonLat b);

// Ground metres per device pixel at `centerPx` of a frame drawn with `camera`, measured east–west
// over a short span.
double groundMetresPerPx(const geo::Projection& projection, const Camera& camera,
                         glm::dvec2 centerPx, glm::dvec2 viewportPx);

// The longest round distance whose bar is at most maxLengthPx long.
ScaleBar scaleBarFor(double groundMetresPerPx, double maxLengthPx);

}  // namespace scene
