#include "scene/camera.h"

#include <glm/geometric.hpp>

#include <algorithm>
#include <cmath>

namespace scene {

namespace {
constexpr double kEarthCircumferenceM = 40075016.686;
}

glm::dvec2 Camera::worldAt(glm::dvec2 px, glm::dvec2 viewportPx) const {
    const glm::dvec2 d = px - 0.5 * viewportPx;
    return centerWorld + glm::dvec2(d.x, -d.y) * metresPerPx;
}

glm::dvec2 Camera::pxOf(glm::dvec2 world, glm::dvec2 viewportPx) const {
    const glm::dvec2 d = (world - centerWorld) / metresPerPx;
    return 0.5 * viewportPx + glm::dvec2(d.x, -d.y);
}

glm::mat4 Camera::clipFromLocal(glm::dvec2 originWorld, glm::dvec2 viewportPx) const {
    const double sx = 2.0 / (metresPerPx * viewportPx.x);
    const double sy = 2.0 / (metresPerPx * viewportPx.y);
    const glm::dvec2 t = originWorld - centerWorld;
    glm::mat4 m(1.0f);
    m[0][0] = static_cast<float>(sx);
    m[1][1] = static_cast<float>(sy);
    m[3][0] = static_cast<float>(t.x * sx);
    m[3][1] = static_cast<float>(t.y * sy);
    return m;
}

double Camera::zoom(double pixelsPerPoint) const {
    const double logicalPxPerMetre = (1.0 / metresPerPx) * (kScreenPixelsPerPoint / pixelsPerPoint);
    return std::log2(logicalPxPerMetre * kEarthCircumferenceM / 256.0);
}

Camera fitCamera(glm::dvec2 minWorld, glm::dvec2 maxWorld, glm::dvec2 viewportPx) {
    Camera c;
    c.centerWorld = 0.5 * (minWorld + maxWorld);
    const glm::dvec2 size = maxWorld - minWorld;
    c.metresPerPx =
        std::max(size.x / std::max(viewportPx.x, 1.0), size.y / std::max(viewportPx.y, 1.0));
    if (!(c.metresPerPx > 0.0)) c.metresPerPx = 1000.0;
    return c;
}

namespace {

struct FreeSearch {
    const std::vector<ScreenRect>* covered;
    double aspect, padding;
    ScreenRect best;
    double bestScale = -1.0, bestArea = -1.0;

