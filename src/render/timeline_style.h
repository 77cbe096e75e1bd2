// The corridor's and the markers' colours and sizes per theme: what both the GL layers and the
// vector export draw with (one style, two back ends).
#pragma once

#include "render/marker_layer.h"
#include "render/route_layer.h"
#include "scene/palette.h"

namespace render {

// Route colours (rail, sea, road, casing, particles) from a theme's palette and default widths;
// the caller sets the frame-dependent fields (mvp, year, ...).
RouteDrawParams routeStyleFor(const scene::Palette& palette);

// Node and destination disc colours from a theme's palette, and sizes.
MarkerDrawParams markerStyleFor(const scene::Palette& palette);

}  // namespace render
