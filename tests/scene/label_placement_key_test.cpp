// The window places its labels again whenever anything they avoid or depend on changes: the
// panel shown or hidden, the furniture toggled, the caption and event cards, the view, the
// year; and not for what they do not depend on (animation time, hover highlights).
#include "scene/label_placement_key.h"

#include <gtest/gtest.h>

#include <functional>
#include <string>
#include <vector>

namespace {

scene::FrameSpec windowFrame() {
    scene::FrameSpec s;
    s.overlays.leftInsetPx = 400.f;  // the panel is shown
    s.overlays.captionTitle = "Khorgos opens";
    return s;
}

bool replaced(const std::function<void(scene::FrameSpec&)>& change) {
    const scene::FrameSpec before = windowFrame();
    scene::FrameSpec after = before;
    change(after);
    return scene::labelPlacementKey(before) != scene::labelPlacementKey(after);
}

TEST(LabelPlacementKey, PlacedAgainWhenThePanelIsHiddenOrShown) {
    EXPECT_TRUE(replaced([](scene::FrameSpec& s) { s.overlays.leftInsetPx = 0.f; }));
}

TEST(LabelPlacementKey, PlacedAgainWhenFurnitureIsToggledAtRest) {
    EXPECT_TRUE(replaced([](scene::FrameSpec& s) { s.overlays.scaleBar = false; }));
    EXPECT_TRUE(replaced([](scene::FrameSpec& s) { s.overlays.attribution = false; }));
    EXPECT_TRUE(replaced([](scene::FrameSpec& s) { s.timeline.legend = false; }));
    EXPECT_TRUE(replaced(
        [](scene::FrameSpec& s) { s.overlays.legendCorner = scene::FrameCorner::BottomRight; }));
    EXPECT_TRUE(replaced([](scene::FrameSpec& s) { s.overlays.legendCompact = true; }));
    EXPECT_TRUE(replaced([](scene::FrameSpec& s) { s.overlays.inset = true; }));
    EXPECT_TRUE(replaced([](scene::FrameSpec& s) { s.overlays.edgeIndicators = false; }));
    EXPECT_TRUE(replaced([](scene::FrameSpec& s) { s.overlays.textScale = 1.5f; }));
}

TEST(LabelPlacementKey, PlacedAgainForCaptionsAndEventCards) {
    EXPECT_TRUE(replaced([](scene::FrameSpec& s) { s.overlays.caption = "a longer caption"; }));
    EXPECT_TRUE(replaced([](scene::FrameSpec& s) { s.overlays.captionTitle.clear(); }));
    EXPECT_TRUE(replaced([](scene::FrameSpec& s) { s.overlays.title = "Another title"; }));
    EXPECT_TRUE(replaced([](scene::FrameSpec& s) {
        scene::FrameSpec::Callout card;
        card.title = "Summit in Astana";
        s.overlays.callouts.push_back(card);
    }));
}

TEST(LabelPlacementKey, PlacedAgainForTheViewTheYearAndTheLabels) {
    EXPECT_TRUE(replaced([](scene::FrameSpec& s) { s.camera.centerWorld.x += 1000.0; }));
    EXPECT_TRUE(replaced([](scene::FrameSpec& s) { s.camera.metresPerPx *= 1.1; }));
    EXPECT_TRUE(replaced([](scene::FrameSpec& s) { s.widthPx = 1280; }));
    EXPECT_TRUE(replaced([](scene::FrameSpec& s) { s.pixelsPerPoint = 2.0; }));
    EXPECT_TRUE(replaced([](scene::FrameSpec& s) { s.year = 2018.5; }));
    EXPECT_TRUE(replaced([](scene::FrameSpec& s) { s.labels.language = "ru"; }));
    EXPECT_TRUE(replaced([](scene::FrameSpec& s) { s.timeline.markers = false; }));
}

TEST(LabelPlacementKey, KeptForAnimationTimeAndHover) {
    EXPECT_FALSE(replaced([](scene::FrameSpec& s) { s.animPhase = 12.5; }));
    EXPECT_FALSE(replaced([](scene::FrameSpec& s) { s.timeline.highlightFlow = 3; }));
    EXPECT_FALSE(replaced([](scene::FrameSpec& s) { s.timeline.highlightMarker = 1; }));
}

}  // namespace
