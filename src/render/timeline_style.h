// The corridor's and the markers' colours and sizes per theme: what both the GL layers and the
// vector export draw with (one style, two back ends).
#pragma once

#include "render/marker_layer.h"
#include "render/route_layer.h"

#include <string>

namespace render {

// Route colours (rail, sea, road, casing, particles) and default widths for a canonical theme
// name ("dark", "light"); the caller sets the frame-dependent fields (mvp, year, ...).
RouteDrawParams routeStyleFor(const std::string& theme);

// Node and destination disc colours and sizes for a canonical theme name.
MarkerDrawParams markerStyleFor(const std::string& theme);

}  // namespace render
