// Hostile TOML structure: a dotted key, a table header, nested arrays or inline tables 100,000
// levels deep (toml++ recursed per level and overflowed the stack), and text over the size limit.
// Each one: no crash, an error naming the file and line, and ordinary nesting still parses.
#include "data/file_read.h"
#include "message_lines.h"
#include "scene/manifest.h"
#include "scene/story.h"
#include "scene/toml_limits.h"

#include <gtest/gtest.h>

#include <string>

namespace {

using testutil::anyContains;
using testutil::joined;

const char* const kManifestHead = R"([themes.dark]
water = "#0b1a2a"

[[layers]]
id = "sea"
kind = "background"
)";

std::string repeated(const std::string& part, int n) {
    std::string s;
    s.reserve(part.size() * static_cast<size_t>(n));
    for (int i = 0; i < n; ++i) s += part;
    return s;
}

constexpr int kDeep = 100000;

TEST(HostileTomlDepth, ManifestDottedKeyTooDeepIsAnErrorWithItsLine) {
    const std::string text =
        std::string(kManifestHead) + "\n" + "a" + repeated(".a", kDeep) + " = 1\n";
    const scene::ManifestResult r = scene::parseManifest(text, "maps/layers.toml");
    EXPECT_FALSE(r.manifest);
    ASSERT_EQ(r.errors.size(), 1u) << joined(r.errors);
    EXPECT_EQ(r.errors[0].rfind("layers.toml:8: keys or values nest more than 64 levels deep", 0),
              0u)
        << r.errors[0];
}

TEST(HostileTomlDepth, ManifestTableHeadersTooDeepAreErrors) {
    for (const std::string& header :
         {"[" + std::string("a") + repeated(".a", kDeep) + "]",
          "[[layers" + repeated(".a", kDeep) + "]]", "[" + repeated("\"q\".", kDeep) + "b]"}) {
        const std::string text =
            std::string(kManifestHead) + "# a comment\n" + header + "\nx = 1\n";
        const scene::ManifestResult r = scene::parseManifest(text, "layers.toml");
        EXPECT_FALSE(r.manifest);
        EXPECT_TRUE(anyContains(r.errors, "layers.toml:8: keys or values nest more than 64"))
            << joined(r.errors);
    }
}

TEST(HostileTomlDepth, NestedArraysAndInlineTablesCountTogetherWithTheKey) {
    // 20 levels of header, 20 of key, then 30 inline tables with a key each: 100 in all.
    const std::string key = "k" + repeated(".k", 19);  // 20 levels
    const std::string text =
        "[" + key + "]\n" + key + " = " + repeated("{ a = ", 30) + "1" + repeated(" }", 30) + "\n";
    const auto err = scene::tomlLimitError(text, "deep.toml");
    ASSERT_TRUE(err);
    EXPECT_EQ(err->rfind("deep.toml:2:", 0), 0u) << *err;
    const std::string arrays = "x = " + repeated("[", kDeep) + repeated("]", kDeep) + "\n";
    const auto arrErr = scene::tomlLimitError("\n\n" + arrays, "a.toml");
    ASSERT_TRUE(arrErr);
    EXPECT_EQ(arrErr->rfind("a.toml:3:", 0), 0u) << *arrErr;
}

TEST(HostileTomlDepth, OrdinaryNestingAndQuotedDotsStillParse) {
    // Dots and brackets inside strings, quoted keys and comments are not nesting.
    const std::string text = std::string(kManifestHead) + "title = \"" + repeated("a.[{", 5000) +
                             "\"\n" + "\"" + repeated("x.", 5000) + "\" = 'lit.[.{.'\n" +
                             "note = \"\"\"\n" + repeated("[[a.b]]\n", 100) + "\"\"\"\n" + "# " +
                             repeated("a.", 5000) + "\n" + "deep" + repeated(".k", 40) +
                             " = [[1, 2], [3, { a = [4] }]]\n";
    EXPECT_FALSE(scene::tomlLimitError(text, "ok.toml")) << *scene::tomlLimitError(text, "ok.toml");
    const scene::ManifestResult r = scene::parseManifest(text, "layers.toml");
    ASSERT_TRUE(r.manifest) << joined(r.errors);
    EXPECT_EQ(r.manifest->layers.size(), 1u);
}

TEST(HostileTomlDepth, StoryDottedKeyAndHeaderTooDeepAreErrors) {
    const std::string step = "[[steps]]\ntitle = \"One\"\nyear = 2013\n";
    const scene::StoryResult key =
        scene::parseStory(step + "s" + repeated(".s", kDeep) + " = 1\n", "story.toml");
    ASSERT_EQ(key.errors.size(), 1u) << joined(key.errors);
    EXPECT_EQ(key.errors[0].rfind("story.toml:4: keys or values nest more than 64", 0), 0u)
        << key.errors[0];
    const scene::StoryResult header =
        scene::parseStory("[[steps" + repeated(".s", kDeep) + "]]\n" + step, "story.toml");
    ASSERT_EQ(header.errors.size(), 1u) << joined(header.errors);
    EXPECT_EQ(header.errors[0].rfind("story.toml:1: keys or values nest", 0), 0u)
        << header.errors[0];
    // A story with its usual nesting still parses.
    const scene::StoryResult ok =
        scene::parseStory(step +
                              "[steps.camera]\ncenter = [60.0, 45.0]\nzoom = 4\n[steps.filters]\n"
                              "countries = [\"KAZ\"]\n",
                          "story.toml");
    EXPECT_TRUE(ok.ok()) << joined(ok.errors);
}

TEST(HostileTomlDepth, TextOverTheSizeLimitIsNotParsed) {
    std::string text =
        std::string(kManifestHead) + "# " + std::string(data::kMaxTomlBytes, 'x') + "\n";
    const scene::ManifestResult m = scene::parseManifest(text, "maps/layers.toml");
    EXPECT_FALSE(m.manifest);
    EXPECT_TRUE(anyContains(m.errors, "layers.toml: is 4.0 MB, over the limit of 4 MB"))
        << joined(m.errors);
    const scene::StoryResult s = scene::parseStory(text, "story.toml");
    EXPECT_TRUE(anyContains(s.errors, "story.toml: is 4.0 MB, over the limit of 4 MB"))
        << joined(s.errors);
}

}  // namespace
