// scene::Camera math: pixel <-> map plane, pan, zoom at a point, fit, clamp, interpolation and
// the zoom level's independence from pixel density.
#include "scene/camera.h"
#include "scene/frame_spec.h"

#include <gtest/gtest.h>

#include <cmath>

namespace {

const glm::dvec2 kViewport{1920.0, 1080.0};

void expectNear(glm::dvec2 a, glm::dvec2 b, double tol) {
    EXPECT_NEAR(a.x, b.x, tol);
    EXPECT_NEAR(a.y, b.y, tol);
}

scene::Camera someCamera() {
    scene::Camera c;
    c.centerWorld = {-1.2e6, 4.5e5};
    c.metresPerPx = 2500.0;
    return c;
}

TEST(CameraTest, WorldAtAndPxOfAreInverse) {
    const scene::Camera c = someCamera();
    for (const glm::dvec2 px :
         {glm::dvec2(0, 0), glm::dvec2(1920, 1080), glm::dvec2(13.5, 977.25)}) {
        expectNear(c.pxOf(c.worldAt(px, kViewport), kViewport), px, 1e-6);
    }
    // The frame's centre is the camera's centre; y grows up on the map and down in pixels.
    expectNear(c.worldAt(0.5 * kViewport, kViewport), c.centerWorld, 1e-9);
    const glm::dvec2 up = c.worldAt({960, 0}, kViewport);
    EXPECT_NEAR(up.y - c.centerWorld.y, 540.0 * c.metresPerPx, 1e-6);
    const glm::dvec2 right = c.worldAt({1920, 540}, kViewport);
    EXPECT_NEAR(right.x - c.centerWorld.x, 960.0 * c.metresPerPx, 1e-6);
}

TEST(CameraTest, PanMovesTheMapWithThePointer) {
    const scene::Camera c = someCamera();
    const glm::dvec2 grabbed{700, 300};
    const glm::dvec2 world = c.worldAt(grabbed, kViewport);
    const glm::dvec2 delta{120, -45};
    const scene::Camera moved = scene::pan(c, delta);
    expectNear(moved.pxOf(world, kViewport), grabbed + delta, 1e-6);
    EXPECT_EQ(moved.metresPerPx, c.metresPerPx);
}

TEST(CameraTest, ZoomAtKeepsTheAnchorFixed) {
    const scene::Camera c = someCamera();
    for (const double factor : {2.0, 0.5, 1.37}) {
        const glm::dvec2 anchor{1500, 200};
        const glm::dvec2 world = c.worldAt(anchor, kViewport);
        const scene::Camera z = scene::zoomAt(c, factor, anchor, kViewport);
        EXPECT_NEAR(z.metresPerPx, c.metresPerPx / factor, 1e-9);
        expectNear(z.worldAt(anchor, kViewport), world, 1e-6);
    }
}

TEST(CameraTest, FitCameraContainsTheBox) {
    const glm::dvec2 lo{-2.2e6, -1.1e6}, hi{2.9e6, 1.7e6};
    const scene::Camera c = scene::fitCamera(lo, hi, kViewport);
    for (const glm::dvec2 corner : {lo, hi, glm::dvec2(lo.x, hi.y), glm::dvec2(hi.x, lo.y)}) {
        const glm::dvec2 px = c.pxOf(corner, kViewport);
        EXPECT_GE(px.x, -1e-6);
        EXPECT_LE(px.x, kViewport.x + 1e-6);
        EXPECT_GE(px.y, -1e-6);
        EXPECT_LE(px.y, kViewport.y + 1e-6);
    }
    // Tight on one axis.
    const glm::dvec2 pxLo = c.pxOf(lo, kViewport), pxHi = c.pxOf(hi, kViewport);
    const double spanX = pxHi.x - pxLo.x, spanY = pxLo.y - pxHi.y;
    EXPECT_TRUE(std::abs(spanX - kViewport.x) < 1e-6 || std::abs(spanY - kViewport.y) < 1e-6);
    // A degenerate box still gives a usable camera.
    EXPECT_GT(scene::fitCamera(lo, lo, kViewport).metresPerPx, 0.0);
}

TEST(CameraTest, ClampKeepsTheCentreInsideAndTheScaleWithinLimits) {
    const glm::dvec2 lo{-3.0e6, -2.0e6}, hi{3.0e6, 2.0e6};
    const double maxMpp = std::max((hi.x - lo.x) / kViewport.x, (hi.y - lo.y) / kViewport.y);
    const double minMpp = 50.0;
    scene::Camera far;
    far.centerWorld = {9.0e6, -7.0e6};
    far.metresPerPx = 800.0;
    scene::Camera close = far;
    close.metresPerPx = 1.0;
    scene::Camera wide = far;
    wide.metresPerPx = 1.0e5;
    for (const scene::Camera& c : {far, close, wide}) {
        const scene::Camera r = scene::clampCamera(c, lo, hi, kViewport, minMpp);
        EXPECT_GE(r.centerWorld.x, lo.x);
        EXPECT_LE(r.centerWorld.x, hi.x);
        EXPECT_GE(r.centerWorld.y, lo.y);
        EXPECT_LE(r.centerWorld.y, hi.y);
        EXPECT_GE(r.metresPerPx, minMpp);
        EXPECT_LE(r.metresPerPx, maxMpp * (1 + 1e-12));
    }
    EXPECT_EQ(scene::clampCamera(close, lo, hi, kViewport, minMpp).metresPerPx, minMpp);
    EXPECT_NEAR(scene::clampCamera(wide, lo, hi, kViewport, minMpp).metresPerPx, maxMpp, 1e-9);
    // A camera already inside is left alone.
    scene::Camera ok;
    ok.centerWorld = {1.0e5, -2.0e5};
    ok.metresPerPx = 300.0;
    const scene::Camera same = scene::clampCamera(ok, lo, hi, kViewport, minMpp);
    EXPECT_EQ(same.centerWorld, ok.centerWorld);
    EXPECT_EQ(same.metresPerPx, ok.metresPerPx);
}

TEST(CameraTest, LerpCameraEndpointsAndGeometricScale) {
    scene::Camera a;
    a.centerWorld = {0, 0};
    a.metresPerPx = 100.0;
    scene::Camera b;
    b.centerWorld = {1000, -500};
    b.metresPerPx = 400.0;
    const scene::Camera at0 = scene::lerpCamera(a, b, 0.0);
    const scene::Camera at1 = scene::lerpCamera(a, b, 1.0);
    expectNear(at0.centerWorld, a.centerWorld, 1e-9);
    EXPECT_NEAR(at0.metresPerPx, a.metresPerPx, 1e-9);
    expectNear(at1.centerWorld, b.centerWorld, 1e-9);
    EXPECT_NEAR(at1.metresPerPx, b.metresPerPx, 1e-9);
    const scene::Camera mid = scene::lerpCamera(a, b, 0.5);
    expectNear(mid.centerWorld, {500, -250}, 1e-9);
    EXPECT_NEAR(mid.metresPerPx, 200.0, 1e-9);
}

TEST(CameraTest, ZoomIsIndependentOfPixelDensity) {
    const scene::Camera c = someCamera();
    scene::Camera sharp = c;
    sharp.metresPerPx = c.metresPerPx / 2.0;
    const double ppp = scene::kScreenPixelsPerPoint;
    EXPECT_NEAR(sharp.zoom(ppp * 2.0), c.zoom(ppp), 1e-12);
    // Halving metres per pixel at the same density is one zoom level in.
    EXPECT_NEAR(sharp.zoom(ppp), c.zoom(ppp) + 1.0, 1e-12);
    // Zoom 0: the Earth's circumference in 256 logical pixels.
    scene::Camera world;
    world.metresPerPx = 40075016.686 / 256.0;
    EXPECT_NEAR(world.zoom(ppp), 0.0, 1e-9);
}

TEST(CameraTest, ClipFromLocalMapsTheViewToClipSpace) {
    const scene::Camera c = someCamera();
    const glm::dvec2 origin{-1.0e6, 4.0e5};
    const glm::mat4 m = c.clipFromLocal(origin, kViewport);
    auto clipOf = [&](glm::dvec2 world) {
        const glm::dvec2 local = world - origin;
        const glm::vec4 v =
            m * glm::vec4(static_cast<float>(local.x), static_cast<float>(local.y), 0.f, 1.f);
        return glm::dvec2(v.x, v.y);
    };
    expectNear(clipOf(c.centerWorld), {0, 0}, 1e-5);
    expectNear(clipOf(c.worldAt({1920, 0}, kViewport)), {1, 1}, 1e-5);
    expectNear(clipOf(c.worldAt({0, 1080}, kViewport)), {-1, -1}, 1e-5);
}

TEST(FrameSpecTest, PixelsPerPointScalesWithTheFrame) {
    EXPECT_DOUBLE_EQ(scene::pixelsPerPointForSize(1920, 1080), scene::kScreenPixelsPerPoint);
    EXPECT_DOUBLE_EQ(scene::pixelsPerPointForSize(3840, 2160),
                     2.0 * scene::pixelsPerPointForSize(1920, 1080));
    EXPECT_LT(scene::pixelsPerPointForSize(1280, 720), scene::kScreenPixelsPerPoint);
}

}  // namespace
