// Invariants of geo::triangulate: the triangles cover exactly the polygon minus its holes, every
// index is in range, and no triangle lies in a hole or outside the outer ring.
#include "geo/triangulate.h"
#include "geo/mesh.h"
#include "geo/rings.h"

#include <gtest/gtest.h>

#include <cmath>

namespace {

geo::Path rect(double x0, double y0, double x1, double y1, bool ccw = false) {
    if (ccw) return {{x0, y0}, {x1, y0}, {x1, y1}, {x0, y1}, {x0, y0}};
    return {{x0, y0}, {x0, y1}, {x1, y1}, {x1, y0}, {x0, y0}};
}

double polygonArea(const geo::Polygon& p) {
    double a = std::abs(geo::signedArea(p.outer));
    for (const auto& h : p.holes) a -= std::abs(geo::signedArea(h));
    return a;
}

// Checks every invariant; `what` names the case in failure messages.
void expectValidMesh(const geo::Polygon& polygon, const std::string& what) {
    SCOPED_TRACE(what);
    geo::GeosContext ctx;
    std::string error;
    const geo::Mesh mesh = geo::triangulate(ctx, polygon, &error);
    ASSERT_TRUE(error.empty()) << error;
    ASSERT_FALSE(mesh.indices.empty());
    EXPECT_EQ(mesh.indices.size() % 3, 0u);
    EXPECT_EQ(mesh.triangleCount(), mesh.indices.size() / 3);
    for (uint32_t i : mesh.indices) ASSERT_LT(i, mesh.positions.size());
    const double expected = polygonArea(polygon);
    EXPECT_NEAR(mesh.area(), expected, 1e-6 * expected);
    for (size_t t = 0; t < mesh.triangleCount(); ++t) {
        const glm::dvec2 a = mesh.positions[mesh.indices[3 * t]];
        const glm::dvec2 b = mesh.positions[mesh.indices[3 * t + 1]];
        const glm::dvec2 c = mesh.positions[mesh.indices[3 * t + 2]];
        const glm::dvec2 centroid = (a + b + c) / 3.0;
        EXPECT_TRUE(geo::pointInRing(centroid, polygon.outer)) << "triangle " << t << " is outside";
        for (size_t h = 0; h < polygon.holes.size(); ++h) {
            EXPECT_FALSE(geo::pointInRing(centroid, polygon.holes[h]))
                << "triangle " << t << " is in hole " << h;
        }
    }
}

TEST(TriangulateTest, Square) {
    geo::Polygon p{rect(0, 0, 10, 10), {}};
    expectValidMesh(p, "square");
    geo::GeosContext ctx;
    const geo::Mesh mesh = geo::triangulate(ctx, p);
    EXPECT_EQ(mesh.triangleCount(), 2u);
    EXPECT_EQ(mesh.positions.size(), 4u);  // shared corners are shared in the mesh
}

TEST(TriangulateTest, ConcaveL) {
    expectValidMesh({{{0, 0}, {0, 10}, {5, 10}, {5, 5}, {10, 5}, {10, 0}, {0, 0}}, {}}, "L");
}

TEST(TriangulateTest, OneHole) {
    expectValidMesh({rect(0, 0, 10, 10), {rect(3, 3, 7, 7, true)}}, "one hole");
}

TEST(TriangulateTest, TwoHoles) {
    expectValidMesh({rect(0, 0, 20, 10), {rect(2, 2, 8, 8, true), rect(12, 2, 18, 8, true)}},
                    "two holes");
}

TEST(TriangulateTest, MapPlaneMetres) {
    // Values like LCC coordinates of a country with a lake, metres far from the origin.
    const double x0 = -1.26e6, y0 = -4.3e5;
    expectValidMesh({rect(x0, y0, x0 + 3.0e5, y0 + 2.0e5),
                     {rect(x0 + 1.0e5, y0 + 5.0e4, x0 + 1.5e5, y0 + 9.0e4, true)}},
                    "metres");
}

TEST(TriangulateTest, ThousandVertexStar) {
    // A star with 500 spikes and a hole in the middle: 1000 vertices, deeply concave.
    geo::Path star;
    const double kPi = 3.14159265358979323846;
    const int n = 1000;
    for (int i = 0; i < n; ++i) {
        const double angle = -2.0 * kPi * i / n;  // clockwise, like a shapefile outer ring
        const double r = (i % 2 == 0) ? 1000.0 : 700.0 + 50.0 * std::sin(i * 0.37);
        star.push_back({5.0e5 + r * std::cos(angle), 4.0e6 + r * std::sin(angle)});
    }
    star.push_back(star.front());
    ASSERT_LT(geo::signedArea(star), 0.0);
    geo::Path hole;
    for (int i = 0; i < 12; ++i) {
        const double angle = 2.0 * kPi * i / 12;
        hole.push_back({5.0e5 + 200.0 * std::cos(angle), 4.0e6 + 200.0 * std::sin(angle)});
    }
    hole.push_back(hole.front());
    expectValidMesh({star, {}}, "star");
    expectValidMesh({star, {hole}}, "star with hole");
}

TEST(TriangulateTest, EmptyPolygonGivesEmptyMeshAndError) {
    geo::GeosContext ctx;
    std::string error;
    const geo::Mesh mesh = geo::triangulate(ctx, geo::Polygon{}, &error);
    EXPECT_TRUE(mesh.indices.empty());
    EXPECT_TRUE(mesh.positions.empty());
    EXPECT_FALSE(error.empty());
}

TEST(MeshTest, AreaAndAppend) {
    geo::Mesh a;
    a.positions = {{0, 0}, {2, 0}, {0, 2}};
    a.indices = {0, 1, 2};
    EXPECT_DOUBLE_EQ(a.area(), 2.0);
    geo::Mesh b;
    b.positions = {{10, 10}, {10, 13}, {14, 10}};
    b.indices = {0, 2, 1};  // orientation does not change the area
    EXPECT_DOUBLE_EQ(b.area(), 6.0);
    a.append(b);
    EXPECT_EQ(a.positions.size(), 6u);
    EXPECT_EQ(a.indices, (std::vector<uint32_t>{0, 1, 2, 3, 5, 4}));
    EXPECT_DOUBLE_EQ(a.area(), 8.0);
}

}  // namespace
