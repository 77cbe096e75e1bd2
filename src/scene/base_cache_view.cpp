#include "scene/base_cache_view.h"

#include <algorithm>
#include <cmath>

namespace scene {

BaseCacheLayout baseCacheLayout(glm::ivec2 viewPx, int maxTexturePx, double maxPixels) {
    BaseCacheLayout l;
    l.sizePx = viewPx;
    const double vx = viewPx.x, vy = viewPx.y;
    if (vx <= 0 || vy <= 0 || vx > maxTexturePx || vy > maxTexturePx || vx * vy > maxPixels)
        return l;  // not even the view fits: no margin
    const double mx = std::floor(kBaseCacheMarginShare * vx);
    const double my = std::floor(kBaseCacheMarginShare * vy);
    // The share f of the full margins that fits: each side within the texture limit, and the
    // area (vx + 2 f mx)(vy + 2 f my) within maxPixels (the positive root of that quadratic).
    double f = 1.0;
    if (mx > 0) f = std::min(f, (maxTexturePx - vx) / (2.0 * mx));
    if (my > 0) f = std::min(f, (maxTexturePx - vy) / (2.0 * my));
    const double a = 4.0 * mx * my, b = 2.0 * (vx * my + vy * mx), c = vx * vy - maxPixels;
    if (a > 0) {
        f = std::min(f, (-b + std::sqrt(b * b - 4.0 * a * c)) / (2.0 * a));
    } else if (b > 0) {
        f = std::min(f, -c / b);
    }
    f = std::max(0.0, f);
    l.marginPx = {static_cast<int>(std::floor(f * mx)), static_cast<int>(std::floor(f * my))};
    l.sizePx = viewPx + 2 * l.marginPx;
    return l;
}

ScreenRect baseCacheCore(const BaseCacheLayout& layout, glm::ivec2 viewPx) {
    const glm::dvec2 m(layout.marginPx);
    return {m.x, m.y, m.x + viewPx.x, m.y + viewPx.y};
}

std::vector<ScreenRect> baseCacheStrips(const BaseCacheLayout& layout, glm::ivec2 viewPx) {
    const ScreenRect core = baseCacheCore(layout, viewPx);
    const glm::dvec2 size(layout.sizePx);
    std::vector<ScreenRect> strips;
    auto add = [&](ScreenRect r) {
        if (r.width() > 0.0 && r.height() > 0.0) strips.push_back(r);
    };
    add({0.0, core.y0, core.x0, core.y1});     // left
    add({core.x1, core.y0, size.x, core.y1});  // right
    add({0.0, 0.0, size.x, core.y0});          // top
    add({0.0, core.y1, size.x, size.y});       // bottom
    return strips;
}

namespace {

double overlapArea(const ScreenRect& a, const ScreenRect& b) {
    const double w = std::min(a.x1, b.x1) - std::max(a.x0, b.x0);
    const double h = std::min(a.y1, b.y1) - std::max(a.y0, b.y0);
    return w > 0.0 && h > 0.0 ? w * h : 0.0;
}

}  // namespace

BaseCachePlacement placeCachedBase(const CachedBaseView& cache, const Camera& view,
                                   glm::ivec2 viewPx, const BaseCacheLimits& limits) {
    BaseCachePlacement p;
    if (viewPx != cache.viewPx || viewPx.x <= 0 || viewPx.y <= 0 ||
        !(cache.camera.metresPerPx > 0.0) || !(view.metresPerPx > 0.0))
        return p;
    const glm::dvec2 frame(viewPx);
    const glm::dvec2 margin(cache.layout.marginPx);
    // A cache pixel -> the cached view's pixel -> the map plane -> this frame's pixel.
    auto toFrame = [&](glm::dvec2 cachePx) {
        return view.pxOf(cache.camera.worldAt(cachePx - margin, frame), frame);
    };
    auto mapRect = [&](const ScreenRect& r) {
        const glm::dvec2 a = toFrame({r.x0, r.y0}), b = toFrame({r.x1, r.y1});
        return ScreenRect{std::min(a.x, b.x), std::min(a.y, b.y), std::max(a.x, b.x),
                          std::max(a.y, b.y)};
    };
    p.scale = cache.camera.metresPerPx / view.metresPerPx;
    p.quadPx = mapRect({0.0, 0.0, static_cast<double>(cache.layout.sizePx.x),
                        static_cast<double>(cache.layout.sizePx.y)});
    const ScreenRect frameRect{0.0, 0.0, frame.x, frame.y};
    const ScreenRect grown{-1.0, -1.0, frame.x + 1.0, frame.y + 1.0};
    double covered = 0.0, coveredGrown = 0.0;
    for (const ScreenRect& r : cache.drawnPx) {
        const ScreenRect m = mapRect(r);
        covered += overlapArea(m, frameRect);
        coveredGrown += overlapArea(m, grown);
    }
    p.coveredShare = std::min(1.0, covered / (frame.x * frame.y));
    p.coversFrame = coveredGrown >= grown.width() * grown.height() * (1.0 - 1e-9);
    p.usable = p.scale >= limits.minScale && p.scale <= limits.maxScale &&
               p.coveredShare >= limits.minCoveredShare;
    return p;
}

}  // namespace scene
