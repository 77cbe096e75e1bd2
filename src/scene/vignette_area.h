// Where the vignette can darken a frame. The vignette (shaders/vignette.frag) is
// smoothstep(0.35, 0.95, 1.3 r / the frame's longer side) of the distance r from the frame's
// centre: exactly zero inside a circle of 0.35 / 1.3 of the longer side, about 40% of a 16:9
// frame. Drawing it only outside that circle leaves every pixel as it was (zero alpha blends to
// the pixel itself) and spares a software renderer 40% of a full-frame pass. No GL here.
#pragma once

#include <glm/vec2.hpp>

#include <vector>

namespace scene {

// The clear circle's radius as a share of the frame's longer side (vignette.frag's constants).
constexpr double kVignetteClearShare = 0.35 / 1.3;

// A rectangle of a target's pixels, rows counted from the target's bottom (as glScissor takes
// them).
struct PixelRect {
    int x = 0, y = 0, width = 0, height = 0;
};

// Rectangles, none overlapping, that cover every pixel of a target `targetPx` large whose
// top-left pixel is `offsetPx` into a frame `framePx` large (a tile; the whole frame: offset 0),
// except pixels whose centres lie inside the vignette's clear circle by a pixel's margin. The
// circle is approximated by `bands` horizontal bands over the target's height.
std::vector<PixelRect> vignetteRects(glm::ivec2 framePx, glm::ivec2 offsetPx, glm::ivec2 targetPx,
                                     int bands = 32);

}  // namespace scene
