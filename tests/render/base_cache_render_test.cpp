// The window's moving frames: the cached base map moved and scaled to a new camera
// (MapRenderer::drawMoving) against a full redraw of the same view, the margin drawn at rest, the
// sea where the cache has nothing, and draw() and tiled exports never using the moved cache.
#include "geo/triangulate.h"
#include "gl_test_context.h"
#include "render/export_tiles.h"
#include "render/map_renderer.h"
#include "render/readback.h"

#include <gtest/gtest.h>

#include <cstdlib>
#include <memory>

namespace {

constexpr int kW = 320, kH = 200;  // margin 80 x 50 px each side

geo::Path square(double x0, double y0, double x1, double y1) {
    return {{x0, y0}, {x0, y1}, {x1, y1}, {x1, y0}, {x0, y0}};
}

scene::LayerStyle style(std::optional<scene::Rgba> fill, std::optional<scene::Rgba> stroke,
                        float widthPt, float blurPt = 0.f) {
    scene::LayerStyle s;
    s.fill = fill;
    s.stroke = stroke;
    s.strokeWidthPt = widthPt;
    s.blurPt = blurPt;
    return s;
}

// Land squares with outlines and a glowing shore, a river across them, on a flat sea (the sea's
// gradient belongs to the frame, so a moved cache carries it along: a flat sea keeps that out of
// the comparison).
struct Scene {
    scene::MapData map;
    std::vector<scene::Theme> themes;
    Scene() {
        scene::Theme dark;
        dark.name = "dark";
        dark.water = dark.waterEdge = *scene::parseColor("#10263a");
        themes.push_back(dark);
        // add() hands out pointers into map.geometry: room for every layer first, so a later
        // add() does not move the ones handed out.
        map.geometry.reserve(8);
        auto add = [&](scene::LayerKind kind, scene::LayerStyle s) {
            scene::LayerDef d;
            d.id = "layer" + std::to_string(map.layers.size());
            d.kind = kind;
            d.styles["dark"] = std::move(s);
            map.layers.push_back(d);
            map.geometry.emplace_back();
            return &map.geometry.back();
        };
        add(scene::LayerKind::Background, {});
        scene::LayerGeometry* glow =
            add(scene::LayerKind::Line, style(std::nullopt, scene::parseColor("#4f9cc0"), 8, 8));
        scene::LayerGeometry* land =
            add(scene::LayerKind::Polygon,
                style(scene::parseColor("#786847"), scene::parseColor("#d9c9a3"), 1.2f));
        geo::GeosContext ctx;
        // Squares spread over the view and its margin, so the strips have something to draw.
        for (int i = 0; i < 12; ++i) {
            const double x = -150e3 + (i % 4) * 85e3, y = -90e3 + (i / 4) * 70e3;
            const geo::Polygon p{square(x, y, x + 50e3, y + 35e3), {}};
            land->features.push_back({});
            geo::Mesh m = geo::triangulate(ctx, p);
            land->vertexFeature.insert(land->vertexFeature.end(), m.positions.size(),
                                       static_cast<uint32_t>(i));
            land->fill.append(m);
            land->lines.push_back(p.outer);
            land->lineFeature.push_back(static_cast<uint32_t>(i));
            glow->lines.push_back(p.outer);
            glow->lineFeature.push_back(0);
        }
        glow->features.push_back({});
        scene::LayerGeometry* river =
            add(scene::LayerKind::Line, style(std::nullopt, scene::parseColor("#3a7ea6"), 2.f));
        river->features.push_back({});
        river->lines.push_back({{-160e3, -100e3}, {-20e3, 10e3}, {60e3, -20e3}, {170e3, 110e3}});
        river->lineFeature.push_back(0);
        map.boundsMin = {-200e3, -150e3};
        map.boundsMax = {200e3, 150e3};
        map.originWorld = {5e3, -3e3};
    }
};

class BaseCacheRenderTest : public ::testing::Test {
protected:
    static void SetUpTestSuite() { s_context = std::make_unique<testing_gl::Context>(); }
    static void TearDownTestSuite() { s_context.reset(); }
    void SetUp() override {
        ASSERT_TRUE(s_context->ok()) << "no OpenGL context: " << s_context->error();
        std::string err;
        m_target = std::make_unique<render::RenderTarget>(kW, kH, 0, &err);
        ASSERT_TRUE(m_target->valid()) << err;
    }
    std::unique_ptr<render::MapRenderer> renderer() const {
        std::string err;
        auto r = render::MapRenderer::create(&err);
        EXPECT_TRUE(r) << err;
        if (r) r->setMap(m_scene.map, m_scene.themes);
        return r;
    }
    static scene::FrameSpec spec(const scene::Camera& camera) {
        scene::FrameSpec s;
        s.widthPx = kW;
        s.heightPx = kH;
        s.pixelsPerPoint = scene::kScreenPixelsPerPoint;
        s.theme = "dark";
        s.camera = camera;
        return s;
    }
    static scene::Camera home() {
        scene::Camera c;
        c.centerWorld = {0.0, 0.0};
        c.metresPerPx = 800.0;
        return c;
    }
    // A full-quality frame of `s` from a renderer that has drawn nothing else.
    render::Image fresh(const scene::FrameSpec& s) {
        auto r = renderer();
        r->draw(s, *m_target);
        return render::readResolved(*m_target);
    }
    // Pixels inside [x0, x1) x [y0, y1) whose channels differ by more than `tolerance`.
    static double differingShare(const render::Image& a, const render::Image& b, int tolerance,
                                 int x0 = 0, int y0 = 0, int x1 = kW, int y1 = kH) {
        size_t n = 0;
        for (int y = y0; y < y1; ++y)
            for (int x = x0; x < x1; ++x)
                for (int c = 0; c < 4; ++c)
                    if (std::abs(a.pixel(x, y)[c] - b.pixel(x, y)[c]) > tolerance) {
                        ++n;
                        break;
                    }
        return static_cast<double>(n) / ((x1 - x0) * (y1 - y0));
    }
    static std::unique_ptr<testing_gl::Context> s_context;
    Scene m_scene;
    std::unique_ptr<render::RenderTarget> m_target;
};
std::unique_ptr<testing_gl::Context> BaseCacheRenderTest::s_context;

TEST_F(BaseCacheRenderTest, PanFromTheWholeCacheMatchesARedraw) {
    auto r = renderer();
    const scene::FrameSpec rest = spec(home());
    r->draw(rest, *m_target);
    int strips = 0;
    while (r->extendBaseCache(rest)) ++strips;
    EXPECT_EQ(strips, 4);
    // Dragged most of the margin's width and height: the frame shows the core and three strips.
    const scene::FrameSpec moved = spec(scene::pan(home(), {70.0, -45.0}));
    const render::FrameStats st = r->drawMoving(moved, *m_target);
    EXPECT_EQ(st.baseFromCache, 1);
    EXPECT_EQ(st.baseRedraws, 0);
    const render::Image fromCache = render::readResolved(*m_target);
    const render::Image redraw = fresh(moved);
    // A whole-pixel move: the same pixels but for rounding where the strips were drawn as tiles
    // (the shore glow is blurred per tile: 0.56% of pixels differ by more than 3 levels, 0.005%
    // by more than 8, none by more than 24; strips in the wrong place differ in over 5%).
    EXPECT_LE(differingShare(fromCache, redraw, 3), 0.01);
    EXPECT_LE(differingShare(fromCache, redraw, 8), 0.001);
}

TEST_F(BaseCacheRenderTest, ZoomFromTheCacheIsCloseToARedraw) {
    auto r = renderer();
    const scene::FrameSpec rest = spec(home());
    r->draw(rest, *m_target);
    while (r->extendBaseCache(rest)) {
    }
    const scene::FrameSpec in =
        spec(scene::zoomAt(home(), 1.25, {100.0, 80.0}, glm::dvec2(kW, kH)));
    EXPECT_EQ(r->drawMoving(in, *m_target).baseFromCache, 1);
    const render::Image fromCache = render::readResolved(*m_target);
    const render::Image redraw = fresh(in);
    // Magnified 1.25x with linear filtering: edges soften, and lines and the 8 pt shore glow
    // grow by a quarter where a redraw keeps them in points, so the glows' halos differ by a few
    // tens of levels (here 16% of pixels by more than 16, 1.3% by more than 32) until the sharp
    // frame; fills keep their colour and nothing is far off (0.01% by more than 60).
    EXPECT_LE(differingShare(fromCache, redraw, 32), 0.03);
    EXPECT_LE(differingShare(fromCache, redraw, 60), 0.002);
}

TEST_F(BaseCacheRenderTest, CoreOnlyPanShowsTheSeaInTheRevealedBand) {
    auto r = renderer();
    r->draw(spec(home()), *m_target);  // no margin drawn
    const scene::FrameSpec moved = spec(scene::pan(home(), {40.0, 0.0}));
    EXPECT_EQ(r->drawMoving(moved, *m_target).baseFromCache, 1);
    const render::Image fromCache = render::readResolved(*m_target);
    const render::Image redraw = fresh(moved);
    // Left of the core: the sea's colour, nothing left over from an earlier frame.
    for (int y = 0; y < kH; y += 7) {
        for (int x = 0; x < 39; x += 3) {
            const uint8_t* p = fromCache.pixel(x, y);
            EXPECT_NEAR(p[0], 0x10, 1) << x << "," << y;
            EXPECT_NEAR(p[1], 0x26, 1) << x << "," << y;
            EXPECT_NEAR(p[2], 0x3a, 1) << x << "," << y;
            EXPECT_EQ(p[3], 255);
        }
    }
    // The rest is the core moved: as a redraw, away from the band's edge.
    EXPECT_LE(differingShare(fromCache, redraw, 3, 41, 0, kW, kH), 0.002);
    EXPECT_GT(differingShare(fromCache, redraw, 3, 0, 0, 40, kH), 0.05);  // land was revealed
}

TEST_F(BaseCacheRenderTest, ZoomOutShowsTheSeaBeyondWhatIsDrawn) {
    auto r = renderer();
    r->draw(spec(home()), *m_target);  // the core only: its margin is transparent
    const scene::FrameSpec out =
        spec(scene::zoomAt(home(), 0.75, {160.0, 100.0}, glm::dvec2(kW, kH)));
    EXPECT_EQ(r->drawMoving(out, *m_target).baseFromCache, 1);
    const render::Image fromCache = render::readResolved(*m_target);
    // The core lands on [40, 280] x [25, 175]: around it the sea's colour, opaque.
    for (int y = 0; y < kH; y += 5) {
        for (int x = 0; x < kW; x += 5) {
            if (x > 36 && x < 284 && y > 21 && y < 179) continue;
            const uint8_t* p = fromCache.pixel(x, y);
            EXPECT_NEAR(p[0], 0x10, 1) << x << "," << y;
            EXPECT_NEAR(p[2], 0x3a, 1) << x << "," << y;
            EXPECT_EQ(p[3], 255) << x << "," << y;
        }
    }
    // Inside, the map scaled down: close to a redraw at that scale.
    EXPECT_LE(differingShare(fromCache, fresh(out), 60, 44, 29, 276, 171), 0.05);
}

TEST_F(BaseCacheRenderTest, TooFarAZoomIsDrawnAgainAtFullQuality) {
    auto r = renderer();
    const scene::FrameSpec rest = spec(home());
    r->draw(rest, *m_target);
    while (r->extendBaseCache(rest)) {
    }
    const scene::FrameSpec in =
        spec(scene::zoomAt(home(), 3.0, {160.0, 100.0}, glm::dvec2(kW, kH)));
    const render::FrameStats st = r->drawMoving(in, *m_target);
    EXPECT_EQ(st.baseFromCache, 0);
    EXPECT_EQ(st.baseRedraws, 1);
    EXPECT_EQ(differingShare(render::readResolved(*m_target), fresh(in), 0), 0.0);
}

TEST_F(BaseCacheRenderTest, DrawAndExportsNeverUseTheMovedCache) {
    auto r = renderer();
    const scene::FrameSpec rest = spec(home());
    r->draw(rest, *m_target);
    while (r->extendBaseCache(rest)) {
    }
    const scene::FrameSpec moved = spec(scene::pan(home(), {12.0, 5.0}));
    ASSERT_EQ(r->drawMoving(moved, *m_target).baseFromCache, 1);
    // The same view through draw(): drawn again, the very pixels of a renderer that never moved.
    const render::FrameStats st = r->draw(moved, *m_target);
    EXPECT_EQ(st.baseFromCache, 0);
    EXPECT_EQ(st.baseRedraws, 1);
    const render::Image expected = fresh(moved);
    EXPECT_EQ(differingShare(render::readResolved(*m_target), expected, 0), 0.0);
    // A tiled export of that view after another moving frame: tile for tile a full redraw.
    const scene::FrameSpec again = spec(scene::pan(home(), {30.0, 0.0}));
    ASSERT_EQ(r->drawMoving(again, *m_target).baseFromCache, 1);
    render::Image tiled;
    tiled.width = kW;
    tiled.height = kH;
    tiled.rgba.resize(static_cast<size_t>(kW) * kH * 4);
    render::TiledExporter exporter(*r, 128);
    std::string err;
    ASSERT_TRUE(exporter.render(
        moved,
        [&](const uint8_t* rgba, int y0, int rows, std::string*) {
            std::copy(rgba, rgba + static_cast<size_t>(rows) * kW * 4,
                      tiled.rgba.begin() + static_cast<std::ptrdiff_t>(y0) * kW * 4);
            return true;
        },
        nullptr, &err))
        << err;
    auto other = renderer();
    render::Image tiledFresh = tiled;
    render::TiledExporter freshExporter(*other, 128);
    ASSERT_TRUE(freshExporter.render(
        moved,
        [&](const uint8_t* rgba, int y0, int rows, std::string*) {
            std::copy(rgba, rgba + static_cast<size_t>(rows) * kW * 4,
                      tiledFresh.rgba.begin() + static_cast<std::ptrdiff_t>(y0) * kW * 4);
            return true;
        },
        nullptr, &err))
        << err;
    EXPECT_EQ(differingShare(tiled, tiledFresh, 0), 0.0);
}

TEST_F(BaseCacheRenderTest, MarginIsOnlyForTheViewItWasDrawnFor) {
    auto r = renderer();
    r->draw(spec(home()), *m_target);
    // Another view than the cached one: nothing to extend.
    EXPECT_FALSE(r->extendBaseCache(spec(scene::pan(home(), {1.0, 0.0}))));
    EXPECT_TRUE(r->extendBaseCache(spec(home())));
}

}  // namespace
