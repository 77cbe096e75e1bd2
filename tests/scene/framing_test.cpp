// Framing a box around the frame's furniture (scene::freeRectFor, fitCameraInside,
// centreInside): the box always lands inside the free area, corner furniture costs the cheaper
// band, and without furniture the result is fitCamera's.
#include "scene/camera.h"

#include <gtest/gtest.h>

#include <random>

namespace {

const glm::dvec2 kFrame{1920.0, 1080.0};

bool overlaps(const scene::ScreenRect& a, const scene::ScreenRect& b) {
    return a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;
}

// The box's corners on screen under camera c.
scene::ScreenRect boxOnScreen(const scene::Camera& c, glm::dvec2 lo, glm::dvec2 hi) {
    const glm::dvec2 a = c.pxOf(lo, kFrame), b = c.pxOf(hi, kFrame);
    return {std::min(a.x, b.x), std::min(a.y, b.y), std::max(a.x, b.x), std::max(a.y, b.y)};
}

TEST(FramingTest, NoFurnitureIsFitCamera) {
    const glm::dvec2 lo(-2e6, -1e6), hi(2e6, 1.5e6);
    const scene::Camera a = scene::fitCamera(lo, hi, kFrame);
    const scene::Camera b = scene::fitCameraInside(lo, hi, kFrame, {}, 0.0);
    EXPECT_NEAR(a.metresPerPx, b.metresPerPx, 1e-9);
    EXPECT_NEAR(a.centerWorld.x, b.centerWorld.x, 1e-6);
    EXPECT_NEAR(a.centerWorld.y, b.centerWorld.y, 1e-6);
}

TEST(FramingTest, TallLegendTopRightCostsItsWidthForAWideBox) {
    // A 370 x 480 legend at the top right, 18 px from the edges, and a wide box: cutting the
    // legend's width off the right leaves more room than cutting its height off the top
    // (a 2:1 box: 756 px tall left of it, 562 px below it).
    const std::vector<scene::ScreenRect> legend{{1532.0, 18.0, 1902.0, 498.0}};
    const scene::ScreenRect r = scene::freeRectFor(kFrame, legend, 2.0, 10.0);
    EXPECT_NEAR(r.x1, 1532.0 - 10.0, 1e-9);
    EXPECT_NEAR(r.y0, 10.0, 1e-9);
    EXPECT_NEAR(r.y1, 1070.0, 1e-9);
    // A very wide box (4:1) goes below it instead: 480 px tall there, 383 px left of it.
    const scene::ScreenRect wide = scene::freeRectFor(kFrame, legend, 4.0, 0.0);
    EXPECT_NEAR(wide.y0, 498.0, 1e-9);
    EXPECT_NEAR(wide.x1, 1920.0, 1e-9);
}

TEST(FramingTest, WideShortLegendCostsItsHeight) {
    // A compact legend: wide and short. A frame-shaped box goes below it.
    const std::vector<scene::ScreenRect> legend{{1000.0, 18.0, 1902.0, 160.0}};
    const scene::ScreenRect r = scene::freeRectFor(kFrame, legend, 16.0 / 9.0, 0.0);
    EXPECT_NEAR(r.y0, 160.0, 1e-9);
    EXPECT_NEAR(r.x0, 0.0, 1e-9);
    EXPECT_NEAR(r.x1, 1920.0, 1e-9);
}

TEST(FramingTest, CaptionAndLegendTheBoxStaysClearOfBoth) {
    const std::vector<scene::ScreenRect> covered{
        {1532.0, 18.0, 1902.0, 498.0},  // legend, top right
        {18.0, 780.0, 480.0, 1040.0},   // caption card, bottom left
        {0.0, 1050.0, 1920.0, 1080.0},  // scale bar and attribution along the bottom
    };
    const glm::dvec2 lo(-3e6, 3.5e6), hi(1.2e6, 5.5e6);
    const scene::Camera c = scene::fitCameraInside(lo, hi, kFrame, covered, 12.0);
    const scene::ScreenRect box = boxOnScreen(c, lo, hi);
    for (const auto& f : covered) EXPECT_FALSE(overlaps(box, f));
    EXPECT_GE(box.x0, 12.0 - 1e-6);
    EXPECT_LE(box.x1, 1920.0 - 12.0 + 1e-6);
    // And it is not needlessly small: it fills the free rectangle on one axis.
    const scene::ScreenRect r =
        scene::freeRectFor(kFrame, covered, (hi.x - lo.x) / (hi.y - lo.y), 12.0);
    EXPECT_TRUE(std::abs(box.width() - r.width()) < 1e-6 ||
                std::abs(box.height() - r.height()) < 1e-6);
}

TEST(FramingTest, RandomFurnitureNeverCoversTheBox) {
    std::mt19937 rng(14);
    std::uniform_real_distribution<double> u(0.0, 1.0);
    for (int run = 0; run < 300; ++run) {
        std::vector<scene::ScreenRect> covered;
        const int n = 1 + static_cast<int>(u(rng) * 5);
        for (int i = 0; i < n; ++i) {
            // Corner furniture of up to 40% x 60% of the frame.
            const double w = 30 + u(rng) * 0.4 * kFrame.x, h = 20 + u(rng) * 0.6 * kFrame.y;
            const bool right = u(rng) < 0.5, bottom = u(rng) < 0.5;
            const double x0 = right ? kFrame.x - 18 - w : 18, y0 = bottom ? kFrame.y - 18 - h : 18;
            covered.push_back({x0, y0, x0 + w, y0 + h});
        }
        const glm::dvec2 lo(u(rng) * 1e6, u(rng) * 1e6);
        const glm::dvec2 hi = lo + glm::dvec2(1e5 + u(rng) * 4e6, 1e5 + u(rng) * 4e6);
        const scene::Camera c = scene::fitCameraInside(lo, hi, kFrame, covered, 8.0);
        const scene::ScreenRect box = boxOnScreen(c, lo, hi);
        // Shrink by a hair for rounding.
        const scene::ScreenRect inner{box.x0 + 1e-6, box.y0 + 1e-6, box.x1 - 1e-6, box.y1 - 1e-6};
        const scene::ScreenRect free =
            scene::freeRectFor(kFrame, covered, (hi.x - lo.x) / (hi.y - lo.y), 8.0);
        if (free.width() >= kFrame.x - 16.0 - 1e-9 && free.height() >= kFrame.y - 16.0 - 1e-9)
            continue;  // nothing left room: the fallback is the whole frame
        for (const auto& f : covered) EXPECT_FALSE(overlaps(inner, f)) << "run " << run;
        EXPECT_GE(inner.x0, 0.0);
        EXPECT_GE(inner.y0, 0.0);
        EXPECT_LE(inner.x1, kFrame.x);
        EXPECT_LE(inner.y1, kFrame.y);
    }
}

TEST(FramingTest, CentreAndZoomStepCentresInTheFreeArea) {
    // A panel covering the left 400 px: the centre moves to the middle of the rest.
    scene::Camera c;
    c.centerWorld = {1000.0, 2000.0};
    c.metresPerPx = 50.0;
    const scene::Camera moved = scene::centreInside(c, kFrame, {{0.0, 0.0, 400.0, 1080.0}}, 0.0);
    EXPECT_NEAR(moved.metresPerPx, 50.0, 1e-12);
    const glm::dvec2 px = moved.pxOf(c.centerWorld, kFrame);
    EXPECT_NEAR(px.x, 400.0 + 0.5 * 1520.0, 1e-6);
    EXPECT_NEAR(px.y, 540.0, 1e-6);
}

}  // namespace
