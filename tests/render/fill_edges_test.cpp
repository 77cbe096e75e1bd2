// Polygon fills without multisampling: which triangle edges form the antialiased rim
// (scene::fillEdges), and what the rim draws: intermediate colours on edges, the exact mix of two
// neighbouring features (no background seam between them), no seams where a large polygon was
// triangulated in pieces, and a picture close to the 4x MSAA reference.
#include "geo/triangulate.h"
#include "gl_test_context.h"
#include "render/base_map_pass.h"
#include "render/map_renderer.h"
#include "render/readback.h"
#include "scene/polygon_edges.h"

#include <gtest/gtest.h>

#include <cmath>
#include <cstdlib>
#include <memory>

namespace {

geo::Path ring(std::vector<glm::dvec2> p) {
    p.push_back(p.front());
    return p;
}

geo::Mesh triangulated(const geo::Polygon& p) {
    geo::GeosContext ctx;
    return geo::triangulate(ctx, p);
}

double length(const std::vector<scene::FillEdge>& edges) {
    double total = 0;
    for (const auto& e : edges) total += glm::length(e.b - e.a);
    return total;
}

TEST(FillEdges, ASquareHasItsFourSidesOnly) {
    const geo::Mesh m = triangulated({ring({{0, 0}, {10, 0}, {10, 10}, {0, 10}}), {}});
    const auto edges = scene::fillEdges(m, std::vector<uint32_t>(m.positions.size(), 3));
    ASSERT_EQ(edges.size(), 4u);  // the diagonal is inside
    EXPECT_DOUBLE_EQ(length(edges), 40.0);
    for (const auto& e : edges) {
        EXPECT_EQ(e.left, 3u);
        EXPECT_EQ(e.right, scene::kNoFeature);
        // The inside (the square's centre) is on the left of a -> b.
        const glm::dvec2 d = e.b - e.a, c = glm::dvec2(5, 5) - e.a;
        EXPECT_GT(d.x * c.y - d.y * c.x, 0.0);
    }
}

TEST(FillEdges, AHoleIsOutlinedAndDegenerateTrianglesAreSkipped) {
    geo::Mesh m = triangulated(
        {ring({{0, 0}, {10, 0}, {10, 10}, {0, 10}}), {ring({{4, 4}, {4, 6}, {6, 6}, {6, 4}})}});
    m.indices.insert(m.indices.end(), {0, 0, 1});  // zero area
    const auto edges = scene::fillEdges(m, std::vector<uint32_t>(m.positions.size(), 0));
    EXPECT_DOUBLE_EQ(length(edges), 40.0 + 8.0);
}

TEST(FillEdges, NeighboursShareOneEdgeWithBothFeatures) {
    geo::Mesh a = triangulated({ring({{0, 0}, {10, 0}, {10, 10}, {0, 10}}), {}});
    const geo::Mesh b = triangulated({ring({{10, 0}, {20, 0}, {20, 10}, {10, 10}}), {}});
    std::vector<uint32_t> feature(a.positions.size(), 0);
    feature.insert(feature.end(), b.positions.size(), 1);
    a.append(b);
    const auto edges = scene::fillEdges(a, feature);
    ASSERT_EQ(edges.size(), 7u);  // 3 + 3 open sides and the shared one
    int shared = 0;
    for (const auto& e : edges) {
        if (e.right == scene::kNoFeature) continue;
        ++shared;
        EXPECT_EQ(e.a.x, 10.0);
        EXPECT_EQ(e.b.x, 10.0);
        EXPECT_NE(e.left, e.right);
    }
    EXPECT_EQ(shared, 1);
}

// Pieces of one polygon (as geo::triangulate cuts large ones) meet along straight cuts, with
// vertices on the cut that only one side has: the cut is not an outline.
TEST(FillEdges, CutsBetweenPiecesOfOnePolygonAreNotOutlines) {
    geo::Mesh m = triangulated({ring({{0, 0}, {10, 0}, {10, 10}, {0, 10}}), {}});
    m.append(triangulated({ring({{10, 0}, {20, 0}, {20, 5}, {10, 5}}), {}}));
    m.append(triangulated({ring({{10, 5}, {20, 5}, {20, 10}, {10, 10}}), {}}));
    const auto edges = scene::fillEdges(m, std::vector<uint32_t>(m.positions.size(), 0));
    EXPECT_DOUBLE_EQ(length(edges), 60.0);
    for (const auto& e : edges) EXPECT_FALSE(e.a.x == 10.0 && e.b.x == 10.0);

    // A real polygon of many vertices, which the triangulation cuts into pieces.
    geo::Path circle;
    for (int i = 0; i < 4000; ++i) {
        const double t = 2 * M_PI * i / 4000;
        circle.push_back({1000 * std::cos(t), 1000 * std::sin(t)});
    }
    const geo::Mesh big = triangulated({ring(circle), {}});
    const auto rim = scene::fillEdges(big, std::vector<uint32_t>(big.positions.size(), 0));
    // The cuts split a few of the circle's edges where they cross it.
    EXPECT_GE(rim.size(), 4000u);
    EXPECT_LE(rim.size(), 4012u);
    EXPECT_NEAR(length(rim), 2 * M_PI * 1000, 1.0);
}

// --- drawn ----------------------------------------------------------------------------------

class FillRimTest : public ::testing::Test {
protected:
    static void SetUpTestSuite() { s_context = std::make_unique<testing_gl::Context>(); }
    static void TearDownTestSuite() { s_context.reset(); }
    void SetUp() override {
        ASSERT_TRUE(s_context->ok()) << "no OpenGL context: " << s_context->error();
    }
    static std::unique_ptr<testing_gl::Context> s_context;
};
std::unique_ptr<testing_gl::Context> FillRimTest::s_context;

// One polygon layer without outlines over a black sea: a tilted square of two features split
// along a tilted line (red | green), and a disc of 4000 vertices (blue), cut into pieces.
struct RimScene {
    scene::MapData map;
    std::vector<scene::Theme> themes;
    RimScene() {
        themes.push_back(
            {"dark", *scene::parseColor("#000000"), *scene::parseColor("#000000"), {}});
        scene::LayerDef bg;
        bg.id = "sea";
        bg.kind = scene::LayerKind::Background;
        map.layers.push_back(bg);
        map.geometry.emplace_back();
        scene::LayerDef fills;
        fills.id = "fills";
        fills.kind = scene::LayerKind::Polygon;
        scene::LayerStyle st;
        st.fill = *scene::parseColor("#ff0000");
        st.classes["g"].fill = *scene::parseColor("#00ff00");
        st.classes["b"].fill = *scene::parseColor("#0000ff");
        fills.styles["dark"] = st;
        map.layers.push_back(fills);
        scene::LayerGeometry g;
        auto add = [&](const geo::Polygon& p, const std::string& cls) {
            scene::FeatureKey key;
            key.className = cls;
            const auto f = static_cast<uint32_t>(g.features.size());
            g.features.push_back(key);
            const geo::Mesh m = triangulated(p);
            g.vertexFeature.insert(g.vertexFeature.end(), m.positions.size(), f);
            g.fill.append(m);
        };
        add({ring({{-80, -60}, {5, -70}, {-5, 70}, {-70, 60}}), {}}, "");
        add({ring({{5, -70}, {60, -55}, {50, 65}, {-5, 70}}), {}}, "g");
        geo::Path disc;
        for (int i = 0; i < 4000; ++i) {
            const double t = 2 * M_PI * i / 4000;
            disc.push_back({120 + 45 * std::cos(t), 45 * std::sin(t)});
        }
        add({ring(disc), {}}, "b");
        map.geometry.push_back(std::move(g));
        map.boundsMin = {-100, -100};
        map.boundsMax = {180, 100};
    }
};

render::Image draw(const RimScene& s, int samples) {
    std::string err;
    auto r = render::MapRenderer::create(&err);
    EXPECT_TRUE(r) << err;
    if (!r) return {};
    r->setMap(s.map, s.themes);
    render::RenderTarget target(280, 200, samples, &err);
    EXPECT_TRUE(target.valid()) << err;
    scene::FrameSpec spec;
    spec.widthPx = 280;
    spec.heightPx = 200;
    spec.theme = "dark";
    spec.camera = scene::fitCamera({-100, -100}, {180, 100}, {280, 200});
    r->draw(spec, target);
    return render::readResolved(target);
}

TEST_F(FillRimTest, EdgesAreAntialiasedWithoutSeamsAndCloseToMsaa) {
    const RimScene s;
    const render::Image img = draw(s, 0);
    const render::Image msaa = draw(s, 4);
    ASSERT_EQ(img.width, 280);
    int partial = 0, seams = 0, holes = 0, far = 0, edgePixels = 0;
    double errorSum = 0;
    for (int y = 0; y < img.height; ++y) {
        for (int x = 0; x < img.width; ++x) {
            const uint8_t* p = img.pixel(x, y);
            const int r = p[0], g = p[1], b = p[2];
            // Every pixel is a mix of at most two of black, red, green and blue.
            const int lit = (r > 0) + (g > 0) + (b > 0);
            if (r + g + b > 0 && r + g + b < 250) ++partial;  // a rim pixel
            // Between red and green: r + g is 255 (their mix), never darker (the sea showing).
            if (y > 40 && y < 160 && r > 8 && g > 8 && r + g < 250) ++seams;
            if (lit > 1 && b > 0) ++holes;
            const uint8_t* q = msaa.pixel(x, y);
            int d = 0;
            for (int c = 0; c < 3; ++c) d = std::max(d, std::abs(p[c] - q[c]));
            if (d > 0) {
                ++edgePixels;
                errorSum += d;
            }
            if (d > 72) ++far;  // beyond MSAA's own quantisation (a quarter step, plus slack)
        }
    }
    // The square's outline and the disc's circumference are about 700 pixels long.
    EXPECT_GT(partial, 500) << "no antialiased rim";
    EXPECT_EQ(seams, 0) << "the sea shows between the two neighbouring features";
    EXPECT_EQ(holes, 0);
    // The disc's inside is one colour: no lines where its pieces meet.
    for (int x = 185; x <= 255; ++x) {
        const uint8_t* p = img.pixel(x, 100);
        EXPECT_EQ(p[2], 255) << "at x " << x;
        EXPECT_EQ(p[0] + p[1], 0) << "at x " << x;
    }
    EXPECT_EQ(far, 0);
    ASSERT_GT(edgePixels, 0);
    EXPECT_LT(errorSum / edgePixels, 32.0) << "mean difference from 4x MSAA on edge pixels";
}

// The base map's largest opaque fill painted first (BaseMapPass's occluder, skipped under by the
// sea's pass and the fills before it) gives the pixels painting every layer back to front gives:
// a sea with its gradient, a glow along a coast, land showing where the countries leave a gap,
// countries of two colours, a lake over them, and a river drawn through its quads after.
TEST_F(FillRimTest, TheOccluderPaintedFirstChangesNoPixel) {
    scene::MapData map;
    std::vector<scene::Theme> themes;
    themes.push_back({"dark", *scene::parseColor("#10263a"), *scene::parseColor("#0a1a28"), {}});
    auto layer = [&](const char* id, scene::LayerKind kind, scene::LayerStyle style) {
        scene::LayerDef d;
        d.id = id;
        d.kind = kind;
        d.styles["dark"] = std::move(style);
        map.layers.push_back(d);
        map.geometry.emplace_back();
        return &map.geometry.back();
    };
    auto fill = [](scene::LayerGeometry* g, const geo::Polygon& p, const std::string& cls) {
        scene::FeatureKey key;
        key.className = cls;
        const auto f = static_cast<uint32_t>(g->features.size());
        g->features.push_back(key);
        const geo::Mesh m = triangulated(p);
        g->vertexFeature.insert(g->vertexFeature.end(), m.positions.size(), f);
        g->fill.append(m);
    };
    auto line = [](scene::LayerGeometry* g, const geo::Path& p) {
        if (g->features.empty()) g->features.emplace_back();
        g->lines.push_back(p);
        g->lineFeature.push_back(0);
    };
    const geo::Path coast = ring({{-70, -55}, {75, -62}, {66, 58}, {-62, 64}});
    layer("sea", scene::LayerKind::Background, {});
    scene::LayerStyle glow;
    glow.stroke = *scene::parseColor("#2f6d8f");
    glow.strokeWidthPt = 10.f;
    glow.blurPt = 10.f;
    glow.opacity = 0.5f;
    line(layer("glow", scene::LayerKind::Line, glow), coast);
    scene::LayerStyle land;
    land.fill = *scene::parseColor("#2b2f33");
    fill(layer("land", scene::LayerKind::Polygon, land), {coast, {}}, "");
    scene::LayerStyle countries;
    countries.fill = *scene::parseColor("#514a3b");
    countries.classes["b"].fill = *scene::parseColor("#30353b");
    scene::LayerGeometry* c = layer("countries", scene::LayerKind::Polygon, countries);
    fill(c, {ring({{-70, -55}, {3, -58.6}, {-4, 61}, {-62, 64}}), {}}, "");
    // The second country stops short of the coast's north-east corner: land shows there.
    fill(c, {ring({{3, -58.6}, {75, -62}, {70, 10}, {30, 40}, {-4, 61}}), {}}, "b");
    scene::LayerStyle lakes;
    lakes.fill = *scene::parseColor("#143049");
    fill(layer("lakes", scene::LayerKind::Polygon, lakes),
         {ring({{-30, -10}, {-10, -14}, {-14, 12}, {-33, 8}}), {}}, "");
    scene::LayerStyle river;
    river.stroke = *scene::parseColor("#4f9cc0");
    river.strokeWidthPt = 1.2f;
    line(layer("river", scene::LayerKind::Line, river), {{-50, -40}, {0, 0}, {40, 30}, {60, 55}});
    map.boundsMin = {-90, -80};
    map.boundsMax = {90, 80};

    auto draw = [&](bool frontToBack, int* occluder) {
        std::string err;
        auto pass = render::BaseMapPass::create(&err);
        EXPECT_TRUE(pass) << err;
        pass->setMap(map, themes);
        pass->setFrontToBack(frontToBack);
        render::RenderTarget target(320, 240, 0, &err);
        scene::FrameSpec spec;
        spec.widthPx = 320;
        spec.heightPx = 240;
        spec.theme = "dark";
        spec.pixelsPerPoint = 2.0;
        spec.camera = scene::fitCamera({-90, -80}, {90, 80}, {320, 240});
        render::FrameStats stats;
        pass->draw(spec, target, stats);
        *occluder = stats.occluderLayer;
        return render::readResolved(target);
    };
    int used = -1, none = -1;
    const render::Image front = draw(true, &used);
    const render::Image back = draw(false, &none);
    EXPECT_EQ(used, 3) << "the countries, about as large as the land and drawn over it";
    EXPECT_EQ(none, -1);
    ASSERT_EQ(front.rgba.size(), back.rgba.size());
    size_t differing = 0;
    for (size_t i = 0; i < front.rgba.size(); ++i) differing += front.rgba[i] != back.rgba[i];
    EXPECT_EQ(differing, 0u);
    // The land shows in the gap, and the lake over the countries.
    const uint8_t* gap = front.pixel(242, 52);
    EXPECT_EQ(gap[0], 0x2b) << "land in the gap the second country leaves";
    const uint8_t* lake = front.pixel(136, 120);
    EXPECT_EQ(lake[2], 0x49) << "the lake over the countries";
}

}  // namespace
