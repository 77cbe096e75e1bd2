// Where the window's cached base map lies in a frame whose camera moved since it was drawn, and
// whether it is close enough to show while the view moves (render/base_map_cache.cpp draws
// it). Pure math on cameras and pixel rectangles: no GL, SDL or ImGui here.
//
//   cache texture (pixels, y down)          the cache is the view it was drawn for (the core,
//   +--------------------------------+      drawn at full quality) with a margin each side,
//   |  top strip                     |      drawn afterwards at rest, strip by strip.
//   +------+----------------+--------+
//   | left |   core (view)  | right  |
//   +------+----------------+--------+
//   |  bottom strip                  |
//   +--------------------------------+
#pragma once

#include "scene/camera.h"

#include <glm/vec2.hpp>

#include <vector>

namespace scene {

// Margin each side, as a share of the view's width (left and right) and height (top, bottom):
// the cache is 1.5 x 1.5 views. A quarter view covers a drag of ~480 px at 1920x1080 and a zoom
// out to 0.67x before any edge is uncovered, and drawing it at rest costs about 1.25 redraws.
inline constexpr double kBaseCacheMarginShare = 0.25;
// The most pixels the cache texture may hold (80 MB of RGBA): 3840x2160 with its whole margin
// (18.7 MP) fits; larger windows get a narrower margin.
inline constexpr double kBaseCacheMaxPixels = 20.0e6;

struct BaseCacheLayout {
    glm::ivec2 sizePx{0};  // the cache texture
    glm::ivec2 marginPx{
        0};  // the core's offset in it (left and top margins; right and bottom match)
};

// The cache for a view of viewPx: margins of kBaseCacheMarginShare, narrowed (evenly on both
// axes) so neither side exceeds maxTexturePx and the whole holds at most maxPixels; no margin
// when even the view alone does not fit.
BaseCacheLayout baseCacheLayout(glm::ivec2 viewPx, int maxTexturePx,
                                double maxPixels = kBaseCacheMaxPixels);

// The core (the view) in cache pixels.
ScreenRect baseCacheCore(const BaseCacheLayout& layout, glm::ivec2 viewPx);

// The margin strips in the order they are drawn (left, right, top, bottom), in cache pixels,
// y down; together with the core they tile the cache without overlap. Empty strips are left out.
std::vector<ScreenRect> baseCacheStrips(const BaseCacheLayout& layout, glm::ivec2 viewPx);

// What the cache holds: drawn for `camera` at viewPx, laid out as `layout`, and the disjoint
// rectangles of it drawn so far (cache pixels, y down; the core first).
struct CachedBaseView {
    Camera camera;
    glm::ivec2 viewPx{0};
    BaseCacheLayout layout;
    std::vector<ScreenRect> drawnPx;
};

// How far a moving frame may stray from the cache before the base map is drawn again: the
// frame's scale against the cache's (2 = zoomed in twice: each cached pixel covers two), and the
// share of the frame the drawn parts must cover (the rest shows the sea's colour).
struct BaseCacheLimits {
    double minScale = 0.5;
    double maxScale = 2.0;
    double minCoveredShare = 0.5;
};

struct BaseCachePlacement {
    bool usable = false;
    ScreenRect quadPx;          // where the whole cache texture lands in the frame (y down)
    double scale = 1.0;         // frame pixels per cache pixel
    double coveredShare = 0.0;  // of the frame's pixels under drawn parts of the cache
    bool coversFrame = false;   // drawn parts cover the frame and a pixel round it
};

// Where the cache lands in a frame of viewPx showing `view`: scaled by the ratio of the two
// cameras' metres per pixel, moved by the difference of their centres. Usable when the frame
// has the cache's size, the scale is within the limits and enough of the frame is covered.
BaseCachePlacement placeCachedBase(const CachedBaseView& cache, const Camera& view,
                                   glm::ivec2 viewPx, const BaseCacheLimits& limits = {});

}  // namespace scene
