// geo::Projection against reference values from PROJ's command-line tools, run once with the
// definitions in geo::projDefinition, e.g.
//   echo "55 40" | proj -f %.4f +proj=lcc +lat_1=35 +lat_2=55 +lat_0=45 +lon_0=70 ...
//   echo "40 55" | cs2cs EPSG:4326 EPSG:3857 -f %.4f     (EPSG:4326 is lat-first)
#include "geo/projection.h"

#include <gtest/gtest.h>

#include <cmath>

namespace {

using geo::ProjectionKind;

struct Case {
    ProjectionKind kind;
    double lon, lat;
    double x, y;  // metres, from PROJ 9.1.1
};

const Case kCases[] = {
    {ProjectionKind::Lcc, 70, 45, 0.0, 0.0},
    {ProjectionKind::Lcc, 55, 40, -1259388.2757, -430263.9224},
    {ProjectionKind::Lcc, 85, 50, 1056638.7824, 646645.4340},
    {ProjectionKind::Lcc, 45, 35, -2245790.5507, -748231.5659},
    {ProjectionKind::Lcc, 100, 30, 2879191.3709, -1116408.0288},
    {ProjectionKind::Lcc, 60, 60, -568708.2206, 1698451.0872},

    {ProjectionKind::Albers, 70, 45, 0.0, 0.0},
    {ProjectionKind::Albers, 55, 40, -1260551.6573, -447636.5149},
    {ProjectionKind::Albers, 85, 50, 1056217.6444, 660584.8900},
    {ProjectionKind::Albers, 45, 35, -2247240.1142, -776866.8483},
    {ProjectionKind::Albers, 100, 30, 2874661.3134, -1141395.9396},
    {ProjectionKind::Albers, 60, 60, -571641.7504, 1709502.7239},

    {ProjectionKind::Mercator, 70, 45, 7792364.3555, 5621521.4862},
    {ProjectionKind::Mercator, 55, 40, 6122571.9936, 4865942.2795},
    {ProjectionKind::Mercator, 85, 50, 9462156.7174, 6446275.8410},
    {ProjectionKind::Mercator, 45, 35, 5009377.0857, 4163881.1441},
    {ProjectionKind::Mercator, 100, 30, 11131949.0793, 3503549.8435},
    {ProjectionKind::Mercator, 60, 60, 6679169.4476, 8399737.8898},

    {ProjectionKind::Equirect, 70, 45, 0.0, 5009377.0857},
    {ProjectionKind::Equirect, 55, 40, -1669792.3619, 4452779.6317},
    {ProjectionKind::Equirect, 85, 50, 1669792.3619, 5565974.5397},
    {ProjectionKind::Equirect, 45, 35, -2782987.2698, 3896182.1778},
    {ProjectionKind::Equirect, 100, 30, 3339584.7238, 3339584.7238},
    {ProjectionKind::Equirect, 60, 60, -1113194.9079, 6679169.4476},
};

constexpr double kToleranceM = 0.01;
const ProjectionKind kAllKinds[] = {ProjectionKind::Lcc, ProjectionKind::Albers,
                                    ProjectionKind::Mercator, ProjectionKind::Equirect};

geo::Projection make(ProjectionKind kind) {
    std::string error;
    auto p = geo::Projection::create(kind, &error);
    EXPECT_TRUE(p.has_value()) << geo::toString(kind) << ": " << error;
    return std::move(*p);
}

TEST(ProjectionTest, ForwardMatchesProjTable) {
    for (const Case& c : kCases) {
        SCOPED_TRACE(std::string(geo::toString(c.kind)) + " " + std::to_string(c.lon) + " " +
                     std::to_string(c.lat));
        const geo::Projection p = make(c.kind);
        const glm::dvec2 w = p.forward({c.lon, c.lat});
        EXPECT_NEAR(w.x, c.x, kToleranceM);
        EXPECT_NEAR(w.y, c.y, kToleranceM);
    }
}

TEST(ProjectionTest, BatchForwardMatchesSinglePoint) {
    for (ProjectionKind kind : kAllKinds) {
        SCOPED_TRACE(geo::toString(kind));
        const geo::Projection p = make(kind);
        std::vector<glm::dvec2> pts;
        for (const Case& c : kCases) {
            if (c.kind == kind) pts.push_back({c.lon, c.lat});
        }
        p.forward(pts);
        size_t i = 0;
        for (const Case& c : kCases) {
            if (c.kind != kind) continue;
            EXPECT_NEAR(pts[i].x, c.x, kToleranceM);
            EXPECT_NEAR(pts[i].y, c.y, kToleranceM);
            ++i;
        }
    }
}

TEST(ProjectionTest, InverseRoundTrips) {
    for (const Case& c : kCases) {
        SCOPED_TRACE(std::string(geo::toString(c.kind)) + " " + std::to_string(c.lon) + " " +
                     std::to_string(c.lat));
        const geo::Projection p = make(c.kind);
        const geo::LonLat back = p.inverse({c.x, c.y});
        EXPECT_NEAR(back.lon, c.lon, 1e-7);  // ~1 cm
        EXPECT_NEAR(back.lat, c.lat, 1e-7);
    }
}

TEST(ProjectionTest, KindNamesRoundTrip) {
    for (ProjectionKind kind : kAllKinds) {
        const auto parsed = geo::parseProjectionKind(geo::toString(kind));
        ASSERT_TRUE(parsed.has_value()) << geo::toString(kind);
        EXPECT_EQ(*parsed, kind);
        EXPECT_FALSE(geo::projDefinition(kind).empty());
    }
    EXPECT_FALSE(geo::parseProjectionKind("").has_value());
    EXPECT_FALSE(geo::parseProjectionKind("LCC").has_value());
    EXPECT_FALSE(geo::parseProjectionKind("robinson").has_value());
}

TEST(ProjectionTest, BoundsContainTheProjectedBoxEdges) {
    const geo::LonLatBox box{0.0, 22.0, 125.0, 62.0};
    for (ProjectionKind kind : kAllKinds) {
        SCOPED_TRACE(geo::toString(kind));
        const geo::Projection p = make(kind);
        glm::dvec2 lo, hi;
        p.boundsOf(box, &lo, &hi);
        ASSERT_LT(lo.x, hi.x);
        ASSERT_LT(lo.y, hi.y);
        const double slack = 1e-6 * std::max(hi.x - lo.x, hi.y - lo.y);
        for (int i = 0; i <= 10; ++i) {
            const double t = i / 10.0;
            const double lon = box.lonMin + t * (box.lonMax - box.lonMin);
            const double lat = box.latMin + t * (box.latMax - box.latMin);
            for (const glm::dvec2 ll : {glm::dvec2(lon, box.latMin), glm::dvec2(lon, box.latMax),
                                        glm::dvec2(box.lonMin, lat), glm::dvec2(box.lonMax, lat)}) {
                const glm::dvec2 w = p.forward({ll.x, ll.y});
                EXPECT_GE(w.x, lo.x - slack);
                EXPECT_LE(w.x, hi.x + slack);
                EXPECT_GE(w.y, lo.y - slack);
                EXPECT_LE(w.y, hi.y + slack);
            }
        }
        // The middle of the box projects inside too, and the bounds are not absurdly large.
        const glm::dvec2 mid = p.forward({62.5, 42.0});
        EXPECT_GT(mid.x, lo.x);
        EXPECT_LT(mid.x, hi.x);
        EXPECT_GT(mid.y, lo.y);
        EXPECT_LT(mid.y, hi.y);
        EXPECT_LT(hi.x - lo.x, 2.0e7);
    }
}

TEST(ProjectionTest, TransformToWgs84RecognisesWgs84AsIdentity) {
    bool identity = false;
    std::string error;
    const auto t = geo::transformToWgs84("EPSG:4326", &identity, &error);
    EXPECT_FALSE(t.has_value());
    EXPECT_TRUE(identity) << error;
}

TEST(ProjectionTest, TransformToWgs84FromUtm) {
    bool identity = true;
    std::string error;
    const auto t = geo::transformToWgs84("EPSG:32642", &identity, &error);
    ASSERT_TRUE(t.has_value()) << error;
    EXPECT_FALSE(identity);
    const glm::dvec2 ll =
        t->forward({500000.0, 0.0});  // zone 42N's central meridian at the equator
    EXPECT_NEAR(ll.x, 69.0, 1e-9);
    EXPECT_NEAR(ll.y, 0.0, 1e-9);
}

TEST(ProjectionTest, TransformCreateReportsBadCrs) {
    std::string error;
    const auto t = geo::Transform::create("EPSG:4326", "+proj=nonsense", &error);
    EXPECT_FALSE(t.has_value());
    EXPECT_FALSE(error.empty());
}

}  // namespace
