// The window's base-map cache placement: its layout with margins, the strips drawn at rest, and
// where (and whether) a moved or zoomed frame may show it instead of drawing the map again.
#include "scene/base_cache_view.h"

#include <gtest/gtest.h>

namespace {

constexpr glm::ivec2 kView{1920, 1080};

scene::CachedBaseView wholeCache(const scene::Camera& camera, glm::ivec2 view = kView) {
    scene::CachedBaseView c;
    c.camera = camera;
    c.viewPx = view;
    c.layout = scene::baseCacheLayout(view, 16384);
    c.drawnPx.push_back(scene::baseCacheCore(c.layout, view));
    for (const auto& s : scene::baseCacheStrips(c.layout, view)) c.drawnPx.push_back(s);
    return c;
}

scene::CachedBaseView coreOnly(const scene::Camera& camera) {
    scene::CachedBaseView c = wholeCache(camera);
    c.drawnPx.resize(1);
    return c;
}

scene::Camera camera() {
    scene::Camera c;
    c.centerWorld = {250e3, -40e3};
    c.metresPerPx = 1200.0;
    return c;
}

TEST(BaseCacheLayoutTest, QuarterMarginEachSideAt1080p) {
    const scene::BaseCacheLayout l = scene::baseCacheLayout(kView, 16384);
    EXPECT_EQ(l.marginPx, glm::ivec2(480, 270));
    EXPECT_EQ(l.sizePx, glm::ivec2(2880, 1620));
}

TEST(BaseCacheLayoutTest, MarginNarrowedToTheTextureAndPixelLimits) {
    // 4K: the full margin (5760x3240, 18.7 MP) fits the default 20 MP.
    const auto k4 = scene::baseCacheLayout({3840, 2160}, 16384);
    EXPECT_EQ(k4.sizePx, glm::ivec2(5760, 3240));
    // A texture limit of 4096 leaves 128 px each side of a 3840-wide view; both axes shrink alike.
    const auto tex = scene::baseCacheLayout({3840, 2160}, 4096);
    EXPECT_LE(tex.sizePx.x, 4096);
    EXPECT_EQ(tex.marginPx.x, 128);
    EXPECT_EQ(tex.marginPx.y, 72);
    // A pixel budget: within it, and close to it.
    const auto px = scene::baseCacheLayout(kView, 16384, 3.0e6);
    const double area = static_cast<double>(px.sizePx.x) * px.sizePx.y;
    EXPECT_LE(area, 3.0e6);
    EXPECT_GT(area, 2.95e6);
    // The view alone is over the limits: no margin, the view's own size.
    const auto none = scene::baseCacheLayout({8000, 8000}, 4096);
    EXPECT_EQ(none.marginPx, glm::ivec2(0));
    EXPECT_EQ(none.sizePx, glm::ivec2(8000, 8000));
}

TEST(BaseCacheLayoutTest, StripsAndCoreTileTheCacheWithoutOverlap) {
    const auto l = scene::baseCacheLayout({1001, 333}, 16384);
    const auto core = scene::baseCacheCore(l, {1001, 333});
    const auto strips = scene::baseCacheStrips(l, {1001, 333});
    ASSERT_EQ(strips.size(), 4u);
    double area = core.width() * core.height();
    std::vector<scene::ScreenRect> all = strips;
    all.push_back(core);
    for (size_t i = 0; i < all.size(); ++i) {
        if (i < strips.size()) area += all[i].width() * all[i].height();
        for (size_t j = i + 1; j < all.size(); ++j) {
            const bool overlap = all[i].x0 < all[j].x1 && all[j].x0 < all[i].x1 &&
                                 all[i].y0 < all[j].y1 && all[j].y0 < all[i].y1;
            EXPECT_FALSE(overlap) << i << " " << j;
        }
    }
    EXPECT_DOUBLE_EQ(area, static_cast<double>(l.sizePx.x) * l.sizePx.y);
    // No margin: no strips.
    EXPECT_TRUE(
        scene::baseCacheStrips(scene::baseCacheLayout({100, 100}, 100), {100, 100}).empty());
}

TEST(BaseCachePlacementTest, SameViewLandsTheCoreOnTheFrame) {
    const auto p = scene::placeCachedBase(wholeCache(camera()), camera(), kView);
    EXPECT_TRUE(p.usable);
    EXPECT_TRUE(p.coversFrame);
    EXPECT_DOUBLE_EQ(p.scale, 1.0);
    EXPECT_NEAR(p.quadPx.x0, -480.0, 1e-6);
    EXPECT_NEAR(p.quadPx.y0, -270.0, 1e-6);
    EXPECT_NEAR(p.quadPx.x1, 1920.0 + 480.0, 1e-6);
    EXPECT_NEAR(p.coveredShare, 1.0, 1e-12);
}

TEST(BaseCachePlacementTest, PanMovesTheQuadWithTheMap) {
    // The map dragged 100 px right and 40 px down: the view's centre moves left and up.
    const scene::Camera moved = scene::pan(camera(), {100.0, 40.0});
    const auto p = scene::placeCachedBase(wholeCache(camera()), moved, kView);
    EXPECT_TRUE(p.usable);
    EXPECT_TRUE(p.coversFrame);
    EXPECT_NEAR(p.quadPx.x0, -380.0, 1e-6);
    EXPECT_NEAR(p.quadPx.y0, -230.0, 1e-6);
    // With the core alone, the revealed band on the left and top is not covered.
    const auto q = scene::placeCachedBase(coreOnly(camera()), moved, kView);
    EXPECT_TRUE(q.usable);
    EXPECT_FALSE(q.coversFrame);
    EXPECT_NEAR(q.coveredShare, (1820.0 * 1040.0) / (1920.0 * 1080.0), 1e-9);
}

TEST(BaseCachePlacementTest, ZoomScalesAboutTheAnchor) {
    const glm::dvec2 anchor{600.0, 300.0};
    const scene::Camera in = scene::zoomAt(camera(), 1.6, anchor, glm::dvec2(kView));
    const auto p = scene::placeCachedBase(wholeCache(camera()), in, kView);
    EXPECT_TRUE(p.usable);
    EXPECT_NEAR(p.scale, 1.6, 1e-9);
    // The anchor's cache pixel (its core pixel plus the margin) stays under the anchor.
    const glm::dvec2 cachePx = anchor + glm::dvec2(480.0, 270.0);
    EXPECT_NEAR(p.quadPx.x0 + cachePx.x * p.scale, anchor.x, 1e-6);
    EXPECT_NEAR(p.quadPx.y0 + cachePx.y * p.scale, anchor.y, 1e-6);
    // Zoomed out to 0.6x the 1.5x cache covers 0.9 of each side: usable, not whole.
    const scene::Camera out = scene::zoomAt(camera(), 0.6, {960.0, 540.0}, glm::dvec2(kView));
    const auto o = scene::placeCachedBase(wholeCache(camera()), out, kView);
    EXPECT_TRUE(o.usable);
    EXPECT_FALSE(o.coversFrame);
    EXPECT_NEAR(o.coveredShare, 0.81, 1e-9);
}

TEST(BaseCachePlacementTest, TooFarTooCloseOrAnotherSizeIsNotUsable) {
    const auto cache = wholeCache(camera());
    EXPECT_FALSE(scene::placeCachedBase(
                     cache, scene::zoomAt(camera(), 2.5, {960.0, 540.0}, glm::dvec2(kView)), kView)
                     .usable);
    EXPECT_FALSE(scene::placeCachedBase(
                     cache, scene::zoomAt(camera(), 0.4, {960.0, 540.0}, glm::dvec2(kView)), kView)
                     .usable);
    // Dragged a view and a half away: a third of the frame would be covered.
    EXPECT_FALSE(scene::placeCachedBase(cache, scene::pan(camera(), {1600.0, 0.0}), kView).usable);
    EXPECT_FALSE(scene::placeCachedBase(cache, camera(), {1920, 1000}).usable);
    // The limits are the caller's.
    scene::BaseCacheLimits wide;
    wide.maxScale = 3.0;
    EXPECT_TRUE(
        scene::placeCachedBase(
            cache, scene::zoomAt(camera(), 2.5, {960.0, 540.0}, glm::dvec2(kView)), kView, wide)
            .usable);
}

}  // namespace
