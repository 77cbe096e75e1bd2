// geo::readShapefile reprojects from the CRS in the .prj to WGS84 lon/lat. Reference UTM
// coordinates come straight from PROJ, independently of geo::Transform.
#include "geo/shapefile.h"
#include "message_lines.h"
#include "shapefile_writer.h"

#include <gtest/gtest.h>
#include <proj.h>
#include <shapefil.h>

#include <cmath>
#include <filesystem>
#include <string>

namespace {

using testutil::joined;
// ESRI WKT of WGS 84 / UTM zone 42N (EPSG:32642), as ArcGIS writes it into a .prj.
const char* const kUtm42nPrj =
    "PROJCS[\"WGS_1984_UTM_Zone_42N\",GEOGCS[\"GCS_WGS_1984\",DATUM[\"D_WGS_1984\","
    "SPHEROID[\"WGS_1984\",6378137.0,298.257223563]],PRIMEM[\"Greenwich\",0.0],"
    "UNIT[\"Degree\",0.0174532925199433]],PROJECTION[\"Transverse_Mercator\"],"
    "PARAMETER[\"False_Easting\",500000.0],PARAMETER[\"False_Northing\",0.0],"
    "PARAMETER[\"Central_Meridian\",69.0],PARAMETER[\"Scale_Factor\",0.9996],"
    "PARAMETER[\"Latitude_Of_Origin\",0.0],UNIT[\"Meter\",1.0]]";

const char* const kWgs84Prj =
    "GEOGCS[\"GCS_WGS_1984\",DATUM[\"D_WGS_1984\",SPHEROID[\"WGS_1984\",6378137.0,298.257223563]],"
    "PRIMEM[\"Greenwich\",0.0],UNIT[\"Degree\",0.0174532925199433]]";

// Lon/lat -> UTM 42N metres with PROJ's C API (lon/lat axis order).
std::vector<glm::dvec2> toUtm42n(const std::vector<glm::dvec2>& lonLat) {
    PJ_CONTEXT* ctx = proj_context_create();
    PJ* raw = proj_create_crs_to_crs(ctx, "EPSG:4326", "EPSG:32642", nullptr);
    EXPECT_NE(raw, nullptr);
    PJ* pj = raw ? proj_normalize_for_visualization(ctx, raw) : nullptr;
    EXPECT_NE(pj, nullptr);
    std::vector<glm::dvec2> out;
    for (const auto& p : lonLat) {
        const PJ_COORD c = pj ? proj_trans(pj, PJ_FWD, proj_coord(p.x, p.y, 0, 0)) : PJ_COORD{};
        out.push_back({c.xy.x, c.xy.y});
    }
    if (pj) proj_destroy(pj);
    if (raw) proj_destroy(raw);
    proj_context_destroy(ctx);
    return out;
}

// Ground distance in metres between two nearby lon/lat points (local equirectangular).
double metresBetween(glm::dvec2 a, glm::dvec2 b) {
    const double kPi = 3.14159265358979323846;
    const double dx = (a.x - b.x) * 111320.0 * std::cos(a.y * kPi / 180.0);
    const double dy = (a.y - b.y) * 110574.0;
    return std::hypot(dx, dy);
}

class ShapefileCrsTest : public ::testing::Test {
protected:
    void SetUp() override { m_dir = testutil::makeTempDir("crs"); }
    void TearDown() override { std::filesystem::remove_all(m_dir); }
    std::string m_dir;
};

TEST_F(ShapefileCrsTest, Utm42nPointsLandOnTheirLonLat) {
    const std::vector<glm::dvec2> lonLat{{69.0, 41.3}, {71.4, 51.2}, {66.5, 38.7}};
    const std::vector<glm::dvec2> utm = toUtm42n(lonLat);
    ASSERT_EQ(utm.size(), lonLat.size());
    EXPECT_NEAR(utm[0].x, 500000.0, 1e-3);  // on the central meridian
    std::vector<testutil::Record> records;
    for (const auto& p : utm) records.push_back({{{p}}, {"city"}});
    const std::string stem = m_dir + "/cities_utm";
    const std::string path = testutil::writeShapefile(stem, SHPT_POINT, {"NAME"}, records);
    testutil::writeTextFile(stem + ".prj", kUtm42nPrj);

    const geo::ShapefileResult r = geo::readShapefile(path);
    ASSERT_TRUE(r.ok) << joined(r.errors);
    EXPECT_TRUE(r.errors.empty()) << joined(r.errors);
    ASSERT_EQ(r.layer.features.size(), lonLat.size());
    for (size_t i = 0; i < lonLat.size(); ++i) {
        ASSERT_EQ(r.layer.features[i].points.size(), 1u);
        const glm::dvec2 got = r.layer.features[i].points[0];
        EXPECT_LT(metresBetween(got, lonLat[i]), 1.0)
            << "point " << i << " read as " << got.x << ", " << got.y;
    }
}

TEST_F(ShapefileCrsTest, Utm42nPolygonKeepsItsHoleAndOrientation) {
    // A 1 degree box around Tashkent with a hole, written in UTM metres.
    const geo::Path outerLl = testutil::rectRing(68.5, 41.0, 69.5, 42.0);
    const geo::Path holeLl = testutil::rectRing(68.9, 41.4, 69.1, 41.6, true);
    const std::string stem = m_dir + "/oblast_utm";
    const std::string path = testutil::writeShapefile(
        stem, SHPT_POLYGON, {"NAME"}, {{{toUtm42n(outerLl), toUtm42n(holeLl)}, {"oblast"}}});
    testutil::writeTextFile(stem + ".prj", kUtm42nPrj);
    const geo::ShapefileResult r = geo::readShapefile(path);
    ASSERT_TRUE(r.ok) << joined(r.errors);
    ASSERT_EQ(r.layer.features.size(), 1u);
    ASSERT_EQ(r.layer.features[0].polygons.size(), 1u);
    const geo::Polygon& p = r.layer.features[0].polygons[0];
    ASSERT_EQ(p.holes.size(), 1u);
    ASSERT_EQ(p.outer.size(), outerLl.size());
    for (size_t i = 0; i < outerLl.size(); ++i)
        EXPECT_LT(metresBetween(p.outer[i], outerLl[i]), 1.0);
}

TEST_F(ShapefileCrsTest, Wgs84PrjNeedsNoTransformAndNoWarning) {
    const std::string stem = m_dir + "/wgs84";
    const std::string path =
        testutil::writeShapefile(stem, SHPT_POINT, {"NAME"}, {{{{{69.24, 41.31}}}, {"Tashkent"}}});
    testutil::writeTextFile(stem + ".prj", kWgs84Prj);
    const geo::ShapefileResult r = geo::readShapefile(path);
    ASSERT_TRUE(r.ok) << joined(r.errors);
    EXPECT_TRUE(r.warnings.empty()) << joined(r.warnings);
    EXPECT_EQ(r.layer.features.at(0).points.at(0), glm::dvec2(69.24, 41.31));
}

TEST_F(ShapefileCrsTest, UnreadablePrjIsAnErrorNamingTheFile) {
    const std::string stem = m_dir + "/garbled";
    const std::string path =
        testutil::writeShapefile(stem, SHPT_POINT, {"NAME"}, {{{{{69.24, 41.31}}}, {"x"}}});
    testutil::writeTextFile(stem + ".prj", "this is not a CRS");
    const geo::ShapefileResult r = geo::readShapefile(path);
    EXPECT_FALSE(r.ok);
    ASSERT_FALSE(r.errors.empty());
    EXPECT_NE(r.errors[0].find("garbled.shp: .prj"), std::string::npos) << r.errors[0];
}

}  // namespace
