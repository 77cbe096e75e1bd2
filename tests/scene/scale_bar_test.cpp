#include "scene/scale_bar.h"

#include <gtest/gtest.h>

namespace {

TEST(ScaleBar, GreatCircleDistances) {
    // One degree of the equator on the mean sphere: 111.195 km.
    EXPECT_NEAR(scene::greatCircleMetres({0, 0}, {1, 0}), 111195.0, 1.0);
    // Astana to Almaty, about 970 km.
    EXPECT_NEAR(scene::greatCircleMetres({71.45, 51.17}, {76.95, 43.24}) / 1000.0, 970.0, 15.0);
    EXPECT_EQ(scene::greatCircleMetres({10, 10}, {10, 10}), 0.0);
}

TEST(ScaleBar, PicksTheLongestRoundLengthThatFits) {
    const scene::ScaleBar a = scene::scaleBarFor(1000.0, 150.0);  // 150 km fit
    EXPECT_EQ(a.metres, 100000.0);
    EXPECT_DOUBLE_EQ(a.lengthPx, 100.0);
    EXPECT_EQ(a.label, "100 km");
    EXPECT_EQ(scene::scaleBarFor(1000.0, 210.0).label, "200 km");
    EXPECT_EQ(scene::scaleBarFor(1000.0, 600.0).label, "500 km");
    EXPECT_EQ(scene::scaleBarFor(2.0, 150.0).label, "200 m");
    EXPECT_EQ(scene::scaleBarFor(0.0, 150.0).lengthPx, 0.0);
    EXPECT_EQ(scene::scaleBarFor(-1.0, 150.0).lengthPx, 0.0);
}

TEST(ScaleBar, GroundScaleFollowsTheProjection) {
    std::string err;
    auto eq = geo::Projection::create(geo::ProjectionKind::Equirect, &err);
    ASSERT_TRUE(eq) << err;
    const glm::dvec2 vp(1000, 800);
    // Equirectangular at the equator: map metres are ground metres east-west (PROJ's ellipsoid
    // against the mean sphere of the scale bar: 0.1% apart, invisible on a scale bar).
    scene::Camera c;
    c.centerWorld = eq->forward({60.0, 0.0});
    c.metresPerPx = 1000.0;
    EXPECT_NEAR(scene::groundMetresPerPx(*eq, c, vp * 0.5, vp), 1000.0, 3.0);
    // At 60 degrees north a degree of longitude is half as long on the ground.
    c.centerWorld = eq->forward({60.0, 60.0});
    EXPECT_NEAR(scene::groundMetresPerPx(*eq, c, vp * 0.5, vp), 500.0, 3.0);
}

}  // namespace
