// geo::signedArea, geo::pointInRing and geo::assemblePolygons on hand-checked rings.
#include "geo/rings.h"

#include <gtest/gtest.h>

#include <cmath>

namespace {

// Closed axis-aligned rectangle; clockwise (shapefile outer ring) unless ccw.
geo::Path rect(double x0, double y0, double x1, double y1, bool ccw = false) {
    if (ccw) return {{x0, y0}, {x1, y0}, {x1, y1}, {x0, y1}, {x0, y0}};
    return {{x0, y0}, {x0, y1}, {x1, y1}, {x1, y0}, {x0, y0}};
}

TEST(RingsTest, SignedAreaIsPositiveCounterClockwise) {
    EXPECT_DOUBLE_EQ(geo::signedArea(rect(0, 0, 2, 3, true)), 6.0);
    EXPECT_DOUBLE_EQ(geo::signedArea(rect(0, 0, 2, 3, false)), -6.0);
    const geo::Path tri{{0, 0}, {4, 0}, {0, 3}, {0, 0}};
    EXPECT_DOUBLE_EQ(geo::signedArea(tri), 6.0);
    EXPECT_EQ(geo::signedArea({}), 0.0);
    EXPECT_EQ(geo::signedArea({{1, 1}, {2, 2}}), 0.0);
}

TEST(RingsTest, SignedAreaKeepsPrecisionFarFromTheOrigin) {
    // A 1 m square at map-plane coordinates of several thousand kilometres.
    const geo::Path r = rect(4.0e6 + 0.5, 5.0e6 + 0.5, 4.0e6 + 1.5, 5.0e6 + 1.5, true);
    EXPECT_NEAR(geo::signedArea(r), 1.0, 1e-9);
}

TEST(RingsTest, PointInRing) {
    const geo::Path square = rect(0, 0, 10, 10);
    EXPECT_TRUE(geo::pointInRing({5, 5}, square));
    EXPECT_TRUE(geo::pointInRing({0.1, 9.9}, square));
    EXPECT_FALSE(geo::pointInRing({-1, 5}, square));
    EXPECT_FALSE(geo::pointInRing({5, 10.1}, square));
    EXPECT_FALSE(geo::pointInRing({15, 15}, square));
    // Orientation does not matter.
    EXPECT_TRUE(geo::pointInRing({5, 5}, rect(0, 0, 10, 10, true)));
    // A concave L: the notch is outside.
    const geo::Path ell{{0, 0}, {0, 10}, {5, 10}, {5, 5}, {10, 5}, {10, 0}, {0, 0}};
    EXPECT_TRUE(geo::pointInRing({2, 8}, ell));
    EXPECT_TRUE(geo::pointInRing({8, 2}, ell));
    EXPECT_FALSE(geo::pointInRing({8, 8}, ell));
}

TEST(RingsTest, AssembleClockwiseOuterWithCounterClockwiseHoles) {
    const auto polys =
        geo::assemblePolygons({rect(0, 0, 10, 10), rect(1, 1, 3, 3, true), rect(5, 5, 8, 8, true)});
    ASSERT_EQ(polys.size(), 1u);
    EXPECT_EQ(polys[0].outer, rect(0, 0, 10, 10));
    ASSERT_EQ(polys[0].holes.size(), 2u);
    EXPECT_EQ(polys[0].holes[0], rect(1, 1, 3, 3, true));
    EXPECT_EQ(polys[0].holes[1], rect(5, 5, 8, 8, true));
}

// A huge concave outer ring (a comb: 400 teeth, 1,600 vertices, clockwise) with a hole inside
// each tooth and a ring in each gap between teeth (inside the comb's box, outside the ring): the
// band index used for large rings must give what pointInRing gives.
TEST(RingsTest, ManyHolesInAHugeConcaveRing) {
    const int teeth = 400;
    geo::Path comb;  // clockwise: up the left side of each tooth, down its right side
    comb.push_back({0.0, 0.0});
    for (int t = 0; t < teeth; ++t) {
        const double x = 2.0 * t;
        comb.push_back({x, 10.0});
        comb.push_back({x, 100.0});
        comb.push_back({x + 1.0, 100.0});
        comb.push_back({x + 1.0, 10.0});
    }
    comb.push_back({2.0 * teeth - 1.0, 0.0});
    comb.push_back({0.0, 0.0});
    ASSERT_LT(geo::signedArea(comb), 0.0);
    std::vector<geo::Path> rings = {comb};
    for (int t = 0; t < teeth; ++t) {
        const double x = 2.0 * t;
        rings.push_back(rect(x + 0.25, 50, x + 0.75, 60, true));  // in a tooth: a hole
        if (t + 1 < teeth) rings.push_back(rect(x + 1.25, 50, x + 1.75, 60, true));  // in a gap
    }
    const auto polys = geo::assemblePolygons(rings);
    ASSERT_EQ(polys.size(), 1u + (teeth - 1));  // the comb, and the gap rings on their own
    EXPECT_EQ(polys[0].holes.size(), static_cast<size_t>(teeth));
    for (const auto& h : polys[0].holes) {
        const double mx = 0.5 * (h[0].x + h[2].x);
        EXPECT_LT(std::fmod(mx, 2.0), 1.0) << "a gap ring taken as a hole at x " << mx;
    }
}

TEST(RingsTest, HolesGoToTheOuterThatContainsThem) {
    // Holes listed before/after the outers, each in a different outer.
    const auto polys = geo::assemblePolygons({rect(21, 1, 22, 2, true), rect(0, 0, 10, 10),
                                              rect(20, 0, 30, 10), rect(1, 1, 2, 2, true)});
    ASSERT_EQ(polys.size(), 2u);
    ASSERT_EQ(polys[0].holes.size(), 1u);
    ASSERT_EQ(polys[1].holes.size(), 1u);
    EXPECT_EQ(polys[0].holes[0], rect(1, 1, 2, 2, true));
    EXPECT_EQ(polys[1].holes[0], rect(21, 1, 22, 2, true));
}

TEST(RingsTest, AllCounterClockwiseRingsAreReadAsOuters) {
    const auto polys = geo::assemblePolygons({rect(0, 0, 1, 1, true), rect(5, 5, 6, 6, true)});
    ASSERT_EQ(polys.size(), 2u);
    for (const auto& p : polys) EXPECT_TRUE(p.holes.empty());
}

TEST(RingsTest, OrphanHoleBecomesAnOuter) {
    const auto polys = geo::assemblePolygons({rect(0, 0, 1, 1), rect(5, 5, 6, 6, true)});
    ASSERT_EQ(polys.size(), 2u);
    EXPECT_TRUE(polys[0].holes.empty());
    EXPECT_TRUE(polys[1].holes.empty());
    EXPECT_EQ(polys[1].outer, rect(5, 5, 6, 6, true));
}

TEST(RingsTest, IslandInALakeInAnIsland) {
    // Big island (CW) with a lake (CCW) holding a small island (CW) with its own pond (CCW).
    const geo::Path island = rect(0, 0, 100, 100);
    const geo::Path lake = rect(10, 10, 90, 90, true);
    const geo::Path islet = rect(20, 20, 80, 80);
    const geo::Path pond = rect(40, 40, 60, 60, true);
    const auto polys = geo::assemblePolygons({pond, islet, lake, island});
    ASSERT_EQ(polys.size(), 2u);
    const geo::Polygon* big = nullptr;
    const geo::Polygon* small = nullptr;
    for (const auto& p : polys) (std::abs(geo::signedArea(p.outer)) > 5000 ? big : small) = &p;
    ASSERT_NE(big, nullptr);
    ASSERT_NE(small, nullptr);
    EXPECT_EQ(big->outer, island);
    ASSERT_EQ(big->holes.size(), 1u);
    EXPECT_EQ(big->holes[0], lake);
    EXPECT_EQ(small->outer, islet);
    ASSERT_EQ(small->holes.size(), 1u);
    EXPECT_EQ(small->holes[0], pond);
}

TEST(RingsTest, DegenerateRingsAreDropped) {
    const geo::Path flat{{0, 0}, {1, 1}, {2, 2}, {0, 0}};
    const auto polys = geo::assemblePolygons({rect(0, 0, 1, 1), flat});
    ASSERT_EQ(polys.size(), 1u);
    EXPECT_TRUE(polys[0].holes.empty());
}

}  // namespace
