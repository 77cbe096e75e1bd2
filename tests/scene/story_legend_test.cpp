// Story keys for the presenter's screen: text = "projector" at the top of the file, and a step's
// [steps.legend] corner and compact form; parsed, checked and written back.
#include "scene/story.h"

#include <gtest/gtest.h>

namespace {

const char* kStory = R"(title = "T"
text = "projector"

[[steps]]
title = "A"
[steps.legend]
corner = "bottom_right"
compact = true

[[steps]]
title = "B"
)";

TEST(StoryLegend, ParsesTextSizeAndLegendOptions) {
    const scene::StoryResult r = scene::parseStory(kStory, "s.toml");
    ASSERT_TRUE(r.ok()) << r.errors.front();
    EXPECT_TRUE(r.warnings.empty());
    ASSERT_TRUE(r.story.text.has_value());
    EXPECT_EQ(*r.story.text, scene::TextSize::Projector);
    ASSERT_EQ(r.story.steps.size(), 2u);
    ASSERT_TRUE(r.story.steps[0].legend.has_value());
    EXPECT_EQ(r.story.steps[0].legend->corner, scene::FrameCorner::BottomRight);
    EXPECT_TRUE(r.story.steps[0].legend->compact);
    EXPECT_FALSE(r.story.steps[1].legend.has_value());
}

TEST(StoryLegend, RoundTripsThroughTheWriter) {
    const scene::StoryResult r = scene::parseStory(kStory, "s.toml");
    ASSERT_TRUE(r.ok());
    const std::string text = scene::storyToToml(r.story);
    EXPECT_NE(text.find("text = 'projector'"), std::string::npos) << text;
    EXPECT_NE(text.find("[steps.legend]"), std::string::npos) << text;
    const scene::StoryResult back = scene::parseStory(text, "back.toml");
    ASSERT_TRUE(back.ok()) << back.errors.front();
    EXPECT_EQ(back.story.text, r.story.text);
    ASSERT_TRUE(back.story.steps[0].legend.has_value());
    EXPECT_EQ(back.story.steps[0].legend->corner, scene::FrameCorner::BottomRight);
    EXPECT_TRUE(back.story.steps[0].legend->compact);
    EXPECT_FALSE(back.story.steps[1].legend.has_value());
    EXPECT_EQ(scene::storyToToml(back.story), text);
}

TEST(StoryLegend, BadValuesNameTheKey) {
    const scene::StoryResult r = scene::parseStory(
        "text = \"huge\"\n[[steps]]\ntitle = \"A\"\n[steps.legend]\ncorner = \"middle\"\n"
        "compact = \"yes\"\nsize = 3\n",
        "s.toml");
    const std::vector<std::string> want{
        "s.toml: text: 'huge' is not one of default, projector",
        "s.toml: steps[1].legend.corner: 'middle' is not one of top_right, top_left, "
        "bottom_right, bottom_left",
        "s.toml: steps[1].legend.compact: must be true or false"};
    EXPECT_EQ(r.errors, want);
    ASSERT_EQ(r.warnings.size(), 1u);
    EXPECT_EQ(r.warnings[0], "s.toml: steps[1].legend.size: unknown key, ignored");
}

}  // namespace
