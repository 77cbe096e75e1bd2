// The story open in the window (app/story_editor.h), without a window: a step from what the
// panel shows, inserted after the current one, deleted, and the panel's story section kept in
// step; a broken file keeps its path so a fixed story can be saved over it.
#include "app/story_editor.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

namespace {

std::vector<scene::LayerDef> layers() {
    scene::LayerDef land, rivers;
    land.id = "land";
    rivers.id = "rivers";
    rivers.visible = false;
    return {land, rivers};
}

TEST(StoryEditor, StepFromPanelKeepsWhatDiffersFromTheManifest) {
    ui::PanelModel p;
    p.year = 2017.456;
    p.mode = data::TimeMode::Window;
    p.windowYears = 4;
    p.showArcs = false;
    p.layerOn = {false, true};  // land hidden, rivers shown: both differ
    const scene::StoryStep s = app::stepFromPanel(p, layers(), 2);
    EXPECT_EQ(s.title, "Step 3");
    EXPECT_DOUBLE_EQ(s.year, 2017.46);
    EXPECT_EQ(s.mode, data::TimeMode::Window);
    EXPECT_EQ(s.windowYears, 4);
    EXPECT_FALSE(s.layers.flows);
    EXPECT_EQ(s.layers.hide, std::vector<std::string>{"land"});
    EXPECT_EQ(s.layers.show, std::vector<std::string>{"rivers"});
    p.layerOn = {true, false};  // as the manifest has them
    EXPECT_TRUE(app::stepFromPanel(p, layers(), 0).layers.show.empty());
    EXPECT_TRUE(app::stepFromPanel(p, layers(), 0).layers.hide.empty());
}

TEST(StoryEditor, AddsAfterTheCurrentStepAndDeletes) {
    app::StoryEditor editor;
    ui::PanelModel p;
    scene::StoryStep a, b, c;
    a.title = "A";
    b.title = "";
    c.title = "C";
    editor.addStep(p, a);  // no current step: at the end
    EXPECT_EQ(p.currentStep, 0);
    EXPECT_EQ(editor.story().title, "Untitled story");
    EXPECT_EQ(p.storyPath, "corridor-story.toml");
    editor.addStep(p, c);
    p.currentStep = 0;
    editor.addStep(p, b);  // between A and C
    ASSERT_EQ(editor.stepCount(), 3);
    EXPECT_EQ(p.currentStep, 1);
    EXPECT_EQ(p.stepTitles, (std::vector<std::string>{"A", "(untitled step)", "C"}));
    EXPECT_EQ(p.storyMessage, "added step 2 (not saved yet)");
    p.currentStep = 2;
    editor.deleteCurrentStep(p);
    EXPECT_EQ(editor.stepCount(), 2);
    EXPECT_EQ(p.currentStep, 1);  // the new last step
    EXPECT_EQ(p.storyMessage, "deleted step 3 (not saved yet)");
}

TEST(StoryEditor, BrokenFileKeepsItsPathAndNoSteps) {
    const auto path = std::filesystem::path(::testing::TempDir()) / "corridor_broken_story.toml";
    std::ofstream(path) << "title = \"x\"\n[[steps]]\nyear = \"not a year\"\n";
    app::StoryEditor editor;
    ui::PanelModel p;
    p.currentStep = 4;
    editor.load(path.string(), p, false);
    EXPECT_EQ(editor.stepCount(), 0);
    EXPECT_EQ(p.storyPath, path.string());
    EXPECT_FALSE(p.messages.empty());
    EXPECT_EQ(p.currentStep, -1);
    std::filesystem::remove(path);
}

TEST(StoryEditor, SavesAndLoadsBack) {
    const auto path = std::filesystem::path(::testing::TempDir()) / "corridor_saved_story.toml";
    app::StoryEditor editor;
    ui::PanelModel p;
    scene::StoryStep s;
    s.title = "Khorgos";
    s.year = 2016.0;
    editor.addStep(p, s);
    p.storyPath = path.string();
    editor.save(p);
    EXPECT_EQ(p.storyMessage, "saved " + path.string());
    app::StoryEditor again;
    ui::PanelModel q;
    again.load(path.string(), q, false);
    ASSERT_EQ(again.stepCount(), 1);
    EXPECT_EQ(q.stepTitles, std::vector<std::string>{"Khorgos"});
    std::filesystem::remove(path);
}

}  // namespace
