#include "scene/story.h"

#include <gtest/gtest.h>

#include <unistd.h>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>

namespace {

const char* kFull = R"(title = "A story"
subtitle = "with a subtitle"

[[steps]]
title = "First"
caption = "Two lines,\nwith \"quotes\"."
year = 2013.7
from_year = 2010
mode = "window"
window_years = 4
highlight_flows = ["kashagan_stake"]
highlight_places = ["astana", "aktau"]
[steps.camera]
center = [71.4, 51.1]
zoom = 5.25
[steps.filters]
sectors = ["oil_gas_energy", "transport_logistics"]
subsectors = ["pipeline"]
countries = ["KAZ"]
statuses = ["operating"]
confidence = ["H", "M"]
roles = ["lender"]
amount_kinds = ["loan"]
min_amount_usd = 1e8
max_amount_usd = 5e9
[steps.layers]
corridor = false
flows = true
totals = false
legend = true
labels = false
show = ["graticule"]
hide = ["rivers"]

[[steps]]
title = "Second"
year = 2025
[steps.camera]
box = [44.0, 34.5, 88.0, 55.5]
)";

std::string tempDir(const char* name) {
    const auto dir = std::filesystem::temp_directory_path() /
                     ("corridor_story_" + std::string(name) + "_" + std::to_string(::getpid()));
    std::filesystem::remove_all(dir);
    std::filesystem::create_directories(dir);
    return dir.string();
}

TEST(Story, ParsesEveryField) {
    const scene::StoryResult r = scene::parseStory(kFull, "s.toml");
    ASSERT_TRUE(r.ok()) << r.errors.front();
    EXPECT_TRUE(r.warnings.empty());
    const scene::Story& s = r.story;
    EXPECT_EQ(s.title, "A story");
    EXPECT_EQ(s.subtitle, "with a subtitle");
    ASSERT_EQ(s.steps.size(), 2u);
    const scene::StoryStep& a = s.steps[0];
    EXPECT_EQ(a.caption, "Two lines,\nwith \"quotes\".");
    EXPECT_DOUBLE_EQ(a.year, 2013.7);
    EXPECT_DOUBLE_EQ(*a.fromYear, 2010.0);
    EXPECT_EQ(a.mode, data::TimeMode::Window);
    EXPECT_EQ(a.windowYears, 4);
    ASSERT_TRUE(a.camera && a.camera->center);
    EXPECT_DOUBLE_EQ(a.camera->center->lon, 71.4);
    EXPECT_DOUBLE_EQ(a.camera->zoom, 5.25);
    EXPECT_EQ(a.filter.sectors.size(), 2u);
    EXPECT_EQ(a.filter.confidences.size(), 2u);
    EXPECT_EQ(a.filter.roles, std::vector<data::ChineseRole>{data::ChineseRole::Lender});
    EXPECT_DOUBLE_EQ(*a.filter.minAmountUsd, 1e8);
    EXPECT_EQ(a.highlightPlaces.size(), 2u);
    EXPECT_FALSE(a.layers.corridor);
    EXPECT_FALSE(a.layers.labels);
    EXPECT_EQ(a.layers.hide, std::vector<std::string>{"rivers"});
    const scene::StoryStep& b = s.steps[1];
    ASSERT_TRUE(b.camera && b.camera->box);
    EXPECT_FALSE(b.camera->center);
    EXPECT_DOUBLE_EQ(b.camera->box->lonMax, 88.0);
    EXPECT_EQ(b.mode, data::TimeMode::Cumulative);
    EXPECT_TRUE(b.filter.empty());
}

TEST(Story, RoundTripsThroughToml) {
    const scene::StoryResult first = scene::parseStory(kFull, "s.toml");
    ASSERT_TRUE(first.ok());
    const std::string text = scene::storyToToml(first.story);
    const scene::StoryResult second = scene::parseStory(text, "written.toml");
    ASSERT_TRUE(second.ok()) << second.errors.front() << "\n" << text;
    EXPECT_TRUE(second.warnings.empty());
    EXPECT_EQ(scene::storyToToml(second.story), text);
    const scene::StoryStep& a = second.story.steps[0];
    EXPECT_EQ(a.caption, first.story.steps[0].caption);
    EXPECT_EQ(a.filter, first.story.steps[0].filter);
    EXPECT_EQ(a.highlightFlows, first.story.steps[0].highlightFlows);
    EXPECT_EQ(a.layers.show, first.story.steps[0].layers.show);
    EXPECT_DOUBLE_EQ(a.camera->center->lat, 51.1);
    EXPECT_DOUBLE_EQ(second.story.steps[1].camera->box->latMin, 34.5);
}

