#include "app/callout_clock.h"

#include "scene/story_frame.h"

#include <algorithm>

namespace app {

float cardOpacity(double shownAtSec, double nowSec) {
    const double t = nowSec - shownAtSec;
    if (t < 0.0) return 0.f;
    const double in = std::min(1.0, t / kCalloutFadeInSec);
    const double outStart = kCalloutFadeInSec + kCalloutWallSec;
    const double out = std::clamp(1.0 - (t - outStart) / kCalloutFadeOutSec, 0.0, 1.0);
    return static_cast<float>(std::min(in, out));
}

void CalloutClock::update(const data::Dataset& dataset, const std::vector<char>& shown, double year,
                          bool moving, double nowSec, int maxCards) {
    const double lifeSec = kCalloutFadeInSec + kCalloutWallSec + kCalloutFadeOutSec;
    m_cards.erase(std::remove_if(m_cards.begin(), m_cards.end(),
                                 [&](const Card& c) { return nowSec - c.shownAtSec >= lifeSec; }),
                  m_cards.end());
    const double from = m_lastYear;
    const bool had = m_hasYear;
    m_lastYear = year;
    m_hasYear = true;
    if (!moving || !had || year == from) return;
    if (year < from) {
        m_cards.clear();
        return;
    }
    // Events in (from, year], newest first.
    std::vector<std::pair<double, std::size_t>> passed;
    const auto& events = dataset.events();
    for (std::size_t i = 0; i < events.size(); ++i) {
        if (i >= shown.size() || !shown[i] || events[i].placeId.empty()) continue;
        const double when = data::toFractionalYear(events[i].date);
        if (when > from && when <= year) passed.emplace_back(when, i);
    }
    std::stable_sort(passed.begin(), passed.end(),
                     [](const auto& a, const auto& b) { return a.first > b.first; });
    for (const auto& p : passed) {
        if (static_cast<int>(m_cards.size()) >= maxCards) break;
        m_cards.push_back({p.second, nowSec});
    }
}

std::vector<scene::FrameSpec::Callout> CalloutClock::callouts(
    const data::Dataset& dataset, const std::vector<glm::dvec2>& placeWorld, double nowSec) const {
    std::vector<scene::FrameSpec::Callout> out;
    // Newest card first, as eventCallouts orders them.
    for (auto it = m_cards.rbegin(); it != m_cards.rend(); ++it) {
        const float a = cardOpacity(it->shownAtSec, nowSec);
        if (a < scene::kMinCalloutOpacity) continue;
        if (auto card = scene::eventCard(dataset, placeWorld, it->event)) {
            card->opacity = a;
            out.push_back(std::move(*card));
        }
    }
    return out;
}

void CalloutClock::clear() {
    m_cards.clear();
    m_hasYear = false;
}

}  // namespace app
