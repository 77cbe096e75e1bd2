// The geometry steps on generated geometry that made GEOS run for minutes: Douglas-Peucker on a
// 200,000-vertex zig-zag (quadratic), repair of a self-intersecting ring of 400,000 vertices, and
// the bounded crossing count that decides whether a repair is affordable. Each takes the cheaper
// path and says so.
#include "geo/clip.h"
#include "geo/crossings.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <random>
#include <string>

namespace {

// A line of n vertices alternating between y = 0 and y = amplitude, `step` apart in x: every
// vertex is far from every chord, so Douglas-Peucker splits off one vertex at a time.
geo::Path zigZag(int n, double step, double amplitude) {
    geo::Path p;
    p.reserve(static_cast<size_t>(n));
    for (int i = 0; i < n; ++i) p.push_back({i * step, (i % 2) * amplitude});
    return p;
}

// Distance from p to the segment a-b.
double segmentDistance(glm::dvec2 p, glm::dvec2 a, glm::dvec2 b) {
    const glm::dvec2 ab = b - a;
    const double len2 = ab.x * ab.x + ab.y * ab.y;
    const double t =
        len2 > 0 ? std::clamp(((p - a).x * ab.x + (p - a).y * ab.y) / len2, 0.0, 1.0) : 0.0;
    const glm::dvec2 q = a + t * ab - p;
    return std::sqrt(q.x * q.x + q.y * q.y);
}

// The largest distance from a vertex of `path` to `simple` (brute force over segments nearby in
// x, which the tests' paths are monotone in).
double maxDeviation(const geo::Path& path, const geo::Path& simple) {
    double worst = 0;
    size_t k = 0;
    for (const auto& p : path) {
        while (k + 2 < simple.size() && simple[k + 1].x < p.x) ++k;
        double best = HUGE_VAL;
        for (size_t j = k > 0 ? k - 1 : 0; j + 1 < simple.size() && j <= k + 1; ++j)
            best = std::min(best, segmentDistance(p, simple[j], simple[j + 1]));
        worst = std::max(worst, best);
    }
    return worst;
}

TEST(HostileBudget, ZigZagOfTwoHundredThousandVerticesIsThinnedAndReported) {
    geo::GeosContext ctx;
    const geo::Path line = zigZag(200000, 4.0, 100000.0);  // 800 km long, 100 km high
    std::string warning;
    const geo::Path simple = geo::simplify(ctx, line, 200.0, &warning);
    EXPECT_NE(warning.find("line of 200000 vertices"), std::string::npos) << warning;
    EXPECT_NE(warning.find("thinned by distance only"), std::string::npos) << warning;
    EXPECT_LE(simple.size(), line.size());  // every vertex is far from its neighbours
    EXPECT_EQ(simple.front(), line.front());
    EXPECT_EQ(simple.back(), line.back());
    EXPECT_LE(maxDeviation(line, simple), 200.0 + 1e-6);
}

TEST(HostileBudget, DenseLineOverTheBudgetIsThinnedThenSimplifiedSilently) {
    // A long, gently curving line of 100,000 vertices a metre apart: thinning to 100 m leaves
    // 1,000, within the budget, so Douglas-Peucker still runs and nothing is reported.
    geo::GeosContext ctx;
    geo::Path line;
    for (int i = 0; i < 100000; ++i) line.push_back({double(i), 5000.0 * std::sin(i / 20000.0)});
    std::string warning;
    const geo::Path simple = geo::simplify(ctx, line, 200.0, &warning);
    EXPECT_TRUE(warning.empty()) << warning;
    EXPECT_LT(simple.size(), 100u);
    EXPECT_LE(maxDeviation(line, simple), 200.0 + 1e-6);
}

TEST(HostileBudget, LinesWithinTheBudgetAreDouglasPeuckerAsBefore) {
    geo::GeosContext ctx;
    const geo::Path small = zigZag(1000, 4.0, 1.0);  // 1 m high: flat at 200 m
    std::string warning;
    const geo::Path simple = geo::simplify(ctx, small, 200.0, &warning);
    EXPECT_TRUE(warning.empty());
    EXPECT_EQ(simple.size(), 2u);
}

// A ring of n vertices that zig-zags across y = 0.5 and comes back along it: n - 1 crossings.
geo::Polygon saw(int n) {
    geo::Polygon p;
    for (int i = 0; i < n; ++i) p.outer.push_back({60.0 + 10.0 * i / n, 40.0 + (i % 2)});
    p.outer.push_back({70.0, 40.5});
    p.outer.push_back({60.0, 40.5});
    p.outer.push_back(p.outer.front());
    return p;
}

TEST(HostileBudget, SelfIntersectingRingOfFourHundredThousandVerticesIsSkipped) {
    geo::GeosContext ctx;
    std::string error;
    const std::vector<geo::Polygon> out =
        geo::clipPolygons(ctx, {saw(400000)}, {40, 30, 90, 55}, &error);
    EXPECT_TRUE(out.empty());
    EXPECT_NE(error.find("polygon of 400003 vertices crosses itself 1000 times or more"),
              std::string::npos)
        << error;
}

TEST(HostileBudget, ScribbledRingIsSkippedToo) {
    // Random vertices: about n^2 / 10 crossings, and segments that each cover much of the box.
    std::mt19937 rng(7);
    std::uniform_real_distribution<double> lon(60, 70), lat(40, 45);
    geo::Polygon p;
    for (int i = 0; i < 400000; ++i) p.outer.push_back({lon(rng), lat(rng)});
    p.outer.push_back(p.outer.front());
    geo::GeosContext ctx;
    std::string error;
    EXPECT_TRUE(geo::clipPolygons(ctx, {p}, {40, 30, 90, 55}, &error).empty());
    EXPECT_NE(error.find("too many to repair; skipped"), std::string::npos) << error;
}

TEST(HostileBudget, FewCrossingsAreStillRepaired) {
    geo::GeosContext ctx;
    std::string error;
    const std::vector<geo::Polygon> out =
        geo::clipPolygons(ctx, {saw(40)}, {40, 30, 90, 55}, &error);
    EXPECT_TRUE(error.empty()) << error;
    EXPECT_GE(out.size(), 20u);  // one piece each side of the return edge, between crossings
}

TEST(HostileCrossings, CountsExactlyBelowTheCap) {
    const geo::Path square{{0, 0}, {0, 1}, {1, 1}, {1, 0}, {0, 0}};
    EXPECT_EQ(geo::countCrossingsBelow({square, {}}, 10), 0u);
    const geo::Path bowTie{{0, 0}, {1, 1}, {1, 0}, {0, 1}, {0, 0}};
    EXPECT_EQ(geo::countCrossingsBelow({bowTie, {}}, 10), 1u);
    // A hole touching its outer ring's left edge at one vertex: both hole edges at that vertex
    // meet that outer edge.
    const geo::Path hole{{0, 0.5}, {0.5, 0.6}, {0.5, 0.4}, {0, 0.5}};
    const geo::Path outer{{0, 0}, {0, 1}, {1, 1}, {1, 0}, {0, 0}};
    EXPECT_EQ(geo::countCrossingsBelow({outer, {hole}}, 10), 2u);
    EXPECT_EQ(geo::countCrossingsBelow(saw(101), 1000), 100u);
    EXPECT_FALSE(geo::countCrossingsBelow(saw(101), 100));
}

TEST(HostileBudget, HugePolygonIsNotTopologySimplified) {
    geo::GeosContext ctx;
    geo::Polygon big;
    for (int i = 0; i < 60000; ++i) big.outer.push_back({double(i), (i % 2) * 10.0});
    big.outer.push_back({60000.0, -100.0});
    big.outer.push_back({0.0, -100.0});
    big.outer.push_back(big.outer.front());
    std::string warning;
    const std::vector<geo::Polygon> out = geo::simplifyPolygon(ctx, big, 1600.0, &warning);
    ASSERT_EQ(out.size(), 1u);
    EXPECT_EQ(out[0].outer.size(), big.outer.size());
    EXPECT_NE(warning.find("polygon of 60003 vertices is over the 50000-vertex budget"),
              std::string::npos)
        << warning;
}

}  // namespace
