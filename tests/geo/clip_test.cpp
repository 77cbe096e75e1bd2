// geo::clipPolygons, geo::clipLines and geo::densify on hand-checked shapes in lon/lat.
#include "geo/clip.h"
#include "geo/rings.h"

#include <gtest/gtest.h>

#include <cmath>

namespace {

geo::Path rect(double x0, double y0, double x1, double y1, bool ccw = false) {
    if (ccw) return {{x0, y0}, {x1, y0}, {x1, y1}, {x0, y1}, {x0, y0}};
    return {{x0, y0}, {x0, y1}, {x1, y1}, {x1, y0}, {x0, y0}};
}

double totalArea(const std::vector<geo::Polygon>& polys) {
    double a = 0.0;
    for (const auto& p : polys) {
        a += std::abs(geo::signedArea(p.outer));
        for (const auto& h : p.holes) a -= std::abs(geo::signedArea(h));
    }
    return a;
}

bool inside(const geo::Path& path, const geo::LonLatBox& w, double eps = 1e-9) {
    for (const auto& p : path) {
        if (p.x < w.lonMin - eps || p.x > w.lonMax + eps || p.y < w.latMin - eps ||
            p.y > w.latMax + eps) {
            return false;
        }
    }
    return true;
}

const geo::LonLatBox kWindow{0.0, 0.0, 10.0, 10.0};

TEST(ClipTest, SquareCrossingTheWindowIsCutToTheIntersection) {
    geo::GeosContext ctx;
    std::string error;
    const auto out = geo::clipPolygons(ctx, {{rect(5, 5, 15, 15), {}}}, kWindow, &error);
    EXPECT_TRUE(error.empty()) << error;
    ASSERT_EQ(out.size(), 1u);
    EXPECT_NEAR(totalArea(out), 25.0, 1e-9);
    EXPECT_TRUE(inside(out[0].outer, kWindow));
}

TEST(ClipTest, HoleSurvivesClipping) {
    geo::GeosContext ctx;
    const auto out =
        geo::clipPolygons(ctx, {{rect(-5, -5, 8, 8), {rect(1, 1, 3, 3, true)}}}, kWindow);
    ASSERT_EQ(out.size(), 1u);
    EXPECT_EQ(out[0].holes.size(), 1u);
    EXPECT_NEAR(totalArea(out), 64.0 - 4.0, 1e-9);
}

TEST(ClipTest, PolygonInsideIsKeptAsIs) {
    geo::GeosContext ctx;
    const geo::Polygon p{rect(1, 1, 4, 4), {rect(2, 2, 3, 3, true)}};
    const auto out = geo::clipPolygons(ctx, {p}, kWindow);
    ASSERT_EQ(out.size(), 1u);
    EXPECT_EQ(out[0].outer, p.outer);
    EXPECT_EQ(out[0].holes, p.holes);
}

TEST(ClipTest, PolygonsOutsideAreDropped) {
    geo::GeosContext ctx;
    std::string error;
    const auto out = geo::clipPolygons(
        ctx, {{rect(20, 20, 30, 30), {}}, {rect(-5, -5, -1, 12), {}}, {rect(11, -3, 12, 13), {}}},
        kWindow, &error);
    EXPECT_TRUE(out.empty());
    EXPECT_TRUE(error.empty()) << error;
}

TEST(ClipTest, BowTieIsRepaired) {
    // Self-intersecting at (5, 5): two triangles of area 25/2 each... minus the part outside.
    const geo::Path bowTie{{2, 2}, {8, 8}, {8, 2}, {2, 8}, {2, 2}};
    geo::GeosContext ctx;
    std::string error;
    const auto out = geo::clipPolygons(ctx, {{bowTie, {}}}, kWindow, &error);
    EXPECT_TRUE(error.empty()) << error;
    ASSERT_FALSE(out.empty());
    // Two triangles of base 6 and height 3.
    EXPECT_NEAR(totalArea(out), 18.0, 1e-9);
    for (const auto& p : out) {
        EXPECT_GT(std::abs(geo::signedArea(p.outer)), 0.0);
        EXPECT_TRUE(inside(p.outer, kWindow));
    }
}

TEST(ClipTest, BowTieCrossingTheWindowIsRepairedAndClipped) {
    const geo::Path bowTie{{-4, 2}, {8, 8}, {8, 2}, {-4, 8}, {-4, 2}};
    geo::GeosContext ctx;
    std::string error;
    const auto out = geo::clipPolygons(ctx, {{bowTie, {}}}, kWindow, &error);
    EXPECT_TRUE(error.empty()) << error;
    ASSERT_FALSE(out.empty());
    for (const auto& p : out) EXPECT_TRUE(inside(p.outer, kWindow));
    EXPECT_GT(totalArea(out), 0.0);
}

TEST(ClipTest, LineLeavingAndReenteringIsSplit) {
    // In, out over the top, back in, out to the right.
    const geo::Path line{{1, 5}, {3, 15}, {5, 5}, {15, 5}};
    geo::GeosContext ctx;
    std::string error;
    const auto out = geo::clipLines(ctx, {line}, kWindow, &error);
    EXPECT_TRUE(error.empty()) << error;
    ASSERT_EQ(out.size(), 2u);
    for (const auto& l : out) {
        EXPECT_GE(l.size(), 2u);
        EXPECT_TRUE(inside(l, kWindow));
    }
    // The first piece starts where the line starts.
    EXPECT_EQ(out[0].front(), glm::dvec2(1, 5));
}

TEST(ClipTest, LinesInsideAndOutside) {
    geo::GeosContext ctx;
    const geo::Path in{{1, 1}, {2, 2}, {3, 1}};
    const geo::Path out{{20, 20}, {30, 30}};
    const auto r = geo::clipLines(ctx, {in, out}, kWindow);
    ASSERT_EQ(r.size(), 1u);
    EXPECT_EQ(r[0], in);
}

TEST(DensifyTest, KeepsEndpointsAndBoundsTheStep) {
    const geo::Path path{{0, 0}, {10, 0}, {10, 3.5}};
    const geo::Path d = geo::densify(path, 1.0);
    ASSERT_GE(d.size(), 15u);
    EXPECT_EQ(d.front(), path.front());
    EXPECT_EQ(d.back(), path.back());
    // The original vertices are all still there, in order.
    size_t k = 0;
    for (const auto& p : d) {
        if (k < path.size() && p == path[k]) ++k;
    }
    EXPECT_EQ(k, path.size());
    for (size_t i = 1; i < d.size(); ++i) {
        const double step = std::hypot(d[i].x - d[i - 1].x, d[i].y - d[i - 1].y);
        EXPECT_LE(step, 1.0 + 1e-12);
        EXPECT_GT(step, 0.0);
    }
}

TEST(DensifyTest, ShortSegmentsAndBadStepsAreLeftAlone) {
    const geo::Path path{{0, 0}, {0.5, 0.5}, {1, 0}};
    EXPECT_EQ(geo::densify(path, 1.0), path);
    EXPECT_EQ(geo::densify(path, 0.0), path);
    EXPECT_EQ(geo::densify({{1, 1}}, 0.1), (geo::Path{{1, 1}}));
}

}  // namespace
