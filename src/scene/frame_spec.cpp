#include "scene/frame_spec.h"

#include <algorithm>
#include <cassert>
#include <cmath>

namespace scene {

bool sameFrame(const FrameSpec& a, const FrameSpec& b) {
    return a.tie() == b.tie();
}

glm::ivec2 frameSizePx(const FrameSpec& spec) {
    if (spec.tile.frameWidthPx > 0) return {spec.tile.frameWidthPx, spec.tile.frameHeightPx};
    return {spec.widthPx, spec.heightPx};
}

FrameSpec tileSpec(const FrameSpec& full, int offsetXPx, int offsetYPx, int widthPx, int heightPx) {
    assert(full.tile.frameWidthPx == 0 && "tileSpec wants the whole frame's spec");
    FrameSpec t = full;
    const glm::dvec2 frameSize(full.widthPx, full.heightPx);
    // Pixel edges, not centres: adjacent tiles meet exactly, so nothing moves across a seam.
    const glm::dvec2 tileCentre =
        glm::dvec2(offsetXPx, offsetYPx) + 0.5 * glm::dvec2(widthPx, heightPx);
    t.camera.centerWorld = full.camera.worldAt(tileCentre, frameSize);
    t.widthPx = widthPx;
    t.heightPx = heightPx;
    t.tile = {full.widthPx, full.heightPx, offsetXPx, offsetYPx};
    return t;
}

double pixelsPerPointForSize(int widthPx, int heightPx) {
    // Geometric mean of the two ratios keeps the look for other aspect ratios too.
    const double s = std::sqrt((static_cast<double>(widthPx) / 1920.0) *
                               (static_cast<double>(heightPx) / 1080.0));
    return kScreenPixelsPerPoint * s;
}

float textScaleFor(TextSize size, int frameHeightPx, double pixelsPerPoint) {
    if (size != TextSize::Projector || frameHeightPx <= 0 || !(pixelsPerPoint > 0.0)) return 1.f;
    const double want = kProjectorCaptionShare * frameHeightPx / (kCaptionBodyPt * pixelsPerPoint);
    // Rounded up in the third decimal, so the body is never a hair under the share.
    return static_cast<float>(std::max(1.0, std::ceil(want * 1000.0) / 1000.0));
}

}  // namespace scene