TEST(Story, BadValuesNameTheStepAndKey) {
    const scene::StoryResult r = scene::parseStory(R"(
[[steps]]
title = "x"
mode = "sideways"
[steps.camera]
zoom = 4
[[steps]]
year = 1800
[steps.filters]
sectors = ["gold"]
)",
                                                   "bad.toml");
    ASSERT_FALSE(r.ok());
    std::string all;
    for (const auto& e : r.errors) all += e + "\n";
    EXPECT_NE(all.find("bad.toml: steps[1].mode: 'sideways' is not one of"), std::string::npos)
        << all;
    EXPECT_NE(all.find("steps[1].camera: needs center (with zoom) or box"), std::string::npos)
        << all;
    EXPECT_NE(all.find("steps[2].year: must be between 1990 and 2036"), std::string::npos) << all;
    EXPECT_NE(all.find("steps[2].filters.sectors: 'gold' is not one of"), std::string::npos) << all;
}

TEST(Story, SyntaxErrorHasLineAndColumn) {
    const scene::StoryResult r = scene::parseStory("title = \"a\"\n[[steps]\n", "broken.toml");
    ASSERT_EQ(r.errors.size(), 1u);
    EXPECT_EQ(r.errors[0].rfind("broken.toml:2:", 0), 0u) << r.errors[0];
}

TEST(Story, UnknownKeysAreWarnings) {
    const scene::StoryResult r =
        scene::parseStory("title = \"a\"\ncolour = 3\n[[steps]]\nyaer = 2010\n", "w.toml");
    EXPECT_TRUE(r.ok());
    ASSERT_EQ(r.warnings.size(), 2u);
    const std::string all = r.warnings[0] + "\n" + r.warnings[1];
    EXPECT_NE(all.find("w.toml: steps[1].yaer: unknown key, ignored"), std::string::npos) << all;
    EXPECT_NE(all.find("w.toml: colour: unknown key, ignored"), std::string::npos) << all;
}

TEST(Story, MissingFileIsOneClearError) {
    const scene::StoryResult r = scene::loadStory("/nonexistent/story.toml");
    ASSERT_EQ(r.errors.size(), 1u);
    EXPECT_EQ(r.errors[0], "/nonexistent/story.toml: cannot read the story file");
}

TEST(Story, SaveWritesAWholeFileAndNoTemporaries) {
    const std::string dir = tempDir("save");
    const std::string path = dir + "/story.toml";
    {
        std::ofstream old(path);
        old << "old content";
    }
    const scene::Story story = scene::parseStory(kFull, "s.toml").story;
    std::string err;
    ASSERT_TRUE(scene::saveStory(story, path, &err)) << err;
    const scene::StoryResult back = scene::loadStory(path);
    ASSERT_TRUE(back.ok());
    EXPECT_EQ(back.story.steps.size(), 2u);
    int files = 0;
    for (const auto& e : std::filesystem::directory_iterator(dir)) {
        (void)e;
        ++files;
    }
    EXPECT_EQ(files, 1);
    std::filesystem::remove_all(dir);
}

TEST(Story, FailedSaveLeavesNoFileAndSaysWhy) {
    std::string err;
    const std::string path = "/nonexistent-folder/story.toml";
    EXPECT_FALSE(scene::saveStory(scene::Story{}, path, &err));
    EXPECT_NE(err.find(path), std::string::npos);
    EXPECT_FALSE(std::filesystem::exists(path));
}

TEST(Story, CalloutsChooseTheStepsEventCards) {
    const scene::StoryResult r = scene::parseStory(R"([[steps]]
year = 2025
[steps.callouts]
kinds = ["summit", "opening"]
events = ["2025-06-17@astana", "2013-09", "2022"]
[[steps]]
year = 2025
[steps.callouts]
[[steps]]
year = 2025
)",
                                                   "c.toml");
    ASSERT_TRUE(r.ok()) << r.errors.front();
    EXPECT_TRUE(r.warnings.empty());
    ASSERT_EQ(r.story.steps.size(), 3u);
    const auto& a = r.story.steps[0].callouts;
    ASSERT_TRUE(a.has_value());
    EXPECT_EQ(a->kinds,
              (std::vector<data::EventKind>{data::EventKind::Summit, data::EventKind::Opening}));
    EXPECT_EQ(a->events, (std::vector<std::string>{"2025-06-17@astana", "2013-09", "2022"}));
    // An empty table is a step without event cards; no table is the layers' default.
    ASSERT_TRUE(r.story.steps[1].callouts.has_value());
    EXPECT_TRUE(r.story.steps[1].callouts->kinds.empty());
    EXPECT_TRUE(r.story.steps[1].callouts->events.empty());
    EXPECT_FALSE(r.story.steps[2].callouts.has_value());

    // Written back, and read again to the same choice (the empty table stays a table).
    const std::string text = scene::storyToToml(r.story);
    const scene::StoryResult again = scene::parseStory(text, "written.toml");
    ASSERT_TRUE(again.ok()) << again.errors.front() << "\n" << text;
    EXPECT_EQ(scene::storyToToml(again.story), text);
    ASSERT_TRUE(again.story.steps[0].callouts && again.story.steps[1].callouts);
    EXPECT_EQ(again.story.steps[0].callouts->kinds, a->kinds);
    EXPECT_EQ(again.story.steps[0].callouts->events, a->events);
    EXPECT_TRUE(again.story.steps[1].callouts->events.empty());
    EXPECT_FALSE(again.story.steps[2].callouts.has_value());
}

