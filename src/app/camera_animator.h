// The window's camera over time: where it is drawn (current) and where wheel and keys take it
// (target, eased toward), a story step's flight (camera and year together), and when the target
// has been still long enough to draw at full quality. Pure: the caller passes the frame's time
// step and the clock in seconds. No SDL, GL or ImGui here.
#pragma once

#include "scene/camera.h"

#include <algorithm>
#include <optional>

namespace app {

// The smallest map-plane metres per device pixel the camera may reach (about web zoom 12).
inline constexpr double kMinMetresPerPx = 25.0;
// Seconds a step's camera flight takes, and the fastest its year runs while entering a step.
inline constexpr double kFlightSec = 1.5;
inline constexpr double kStepYearsPerSec = 2.5;
// On software GL: how long the camera's target must be still (no drag, wheel, key or flight)
// before the map is drawn at full quality. With the ~175 ms redraw at 1920x1080 on llvmpipe and a
// frame's wait, the sharp frame is up within 300 ms of the last input.
inline constexpr double kSettleSec = 0.08;

struct ViewState {
    scene::Camera current;  // what is drawn
    scene::Camera target;   // where wheel and keys are taking it (smooth zoom)
};

// A story step being entered: the camera flies, the year runs to the step's year.
struct Flight {
    scene::Camera from, to;
    double elapsedSec = 0.0;
    double durationSec = 0.0;  // 0 = no flight
    double yearFrom = 0.0, yearTo = 0.0;
    double yearSec = 0.0;  // how long the year takes (may outlast the camera)
    bool active() const { return elapsedSec < std::max(durationSec, yearSec); }
};

class CameraAnimator {
public:
    // The map's bounds (map-plane metres) and the viewport (device pixels) the target is kept
    // in; set again after a projection change or a resize.
    void setBounds(glm::dvec2 boundsMin, glm::dvec2 boundsMax);
    void setViewport(glm::dvec2 viewportPx) { m_viewportPx = viewportPx; }
    glm::dvec2 viewport() const { return m_viewportPx; }

    const scene::Camera& current() const { return m_view.current; }
    const scene::Camera& target() const { return m_view.target; }
    const Flight& flight() const { return m_flight; }
    bool flying() const { return m_flight.active(); }
    // The current camera is still easing toward the target.
    bool easing() const;
    // The view is home or a step's, not moved by hand since: framed again on a resize.
    bool framed() const { return m_framed; }

    // Home (or --view): the target becomes `c` (clamped), the view is framed; current eases.
    void frame(const scene::Camera& c);
    // A framed step's camera laid out again (resize): current and target jump, no flight left
    // to a stale camera.
    void reframe(const scene::Camera& c);
    // Current and target jump to the target (no easing).
    void snap() { m_view.current = m_view.target; }
    // Dragging: current and target move by `deltaPx` at once, without smoothing.
    void drag(glm::dvec2 deltaPx);
    // Wheel and keys: the target zooms at `anchorPx` / pans by `deltaPx`; current eases after.
    void zoomAt(double factor, glm::dvec2 anchorPx);
    void pan(glm::dvec2 deltaPx);
    // The map's free area moved sideways by `px` device pixels (the panel shown or hidden, the
    // interface scale changed): the centres follow, and a flight's ends with `withFlight`.
    void shiftX(double px, bool withFlight);
    // The viewport was `oldViewportPx` (none: 0 x 0) before setViewport, with a view moved by
    // hand: the centre stays and about the same area stays in view.
    void keepArea(glm::dvec2 oldViewportPx);
    // Keeps the target's centre (projection change: the same place, new coordinates).
    void centreOn(glm::dvec2 world) { m_view.target.centerWorld = world; }
    void clampTarget();

    // A story step entered: the camera flies to `to` (clamped; none: stays) while the year runs
    // from `yearFrom` to `yearTo`, at most kStepYearsPerSec and at least as long as the flight.
    // Without `fly` the camera jumps. Returns the year to show now.
    double enterStep(const std::optional<scene::Camera>& to, double yearFrom, double yearTo,
                     bool fly);
    // A user's change to the year or playback, a key: the flight stops where it is.
    void stopFlight() { m_flight = {}; }

    // One frame: eases the current camera toward the target over `dtSec` (about 90% in 0.15 s
    // whatever the frame rate), notes when the target last moved (`nowSec`), snaps to it once
    // it has been still kSettleSec when `snapWhenSettled` (software GL, not dragging), and
    // advances a flight by `flightDtSec`. Returns the flight's year while one runs.
    std::optional<double> update(double dtSec, double flightDtSec, double nowSec,
                                 bool snapWhenSettled);
    // Seconds since the target last moved.
    double stillSec(double nowSec) const { return nowSec - m_lastTargetMoveSec; }
    // The camera moves or just stopped (dragging, flying, easing, or within kSettleSec of the
    // last input): software GL draws from the cached base map then.
    bool settling(double nowSec, bool dragging) const;

private:
    ViewState m_view;
    Flight m_flight;
    glm::dvec2 m_boundsMin{-1e7}, m_boundsMax{1e7};
    glm::dvec2 m_viewportPx{1.0};
    bool m_framed = true;
    double m_lastTargetMoveSec = -1e9;  // when the target last changed
    scene::Camera m_settleTarget;       // the target as last seen
};

}  // namespace app
