// Golden-image tests of the renderer on small scenes built in code (maplibre's checkImage
// contract): tests/golden/<case>.png, a per-channel tolerance and a maximum share of differing
// pixels; UPDATE_GOLDEN=1 rewrites the references; actual and diff images go to the build folder.
#include "geo/triangulate.h"
#include "gl_test_context.h"
#include "golden.h"
#include "render/map_renderer.h"
#include "render/readback.h"

#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <memory>

namespace {

constexpr int kChannelTolerance = 6;
constexpr double kMaxDifferingShare = 0.002;

geo::Path square(double x0, double y0, double x1, double y1, bool clockwise) {
    geo::Path p{{x0, y0}, {x1, y0}, {x1, y1}, {x0, y1}, {x0, y0}};
    if (clockwise) std::reverse(p.begin(), p.end());
    return p;
}

scene::LayerStyle style(std::optional<scene::Rgba> fill, std::optional<scene::Rgba> stroke,
                        float widthPt, float blurPt = 0.f, std::vector<float> dash = {}) {
    scene::LayerStyle s;
    s.fill = fill;
    s.stroke = stroke;
    s.strokeWidthPt = widthPt;
    s.blurPt = blurPt;
    s.dashPt = std::move(dash);
    s.markerSizePt = 9.f;
    return s;
}

// A synthetic map in map-plane metres: a land square with a lake (hole) coloured by class, a
// glowing shore, a dashed border, a river whose width comes from its feature, and two markers.
struct SyntheticScene {
    scene::MapData map;
    std::vector<scene::Theme> themes;

