// Timeline playback (app/playback_clock.h), without a window: the year's speed, the end of the
// data with and without loop, pause, the year keys and the animation time.
#include "app/playback_clock.h"

#include <gtest/gtest.h>

namespace {

ui::PanelModel panel() {
    ui::PanelModel p;
    p.yearMin = 2005.0;
    p.yearMax = 2025.99;
    p.year = 2010.0;
    p.yearsPerSecond = 2.f;
    p.loop = false;
    p.playing = true;
    return p;
}

TEST(PlaybackClock, YearAdvancesAtTheSetSpeed) {
    ui::PanelModel p = panel();
    app::PlaybackClock clock;
    for (int i = 0; i < 10; ++i) clock.step(p, 0.1);
    EXPECT_NEAR(p.year, 2012.0, 1e-9);
    p.yearsPerSecond = 0.25f;
    clock.step(p, 1.0);
    EXPECT_NEAR(p.year, 2012.25, 1e-9);
}

TEST(PlaybackClock, StopsAtTheEndOrLoops) {
    ui::PanelModel p = panel();
    app::PlaybackClock clock;
    p.year = 2025.9;
    clock.step(p, 0.1);
    EXPECT_DOUBLE_EQ(p.year, p.yearMax);
    EXPECT_FALSE(p.playing);
    clock.step(p, 1.0);
    EXPECT_DOUBLE_EQ(p.year, p.yearMax);
    p = panel();
    p.loop = true;
    p.year = 2025.9;
    clock.step(p, 0.1);
    EXPECT_DOUBLE_EQ(p.year, p.yearMin);
    EXPECT_TRUE(p.playing);
}

TEST(PlaybackClock, PauseHoldsTheYear) {
    ui::PanelModel p = panel();
    app::PlaybackClock clock;
    app::playPause(p);
    EXPECT_FALSE(p.playing);
    clock.step(p, 5.0);
    EXPECT_DOUBLE_EQ(p.year, 2010.0);
    // Play at the end starts again from the first year.
    p.year = p.yearMax;
    app::playPause(p);
    EXPECT_TRUE(p.playing);
    EXPECT_DOUBLE_EQ(p.year, p.yearMin);
}

TEST(PlaybackClock, YearKeysPauseOnWholeYearsWithinTheData) {
    ui::PanelModel p = panel();
    p.year = 2010.4;
    app::yearForward(p);
    EXPECT_FALSE(p.playing);
    EXPECT_DOUBLE_EQ(p.year, 2011.0);
    app::yearBack(p);
    EXPECT_DOUBLE_EQ(p.year, 2010.0);
    p.year = 2005.2;
    app::yearBack(p);
    EXPECT_DOUBLE_EQ(p.year, 2005.0);
    p.year = 2025.5;
    app::yearForward(p);
    EXPECT_DOUBLE_EQ(p.year, p.yearMax);
}

TEST(PlaybackClock, AnimationTimeRunsOnlyWhileSomethingMoves) {
    ui::PanelModel p = panel();
    p.playing = false;
    p.showArcs = p.showRoute = false;
    app::PlaybackClock clock;
    clock.step(p, 1.0);
    EXPECT_DOUBLE_EQ(clock.animSec(), 0.0);
    p.showRoute = true;  // the corridor's particles move
    clock.step(p, 0.5);
    EXPECT_DOUBLE_EQ(clock.animSec(), 0.5);
    EXPECT_TRUE(app::PlaybackClock::animating(p));
}

}  // namespace
