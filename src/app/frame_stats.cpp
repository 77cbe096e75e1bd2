#include "app/frame_stats.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace app {

namespace {
double median(std::vector<double> v) {
    if (v.empty()) return NAN;
    std::sort(v.begin(), v.end());
    return v[v.size() / 2];
}
}  // namespace

void FrameStats::mapDrawn(double ms, bool fromCache, std::optional<double> sharpAfterMs) {
    m_lastDrawMs = ms;
    m_drawMs.push_back(ms);
    if (fromCache) m_movingMs.push_back(ms);
    if (sharpAfterMs) m_sharpAfterMs.push_back(*sharpAfterMs);
}

std::optional<double> FrameStats::framePresented(double nowSec) {
    ++m_fpsFrames;
    const double window = nowSec - m_fpsWindowStartSec;
    if (window < 0.5) return std::nullopt;
    const double fps = m_fpsFrames / window;
    m_fpsFrames = 0;
    m_fpsWindowStartSec = nowSec;
    return fps;
}

std::string FrameStats::report(int frames, double totalSec, const std::string& renderer) const {
    if (m_drawMs.empty()) return {};
    char text[512];
    std::snprintf(text, sizeof text,
                  "%d frames, %zu map redraws, median map redraw %.1f ms, %.1f fps after the "
                  "first (%s)\n",
                  frames, m_drawMs.size(), median(m_drawMs),
                  (frames - 1) / std::max(1e-9, totalSec - m_firstFrameSec), renderer.c_str());
    std::string out = text;
    if (!m_movingMs.empty()) {
        std::snprintf(text, sizeof text,
                      "%zu moving frames from the cached base map, median %.1f ms; full "
                      "quality %.0f ms after the last input (median of %zu)\n",
                      m_movingMs.size(), median(m_movingMs), median(m_sharpAfterMs),
                      m_sharpAfterMs.size());
        out += text;
    }
    return out;
}

}  // namespace app
