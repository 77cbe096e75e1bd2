// scene::parseColor, scene::toHex and scene::mix.
#include "scene/color.h"

#include <gtest/gtest.h>

namespace {

TEST(ColorTest, ParsesHexForms) {
    const auto c6 = scene::parseColor("#ff8000");
    ASSERT_TRUE(c6.has_value());
    EXPECT_FLOAT_EQ(c6->r, 1.f);
    EXPECT_FLOAT_EQ(c6->g, 128.f / 255.f);
    EXPECT_FLOAT_EQ(c6->b, 0.f);
    EXPECT_FLOAT_EQ(c6->a, 1.f);

    const auto c3 = scene::parseColor("#F0a");
    ASSERT_TRUE(c3.has_value());
    EXPECT_EQ(*c3, *scene::parseColor("#ff00aa"));

    const auto c8 = scene::parseColor("#10263a80");
    ASSERT_TRUE(c8.has_value());
    EXPECT_FLOAT_EQ(c8->a, 128.f / 255.f);
    EXPECT_FLOAT_EQ(c8->r, 16.f / 255.f);
}

TEST(ColorTest, RejectsMalformedText) {
    for (const char* bad : {"", "#", "ff8000", "#ff800", "#ff80000", "#gg0000", "#12345678a", "red",
                            "#ff 000", " #ff8000"}) {
        EXPECT_FALSE(scene::parseColor(bad).has_value()) << "'" << bad << "'";
    }
}

TEST(ColorTest, ToHexRoundTrips) {
    for (const char* text :
         {"#000000", "#ffffff", "#10263a", "#e8b45a", "#10263a80", "#00000000"}) {
        const auto c = scene::parseColor(text);
        ASSERT_TRUE(c.has_value()) << text;
        EXPECT_EQ(scene::toHex(*c), text);
    }
    EXPECT_EQ(scene::toHex({2.f, -1.f, 0.5f, 1.f}), "#ff0080");  // clamped, rounded
}

TEST(ColorTest, Mix) {
    const scene::Rgba a{0.f, 0.f, 0.f, 1.f};
    const scene::Rgba b{1.f, 0.5f, 0.25f, 0.f};
    EXPECT_EQ(scene::mix(a, b, 0.f), a);
    EXPECT_EQ(scene::mix(a, b, 1.f), b);
    const scene::Rgba m = scene::mix(a, b, 0.5f);
    EXPECT_FLOAT_EQ(m.r, 0.5f);
    EXPECT_FLOAT_EQ(m.g, 0.25f);
    EXPECT_FLOAT_EQ(m.a, 0.5f);
}

}  // namespace