TEST(Story, BadCalloutsNameTheStepAndKey) {
    const scene::StoryResult r = scene::parseStory(R"([[steps]]
[steps.callouts]
kinds = ["parade"]
events = ["30 Sep 2025", "2025-09-30@"]
colour = "red"
[[steps]]
callouts = ["kinds:opening"]
)",
                                                   "bad.toml");
    ASSERT_FALSE(r.ok());
    std::string all;
    for (const auto& e : r.errors) all += e + "\n";
    EXPECT_NE(all.find("bad.toml: steps[1].callouts.kinds: 'parade' is not one of"),
              std::string::npos)
        << all;
    EXPECT_NE(all.find("steps[1].callouts.events: '30 Sep 2025' is not a date"), std::string::npos)
        << all;
    EXPECT_NE(all.find("steps[1].callouts.events: '2025-09-30@' is not a date"), std::string::npos)
        << all;
    EXPECT_NE(all.find("steps[2].callouts: must be a table"), std::string::npos) << all;
    ASSERT_EQ(r.warnings.size(), 1u);
    EXPECT_NE(r.warnings[0].find("steps[1].callouts.colour: unknown key"), std::string::npos);
}

TEST(Story, ShippedStoryLoadsCleanly) {
    const scene::StoryResult r =
        scene::loadStory(std::string(CORRIDOR_SOURCE_DIR) + "/assets/scenes/middle-corridor.toml");
    ASSERT_TRUE(r.ok()) << r.errors.front();
    EXPECT_TRUE(r.warnings.empty());
    ASSERT_EQ(r.story.steps.size(), 6u);
    for (const auto& s : r.story.steps) {
        EXPECT_FALSE(s.title.empty());
        EXPECT_FALSE(s.caption.empty());
        EXPECT_TRUE(s.camera.has_value()) << s.title;
    }
}

}  // namespace

TEST(Story, TranslationsAndNotesParseAndRoundTrip) {
    const char* text = R"(title = "T"
[[steps]]
title = "Astana"
title_ru = "Астана"
title_zh = "阿斯塔纳"
caption = "The summit."
caption_ru = "Саммит."
caption_zh = "峰会。"
notes = "Say the date first.\nThen the treaty."
year = 2025
[[steps]]
title = "English only"
caption = "Only English."
year = 2024
)";
    const scene::StoryResult r = scene::parseStory(text, "t.toml");
    ASSERT_TRUE(r.ok()) << r.errors.front();
    EXPECT_TRUE(r.warnings.empty()) << r.warnings.front();
    const scene::StoryStep& a = r.story.steps[0];
    EXPECT_EQ(a.notes, "Say the date first.\nThen the treaty.");
    EXPECT_EQ(scene::stepTitle(a, "ru"), "Астана");
    EXPECT_EQ(scene::stepTitle(a, "zh"), "阿斯塔纳");
    EXPECT_EQ(scene::stepTitle(a, "en"), "Astana");
    EXPECT_EQ(scene::stepTitle(a, "local"), "Astana");
    EXPECT_EQ(scene::stepCaption(a, "ru"), "Саммит.");
    EXPECT_EQ(scene::stepCaption(a, "zh"), "峰会。");
    // A step without translations falls back to English.
    EXPECT_EQ(scene::stepTitle(r.story.steps[1], "zh"), "English only");
    EXPECT_EQ(scene::stepCaption(r.story.steps[1], "ru"), "Only English.");

    // Written and read back: every translation and the notes survive.
    const std::string written = scene::storyToToml(r.story);
    const scene::StoryResult back = scene::parseStory(written, "written.toml");
    ASSERT_TRUE(back.ok()) << back.errors.front() << "\n" << written;
    const scene::StoryStep& b = back.story.steps[0];
    EXPECT_EQ(b.titleRu, a.titleRu);
    EXPECT_EQ(b.titleZh, a.titleZh);
    EXPECT_EQ(b.captionRu, a.captionRu);
    EXPECT_EQ(b.captionZh, a.captionZh);
    EXPECT_EQ(b.notes, a.notes);
    EXPECT_EQ(scene::storyToToml(back.story), written);
    // Nothing is written for the step that has none of them.
    EXPECT_EQ(written.find("title_ru", written.find("English only")), std::string::npos);
}
