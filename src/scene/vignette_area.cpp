#include "scene/vignette_area.h"

#include <algorithm>
#include <cmath>

namespace scene {

std::vector<PixelRect> vignetteRects(glm::ivec2 framePx, glm::ivec2 offsetPx, glm::ivec2 targetPx,
                                     int bands) {
    std::vector<PixelRect> out;
    const int tw = targetPx.x, th = targetPx.y;
    if (tw <= 0 || th <= 0) return out;
    // A pixel's margin under the radius, so rounding in the shader never darkens a skipped pixel.
    const double radius = kVignetteClearShare * std::max(framePx.x, framePx.y) - 1.0;
    const double cx = 0.5 * framePx.x, cy = 0.5 * framePx.y;
    const int rowsPerBand = std::max(1, (th + std::max(bands, 1) - 1) / std::max(bands, 1));
    // Distance from the centre row of the frame to the centre of target row r (from the bottom).
    auto dyOf = [&](int r) { return offsetPx.y + (th - 1 - r) + 0.5 - cy; };
    auto full = [&](int r0, int r1) {
        // Joined to the band below when that one is whole too: fewer draws.
        if (!out.empty() && out.back().x == 0 && out.back().width == tw &&
            out.back().y + out.back().height == r0) {
            out.back().height += r1 - r0;
            return;
        }
        out.push_back({0, r0, tw, r1 - r0});
    };
    for (int r0 = 0; r0 < th; r0 += rowsPerBand) {
        const int r1 = std::min(th, r0 + rowsPerBand);
        // The band's row farthest from the centre decides how wide the clear part is.
        const double dy = std::max(std::abs(dyOf(r0)), std::abs(dyOf(r1 - 1)));
        if (radius <= 0.0 || dy >= radius) {
            full(r0, r1);
            continue;
        }
        const double half = std::sqrt(radius * radius - dy * dy);
        // Columns whose centre (offset + c + 0.5) lies within `half` of the centre column.
        const int c0 = std::max(0, static_cast<int>(std::ceil(cx - half - offsetPx.x - 0.5)));
        const int c1 = std::min(tw - 1, static_cast<int>(std::floor(cx + half - offsetPx.x - 0.5)));
        if (c0 > c1) {
            full(r0, r1);
            continue;
        }
        if (c0 > 0) out.push_back({0, r0, c0, r1 - r0});
        if (c1 < tw - 1) out.push_back({c1 + 1, r0, tw - 1 - c1, r1 - r0});
    }
    return out;
}

}  // namespace scene