    // Scale (pixels per unit of the box's height) at which the box fits the rectangle.
    double scaleIn(const ScreenRect& r) const {
        const double w = r.width() - 2.0 * padding, h = r.height() - 2.0 * padding;
        if (w <= 0.0 || h <= 0.0) return -1.0;
        return std::min(w / aspect, h);
    }
    // Keeps covered[i..] out of `r`, each by one of its sides, trying every choice; a rectangle
    // that already misses it needs no choice.
    void run(size_t i, const ScreenRect& r) {
        const double scale = scaleIn(r);
        if (scale <= 0.0 || scale < bestScale) return;  // cutting more never grows it
        if (i == covered->size()) {
            const double area = r.width() * r.height();
            if (scale > bestScale || area > bestArea) {
                best = r;
                bestScale = scale;
                bestArea = area;
            }
            return;
        }
        const ScreenRect& c = (*covered)[i];
        if (!(c.x0 < r.x1 && r.x0 < c.x1 && c.y0 < r.y1 && r.y0 < c.y1)) {
            run(i + 1, r);
            return;
        }
        ScreenRect left = r, right = r, above = r, below = r;
        left.x1 = c.x0;
        right.x0 = c.x1;
        above.y1 = c.y0;
        below.y0 = c.y1;
        for (const ScreenRect& next : {left, right, above, below}) run(i + 1, next);
    }
};

}  // namespace

ScreenRect freeRectFor(glm::dvec2 frameSizePx, const std::vector<ScreenRect>& coveredPx,
                       double aspect, double paddingPx) {
    const ScreenRect frame{0.0, 0.0, frameSizePx.x, frameSizePx.y};
    const double pad = std::max(paddingPx, 0.0);
    auto shrink = [pad](ScreenRect r) {
        return ScreenRect{r.x0 + pad, r.y0 + pad, r.x1 - pad, r.y1 - pad};
    };
    // Only what lies on the frame matters (at most 8 rectangles: 4^8 choices at worst).
    std::vector<ScreenRect> on;
    for (const ScreenRect& c : coveredPx) {
        if (on.size() == 8) break;
        if (c.x1 > c.x0 && c.y1 > c.y0 && c.x0 < frame.x1 && c.x1 > 0.0 && c.y0 < frame.y1 &&
            c.y1 > 0.0)
            on.push_back(c);
    }
    FreeSearch search{&on, std::isfinite(aspect) && aspect > 0.0 ? aspect : 1.0, pad, {}};
    search.run(0, frame);
    if (search.bestScale <= 0.0)
        return pad * 2.0 < std::min(frame.x1, frame.y1) ? shrink(frame) : frame;
    return shrink(search.best);
}

Camera fitCameraInside(glm::dvec2 minWorld, glm::dvec2 maxWorld, glm::dvec2 frameSizePx,
                       const std::vector<ScreenRect>& coveredPx, double paddingPx) {
    const glm::dvec2 size = maxWorld - minWorld;
    const double aspect = size.y > 0.0 ? size.x / size.y : 1.0;
    const ScreenRect r = freeRectFor(frameSizePx, coveredPx, aspect, paddingPx);
    Camera c = fitCamera(minWorld, maxWorld, glm::dvec2(r.width(), r.height()));
    // The box's centre at the free rectangle's centre.
    const glm::dvec2 offsetPx =
        glm::dvec2(0.5 * (r.x0 + r.x1), 0.5 * (r.y0 + r.y1)) - 0.5 * frameSizePx;
    c.centerWorld -= glm::dvec2(offsetPx.x, -offsetPx.y) * c.metresPerPx;
    return c;
}

Camera centreInside(const Camera& c, glm::dvec2 frameSizePx,
                    const std::vector<ScreenRect>& coveredPx, double paddingPx) {
    const double aspect = frameSizePx.y > 0.0 ? frameSizePx.x / frameSizePx.y : 1.0;
    const ScreenRect r = freeRectFor(frameSizePx, coveredPx, aspect, paddingPx);
    Camera out = c;
    const glm::dvec2 offsetPx =
        glm::dvec2(0.5 * (r.x0 + r.x1), 0.5 * (r.y0 + r.y1)) - 0.5 * frameSizePx;
    out.centerWorld -= glm::dvec2(offsetPx.x, -offsetPx.y) * c.metresPerPx;
    return out;
}

Camera pan(const Camera& c, glm::dvec2 deltaPx) {
    Camera r = c;
    r.centerWorld -= glm::dvec2(deltaPx.x, -deltaPx.y) * c.metresPerPx;
    return r;
}

Camera zoomAt(const Camera& c, double factor, glm::dvec2 anchorPx, glm::dvec2 viewportPx) {
    const glm::dvec2 anchorWorld = c.worldAt(anchorPx, viewportPx);
    Camera r = c;
    r.metresPerPx = c.metresPerPx / factor;
    // Keep anchorWorld under anchorPx.
    r.centerWorld = anchorWorld - (r.worldAt(anchorPx, viewportPx) - r.centerWorld);
    return r;
}

Camera clampCamera(const Camera& c, glm::dvec2 boundsMin, glm::dvec2 boundsMax,
                   glm::dvec2 viewportPx, double minMetresPerPx) {
    Camera r = c;
    const glm::dvec2 size = boundsMax - boundsMin;
    const double maxMetresPerPx =
        std::max(size.x / std::max(viewportPx.x, 1.0), size.y / std::max(viewportPx.y, 1.0));
    r.metresPerPx =
        std::clamp(r.metresPerPx, std::min(minMetresPerPx, maxMetresPerPx), maxMetresPerPx);
    // The centre may go no further than where the frame's edge meets the bounds' edge; when the
    // frame is wider than the bounds it stays centred on them.
    const glm::dvec2 half = 0.5 * viewportPx * r.metresPerPx;
    for (int axis = 0; axis < 2; ++axis) {
        const double lo = boundsMin[axis] + half[axis];
        const double hi = boundsMax[axis] - half[axis];
        r.centerWorld[axis] = lo <= hi ? std::clamp(r.centerWorld[axis], lo, hi)
                                       : 0.5 * (boundsMin[axis] + boundsMax[axis]);
    }
    return r;
}

Camera lerpCamera(const Camera& a, const Camera& b, double t) {
    Camera r;
    r.centerWorld = a.centerWorld + (b.centerWorld - a.centerWorld) * t;
    r.metresPerPx =
        std::exp(std::log(a.metresPerPx) + (std::log(b.metresPerPx) - std::log(a.metresPerPx)) * t);
    return r;
}

double easeInOut(double t) {
    t = std::clamp(t, 0.0, 1.0);
    return t * t * (3.0 - 2.0 * t);
}

Camera flyTo(const Camera& a, const Camera& b, double t, glm::dvec2 viewportPx) {
    if (t >= 1.0) return b;
    if (t <= 0.0) return a;
    const double e = easeInOut(t);
    Camera r = lerpCamera(a, b, e);
    // How far the centre travels, in frames at the coarser of the two scales.
    const double coarse = std::max(a.metresPerPx, b.metresPerPx);
    const double frame = std::max(glm::length(viewportPx) * coarse, 1e-9);
    const double frames = glm::length(b.centerWorld - a.centerWorld) / frame;
    if (frames > 0.25) {
        // Up to one doubling of the scale at mid-flight, peaking at 4 e (1 - e) = 1.
        const double lift = std::min(1.0, (frames - 0.25) / 0.75) * std::log(2.0);
        const double bump = std::exp(lift * 4.0 * e * (1.0 - e));
        r.metresPerPx = std::min(r.metresPerPx * bump, 2.0 * coarse);
    }
    return r;
}

Camera cameraAtZoom(glm::dvec2 centerWorld, double zoom, double pixelsPerPoint) {
    Camera c;
    c.centerWorld = centerWorld;
    const double logicalPxPerMetre = std::exp2(zoom) * 256.0 / kEarthCircumferenceM;
    c.metresPerPx = (kScreenPixelsPerPoint / pixelsPerPoint) / logicalPxPerMetre;
    return c;
}

}  // namespace scene
