#include "app/ui_scale.h"

#include <algorithm>
#include <cmath>

namespace app {

float autoUiScale(int drawableW, int drawableH, double pixelScale) {
    const double bySize =
        std::min(static_cast<double>(drawableW) / 1920.0, static_cast<double>(drawableH) / 1080.0);
    return static_cast<float>(
        std::clamp(std::max(pixelScale, bySize), 1.0, static_cast<double>(kMaxUiScale)));
}

bool UiScale::set(float value) {
    value = std::clamp(value, kMinUiScale, kMaxUiScale);
    if (std::abs(value - scale) < 1e-3f) return false;
    scale = value;
    fontsDirty = true;
    return true;
}

bool CursorHider::update(double nowSec, bool presenting, bool dragging) {
    const bool hide = presenting && nowSec - m_lastMoveSec > kCursorHideSec && !dragging;
    if (hide == m_hidden) return false;
    m_hidden = hide;
    return true;
}

}  // namespace app
