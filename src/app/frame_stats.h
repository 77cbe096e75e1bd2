// The window's frame timing: the cost of each map redraw (and of the moving ones drawn from the
// cached base map), how long after the last input each full-quality frame was ready, the frame
// rate over half-second windows, and the --frames report. Pure: the caller passes the times.
#pragma once

#include <optional>
#include <string>
#include <vector>

namespace app {

class FrameStats {
public:
    // A map redraw of `ms`; `fromCache`: a moving frame from the cached base map;
    // `sharpAfterMs`: for the full-quality frame after moving ones, its delay after the input.
    void mapDrawn(double ms, bool fromCache, std::optional<double> sharpAfterMs);
    double lastDrawMs() const { return m_lastDrawMs; }
    size_t redraws() const { return m_drawMs.size(); }

    // A frame was presented at `nowSec`; the frame rate when a half-second window closed.
    std::optional<double> framePresented(double nowSec);
    // The frame-rate window starts (the loop's first frame).
    void start(double nowSec) { m_fpsWindowStartSec = nowSec; }

    // The first frame was presented `sec` after the process started: kept for the report's
    // frame rate, and said as "first frame presented N ms after start".
    std::string firstFrame(double sec) {
        m_firstFrameSec = sec;
        return "first frame presented " + std::to_string(static_cast<long>(sec * 1000.0 + 0.5)) +
               " ms after start\n";
    }
    // "N frames, M map redraws, median ... ms, F fps after the first (renderer)", and a second
    // line for moving frames when there were any. "" without redraws. `totalSec`: seconds from
    // the process start to the end.
    std::string report(int frames, double totalSec, const std::string& renderer) const;

private:
    std::vector<double> m_drawMs, m_movingMs, m_sharpAfterMs;
    double m_lastDrawMs = 0.0;
    double m_fpsWindowStartSec = 0.0;
    double m_firstFrameSec = 0.0;
    int m_fpsFrames = 0;
};

}  // namespace app
