// Hostile story files: a 4 MB caption (it took 3 GB and 25 s to lay out), 200,000 steps, lists of
// 100,000 ids, 100,000 unknown keys (each was a warning line). Each one: bounded text and steps
// with a warning naming the step and key, at most kMaxStoryMessages lines per kind, the rest loads.
#include "message_lines.h"
#include "scene/story.h"

#include <gtest/gtest.h>

#include <string>

namespace {

using testutil::anyContains;
using testutil::joined;

const char* const kStep = "[[steps]]\ntitle = \"Astana\"\nyear = 2013\n";

TEST(HostileStory, LongCaptionIsCutWithAWarningNamingTheStep) {
    const std::string ok = std::string(kStep) + "[[steps]]\nyear = 2014\ncaption = \"" +
                           std::string(4000000, 'x') + "\"\n[[steps]]\nyear = 2015\ntitle = \"" +
                           std::string(500, 't') + "\"\n";
    const scene::StoryResult r = scene::parseStory(ok, "story.toml");
    ASSERT_TRUE(r.ok()) << joined(r.errors);
    ASSERT_EQ(r.story.steps.size(), 3u);
    EXPECT_EQ(r.story.steps[1].caption, std::string(scene::kMaxCaptionChars, 'x'));
    EXPECT_EQ(r.story.steps[2].title, std::string(scene::kMaxTitleChars, 't'));
    EXPECT_TRUE(anyContains(
        r.warnings,
        "story.toml: steps[2].caption: 4000000 characters; only the first 2000 are kept"))
        << joined(r.warnings);
    EXPECT_TRUE(anyContains(
        r.warnings, "story.toml: steps[3].title: 500 characters; only the first 200 are kept"))
        << joined(r.warnings);
}

TEST(HostileStory, CaptionIsCutOnACharacterBoundary) {
    std::string caption;
    for (int i = 0; i < 3000; ++i) caption += "\xD0\x96";  // Cyrillic Zhe, two bytes
    const scene::StoryResult r =
        scene::parseStory(std::string(kStep) + "caption = \"" + caption + "\"\n", "story.toml");
    ASSERT_TRUE(r.ok()) << joined(r.errors);
    EXPECT_EQ(r.story.steps[0].caption.size(), 2u * scene::kMaxCaptionChars);
    EXPECT_TRUE(anyContains(r.warnings, "steps[1].caption: 3000 characters")) << joined(r.warnings);
}

TEST(HostileStory, StepsAndListsPastTheLimitAreIgnoredWithAWarning) {
    std::string text;
    for (int i = 0; i < 2000; ++i) text += "[[steps]]\nyear = 2013\n";
    text += "highlight_places = [";
    for (int i = 0; i < 100000; ++i) text += "\"p\",";
    text += "]\n";
    const scene::StoryResult r = scene::parseStory(text, "story.toml");
    ASSERT_TRUE(r.ok()) << joined(r.errors);
    EXPECT_EQ(r.story.steps.size(), scene::kMaxStorySteps);
    EXPECT_TRUE(
        anyContains(r.warnings, "story.toml: steps: 2000 steps; only the first 500 are read"))
        << joined(r.warnings);
    // The list is on the last step, which is not read; the same list on the first step is cut.
    std::string first = "[[steps]]\nyear = 2013\nhighlight_places = [";
    for (int i = 0; i < 100000; ++i) first += "\"p\",";
    first += "]\n";
    const scene::StoryResult f = scene::parseStory(first, "story.toml");
    ASSERT_TRUE(f.ok()) << joined(f.errors);
    EXPECT_EQ(f.story.steps[0].highlightPlaces.size(), scene::kMaxStoryListItems);
    EXPECT_TRUE(anyContains(
        f.warnings, "steps[1].highlight_places: 100000 entries; only the first 1000 are read"))
        << joined(f.warnings);
}

TEST(HostileStory, RepeatedWarningsAndErrorsAreCapped) {
    std::string text = std::string(kStep) + "[steps.layers]\n";
    for (int i = 0; i < 100000; ++i) text += "unknown" + std::to_string(i) + " = 1\n";
    const scene::StoryResult r = scene::parseStory(text, "story.toml");
    ASSERT_TRUE(r.ok()) << joined(r.errors);
    ASSERT_EQ(r.warnings.size(), scene::kMaxStoryMessages + 1);
    EXPECT_EQ(r.warnings.back(),
              "story.toml: ... and 99900 more warnings (the first 100 are listed)");
    EXPECT_TRUE(anyContains(r.warnings, "steps[1].layers.unknown"));

    std::string errors;
    for (int i = 0; i < 300; ++i) errors += "[[steps]]\nyear = 1\n";
    const scene::StoryResult e = scene::parseStory(errors, "story.toml");
    ASSERT_EQ(e.errors.size(), scene::kMaxStoryMessages + 1);
    EXPECT_EQ(e.errors[0], "story.toml: steps[1].year: must be between 1990 and 2036");
    EXPECT_EQ(e.errors.back(), "story.toml: ... and 200 more errors (the first 100 are listed)");
}

}  // namespace
