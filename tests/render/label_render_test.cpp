// Map labels through the real pipeline (scene::placeLabels measuring with the SDF font, then
// render::LabelLayer): text measurement, Cyrillic and Chinese glyphs, drawn ink matching the
// measured boxes, golden images of a labelled view in both themes and at 2x export scale
// (text twice as large in pixels, same composition). Fonts from fontconfig (Noto Sans, Droid
// Sans Fallback for Chinese when installed).
#include "gl_test_context.h"
#include "golden.h"
#include "render/label_layer.h"
#include "render/readback.h"
#include "render/render_target.h"
#include "test_fonts.h"

#include <gtest/gtest.h>

#include <cmath>
#include <filesystem>
#include <memory>

#include <unistd.h>

namespace {

using scene::LabelKind;

// Golden tolerance: llvmpipe's rasterisation is exact run to run; the slack covers Mesa
// versions (8 levels per channel on 0.2% of the pixels).
constexpr int kChannelTolerance = 8;
constexpr double kMaxDifferingShare = 0.002;

using testing_fonts::findFont;

render::SdfFontFiles fontFiles() {
    return {findFont("Noto Sans", "Noto Sans"), findFont("Noto Sans:bold", "Noto Sans"),
            findFont("Noto Sans:italic", "Noto Sans"),
            findFont("Droid Sans Fallback", "Droid Sans Fallback")};
}

scene::Label label(LabelKind kind, const char* en, const char* ru, glm::dvec2 world, int priority,
                   bool point = false) {
    scene::Label l;
    l.kind = kind;
    l.text[0] = kind == LabelKind::Country ? scene::upperCase(en) : en;
    l.text[1] = kind == LabelKind::Country ? scene::upperCase(ru) : ru;
    l.world = world;
    l.priority = priority;
    l.pointLabel = point;
    l.symbolRadiusPt = point ? (kind == LabelKind::Node ? 5.5f : 2.5f) : 0.f;
    l.drawDot = kind == LabelKind::City;
    l.symbolNeedsRoom = kind == LabelKind::City;
    return l;
}

// A small made-up view in map-plane metres: two countries, a sea, cities crowding each other
// and a corridor node, so placement has to choose sides and drop some.
scene::LabelSet sampleSet() {
    scene::LabelSet s;
    s.labels.push_back(label(LabelKind::Country, "Kazakhstan", "Казахстан", {60e3, 120e3}, 22));
    s.labels.push_back(label(LabelKind::Country, "Uzbekistan", "Узбекистан", {-150e3, -150e3}, 24));
    s.labels.push_back(
        label(LabelKind::Water, "Caspian Sea", "Каспийское море", {-200e3, -40e3}, 26));
    s.labels.push_back(label(LabelKind::Node, "Aktau", "Актау", {-300e3, 100e3}, 10, true));
    s.labels.push_back(label(LabelKind::Capital, "Astana", "Астана", {250e3, 200e3}, 31, true));
    s.labels.push_back(label(LabelKind::City, "Karaganda", "Караганда", {300e3, 140e3}, 45, true));
    s.labels.push_back(label(LabelKind::City, "Temirtau", "Темиртау", {285e3, 150e3}, 52, true));
    s.labels.push_back(label(LabelKind::City, "Zhezkazgan", "Жезказган", {80e3, 20e3}, 50, true));
    s.obstacles.push_back({{-300e3, 100e3}, 5.5f});
    return s;
}

class LabelRenderTest : public ::testing::Test {
protected:
    static void SetUpTestSuite() { s_context = std::make_unique<testing_gl::Context>(); }
    static void TearDownTestSuite() { s_context.reset(); }
    void SetUp() override {
        ASSERT_TRUE(s_context->ok()) << "no OpenGL context: " << s_context->error();
        const render::SdfFontFiles files = fontFiles();
        ASSERT_FALSE(files.regular.empty()) << "Noto Sans not found (install fonts-noto-core)";
        std::string err;
        layer = render::LabelLayer::create(files, &err);
        ASSERT_TRUE(layer) << err;
    }

    scene::LabelPlacement place(const scene::LabelSet& set, int w, int h, double ppt,
                                scene::LabelLanguage lang) const {
        scene::LabelView v;
        v.frameSizePx = {w, h};
        v.camera.metresPerPx = 1200.0 * scene::kScreenPixelsPerPoint / ppt;
        v.pixelsPerPoint = ppt;
        v.language = lang;
        return scene::placeLabels(
            set, v, [this](const std::string& t, const scene::LabelStyle& s, float px) {
                return layer->measure(t, s, px);
            });
    }

