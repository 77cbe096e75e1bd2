// Tests of the text renderer, the overlay shape batch and the legend: measurement, Cyrillic,
// atlas overflow, crispness at 2x, shapes, golden legends in both themes and the legend's 2x
// composition. Fonts come from fontconfig (Noto Sans, from fonts-noto-core).
#include "gl_test_context.h"
#include "golden.h"
#include "render/legend_overlay.h"
#include "render/overlay_batch.h"
#include "render/readback.h"
#include "render/render_target.h"
#include "render/text_renderer.h"
#include "scene/camera.h"
#include "test_fonts.h"

#include <gtest/gtest.h>

#include <cmath>
#include <cstdlib>
#include <filesystem>
#include <functional>
#include <memory>

namespace {

constexpr int kChannelTolerance = 6;
constexpr double kMaxDifferingShare = 0.002;
const float kPpt = static_cast<float>(scene::kScreenPixelsPerPoint);

struct Fonts {
    std::string regular = testing_fonts::findFont("Noto Sans", "Noto Sans");
    std::string bold = testing_fonts::findFont("Noto Sans:bold", "Noto Sans");
};
const Fonts& fonts() {
    static const Fonts f;
    return f;
}

scene::Rgba hex(const char* s, float alpha = 1.f) {
    scene::Rgba c = *scene::parseColor(s);
    c.a = alpha;
    return c;
}

// Renders into a fresh multisampled target cleared to `background`, then reads it back.
render::Image renderFrame(int w, int h, const scene::Rgba& background,
                          const std::function<void(glm::vec2)>& draw) {
    std::string err;
    render::RenderTarget target(w, h, 0, &err);
    EXPECT_TRUE(target.valid()) << err;
    glBindFramebuffer(GL_FRAMEBUFFER, target.drawFramebuffer());
    glViewport(0, 0, w, h);
    glClearColor(background.r * background.a, background.g * background.a,
                 background.b * background.a, background.a);
    glClear(GL_COLOR_BUFFER_BIT);
    draw(glm::vec2(w, h));
    target.resolve();
    return render::readResolved(target);
}

int luminance(const render::Image& img, int x, int y) {
    const uint8_t* p = img.pixel(x, y);
    return (p[0] * 3 + p[1] * 6 + p[2]) / 10;
}

// Pixels whose colour differs from `other` by more than `tolerance` in any channel, and their
// bounding box (min x, min y, max x + 1, max y + 1).
struct Ink {
    int count = 0;
    glm::ivec4 box{1 << 30, 1 << 30, -1, -1};
};
Ink inkAgainst(const render::Image& img, const render::Image& other, int tolerance = 8) {
    Ink ink;
    for (int y = 0; y < img.height; ++y) {
        for (int x = 0; x < img.width; ++x) {
            const uint8_t* a = img.pixel(x, y);
            const uint8_t* b = other.pixel(x, y);
            bool differs = false;
            for (int c = 0; c < 4; ++c) differs |= std::abs(a[c] - b[c]) > tolerance;
            if (!differs) continue;
            ++ink.count;
            ink.box = {std::min(ink.box.x, x), std::min(ink.box.y, y), std::max(ink.box.z, x + 1),
                       std::max(ink.box.w, y + 1)};
        }
    }
    return ink;
}

void checkGolden(const render::Image& actual, const std::string& name) {
    testing_golden::checkGolden(actual, name, kChannelTolerance, kMaxDifferingShare);
}

// The legend content as scene::buildLegend would give it, built here so the test does not
// depend on it: amounts on a scale whose maximum is $6 bn at 16 pt.
scene::LegendSpec sampleLegend(bool dark) {
    using K = scene::LegendEntry::Kind;
    scene::LegendSpec spec;
    spec.title = "Chinese investment, 2005–2025";
    spec.yearText = "2017";
    auto add = [&](K kind, const char* label, scene::Rgba color) -> scene::LegendEntry& {
        scene::LegendEntry e;
        e.kind = kind;
        e.label = label;
        e.color = color;
        spec.entries.push_back(e);
        return spec.entries.back();
    };
    add(K::SectorSwatch, "Transport & logistics", hex(dark ? "#56b4e9" : "#0072b2"));
    add(K::SectorSwatch, "Oil, gas & energy", hex(dark ? "#e69f00" : "#d55e00"));
    add(K::SectorSwatch, "Other economic", hex(dark ? "#cc79a7" : "#a8507f"));
    const scene::Rgba neutral = hex(dark ? "#d8cfbf" : "#4a5562", 0.9f);
    using Mark = scene::LegendEntry::Mark;
    add(K::WidthSample, "up to $347 m", neutral).widthPt = 1.25f;
    add(K::WidthSample, "$1 bn", neutral).widthPt = 3.6f;
    add(K::WidthSample, "$5 bn (widest)", neutral).widthPt = 18.f;
    auto note = [&](const char* label, Mark mark, float widthPt) {
        scene::LegendEntry& e = add(K::Note, label, neutral);
        e.mark = mark;
        e.widthPt = widthPt;
    };
    note("Amount not sourced", Mark::Dotted, 1.f);
    note("Conflicting or weak sources", Mark::Hatched, 7.f);
    note("Announced or agreed, not spent", Mark::Outlined, 7.f);
    note("Suspended or cancelled", Mark::Halted, 7.f);
    note("Joint venture: China's share filled", Mark::JointVenture, 7.f);
    add(K::CircleSample, "$1 bn", neutral).radiusPt = 10.7f;
    add(K::CircleSample, "$3 bn", neutral).radiusPt = 18.6f;
    note("Disc: largest per-kind total arrived", Mark::None, 0.f);
    const scene::Rgba route = hex(dark ? "#f2c35b" : "#b5651d");
    add(K::RouteMode, "Rail", route).mode = data::TransportMode::Rail;
    add(K::RouteMode, "Sea", route).mode = data::TransportMode::Sea;
    add(K::RouteMode, "Road", route).mode = data::TransportMode::Road;
    note("Cargo: TITR tonnes, Caspian legs", Mark::Particles, 2.4f);
    const scene::Rgba node = hex(dark ? "#f6eee0" : "#2c3540");
    add(K::NodeKind, "Port", node).nodeKind = data::PlaceKind::Port;
    add(K::NodeKind, "Border crossing", node).nodeKind = data::PlaceKind::BorderCrossing;
    add(K::NodeKind, "Dry port", node).nodeKind = data::PlaceKind::DryPort;
    add(K::NodeKind, "City", node).nodeKind = data::PlaceKind::City;
    return spec;
}

class TextTest : public ::testing::Test {
protected:
    static void SetUpTestSuite() { s_context = std::make_unique<testing_gl::Context>(); }
    static void TearDownTestSuite() { s_context.reset(); }
    void SetUp() override {
        ASSERT_TRUE(s_context->ok()) << "no OpenGL context: " << s_context->error();
        ASSERT_FALSE(fonts().regular.empty()) << "Noto Sans not found (install fonts-noto-core)";
        ASSERT_FALSE(fonts().bold.empty()) << "Noto Sans Bold not found";
        text = makeText();
        ASSERT_TRUE(text);
        std::string err;
        shapes = render::OverlayBatch::create(&err);
        ASSERT_TRUE(shapes) << err;
    }
    static std::unique_ptr<render::TextRenderer> makeText(int maxAtlas = 2048) {
        std::string err;
        auto t = render::TextRenderer::create(fonts().regular, fonts().bold, &err, maxAtlas);
        EXPECT_TRUE(t) << err;
        return t;
    }
    // A line of text on a dark ground, baseline at (x, y).
    render::Image renderText(render::TextRenderer& t, const std::string& s, float sizePx, int w,
                             int h, glm::vec2 baseline) {
        return renderFrame(w, h, hex("#0b1620"), [&](glm::vec2 vp) {
            t.add(s, baseline, sizePx, hex("#f4ecdd"));
            t.flush(vp);
        });
    }
    std::unique_ptr<render::TextRenderer> text;
    std::unique_ptr<render::OverlayBatch> shapes;
    static std::unique_ptr<testing_gl::Context> s_context;
};
std::unique_ptr<testing_gl::Context> TextTest::s_context;

using LegendTest = TextTest;

TEST_F(TextTest, MeasureIsMonotoneAndProportionalToSize) {
    const std::string s = "Middle Corridor: Khorgos – Aktau – Baku – Tbilisi";
    float previous = 0.f;
    for (size_t n = 1; n <= s.size(); ++n) {
        if (n < s.size() && (static_cast<unsigned char>(s[n]) & 0xc0) == 0x80) continue;
        const float w = text->measure(s.substr(0, n), 14.f).x;
        EXPECT_GE(w, previous) << s.substr(0, n);
        previous = w;
    }
    for (float size : {9.f, 12.5f, 20.f, 37.f}) {
        const glm::vec2 one = text->measure(s, size), two = text->measure(s, 2.f * size);
        EXPECT_NEAR(two.x, 2.f * one.x, 1.f) << size;
        EXPECT_NEAR(two.y, 2.f * one.y, 1.f) << size;
        EXPECT_GT(text->measure(s, size, true).x, one.x);  // bold is wider
    }
    EXPECT_EQ(text->measure("", 14.f).x, 0.f);
}

TEST_F(TextTest, CyrillicRendersItsOwnGlyphs) {
    const std::string ru = "Каспийское море — Ақтау";
    EXPECT_GT(text->measure(ru, 20.f).x, 0.f);
    EXPECT_NE(text->measure(ru, 20.f).x, text->measure("??????????????? ? ?????", 20.f).x);
    const render::Image blank = renderText(*text, "", 20.f, 260, 40, {8, 28});
    const render::Image img = renderText(*text, ru, 20.f, 260, 40, {8, 28});
    const Ink ink = inkAgainst(img, blank);
    EXPECT_GT(ink.count, 400);
    EXPECT_NEAR(ink.box.z - ink.box.x, text->measure(ru, 20.f).x, 8.f);  // less side bearings
    // Invalid UTF-8 and a codepoint the font lacks still draw something (the fallback glyph).
    const render::Image bad = renderText(*text, "\xff\xfe \xe4\xb8\xad", 20.f, 80, 40, {8, 28});
    EXPECT_GT(inkAgainst(bad, blank).count, 20);
}

TEST_F(TextTest, AtlasOverflowKeepsWorking) {
    auto small = makeText(256);
    ASSERT_TRUE(small);
    const std::string s = "AaBbCcDdEeЖжЩщ0123456789";
    const render::Image blank = renderText(*small, "", 24.f, 200, 40, {6, 30});
    for (float size = 8.f; size < 90.f; size += 3.5f) {
        renderFrame(64, 64, hex("#000000"), [&](glm::vec2 vp) {
            small->add(s, {0, 40}, size, hex("#ffffff"));
            small->flush(vp);
        });
    }
    EXPECT_GT(small->stats().atlasResets, 0);
    EXPECT_LE(small->stats().atlasWidth, 256);
    // One flush holding more glyphs than an empty atlas takes draws in parts.
    renderFrame(64, 64, hex("#000000"), [&](glm::vec2 vp) {
        for (float size = 30.f; size < 60.f; size += 2.f) small->add(s, {0, 40}, size, {});
        small->add("huge", {0, 40}, 400.f, hex("#ffffff"));  // larger than the atlas: skipped
        small->flush(vp);
    });
    EXPECT_GT(small->stats().lastDrawCalls, 1);
    const render::Image after = renderText(*small, "Corridor", 24.f, 200, 40, {6, 30});
    const render::Image fresh = renderText(*text, "Corridor", 24.f, 200, 40, {6, 30});
    EXPECT_GT(inkAgainst(after, blank).count, 200);
    EXPECT_EQ(inkAgainst(after, fresh, 2).count, 0);
}

TEST_F(TextTest, TextIsCrispAtTwiceThePixels) {
    const std::string s = "Baku–Tbilisi–Kars, Алматы";
    const float size = 15.f;
    const render::Image one = renderText(*text, s, size, 240, 32, {6, 22});
    const render::Image two = renderText(*text, s, 2.f * size, 480, 64, {12, 44});
    ASSERT_EQ(two.width, 480);
    // The 2x render, box-filtered down, matches the 1x render.
    long sumDiff = 0;
    int inked = 0, far = 0;
    for (int y = 0; y < one.height; ++y) {
        for (int x = 0; x < one.width; ++x) {
            const int down =
                (luminance(two, 2 * x, 2 * y) + luminance(two, 2 * x + 1, 2 * y) +
                 luminance(two, 2 * x, 2 * y + 1) + luminance(two, 2 * x + 1, 2 * y + 1) + 2) /
                4;
            const int l = luminance(one, x, y);
            if (std::max(l, down) < 40) continue;
            ++inked;
            sumDiff += std::abs(l - down);
            if (std::abs(l - down) > 64) ++far;
        }
    }
    ASSERT_GT(inked, 300);
    EXPECT_LT(static_cast<double>(sumDiff) / inked, 24.0);
    EXPECT_LT(static_cast<double>(far) / inked, 0.08);
    // Rasterised at 2x, not magnified: a smaller share of the inked pixels is edge (partial).
    auto partialShare = [](const render::Image& img) {
        int ink = 0, partial = 0;
        for (int y = 0; y < img.height; ++y) {
            for (int x = 0; x < img.width; ++x) {
                const int l = luminance(img, x, y);
                if (l < 40) continue;
                ++ink;
                if (l < 200) ++partial;
            }
        }
        return static_cast<double>(partial) / ink;
    };
    EXPECT_LT(partialShare(two), 0.8 * partialShare(one));
}

TEST_F(TextTest, HaloSurroundsTheGlyphs) {
    const render::Image plain = renderText(*text, "Aral", 24.f, 100, 40, {10, 30});
    const render::Image haloed = renderFrame(100, 40, hex("#0b1620"), [&](glm::vec2 vp) {
        text->add("Aral", {10, 30}, 24.f, hex("#f4ecdd"), false, 2.f, hex("#ff0000"));
        text->flush(vp);
    });
    EXPECT_EQ(text->stats().lastDrawCalls, 1);
    const Ink a = inkAgainst(plain, renderText(*text, "", 24.f, 100, 40, {10, 30}));
    const Ink b = inkAgainst(haloed, renderText(*text, "", 24.f, 100, 40, {10, 30}));
    EXPECT_GT(b.count, a.count + 100);
    EXPECT_LE(b.box.x, a.box.x - 1);
}

// Runs with and without a halo are drawn in one call; queue order still decides what lies on
// top, exactly as when each run is flushed on its own.
TEST_F(TextTest, RunsWithAndWithoutHaloKeepTheirOrder) {
    auto queue = [&](int i) {
        if (i == 1)
            text->add("Baku", {12, 30}, 24.f, hex("#1030ff"));
        else
            text->add("Baku", {10 + i, 30}, 24.f, hex("#f4ecdd"), false, 2.f, hex("#ff0000"));
    };
    const render::Image together = renderFrame(100, 40, hex("#0b1620"), [&](glm::vec2 vp) {
        for (int i = 0; i < 3; ++i) queue(i);
        text->flush(vp);
    });
    EXPECT_EQ(text->stats().lastDrawCalls, 1);
    const render::Image apart = renderFrame(100, 40, hex("#0b1620"), [&](glm::vec2 vp) {
        for (int i = 0; i < 3; ++i) {
            queue(i);
            text->flush(vp);
        }
    });
    int differing = 0;
    for (int y = 0; y < 40; ++y)
        for (int x = 0; x < 100; ++x)
            for (int c = 0; c < 3; ++c)
                differing += together.pixel(x, y)[c] != apart.pixel(x, y)[c];
    EXPECT_EQ(differing, 0);
}

TEST_F(LegendTest, ShapesHaveCleanEdgesDashesAndRoundCorners) {
    const render::Image img = renderFrame(120, 60, hex("#000000"), [&](glm::vec2 vp) {
        shapes->addCircle({20, 20}, 10, {hex("#ff0000")});
        shapes->addRoundedRect({40, 10}, {80, 30}, 8, {hex("#00ff00")});
        shapes->addDiamond({100, 20}, 10, {hex("#0000ff")});
        shapes->addLine({10, 50}, {110, 50}, 4, hex("#ffffff"), render::LineCap::Butt, {6, 4, 0});
        shapes->flush(vp);
    });
    EXPECT_EQ(shapes->lastDrawCalls(), 1);
    EXPECT_EQ(img.pixel(20, 20)[0], 255);
    EXPECT_EQ(img.pixel(20, 33)[0], 0);
    EXPECT_EQ(img.pixel(60, 20)[1], 255);
    EXPECT_LT(img.pixel(40, 10)[1], 40);  // corner cut by the radius
    EXPECT_EQ(img.pixel(100, 20)[2], 255);
    EXPECT_LT(img.pixel(92, 12)[2], 40);  // outside the diamond's edge
    int transitions = 0;
    for (int x = 11; x < 110; ++x)
        transitions += (img.pixel(x, 50)[0] > 128) != (img.pixel(x - 1, 50)[0] > 128);
    EXPECT_GE(transitions, 18);  // 10 dashes over 100 px
}

// The legend over a bit of "map" (so the panel's translucency shows); no legend when style is
// null.
render::Image renderLegend(render::TextRenderer& text, render::OverlayBatch& shapes, bool dark,
                           int w, int h, float ppt, const render::LegendStyle* style) {
    return renderFrame(w, h, hex(dark ? "#10263a" : "#cfe0ea"), [&](glm::vec2 vp) {
        const float s = ppt / kPpt;
        shapes.addRoundedRect(glm::vec2(-20, 0.55f * h), glm::vec2(0.6f * w, h + 20), 40 * s,
                              {hex(dark ? "#2b2f33" : "#efebe2")});
        shapes.addLine(glm::vec2(0, 0.9f * h), glm::vec2(w, 0.45f * h), 5 * ppt,
                       hex(dark ? "#e69f00" : "#d55e00", 0.85f));
        shapes.flush(vp);
        if (style) render::drawLegend(sampleLegend(dark), *style, text, shapes, vp, ppt);
    });
}

TEST_F(LegendTest, DarkLegendMatchesGolden) {
    const render::LegendStyle style = render::legendStyleFor(scene::builtinPalette("dark"));
    checkGolden(renderLegend(*text, *shapes, true, 380, 640, kPpt, &style), "legend_dark");
    EXPECT_EQ(shapes->lastDrawCalls(), 1);
    EXPECT_EQ(text->stats().lastDrawCalls, 1);
}

TEST_F(LegendTest, LightLegendMatchesGolden) {
    const render::LegendStyle style = render::legendStyleFor(scene::builtinPalette("print"));
    checkGolden(renderLegend(*text, *shapes, false, 380, 640, kPpt, &style), "legend_light");
}

TEST_F(LegendTest, TwiceThePixelsPerPointIsTheSameCompositionTwiceAsLarge) {
    render::LegendStyle style = render::legendStyleFor(scene::builtinPalette("dark"));
    style.shadow.a = 0.f;  // so the drawn ink is the panel
    const glm::vec2 one = render::legendSizePx(sampleLegend(true), style, *text, kPpt);
    const glm::vec2 two = render::legendSizePx(sampleLegend(true), style, *text, 2 * kPpt);
    EXPECT_NEAR(two.x, 2 * one.x, 2.f);
    EXPECT_NEAR(two.y, 2 * one.y, 2.f);
    const int w = 380, h = 640;
    const Ink a = inkAgainst(renderLegend(*text, *shapes, true, w, h, kPpt, &style),
                             renderLegend(*text, *shapes, true, w, h, kPpt, nullptr));
    const Ink b = inkAgainst(renderLegend(*text, *shapes, true, 2 * w, 2 * h, 2 * kPpt, &style),
                             renderLegend(*text, *shapes, true, 2 * w, 2 * h, 2 * kPpt, nullptr));
    // The drawn panel is the measured size; at 2x it is twice as large, at the same relative place.
    EXPECT_NEAR(a.box.z - a.box.x, one.x, 2);
    EXPECT_NEAR(a.box.w - a.box.y, one.y, 2);
    for (int i = 0; i < 4; ++i) EXPECT_NEAR(b.box[i], 2 * a.box[i], 2) << "box side " << i;
}

TEST_F(LegendTest, SitsInTheRequestedCorner) {
    render::LegendStyle style = render::legendStyleFor(scene::builtinPalette("light"));
    style.shadow.a = 0.f;
    const glm::vec2 size = render::legendSizePx(sampleLegend(false), style, *text, kPpt);
    const int w = 640, h = 700;
    const int margin = static_cast<int>(std::round(style.marginPt * kPpt));
    const render::Image bare = renderLegend(*text, *shapes, false, w, h, kPpt, nullptr);
    for (auto corner : {render::LegendCorner::TopRight, render::LegendCorner::BottomLeft}) {
        style.corner = corner;
        const Ink ink = inkAgainst(renderLegend(*text, *shapes, false, w, h, kPpt, &style), bare);
        const bool right = corner == render::LegendCorner::TopRight;
        EXPECT_NEAR(ink.box.x, right ? w - margin - size.x : margin, 2);
        EXPECT_NEAR(ink.box.y, right ? margin : h - margin - size.y, 2);
        EXPECT_NEAR(ink.box.z - ink.box.x, size.x, 2);
        EXPECT_NEAR(ink.box.w - ink.box.y, size.y, 2);
    }
}

}  // namespace
