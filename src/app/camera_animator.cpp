#include "app/camera_animator.h"

#include <cmath>

namespace app {

void CameraAnimator::setBounds(glm::dvec2 boundsMin, glm::dvec2 boundsMax) {
    m_boundsMin = boundsMin;
    m_boundsMax = boundsMax;
}

bool CameraAnimator::easing() const {
    return m_view.current.centerWorld != m_view.target.centerWorld ||
           m_view.current.metresPerPx != m_view.target.metresPerPx;
}

void CameraAnimator::clampTarget() {
    m_view.target =
        scene::clampCamera(m_view.target, m_boundsMin, m_boundsMax, m_viewportPx, kMinMetresPerPx);
}

void CameraAnimator::frame(const scene::Camera& c) {
    m_framed = true;
    m_view.target = c;
    clampTarget();
}

void CameraAnimator::reframe(const scene::Camera& c) {
    m_view.target = m_view.current = c;
    m_flight.to = c;
    clampTarget();
}

void CameraAnimator::drag(glm::dvec2 deltaPx) {
    m_view.current = scene::pan(m_view.current, deltaPx);
    m_view.target = scene::pan(m_view.target, deltaPx);
    m_framed = false;
    clampTarget();
    m_view.current =
        scene::clampCamera(m_view.current, m_boundsMin, m_boundsMax, m_viewportPx, kMinMetresPerPx);
}

void CameraAnimator::zoomAt(double factor, glm::dvec2 anchorPx) {
    m_framed = false;
    m_view.target = scene::zoomAt(m_view.target, factor, anchorPx, m_viewportPx);
    clampTarget();
}

void CameraAnimator::pan(glm::dvec2 deltaPx) {
    m_framed = false;
    m_view.target = scene::pan(m_view.target, deltaPx);
    clampTarget();
}

void CameraAnimator::shiftX(double px, bool withFlight) {
    m_view.target.centerWorld.x -= px * m_view.target.metresPerPx;
    m_view.current.centerWorld.x -= px * m_view.current.metresPerPx;
    if (!withFlight) return;
    m_flight.from.centerWorld.x -= px * m_flight.from.metresPerPx;
    m_flight.to.centerWorld.x -= px * m_flight.to.metresPerPx;
}

void CameraAnimator::keepArea(glm::dvec2 oldViewportPx) {
    if (oldViewportPx.x > 0 && oldViewportPx.y > 0) {
        const double f =
            std::sqrt((oldViewportPx.x * oldViewportPx.y) / (m_viewportPx.x * m_viewportPx.y));
        m_view.target.metresPerPx *= f;
        m_view.current.metresPerPx *= f;
    }
    clampTarget();
}

double CameraAnimator::enterStep(const std::optional<scene::Camera>& to, double yearFrom,
                                 double yearTo, bool fly) {
    m_flight = {};
    m_framed = true;
    m_flight.from = m_view.current;
    m_flight.to = m_view.current;
    if (to)
        m_flight.to =
            scene::clampCamera(*to, m_boundsMin, m_boundsMax, m_viewportPx, kMinMetresPerPx);
    m_flight.yearFrom = yearFrom;
    m_flight.yearTo = yearTo;
    if (!fly) {
        m_view.current = m_view.target = m_flight.to;
        return yearTo;
    }
    m_flight.durationSec = kFlightSec;
    m_flight.yearSec = std::max(kFlightSec, std::abs(yearTo - yearFrom) / kStepYearsPerSec);
    return yearFrom;
}

std::optional<double> CameraAnimator::update(double dtSec, double flightDtSec, double nowSec,
                                             bool snapWhenSettled) {
    // Snap when the rest is under a tenth of a pixel.
    m_view.current =
        scene::lerpCamera(m_view.current, m_view.target, 1.0 - std::exp(-dtSec * 15.0));
    const glm::dvec2 rest =
        (m_view.target.centerWorld - m_view.current.centerWorld) / m_view.current.metresPerPx;
    if (glm::length(rest) < 0.1 &&
        std::abs(std::log(m_view.target.metresPerPx / m_view.current.metresPerPx)) < 1e-4)
        m_view.current = m_view.target;
    if (m_view.target.centerWorld != m_settleTarget.centerWorld ||
        m_view.target.metresPerPx != m_settleTarget.metresPerPx) {
        m_settleTarget = m_view.target;
        m_lastTargetMoveSec = nowSec;
    }
    // On software GL the ease ends kSettleSec after the last input, so the full-quality redraw
    // follows the input within 300 ms instead of after the ease's tail.
    if (snapWhenSettled && stillSec(nowSec) >= kSettleSec) m_view.current = m_view.target;

    // A step's flight keeps its duration even at a few frames per second (software GL at 4K):
    // it may jump, but the presenter is not kept waiting.
    if (!m_flight.active()) return std::nullopt;
    m_flight.elapsedSec += flightDtSec;
    std::optional<double> year;
    if (m_flight.durationSec > 0.0) {
        const double t = std::min(1.0, m_flight.elapsedSec / m_flight.durationSec);
        m_view.current = m_view.target = scene::flyTo(m_flight.from, m_flight.to, t, m_viewportPx);
    }
    if (m_flight.yearSec > 0.0) {
        // Eased only at the end: the year starts moving at once and settles on the step's year.
        const double u = std::min(1.0, m_flight.elapsedSec / m_flight.yearSec);
        const double e = 1.0 - (1.0 - u) * (1.0 - u);
        year = m_flight.yearFrom + (m_flight.yearTo - m_flight.yearFrom) * e;
    }
    if (!m_flight.active()) {
        m_view.current = m_view.target = m_flight.to;
        year = m_flight.yearTo;
    }
    return year;
}

bool CameraAnimator::settling(double nowSec, bool dragging) const {
    return dragging || m_flight.active() || stillSec(nowSec) < kSettleSec || easing();
}

}  // namespace app
