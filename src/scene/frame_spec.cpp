#include "scene/frame_spec.h"

#include <cmath>

namespace scene {

bool sameFrame(const FrameSpec& a, const FrameSpec& b) {
    return a.widthPx == b.widthPx && a.heightPx == b.heightPx &&
           a.pixelsPerPoint == b.pixelsPerPoint && a.camera.centerWorld == b.camera.centerWorld &&
           a.camera.metresPerPx == b.camera.metresPerPx && a.theme == b.theme &&
           a.layerOn == b.layerOn && a.year == b.year && a.animPhase == b.animPhase &&
           a.transparent == b.transparent && a.timeline == b.timeline;
}

double pixelsPerPointForSize(int widthPx, int heightPx) {
    // Geometric mean of the two ratios keeps the look for other aspect ratios too.
    const double s = std::sqrt((static_cast<double>(widthPx) / 1920.0) *
                               (static_cast<double>(heightPx) / 1080.0));
    return kScreenPixelsPerPoint * s;
}

}  // namespace scene