    render::Image render(const scene::LabelSet& set, const scene::LabelPlacement& placed, int w,
                         int h, double ppt, bool dark, scene::LabelLanguage lang) {
        std::string err;
        render::RenderTarget target(w, h, 0, &err);
        EXPECT_TRUE(target.valid()) << err;
        glBindFramebuffer(GL_FRAMEBUFFER, target.drawFramebuffer());
        glViewport(0, 0, w, h);
        const scene::Rgba bg = *scene::parseColor(dark ? "#3a3428" : "#efe3c4");
        glClearColor(bg.r, bg.g, bg.b, 1.f);
        glClear(GL_COLOR_BUFFER_BIT);
        render::LabelLayer::DrawParams p;
        p.viewportPx = {static_cast<float>(w), static_cast<float>(h)};
        p.pixelsPerPoint = static_cast<float>(ppt);
        p.language = lang;
        p.colors = render::labelColorsFor(scene::builtinPalette(dark ? "dark" : "light"));
        EXPECT_EQ(layer->draw(set, placed, p), 1);
        target.resolve();
        return render::readResolved(target);
    }

    static std::unique_ptr<testing_gl::Context> s_context;
    std::unique_ptr<render::LabelLayer> layer;
};

std::unique_ptr<testing_gl::Context> LabelRenderTest::s_context;

TEST_F(LabelRenderTest, MeasuresText) {
    const scene::LabelStyle regular{10.f, scene::LabelFace::Regular, 0.f, 1.f};
    const scene::TextExtent a = layer->measure("Kazakhstan", regular, 20.f);
    const scene::TextExtent b = layer->measure("Kazakhstan", regular, 40.f);
    EXPECT_GT(a.widthPx, 60.f);
    EXPECT_LT(a.widthPx, 140.f);
    EXPECT_NEAR(b.widthPx, 2.f * a.widthPx, 0.01f * b.widthPx);  // linear in the size
    // Letter spacing: exactly (n - 1) * spacing * size more.
    scene::LabelStyle spaced = regular;
    spaced.letterSpacingEm = 0.1f;
    EXPECT_NEAR(layer->measure("Kazakhstan", spaced, 20.f).widthPx, a.widthPx + 9 * 0.1f * 20.f,
                0.01f);
    // Ink: capitals reach about 0.71 em above the baseline and hardly below; "g" descends.
    const scene::TextExtent caps = layer->measure("KAZAKHSTAN", regular, 100.f);
    EXPECT_NEAR(caps.ascentPx, 71.f, 4.f);
    EXPECT_LT(caps.descentPx, 2.f);  // round letters overshoot a little
    EXPECT_GT(layer->measure("Karaganda", regular, 100.f).descentPx, 15.f);
    EXPECT_EQ(layer->measure("", regular, 20.f).widthPx, 0.f);
    // Cyrillic glyphs are real glyphs, not the '?' of a missing one.
    EXPECT_NE(layer->measure("Казахстан", regular, 20.f).widthPx,
              layer->measure("?????????", regular, 20.f).widthPx);
    // Bold is wider than regular; italic exists.
    scene::LabelStyle bold = regular;
    bold.face = scene::LabelFace::Bold;
    EXPECT_GT(layer->measure("Kazakhstan", bold, 20.f).widthPx, a.widthPx);
}

TEST_F(LabelRenderTest, ChineseFromTheFallbackFont) {
    if (fontFiles().fallback.empty()) GTEST_SKIP() << "no CJK font (fonts-droid-fallback)";
    const scene::LabelStyle regular{10.f, scene::LabelFace::Regular, 0.f, 1.f};
    // Droid Sans Fallback sets ideographs on a full em each.
    EXPECT_NEAR(layer->measure("哈萨克斯坦", regular, 20.f).widthPx, 100.f, 2.f);
    scene::LabelSet set;
    set.labels.push_back(label(LabelKind::Country, "Kazakhstan", "Казахстан", {0, 0}, 1));
    set.labels[0].text[2] = "哈萨克斯坦";
    const auto placed =
        place(set, 300, 100, scene::kScreenPixelsPerPoint, scene::LabelLanguage::Chinese);
    ASSERT_EQ(placed.labels.size(), 1u);
    const render::Image img = render(set, placed, 300, 100, scene::kScreenPixelsPerPoint, true,
                                     scene::LabelLanguage::Chinese);
    int ink = 0;
    for (int y = 0; y < img.height; ++y)
        for (int x = 0; x < img.width; ++x) ink += img.pixel(x, y)[0] > 150;
    EXPECT_GT(ink, 100);
}

// The text lands inside its placed box: ink (pixels far from the background) within the box
// grown by a pixel, and reaching most of its width.
TEST_F(LabelRenderTest, InkMatchesPlacedBoxes) {
    scene::LabelSet set;
    set.labels.push_back(label(LabelKind::City, "Karaganda", "", {0, 0}, 1));
    set.labels[0].drawDot = false;
    const double ppt = 2.0;
    const auto placed = place(set, 400, 120, ppt, scene::LabelLanguage::English);
    ASSERT_EQ(placed.labels.size(), 1u);
    const render::Image img =
        render(set, placed, 400, 120, ppt, true, scene::LabelLanguage::English);
    int x0 = 1 << 20, x1 = -1, y0 = 1 << 20, y1 = -1;
    for (int y = 0; y < img.height; ++y)
        for (int x = 0; x < img.width; ++x) {
            const uint8_t* p = img.pixel(x, y);
            if (std::abs(p[0] - 0x3a) + std::abs(p[1] - 0x34) + std::abs(p[2] - 0x28) < 24)
                continue;
            x0 = std::min(x0, x), x1 = std::max(x1, x + 1), y0 = std::min(y0, y),
            y1 = std::max(y1, y + 1);
        }
    const scene::LabelBox& b = placed.labels[0].box;
    EXPECT_GE(x0, b.x0 - 1.f);
    EXPECT_LE(x1, b.x1 + 1.f);
    EXPECT_GE(y0, b.y0 - 1.f);
    EXPECT_LE(y1, b.y1 + 1.f);
    EXPECT_GT(x1 - x0, 0.9f * (b.x1 - b.x0));
}

// The glyph fields computed in one run are read from the cache folder in the next, which then
// computes none and draws the same pixels; a damaged entry is computed again.
TEST_F(LabelRenderTest, GlyphFieldsComeFromTheCacheOnTheNextRun) {
    const std::string dir =
        (std::filesystem::temp_directory_path() / ("corridor_glyphs_" + std::to_string(::getpid())))
            .string();
    std::filesystem::create_directories(dir);
    const scene::LabelSet set = sampleSet();
    const double ppt = scene::kScreenPixelsPerPoint;
    const auto placed = place(set, 640, 400, ppt, scene::LabelLanguage::Russian);
    auto run = [&](int* computed) {
        std::string err;
        layer = render::LabelLayer::create(fontFiles(), &err);
        layer->useGlyphCache(dir);
        const render::Image img =
            render(set, placed, 640, 400, ppt, true, scene::LabelLanguage::Russian);
        *computed = layer->font().computedFields();
        return img;
    };
    int first = 0, second = 0, third = 0;
    const render::Image a = run(&first);
    EXPECT_GT(first, 20);
    const render::Image b = run(&second);
    EXPECT_EQ(second, 0);
    EXPECT_EQ(a.rgba, b.rgba);
    for (const auto& entry : std::filesystem::directory_iterator(dir))
        std::filesystem::resize_file(entry.path(), std::filesystem::file_size(entry.path()) / 2);
    const render::Image c = run(&third);
    EXPECT_EQ(third, first);
    EXPECT_EQ(a.rgba, c.rgba);
    std::filesystem::remove_all(dir);
}

TEST_F(LabelRenderTest, GoldenLabelledViewBothThemesAnd2x) {
    const scene::LabelSet set = sampleSet();
    const double ppt = scene::kScreenPixelsPerPoint;
    const auto en = scene::LabelLanguage::English, ru = scene::LabelLanguage::Russian;
    const auto placed = place(set, 640, 400, ppt, en);
    EXPECT_GE(placed.labels.size(), 6u);
    testing_golden::checkGolden(render(set, placed, 640, 400, ppt, true, en), "labels_dark",
                                kChannelTolerance, kMaxDifferingShare);
    testing_golden::checkGolden(render(set, placed, 640, 400, ppt, false, en), "labels_light",
                                kChannelTolerance, kMaxDifferingShare);
    const auto placedRu = place(set, 640, 400, ppt, ru);
    testing_golden::checkGolden(render(set, placedRu, 640, 400, ppt, true, ru), "labels_dark_ru",
                                kChannelTolerance, kMaxDifferingShare);
    // 2x export: the same composition (same labels, same sides), every box twice as large.
    const auto placed2x = place(set, 1280, 800, 2.0 * ppt, en);
    ASSERT_EQ(placed2x.labels.size(), placed.labels.size());
    for (size_t i = 0; i < placed.labels.size(); ++i) {
        const auto &a = placed.labels[i], &b = placed2x.labels[i];
        EXPECT_EQ(a.index, b.index);
        EXPECT_EQ(a.anchor, b.anchor);
        EXPECT_NEAR(b.box.x1 - b.box.x0, 2.f * (a.box.x1 - a.box.x0), 1.f);
        EXPECT_NEAR(b.box.x0, 2.f * a.box.x0, 1.f);
        EXPECT_NEAR(b.box.y0, 2.f * a.box.y0, 1.f);
    }
    testing_golden::checkGolden(render(set, placed2x, 1280, 800, 2.0 * ppt, true, en),
                                "labels_dark_2x", kChannelTolerance, kMaxDifferingShare);
}

}  // namespace
