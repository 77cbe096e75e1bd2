// The 2D map camera: which part of the map plane a frame shows and at what scale, with pan, zoom
// at a point, fitting a lon/lat window, and clamping. Pure math. No GL, SDL or ImGui here.
#pragma once

#include <glm/mat4x4.hpp>
#include <glm/vec2.hpp>

#include <vector>

namespace scene {

// Logical pixels per point on a reference 1920x1080 screen frame (96 dpi / 72 pt per inch).
constexpr double kScreenPixelsPerPoint = 96.0 / 72.0;

struct Camera {
    glm::dvec2 centerWorld{0.0, 0.0};  // map-plane metres at the middle of the frame
    double metresPerPx = 1000.0;       // map-plane metres per device pixel

    // Device pixel (origin top-left, y down) <-> map plane.
    glm::dvec2 worldAt(glm::dvec2 px, glm::dvec2 viewportPx) const;
    glm::dvec2 pxOf(glm::dvec2 world, glm::dvec2 viewportPx) const;

    // Matrix from map-plane coordinates relative to `originWorld` (what the GPU stores, as float)
    // to clip space. Computed in double so large map-plane values keep their precision.
    glm::mat4 clipFromLocal(glm::dvec2 originWorld, glm::dvec2 viewportPx) const;

    // Zoom level in the familiar web-map sense (0 = the whole Earth's circumference in 256
    // logical px), independent of the output's pixel density `pixelsPerPoint`.
    double zoom(double pixelsPerPoint) const;
};

// The camera that fits the map-plane box [minWorld, maxWorld] inside the viewport.
Camera fitCamera(glm::dvec2 minWorld, glm::dvec2 maxWorld, glm::dvec2 viewportPx);

// A rectangle of the frame in device pixels (origin top-left, y down), x1 > x0, y1 > y0.
struct ScreenRect {
    double x0 = 0.0, y0 = 0.0, x1 = 0.0, y1 = 0.0;
    double width() const { return x1 - x0; }
    double height() const { return y1 - y0; }
};

// The largest rectangle of the frame that none of `coveredPx` overlaps and into which a box of
// aspect ratio `aspect` (width over height) fits at the largest scale, shrunk by `paddingPx` on
// every side (ties: the larger area). Each covered rectangle is kept out by one of its four
// sides, so corner furniture (a legend, a caption card) costs a band beside or below it,
// whichever leaves more room. The whole frame less the padding when nothing leaves room.
ScreenRect freeRectFor(glm::dvec2 frameSizePx, const std::vector<ScreenRect>& coveredPx,
                       double aspect, double paddingPx);

// Like a web map's fitBounds with padding: the camera that shows the map-plane box
// [minWorld, maxWorld] as large as it fits inside freeRectFor(...), centred there. With no
// covered rectangles and no padding it equals fitCamera.
Camera fitCameraInside(glm::dvec2 minWorld, glm::dvec2 maxWorld, glm::dvec2 frameSizePx,
                       const std::vector<ScreenRect>& coveredPx, double paddingPx);

// The camera `c` (a centre and scale) moved so that its centre shows in the middle of the
// frame's free rectangle for a frame-shaped view (a story step given as centre and zoom).
Camera centreInside(const Camera& c, glm::dvec2 frameSizePx,
                    const std::vector<ScreenRect>& coveredPx, double paddingPx);

// Moves the view by a pixel delta (drag): the map follows the pointer.
Camera pan(const Camera& c, glm::dvec2 deltaPx);

// Zooms by `factor` (>1 zooms in) keeping the map point under `anchorPx` fixed.
Camera zoomAt(const Camera& c, double factor, glm::dvec2 anchorPx, glm::dvec2 viewportPx);

// Keeps the view on the loaded map: scale between `minMetresPerPx` and the scale at which the
// bounds fill the viewport, and the centre inside the bounds.
Camera clampCamera(const Camera& c, glm::dvec2 boundsMin, glm::dvec2 boundsMax,
                   glm::dvec2 viewportPx, double minMetresPerPx);

// Interpolates between two cameras (smooth zoom): scale geometrically, centre linearly.
Camera lerpCamera(const Camera& a, const Camera& b, double t);

// Smooth start and stop: 0 at 0, 1 at 1, zero slope at both ends, monotone (cubic smoothstep).
double easeInOut(double t);

// The camera `t` (0..1, clamped) of the way through a flight from `a` to `b`: eased, the centre
// moving straight and monotonically toward b's, the scale geometric. A flight longer than the
// frame also zooms out a little in the middle (never past twice the larger scale) so the
// audience sees where it is going. t = 1 is exactly b; the view never zooms in past the closer
// of the two scales, and the centre never passes the target.
Camera flyTo(const Camera& a, const Camera& b, double t, glm::dvec2 viewportPx);

// The camera for a web-map zoom level at a map-plane centre (inverse of Camera::zoom).
Camera cameraAtZoom(glm::dvec2 centerWorld, double zoom, double pixelsPerPoint);

}  // namespace scene
