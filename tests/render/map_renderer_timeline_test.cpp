// The timeline through MapRenderer: moving the year or the animation time changes uniforms only
// (no instance buffer is uploaded again, the draw-call count stays the same); a theme change
// recolours the arcs with exactly one upload; aggregated flows upload again only on a new zoom
// level.
#include "gl_test_context.h"
#include "render/map_renderer.h"
#include "render/readback.h"

#include <gtest/gtest.h>

#include <memory>

namespace {

scene::TimelineGeometry smallTimeline(size_t arcs) {
    scene::TimelineGeometry t;
    for (size_t i = 0; i < arcs; ++i) {
        scene::ArcInstance a;
        a.originWorld = {100e3, 50e3};
        a.destWorld = {-100e3 + static_cast<double>(i % 50) * 2e3, -40e3};
        a.widthPt = 3.f;
        a.color = scene::sectorColor(data::Sector::OilGasEnergy, "dark");
        a.yearStart = 2005.f + static_cast<float>(i % 20);
        a.bend = scene::kArcBaseBend;
        a.flowIndex = static_cast<uint32_t>(i);
        t.arcs.push_back(a);
    }
    scene::RouteSegmentGeometry seg;
    seg.path = {{-90e3, 0}, {0, 10e3}, {90e3, 0}};
    seg.along = {0.f, 0.5f, 1.f};
    seg.lengthWorld = 180e3;
    seg.yearOpen = 2014.f;
    t.route.push_back(seg);
    t.scale.maxAmountUsd = 5e9;
    return t;
}

class MapRendererTimelineTest : public ::testing::Test {
protected:
    static void SetUpTestSuite() { s_context = std::make_unique<testing_gl::Context>(); }
    static void TearDownTestSuite() { s_context.reset(); }
    void SetUp() override {
        ASSERT_TRUE(s_context->ok()) << "no OpenGL context: " << s_context->error();
    }
    static std::unique_ptr<testing_gl::Context> s_context;
};
std::unique_ptr<testing_gl::Context> MapRendererTimelineTest::s_context;

TEST_F(MapRendererTimelineTest, OnlyUniformsChangeWithTheYearAndOneUploadPerThemeChange) {
    std::string err;
    auto r = render::MapRenderer::create(&err);
    ASSERT_TRUE(r) << err;
    scene::MapData map;
    map.layers.push_back(scene::LayerDef{});
    map.layers.back().kind = scene::LayerKind::Background;
    map.geometry.emplace_back();
    r->setMap(map, {{"dark", {0.05f, 0.1f, 0.15f, 1.f}, {0.02f, 0.05f, 0.08f, 1.f}, {}, 0.f},
                    {"light", {0.8f, 0.88f, 0.92f, 1.f}, {0.7f, 0.8f, 0.85f, 1.f}, {}, 0.f}});
    const scene::TimelineGeometry t = smallTimeline(200);
    r->setTimeline(t, scene::VolumeSeries{},
                   std::vector<data::Sector>(t.arcs.size(), data::Sector::OilGasEnergy));
    render::RenderTarget target(320, 200, 0, &err);
    ASSERT_TRUE(target.valid()) << err;
    scene::FrameSpec spec;
    spec.widthPx = 320;
    spec.heightPx = 200;
    spec.camera = scene::fitCamera({-120e3, -70e3}, {120e3, 70e3}, {320, 200});
    const size_t uploads = r->timelineUploads();
    int calls = -1;
    for (int f = 0; f < 30; ++f) {
        spec.year = 2005.0 + f * 0.7;
        spec.animPhase = f * 0.05;
        const render::FrameStats s = r->draw(spec, target);
        // Frame 0 also draws the cached base map; after that only the timeline moves.
        EXPECT_EQ(s.baseRedraws, f == 0 ? 1 : 0) << "frame " << f;
        if (f == 0) continue;
        if (calls < 0) calls = s.drawCalls;
        EXPECT_EQ(s.drawCalls, calls) << "frame " << f;
    }
    EXPECT_EQ(r->timelineUploads(), uploads) << "the year moved and a buffer was uploaded again";
    spec.theme = "light";
    r->draw(spec, target);
    EXPECT_EQ(r->timelineUploads(), uploads + 1) << "a theme change recolours the arcs once";
    r->draw(spec, target);
    EXPECT_EQ(r->timelineUploads(), uploads + 1);
    EXPECT_EQ(glGetError(), static_cast<GLenum>(GL_NO_ERROR));
}

TEST_F(MapRendererTimelineTest, DrawCallsDoNotGrowWithTheNumberOfArcs) {
    std::string err;
    auto r = render::MapRenderer::create(&err);
    ASSERT_TRUE(r) << err;
    scene::MapData map;
    r->setMap(map, {{"dark", {0.05f, 0.1f, 0.15f, 1.f}, {0.02f, 0.05f, 0.08f, 1.f}, {}, 0.f}});
    render::RenderTarget target(160, 100, 0, &err);
    scene::FrameSpec spec;
    spec.widthPx = 160;
    spec.heightPx = 100;
    spec.camera = scene::fitCamera({-120e3, -70e3}, {120e3, 70e3}, {160, 100});
    r->setTimeline(smallTimeline(10), scene::VolumeSeries{});
    const int few = r->draw(spec, target).drawCalls;
    r->setTimeline(smallTimeline(5000), scene::VolumeSeries{});
    const int many = r->draw(spec, target).drawCalls;
    EXPECT_EQ(few, many);
}

TEST_F(MapRendererTimelineTest, AggregatedFlowsUploadOnlyWhenTheZoomLevelChanges) {
    std::string err;
    auto r = render::MapRenderer::create(&err);
    ASSERT_TRUE(r) << err;
    scene::MapData map;
    r->setMap(map, {{"dark", {0.05f, 0.1f, 0.15f, 1.f}, {0.02f, 0.05f, 0.08f, 1.f}, {}, 0.f},
                    {"light", {0.8f, 0.88f, 0.92f, 1.f}, {0.7f, 0.8f, 0.85f, 1.f}, {}, 0.f}});
    render::RenderTarget target(320, 200, 0, &err);
    ASSERT_TRUE(target.valid()) << err;
    scene::FrameSpec spec;
    spec.widthPx = 320;
    spec.heightPx = 200;
    spec.camera = scene::fitCamera({-120e3, -70e3}, {120e3, 70e3}, {320, 200});
    const size_t empty = r->timelineUploads();
    r->setTimeline(smallTimeline(scene::kAggregateMinArcs + 1000), scene::VolumeSeries{});
    const size_t before = r->timelineUploads();  // the route and markers, not the arcs yet
    r->draw(spec, target);
    EXPECT_EQ(r->timelineUploads(), before + 1) << "the first frame uploads the aggregated arcs";
    // Playing years and panning within the zoom level: uniforms only.
    for (int f = 0; f < 20; ++f) {
        spec.year = 2005.0 + f;
        spec.camera.centerWorld.x += 3.0 * spec.camera.metresPerPx;
        r->draw(spec, target);
    }
    EXPECT_EQ(r->timelineUploads(), before + 1);
    // Before the first flow starts (2005) the year's run of arcs is empty: no arc draw.
    scene::FrameSpec early = spec;
    early.year = 2004.0;
    EXPECT_EQ(r->draw(early, target).drawCalls + 1, r->draw(spec, target).drawCalls);
    // Zooming in across a level aggregates (and uploads) once more; a theme change recolours.
    spec.camera.metresPerPx *= 0.5;
    r->draw(spec, target);
    r->draw(spec, target);
    EXPECT_EQ(r->timelineUploads(), before + 2);
    spec.theme = "light";
    r->draw(spec, target);
    EXPECT_EQ(r->timelineUploads(), before + 3);
    // Aggregation off: every flow is uploaded at once, as before.
    r->setAggregateFlows(false);
    const size_t off = r->timelineUploads();
    r->setTimeline(smallTimeline(scene::kAggregateMinArcs + 1000), scene::VolumeSeries{});
    EXPECT_EQ(r->timelineUploads() - off, before - empty + 1);
    EXPECT_EQ(glGetError(), static_cast<GLenum>(GL_NO_ERROR));
}

}  // namespace
