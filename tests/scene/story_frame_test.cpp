// A story step resolved against the map and the data: its years, view, layers, filters,
// highlights, caption (in the labels' language), legend and camera; and ids the data or the
// map does not know, reported with the step's number.
#include "scene/story_frame.h"

#include "story_frame_fixture.h"

#include <gtest/gtest.h>

#include <cmath>

namespace {

const glm::dvec2 kFrame(1920, 1080);
constexpr double kPpp = scene::kScreenPixelsPerPoint;

TEST(StoryFrame, AStepSetsYearsViewLayersAndHighlights) {
    const auto map = story_fixture::map();
    const auto data = story_fixture::dataset();
    const scene::StepTarget t =
        scene::resolveStep(story_fixture::story(), 0, map, data, kFrame, kPpp);
    EXPECT_TRUE(t.problems.empty());
    EXPECT_EQ(t.index, 0);
    EXPECT_DOUBLE_EQ(t.year, 2018.1);
    ASSERT_TRUE(t.fromYear.has_value());
    EXPECT_DOUBLE_EQ(*t.fromYear, 2015.0);
    EXPECT_EQ(t.view.mode, data::TimeMode::SingleYear);
    EXPECT_EQ(t.view.filter.sectors, std::vector<data::Sector>{data::Sector::TransportLogistics});
    EXPECT_EQ(t.view.highlightFlows, std::vector<uint32_t>{0});
    EXPECT_EQ(t.highlightPlaces, std::vector<size_t>{1});  // aktau
    EXPECT_FALSE(t.arcs);
    EXPECT_TRUE(t.route);
    EXPECT_EQ(t.layerOn, (std::vector<bool>{false, true}));  // rivers hidden, lakes shown
    EXPECT_EQ(t.legendCorner, scene::FrameCorner::BottomLeft);
    EXPECT_TRUE(t.legendCompact);
}

TEST(StoryFrame, TheStepsBoxFillsTheFrame) {
    const auto map = story_fixture::map();
    const auto data = story_fixture::dataset();
    const scene::StepTarget t =
        scene::resolveStep(story_fixture::story(), 0, map, data, kFrame, kPpp);
    ASSERT_TRUE(t.camera.has_value());
    // The box's corners are inside the frame, and it fills the frame's height or width.
    std::string err;
    auto proj = geo::Projection::create(map.projection, &err);
    ASSERT_TRUE(proj);
    glm::dvec2 lo, hi;
    proj->boundsOf({48.0, 40.0, 56.0, 46.0}, &lo, &hi);
    const glm::dvec2 a = t.camera->pxOf(lo, kFrame), b = t.camera->pxOf(hi, kFrame);
    EXPECT_GE(std::min(a.x, b.x), -0.5);
    EXPECT_LE(std::max(a.x, b.x), kFrame.x + 0.5);
    EXPECT_GE(std::min(a.y, b.y), -0.5);
    EXPECT_LE(std::max(a.y, b.y), kFrame.y + 0.5);
    const bool fillsWidth = std::abs(std::abs(b.x - a.x) - kFrame.x) < 1.0;
    const bool fillsHeight = std::abs(std::abs(b.y - a.y) - kFrame.y) < 1.0;
    EXPECT_TRUE(fillsWidth || fillsHeight);
    // Beside a panel covering the left 400 px, the box moves right.
    const scene::StepTarget beside =
        scene::resolveStep(story_fixture::story(), 0, map, data, kFrame, kPpp, 400.0);
    ASSERT_TRUE(beside.camera.has_value());
    EXPECT_GE(std::min(beside.camera->pxOf(lo, kFrame).x, beside.camera->pxOf(hi, kFrame).x),
              399.5);
}

TEST(StoryFrame, ApplyStepPutsItAllOnTheFrameInTheLabelsLanguage) {
    const auto map = story_fixture::map();
    const auto data = story_fixture::dataset();
    const scene::Story story = story_fixture::story();
    const scene::StepTarget t = scene::resolveStep(story, 0, map, data, kFrame, kPpp);
    scene::FrameSpec spec;
    spec.labels.language = "ru";
    scene::applyStep(t, story, spec);
    EXPECT_DOUBLE_EQ(spec.year, 2018.1);
    EXPECT_EQ(spec.camera.centerWorld, t.camera->centerWorld);
    EXPECT_EQ(spec.timeline.view, t.view);
    EXPECT_FALSE(spec.timeline.arcs);
    EXPECT_EQ(spec.layerOn, t.layerOn);
    EXPECT_EQ(spec.overlays.title, "The Middle Corridor");
    EXPECT_EQ(spec.overlays.subtitle, "2015-2018");
    EXPECT_EQ(spec.overlays.captionTitle, "Каспий");
    EXPECT_EQ(spec.overlays.caption, "Паромы из Актау.");
    EXPECT_EQ(spec.overlays.legendCorner, scene::FrameCorner::BottomLeft);
    EXPECT_TRUE(spec.overlays.legendCompact);
    // In English, and a step that turns the labels off turns them off.
    scene::Story noLabels = story;
    noLabels.steps[0].layers.labels = false;
    scene::FrameSpec en;
    scene::applyStep(scene::resolveStep(noLabels, 0, map, data, kFrame, kPpp), noLabels, en);
    EXPECT_EQ(en.overlays.captionTitle, "The Caspian");
    EXPECT_FALSE(en.labels.enabled);
}

TEST(StoryFrame, UnknownIdsAndCamerasOutsideTheMapAreProblemsOfTheStep) {
    const auto map = story_fixture::map();
    const auto data = story_fixture::dataset();
    scene::Story story = story_fixture::story();
    scene::StoryStep& s = story.steps[0];
    s.highlightFlows = {"kz-rail", "no-such-flow"};
    s.highlightPlaces = {"atlantis"};
    s.layers.show = {"glaciers"};
    s.camera->box = geo::LonLatBox{-20.0, -40.0, -10.0, -30.0};  // wholly outside the clip
    const scene::StepTarget t = scene::resolveStep(story, 0, map, data, kFrame, kPpp);
    ASSERT_EQ(t.problems.size(), 4u);
    EXPECT_EQ(t.problems[0], "step 1: highlight_flows: no investment 'no-such-flow'");
    EXPECT_EQ(t.problems[1], "step 1: highlight_places: no place 'atlantis'");
    EXPECT_EQ(t.problems[2], "step 1: layers: no map layer 'glaciers'");
    EXPECT_NE(t.problems[3].find("is outside the map's area"), std::string::npos) << t.problems[3];
    EXPECT_EQ(t.view.highlightFlows, std::vector<uint32_t>{0});  // the known one stays
    EXPECT_TRUE(t.camera.has_value());                           // the home view instead
}

TEST(StoryFrame, AStepWithoutACameraKeepsTheView) {
    const auto map = story_fixture::map();
    const auto data = story_fixture::dataset();
    scene::Story story = story_fixture::story();
    story.steps[0].camera.reset();
    const scene::StepTarget t = scene::resolveStep(story, 0, map, data, kFrame, kPpp);
    EXPECT_FALSE(t.camera.has_value());
    scene::FrameSpec spec;
    spec.camera.centerWorld = {123.0, 456.0};
    scene::applyStep(t, story, spec);
    EXPECT_EQ(spec.camera.centerWorld, glm::dvec2(123.0, 456.0));
}

TEST(StoryFrame, StepsOutOfRangeResolveToNothing) {
    const auto map = story_fixture::map();
    const auto data = story_fixture::dataset();
    const scene::StepTarget t =
        scene::resolveStep(story_fixture::story(), 3, map, data, kFrame, kPpp);
    EXPECT_EQ(t.index, -1);
    EXPECT_FALSE(t.camera.has_value());
    scene::FrameSpec spec;
    scene::applyStepCaption(story_fixture::story(), 3, spec);
    EXPECT_TRUE(spec.overlays.captionTitle.empty());
}

}  // namespace
