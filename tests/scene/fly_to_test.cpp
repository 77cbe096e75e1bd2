#include "scene/camera.h"

#include <gtest/gtest.h>
#include <glm/geometric.hpp>

#include <cmath>

namespace {

const glm::dvec2 kViewport(1920, 1080);

scene::Camera cam(double x, double y, double mpp) {
    scene::Camera c;
    c.centerWorld = {x, y};
    c.metresPerPx = mpp;
    return c;
}

TEST(FlyTo, StartsAndEndsExactly) {
    const scene::Camera a = cam(-1e6, 2e5, 3000.0), b = cam(2.5e6, -7e5, 450.0);
    const scene::Camera s = scene::flyTo(a, b, 0.0, kViewport);
    const scene::Camera e = scene::flyTo(a, b, 1.0, kViewport);
    EXPECT_EQ(s.centerWorld, a.centerWorld);
    EXPECT_EQ(s.metresPerPx, a.metresPerPx);
    EXPECT_EQ(e.centerWorld, b.centerWorld);  // bit-exact: the last frame is the target
    EXPECT_EQ(e.metresPerPx, b.metresPerPx);
    EXPECT_EQ(scene::flyTo(a, b, 1.7, kViewport).centerWorld, b.centerWorld);
}

// Over many flights: the centre moves monotonically along the straight line and never passes
// the target, and the view never zooms in past the closer of the two scales.
TEST(FlyTo, NoOvershoot) {
    unsigned seed = 7;
    auto rnd = [&seed] {
        seed = seed * 1103515245u + 12345u;
        return static_cast<double>((seed >> 8) & 0xffff) / 65535.0;
    };
    for (int flight = 0; flight < 200; ++flight) {
        const scene::Camera a = cam((rnd() - 0.5) * 8e6, (rnd() - 0.5) * 5e6, 50.0 + rnd() * 5000);
        const scene::Camera b = cam((rnd() - 0.5) * 8e6, (rnd() - 0.5) * 5e6, 50.0 + rnd() * 5000);
        const glm::dvec2 d = b.centerWorld - a.centerWorld;
        const double len2 = glm::dot(d, d);
        double lastProgress = -1e-12;
        const double closer = std::min(a.metresPerPx, b.metresPerPx);
        const double coarser = std::max(a.metresPerPx, b.metresPerPx);
        for (int i = 0; i <= 100; ++i) {
            const scene::Camera c = scene::flyTo(a, b, i / 100.0, kViewport);
            if (len2 > 0) {
                const double p = glm::dot(c.centerWorld - a.centerWorld, d) / len2;
                EXPECT_GE(p, lastProgress - 1e-12);
                EXPECT_LE(p, 1.0 + 1e-12);
                lastProgress = p;
                // On the line between them.
                const glm::dvec2 off = c.centerWorld - (a.centerWorld + p * d);
                EXPECT_LT(glm::length(off), 1e-6 * (1.0 + std::sqrt(len2)));
            }
            EXPECT_GE(c.metresPerPx, closer * (1 - 1e-12));
            EXPECT_LE(c.metresPerPx, 2.0 * coarser * (1 + 1e-12));
        }
    }
}

TEST(FlyTo, LongFlightsZoomOutShortOnesDoNot) {
    const scene::Camera a = cam(0, 0, 500.0);
    const scene::Camera near = cam(2e4, 0, 500.0);  // 40 px away
    const scene::Camera far = cam(5e6, 0, 500.0);   // many frames away
    EXPECT_DOUBLE_EQ(scene::flyTo(a, near, 0.5, kViewport).metresPerPx, 500.0);
    EXPECT_GT(scene::flyTo(a, far, 0.5, kViewport).metresPerPx, 900.0);
}

TEST(FlyTo, EaseIsSmoothAndMonotone) {
    EXPECT_DOUBLE_EQ(scene::easeInOut(0.0), 0.0);
    EXPECT_DOUBLE_EQ(scene::easeInOut(1.0), 1.0);
    EXPECT_DOUBLE_EQ(scene::easeInOut(0.5), 0.5);
    double last = 0.0;
    for (int i = 1; i <= 1000; ++i) {
        const double e = scene::easeInOut(i / 1000.0);
        EXPECT_GE(e, last);
        last = e;
    }
    EXPECT_LT(scene::easeInOut(0.01), 0.001);  // starts gently
}

TEST(CameraAtZoom, InvertsZoom) {
    for (double ppt : {1.0, 4.0 / 3.0, 300.0 / 72.0}) {
        for (double z : {2.0, 4.5, 9.0}) {
            const scene::Camera c = scene::cameraAtZoom({1e5, -2e5}, z, ppt);
            EXPECT_NEAR(c.zoom(ppt), z, 1e-9);
            EXPECT_EQ(c.centerWorld, glm::dvec2(1e5, -2e5));
        }
    }
}

}  // namespace
