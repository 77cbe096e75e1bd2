#include "app/playback_clock.h"

#include <algorithm>
#include <cmath>

namespace app {

void PlaybackClock::step(ui::PanelModel& panel, double dtSec) {
    if (panel.playing) {
        panel.year += dtSec * panel.yearsPerSecond;
        if (panel.year >= panel.yearMax) {
            panel.year = panel.loop ? panel.yearMin : panel.yearMax;
            panel.playing = panel.loop;
        }
    }
    if (animating(panel)) m_animSec += dtSec;
}

void playPause(ui::PanelModel& panel) {
    if (!panel.playing && panel.year >= panel.yearMax) panel.year = panel.yearMin;
    panel.playing = !panel.playing;
}

void yearBack(ui::PanelModel& panel) {
    panel.playing = false;
    panel.year = std::max(panel.yearMin, std::ceil(panel.year) - 1.0);
}

void yearForward(ui::PanelModel& panel) {
    panel.playing = false;
    panel.year = std::min(panel.yearMax, std::floor(panel.year) + 1.0);
}

}  // namespace app
