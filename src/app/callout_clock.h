// The window's event cards while the year moves (playback, a story step's run to its year): each
// card stays on screen for kCalloutWallSec of wall time whatever the speed, so a presenter's
// audience can read it at 4 years a second as at 0.25. Exports and sequences do not use this:
// their cards are a pure function of the frame's year (eventCallouts in scene/story_frame.h).
// Pure: the caller passes the year and the wall clock.
#pragma once

#include "data/dataset.h"
#include "scene/frame_spec.h"

#include <cstddef>
#include <vector>

namespace app {

constexpr double kCalloutFadeInSec = 0.25;
constexpr double kCalloutWallSec = 3.0;  // whole on screen for at least this long, after fading in
constexpr double kCalloutFadeOutSec = 0.6;

class CalloutClock {
public:
    struct Card {
        std::size_t event = 0;  // index into dataset.events()
        double shownAtSec = 0.0;
    };

    // The year is now `year` at wall time `nowSec`. While it moves forward (`moving`: playing or
    // running to a step's year) the events it passed since the last call get a card, newest
    // first, while fewer than `maxCards` are up; events passed while all are taken get none (a
    // card late by seconds would say the wrong date). Moving backwards (a loop, a step back)
    // clears the cards. Only events that `shown` marks get cards.
    void update(const data::Dataset& dataset, const std::vector<char>& shown, double year,
                bool moving, double nowSec, int maxCards = 3);
    // The cards at `nowSec`: fading in, whole, fading out; left out under kMinCalloutOpacity.
    std::vector<scene::FrameSpec::Callout> callouts(const data::Dataset& dataset,
                                                    const std::vector<glm::dvec2>& placeWorld,
                                                    double nowSec) const;
    // A step change, Home, a data reload: no card outlives it.
    void clear();
    const std::vector<Card>& cards() const { return m_cards; }
    bool active() const { return !m_cards.empty(); }

private:
    std::vector<Card> m_cards;
    double m_lastYear = 0.0;
    bool m_hasYear = false;
};

// Opacity of a card shown at `shownAtSec`, at `nowSec` (0 when gone).
float cardOpacity(double shownAtSec, double nowSec);

}  // namespace app
