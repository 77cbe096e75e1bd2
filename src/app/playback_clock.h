// The window's timeline playback: the year advancing at the panel's speed, stopping or looping
// at the end, the keys that play, pause and step a year, and the animation time that moves the
// flows' pulses and the corridor's particles. The panel holds the values the user edits (year,
// playing, speed, loop); the clock advances them. Pure: the caller passes the time step.
// No SDL, GL or ImGui here.
#pragma once

#include "ui/panel.h"

namespace app {

class PlaybackClock {
public:
    // Flows and the corridor's particles move with animation time; nothing else does.
    static bool animating(const ui::PanelModel& panel) {
        return panel.playing || panel.showArcs || panel.showRoute;
    }
    // One frame of `dtSec`: while playing the year runs at panel.yearsPerSecond; at the end it
    // loops to the first year, or stops on the last. The animation time runs while animating.
    void step(ui::PanelModel& panel, double dtSec);
    // Seconds of animation so far (FrameSpec::animPhase).
    double animSec() const { return m_animSec; }

private:
    double m_animSec = 0.0;
};

// Space: play from the start when at the end, else play or pause.
void playPause(ui::PanelModel& panel);
// Left / right arrows: pause, and to the previous / next whole year within the data's years.
void yearBack(ui::PanelModel& panel);
void yearForward(ui::PanelModel& panel);

}  // namespace app
