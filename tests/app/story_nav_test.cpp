// Home leaves the story for the overview (everything shown: default layers, no filters, no
// caption, no highlights), and PgDn resumes the story after the last step shown; entering a step
// puts all of it on the panel (app/story_nav.h). Before, Home only moved the camera: the step's
// filters, hidden layers, caption and highlights stayed.
#include "app/story_nav.h"

#include <gtest/gtest.h>

namespace {

scene::StepTarget energyStep() {
    scene::StepTarget t;
    t.view.mode = data::TimeMode::Window;
    t.view.windowYears = 4;
    t.view.filter.sectors = {data::Sector::OilGasEnergy};
    t.view.highlightFlows = {3, 5};
    t.highlightPlaces = {1};
    t.route = false;
    t.markers = false;
    t.labels = false;
    t.layerOn = {true, false, true};
    t.callouts = scene::StoryCallouts{{data::EventKind::Summit}, {}};
    return t;
}

ui::PanelModel panelWithLayers() {
    ui::PanelModel p;
    p.layerOn = {true, true, false};
    return p;
}

TEST(StoryNav, EnteringAStepPutsItOnThePanel) {
    ui::PanelModel panel = panelWithLayers();
    panel.playing = true;
    app::StoryShown shown;
    app::enterStep(panel, shown, energyStep(), 3);
    EXPECT_EQ(panel.currentStep, 3);
    EXPECT_EQ(panel.mode, data::TimeMode::Window);
    EXPECT_EQ(panel.windowYears, 4);
    EXPECT_FALSE(panel.filter.empty());
    EXPECT_FALSE(panel.showRoute);
    EXPECT_FALSE(panel.showMarkers);
    EXPECT_FALSE(panel.labels.show);
    EXPECT_EQ(panel.layerOn, (std::vector<bool>{true, false, true}));
    EXPECT_FALSE(panel.playing);
    EXPECT_EQ(shown.lastStep, 3);
    EXPECT_EQ(shown.highlightFlows, (std::vector<uint32_t>{3, 5}));
    EXPECT_TRUE(shown.callouts.has_value());
}

TEST(StoryNav, HomeShowsEverythingAndLeavesTheStep) {
    ui::PanelModel panel = panelWithLayers();
    app::StoryShown shown;
    app::enterStep(panel, shown, energyStep(), 3);
    panel.year = 2019.5;
    const app::OverviewDefaults defaults{{true, true, false}, true};
    app::showOverview(panel, shown, defaults);
    EXPECT_EQ(panel.currentStep, -1);  // no step: no caption
    EXPECT_EQ(panel.mode, data::TimeMode::Cumulative);
    EXPECT_TRUE(panel.filter.empty());
    EXPECT_TRUE(panel.showRoute && panel.showArcs && panel.showMarkers && panel.showLegend);
    EXPECT_TRUE(panel.labels.show);
    EXPECT_EQ(panel.layerOn, defaults.layerOn);
    EXPECT_TRUE(shown.highlightFlows.empty());
    EXPECT_TRUE(shown.highlightPlaces.empty());
    EXPECT_FALSE(shown.callouts.has_value());
    EXPECT_DOUBLE_EQ(panel.year, 2019.5);  // the year stays where the presenter was
    EXPECT_EQ(shown.lastStep, 3);          // remembered, so the story can resume
}

TEST(StoryNav, PgDnResumesAfterTheLastStepShown) {
    // In the story: next and previous, clamped at the ends.
    EXPECT_EQ(app::nextStep(2, 2, 6), 3);
    EXPECT_EQ(app::nextStep(5, 5, 6), 5);
    EXPECT_EQ(app::previousStep(2, 2, 6), 1);
    EXPECT_EQ(app::previousStep(0, 0, 6), 0);
    // From the overview after step 4 (index 3): PgDn goes on to step 5, PgUp back to step 4.
    EXPECT_EQ(app::nextStep(-1, 3, 6), 4);
    EXPECT_EQ(app::previousStep(-1, 3, 6), 3);
    // No step shown yet: the first.
    EXPECT_EQ(app::nextStep(-1, -1, 6), 0);
    EXPECT_EQ(app::previousStep(-1, -1, 6), 0);
    // No story.
    EXPECT_EQ(app::nextStep(-1, -1, 0), -1);
    EXPECT_EQ(app::previousStep(2, 2, 0), -1);
}

TEST(StoryNav, HomeThenPgDnThenStepShowsTheNextStep) {
    ui::PanelModel panel = panelWithLayers();
    app::StoryShown shown;
    app::enterStep(panel, shown, energyStep(), 1);
    app::showOverview(panel, shown, {{true, true, false}, true});
    const int next = app::nextStep(panel.currentStep, shown.lastStep, 6);
    EXPECT_EQ(next, 2);
    scene::StepTarget plain;
    plain.layerOn = {true, true, false};
    app::enterStep(panel, shown, plain, next);
    EXPECT_EQ(panel.currentStep, 2);
    EXPECT_TRUE(shown.highlightFlows.empty());
    EXPECT_FALSE(shown.callouts.has_value());
}

}  // namespace