    SyntheticScene() {
        themes.push_back(
            {"dark", *scene::parseColor("#10263a"), *scene::parseColor("#08131f"), {}});
        themes.push_back(
            {"light", *scene::parseColor("#cfe0ea"), *scene::parseColor("#b8d0df"), {}});
        auto add = [&](scene::LayerKind kind, scene::LayerStyle dark, scene::LayerStyle light) {
            scene::LayerDef d;
            d.id = "layer" + std::to_string(map.layers.size());
            d.kind = kind;
            d.styles["dark"] = std::move(dark);
            d.styles["light"] = std::move(light);
            map.layers.push_back(d);
            map.geometry.emplace_back();
            return &map.geometry.back();
        };
        add(scene::LayerKind::Background, {}, {});

        geo::Path shore = square(-80e3, -50e3, 80e3, 50e3, true);
        scene::LayerGeometry* glow =
            add(scene::LayerKind::Line, style(std::nullopt, scene::parseColor("#4f9cc0"), 12, 12),
                style(std::nullopt, scene::parseColor("#ffffff"), 12, 12));
        glow->features.push_back({});
        glow->lines.push_back(shore);
        glow->lineFeature.push_back(0);

        scene::LayerStyle landDark =
            style(scene::parseColor("#2b2f33"), scene::parseColor("#7fb6d3"), 1.0f);
        landDark.classes["emph"].fill = scene::parseColor("#786847");
        scene::LayerStyle landLight =
            style(scene::parseColor("#efebe2"), scene::parseColor("#4f7f9c"), 1.0f);
        landLight.classes["emph"].fill = scene::parseColor("#ecd9ac");
        scene::LayerGeometry* land = add(scene::LayerKind::Polygon, landDark, landLight);
        geo::GeosContext ctx;
        geo::Polygon west{square(-80e3, -50e3, 0, 50e3, true),
                          {square(-50e3, -20e3, -20e3, 20e3, false)}};
        geo::Polygon east{square(0, -50e3, 80e3, 50e3, true), {}};
        for (const geo::Polygon* p : {&west, &east}) {
            const auto feature = static_cast<uint32_t>(land->features.size());
            scene::FeatureKey key;
            key.className = p == &east ? "emph" : "";
            land->features.push_back(key);
            geo::Mesh m = geo::triangulate(ctx, *p);
            land->vertexFeature.insert(land->vertexFeature.end(), m.positions.size(), feature);
            land->fill.append(m);
            land->lines.push_back(p->outer);
            land->lineFeature.push_back(feature);
        }

        scene::LayerGeometry* border =
            add(scene::LayerKind::Line,
                style(std::nullopt, scene::parseColor("#d9c9a3"), 1.5f, 0, {4, 3}),
                style(std::nullopt, scene::parseColor("#8a735a"), 1.5f, 0, {4, 3}));
        border->features.push_back({});
        border->lines.push_back({{0, -50e3}, {0, 50e3}});
        border->lineFeature.push_back(0);

        scene::LayerGeometry* river =
            add(scene::LayerKind::Line, style(std::nullopt, scene::parseColor("#3a7ea6"), 1.5f),
                style(std::nullopt, scene::parseColor("#7eaed0"), 1.5f));
        scene::FeatureKey wide;
        wide.widthFactor = 2.5f;
        river->features.push_back(wide);
        river->lines.push_back({{10e3, 40e3}, {30e3, 10e3}, {60e3, 0}, {75e3, -30e3}});
        river->lineFeature.push_back(0);

        scene::LayerGeometry* towns =
            add(scene::LayerKind::Point,
                style(scene::parseColor("#f3e6c4"), scene::parseColor("#15191d"), 1.f),
                style(scene::parseColor("#3b3026"), scene::parseColor("#ffffff"), 1.f));
        towns->features.push_back({});
        towns->points = {{40e3, 25e3}, {-65e3, -35e3}};
        towns->pointFeature = {0, 0};
        map.boundsMin = {-100e3, -70e3};
        map.boundsMax = {100e3, 70e3};
        map.originWorld = {5e3, -3e3};  // not the centre: exercises the origin offset
    }
};

render::Image renderScene(const SyntheticScene& s, const std::string& theme, int w, int h,
                          double ppt) {
    std::string err;
    auto r = render::MapRenderer::create(&err);
    EXPECT_TRUE(r) << err;
    if (!r) return {};
    r->setMap(s.map, s.themes);
    render::RenderTarget target(w, h, 0, &err);
    EXPECT_TRUE(target.valid()) << err;
    scene::FrameSpec spec;
    spec.widthPx = w;
    spec.heightPx = h;
    spec.pixelsPerPoint = ppt;
    spec.theme = theme;
    spec.camera = scene::fitCamera({-95e3, -60e3}, {95e3, 60e3}, {w, h});
    r->draw(spec, target);
    return render::readResolved(target);
}

void checkGolden(const render::Image& actual, const std::string& name) {
    testing_golden::checkGolden(actual, name, kChannelTolerance, kMaxDifferingShare);
}

class RenderTest : public ::testing::Test {
protected:
    static void SetUpTestSuite() { s_context = std::make_unique<testing_gl::Context>(); }
    static void TearDownTestSuite() { s_context.reset(); }
    void SetUp() override {
        ASSERT_TRUE(s_context->ok()) << "no OpenGL context: " << s_context->error();
    }
    static std::unique_ptr<testing_gl::Context> s_context;
};
std::unique_ptr<testing_gl::Context> RenderTest::s_context;

TEST_F(RenderTest, SyntheticSceneDarkMatchesGolden) {
    SyntheticScene s;
    checkGolden(renderScene(s, "dark", 320, 200, scene::kScreenPixelsPerPoint), "synthetic_dark");
}

TEST_F(RenderTest, SyntheticSceneLightMatchesGolden) {
    SyntheticScene s;
    checkGolden(renderScene(s, "light", 320, 200, scene::kScreenPixelsPerPoint), "synthetic_light");
}

TEST_F(RenderTest, KnownPixels) {
    SyntheticScene s;
    const render::Image img = renderScene(s, "dark", 320, 200, scene::kScreenPixelsPerPoint);
    ASSERT_EQ(img.width, 320);
    const scene::Camera cam = scene::fitCamera({-95e3, -60e3}, {95e3, 60e3}, {320, 200});
    auto at = [&](double x, double y) {
        const glm::dvec2 px = cam.pxOf({x, y}, {320, 200});
        return img.pixel(static_cast<int>(px.x), static_cast<int>(px.y));
    };
    // The lake (a hole in the western land) shows the sea; the eastern land has its class colour.
    const uint8_t* lake = at(-35e3, 0);
    EXPECT_GT(lake[2], lake[0]);
    const uint8_t* east = at(40e3, -25e3);
    EXPECT_NEAR(east[0], 0x78, 3);
    EXPECT_NEAR(east[1], 0x68, 3);
    EXPECT_NEAR(east[2], 0x47, 3);
    const uint8_t* west = at(-70e3, 40e3);
    EXPECT_NEAR(west[0], 0x2b, 3);
    EXPECT_EQ(img.pixel(0, 0)[3], 255);
}

TEST_F(RenderTest, LinesScaleWithPixelsPerPoint) {
    // The same composition at twice the pixel density: lines are twice as wide in pixels.
    SyntheticScene s;
    auto borderWidth = [&](int w, int h, double ppt) {
        const render::Image img = renderScene(s, "light", w, h, ppt);
        const scene::Camera cam = scene::fitCamera({-95e3, -60e3}, {95e3, 60e3}, {w, h});
        // A row through the middle of a dash of the dashed border (4 pt on, 3 pt off, from y=-50
        // km).
        const double periodPx = 7.0 * ppt;
        const double alongPx = 4.0 * periodPx + 2.0 * ppt;
        const glm::dvec2 px = cam.pxOf({0, -50e3 + alongPx * cam.metresPerPx}, {w, h});
        int count = 0;
        const int y = static_cast<int>(px.y);
        for (int x = static_cast<int>(px.x) - 20; x <= static_cast<int>(px.x) + 20; ++x) {
            if (img.pixel(x, y)[0] < 200)
                ++count;  // darker than both land fills: border or outline
        }
        return count;
    };
    const int one = borderWidth(320, 200, scene::kScreenPixelsPerPoint);
    const int two = borderWidth(640, 400, 2 * scene::kScreenPixelsPerPoint);
    EXPECT_GE(one, 2);
    EXPECT_NEAR(two, 2 * one, 1);
}

TEST_F(RenderTest, TransparentFrameHasNoBackground) {
    SyntheticScene s;
    std::string err;
    auto r = render::MapRenderer::create(&err);
    ASSERT_TRUE(r) << err;
    r->setMap(s.map, s.themes);
    render::RenderTarget target(160, 100, 0, &err);
    scene::FrameSpec spec;
    spec.widthPx = 160;
    spec.heightPx = 100;
    spec.transparent = true;
    spec.layerOn = {true, false, true, true, true, true};  // shore glow off: it reaches the corner
    spec.camera = scene::fitCamera({-95e3, -60e3}, {95e3, 60e3}, {160, 100});
    r->draw(spec, target);
    const render::Image img = render::readResolved(target);
    EXPECT_EQ(img.pixel(1, 1)[3], 0);       // corner: outside the land, no sea drawn
    EXPECT_EQ(img.pixel(120, 60)[3], 255);  // on the eastern land
}

TEST(ImageTest, PngRoundTripKeepsPixelsAndFailedWriteLeavesNoFile) {
    render::Image img;
    img.width = 3;
    img.height = 2;
    img.rgba = {255, 0,  0,  255, 0, 255, 0, 255, 0,   0,   255, 255,
                10,  20, 30, 128, 0, 0,   0, 0,   255, 255, 255, 255};
    const std::string path = ::testing::TempDir() + "/roundtrip.png";
    std::string err;
    ASSERT_TRUE(render::writePng(path, img, 300, &err)) << err;
    render::Image back;
    ASSERT_TRUE(render::readPng(path, &back, &err)) << err;
    EXPECT_EQ(back.rgba, img.rgba);
    const std::string bad = ::testing::TempDir() + "/no/such/folder/x.png";
    EXPECT_FALSE(render::writePng(bad, img, 0, &err));
    EXPECT_NE(err.find("x.png"), std::string::npos);
    EXPECT_FALSE(std::filesystem::exists(bad));
}

}  // namespace
