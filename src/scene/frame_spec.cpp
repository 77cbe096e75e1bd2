#include "scene/frame_spec.h"

#include <cmath>

namespace scene {

double pixelsPerPointForSize(int widthPx, int heightPx) {
    // Geometric mean of the two ratios keeps the look for other aspect ratios too.
    const double s = std::sqrt((static_cast<double>(widthPx) / 1920.0) * (static_cast<double>(heightPx) / 1080.0));
    return kScreenPixelsPerPoint * s;
}

}  // namespace scene
