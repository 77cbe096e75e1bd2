// geo::readShapefile on tiny shapefiles that the tests write with shapelib: geometry kinds,
// ring grouping, null records, Z variants and broken or missing files.
#include "geo/shapefile.h"
#include "geo/rings.h"
#include "message_lines.h"
#include "shapefile_writer.h"

#include <gtest/gtest.h>
#include <shapefil.h>

#include <filesystem>
#include <string>

namespace {

using testutil::anyContains;
using testutil::joined;
using testutil::Record;
using testutil::rectRing;

class ShapefileTest : public ::testing::Test {
protected:
    void SetUp() override { m_dir = testutil::makeTempDir("shp"); }
    void TearDown() override { std::filesystem::remove_all(m_dir); }
    std::string stem(const std::string& name) const { return m_dir + "/" + name; }
    std::string m_dir;
};

TEST_F(ShapefileTest, PolygonWithHoleGroupsHoleUnderOuter) {
    const std::string path = testutil::writeShapefile(
        stem("holes"), SHPT_POLYGON, {"NAME"},
        {{{rectRing(60, 40, 70, 50), rectRing(62, 42, 64, 44, /*ccw=*/true)}, {"lake"}}});
    const geo::ShapefileResult r = geo::readShapefile(path);
    ASSERT_TRUE(r.ok) << joined(r.errors);
    EXPECT_TRUE(r.errors.empty()) << joined(r.errors);
    EXPECT_EQ(r.layer.kind, geo::GeometryKind::Polygon);
    ASSERT_EQ(r.layer.features.size(), 1u);
    const geo::Feature& f = r.layer.features[0];
    EXPECT_EQ(f.record, 0);
    ASSERT_EQ(f.polygons.size(), 1u);
    const geo::Polygon& p = f.polygons[0];
    ASSERT_EQ(p.holes.size(), 1u);
    // Shapefile orientation: outer rings clockwise, holes counter-clockwise (y up).
    EXPECT_LT(geo::signedArea(p.outer), 0.0);
    EXPECT_GT(geo::signedArea(p.holes[0]), 0.0);
    EXPECT_NEAR(std::abs(geo::signedArea(p.outer)), 100.0, 1e-9);
    EXPECT_NEAR(std::abs(geo::signedArea(p.holes[0])), 4.0, 1e-9);
    EXPECT_EQ(p.outer.front(), p.outer.back());
    ASSERT_EQ(f.attributes.size(), 1u);
    EXPECT_EQ(f.attributes[0], "lake");
    EXPECT_EQ(r.layer.fieldIndex("name"), 0);  // DBF field names are case-insensitive
}

TEST_F(ShapefileTest, MultipartPolygonGivesTwoPolygons) {
    const std::string path = testutil::writeShapefile(
        stem("multi"), SHPT_POLYGON, {"NAME"},
        {{{rectRing(60, 40, 61, 41), rectRing(65, 45, 67, 47)}, {"two islands"}}});
    const geo::ShapefileResult r = geo::readShapefile(path);
    ASSERT_TRUE(r.ok) << joined(r.errors);
    ASSERT_EQ(r.layer.features.size(), 1u);
    const auto& polys = r.layer.features[0].polygons;
    ASSERT_EQ(polys.size(), 2u);
    double total = 0.0;
    for (const auto& p : polys) {
        EXPECT_TRUE(p.holes.empty());
        total += std::abs(geo::signedArea(p.outer));
    }
    EXPECT_NEAR(total, 1.0 + 4.0, 1e-9);
}

TEST_F(ShapefileTest, NullShapeIsSkippedSilentlyAndRecordsKeepTheirNumbers) {
    const std::string path = testutil::writeShapefile(
        stem("nulls"), SHPT_POLYGON, {"NAME"},
        {{{rectRing(60, 40, 61, 41)}, {"a"}}, {{}, {"null"}}, {{rectRing(62, 40, 63, 41)}, {"c"}}});
    const geo::ShapefileResult r = geo::readShapefile(path);
    ASSERT_TRUE(r.ok) << joined(r.errors);
    EXPECT_TRUE(r.errors.empty()) << joined(r.errors);
    EXPECT_FALSE(anyContains(r.warnings, "record 1")) << joined(r.warnings);
    ASSERT_EQ(r.layer.features.size(), 2u);
    EXPECT_EQ(r.layer.features[0].record, 0);
    EXPECT_EQ(r.layer.features[1].record, 2);
    EXPECT_EQ(r.layer.features[1].attributes.at(0), "c");  // attributes follow the record
}

TEST_F(ShapefileTest, PolygonZIsReadLike2D) {
    const std::string path = testutil::writeShapefile(
        stem("polyz"), SHPT_POLYGONZ, {"NAME"},
        {{{rectRing(60, 40, 70, 50), rectRing(62, 42, 64, 44, true)}, {"z"}}});
    const geo::ShapefileResult r = geo::readShapefile(path);
    ASSERT_TRUE(r.ok) << joined(r.errors);
    EXPECT_EQ(r.layer.kind, geo::GeometryKind::Polygon);
    ASSERT_EQ(r.layer.features.size(), 1u);
    ASSERT_EQ(r.layer.features[0].polygons.size(), 1u);
    const geo::Polygon& p = r.layer.features[0].polygons[0];
    EXPECT_EQ(p.holes.size(), 1u);
    EXPECT_EQ(p.outer, rectRing(60, 40, 70, 50));
}

TEST_F(ShapefileTest, ArcZIsReadAsLines) {
    const geo::Path a{{60, 40}, {61, 41}, {62, 40}};
    const geo::Path b{{70, 45}, {71, 46}};
    const std::string path =
        testutil::writeShapefile(stem("arcz"), SHPT_ARCZ, {"NAME"}, {{{a, b}, {"river"}}});
    const geo::ShapefileResult r = geo::readShapefile(path);
    ASSERT_TRUE(r.ok) << joined(r.errors);
    EXPECT_EQ(r.layer.kind, geo::GeometryKind::Line);
    ASSERT_EQ(r.layer.features.size(), 1u);
    ASSERT_EQ(r.layer.features[0].lines.size(), 2u);
    EXPECT_EQ(r.layer.features[0].lines[0], a);
    EXPECT_EQ(r.layer.features[0].lines[1], b);
    EXPECT_TRUE(r.layer.features[0].polygons.empty());
}

TEST_F(ShapefileTest, PolylinesAreReadPartByPart) {
    const geo::Path a{{50, 40}, {55, 42}, {60, 40}};
    const geo::Path b{{51, 41}, {52, 41}};
    const std::string path = testutil::writeShapefile(stem("arcs"), SHPT_ARC, {"NAME"},
                                                      {{{a}, {"one"}}, {{a, b}, {"two"}}});
    const geo::ShapefileResult r = geo::readShapefile(path);
    ASSERT_TRUE(r.ok) << joined(r.errors);
    EXPECT_EQ(r.layer.kind, geo::GeometryKind::Line);
    ASSERT_EQ(r.layer.features.size(), 2u);
    EXPECT_EQ(r.layer.features[0].lines.size(), 1u);
    ASSERT_EQ(r.layer.features[1].lines.size(), 2u);
    EXPECT_EQ(r.layer.features[1].lines[1], b);
}

TEST_F(ShapefileTest, PointsAndPointZ) {
    for (int type : {SHPT_POINT, SHPT_POINTZ}) {
        SCOPED_TRACE(SHPTypeName(type));
        const std::string path = testutil::writeShapefile(
            stem(std::string("pts") + std::to_string(type)), type, {"NAME"},
            {{{{{69.24, 41.31}}}, {"Tashkent"}}, {{{{71.43, 51.13}}}, {"Astana"}}});
        const geo::ShapefileResult r = geo::readShapefile(path);
        ASSERT_TRUE(r.ok) << joined(r.errors);
        EXPECT_EQ(r.layer.kind, geo::GeometryKind::Point);
        ASSERT_EQ(r.layer.features.size(), 2u);
        ASSERT_EQ(r.layer.features[1].points.size(), 1u);
        EXPECT_EQ(r.layer.features[1].points[0], glm::dvec2(71.43, 51.13));
        EXPECT_EQ(r.layer.features[1].attributes.at(0), "Astana");
    }
}

TEST_F(ShapefileTest, MissingFileIsNotOkAndNamesTheFile) {
    const geo::ShapefileResult r = geo::readShapefile(stem("nowhere.shp"));
    EXPECT_FALSE(r.ok);
    ASSERT_FALSE(r.errors.empty());
    EXPECT_NE(r.errors[0].find("nowhere.shp"), std::string::npos) << r.errors[0];
}

TEST_F(ShapefileTest, TruncatedShpReportsFileAndRecord) {
    std::vector<Record> records;
    for (int i = 0; i < 4; ++i) {
        records.push_back({{rectRing(60 + i, 40, 60.5 + i, 41)}, {"r" + std::to_string(i)}});
    }
    const std::string path =
        testutil::writeShapefile(stem("broken"), SHPT_POLYGON, {"NAME"}, records);
    // Cut the last record in half: the .shx still points at the missing bytes.
    const auto size = std::filesystem::file_size(path);
    std::filesystem::resize_file(path, size - 40);
    const geo::ShapefileResult r = geo::readShapefile(path);
    ASSERT_TRUE(r.ok) << joined(r.errors);  // the records before the damage still load
    EXPECT_EQ(r.layer.features.size(), 3u);
    ASSERT_FALSE(r.errors.empty());
    EXPECT_TRUE(anyContains(r.errors, "broken.shp: record 3")) << joined(r.errors);
}

TEST_F(ShapefileTest, NoPrjWarnsAndAssumesDegrees) {
    const std::string path = testutil::writeShapefile(stem("noprj"), SHPT_POLYGON, {"NAME"},
                                                      {{{rectRing(60, 40, 61, 41)}, {"a"}}});
    const geo::ShapefileResult r = geo::readShapefile(path);
    ASSERT_TRUE(r.ok) << joined(r.errors);
    EXPECT_TRUE(anyContains(r.warnings, "no .prj")) << joined(r.warnings);
    EXPECT_TRUE(anyContains(r.warnings, "noprj.shp")) << joined(r.warnings);
    EXPECT_EQ(r.layer.features.at(0).polygons.at(0).outer, rectRing(60, 40, 61, 41));
}

TEST_F(ShapefileTest, NoPrjWithProjectedCoordinatesIsAnError) {
    const std::string path =
        testutil::writeShapefile(stem("metres"), SHPT_POLYGON, {"NAME"},
                                 {{{rectRing(500000, 4500000, 510000, 4510000)}, {"utm?"}}});
    const geo::ShapefileResult r = geo::readShapefile(path);
    EXPECT_FALSE(r.ok);
    EXPECT_TRUE(r.layer.features.empty());
    ASSERT_FALSE(r.errors.empty());
    EXPECT_TRUE(anyContains(r.errors, "metres.shp")) << joined(r.errors);
    EXPECT_TRUE(anyContains(r.errors, "no .prj")) << joined(r.errors);
}

TEST_F(ShapefileTest, AcceptsThePathWithoutExtension) {
    testutil::writeShapefile(stem("bare"), SHPT_POINT, {"NAME"}, {{{{{60, 40}}}, {"p"}}});
    const geo::ShapefileResult r = geo::readShapefile(stem("bare"));
    ASSERT_TRUE(r.ok) << joined(r.errors);
    EXPECT_EQ(r.layer.features.size(), 1u);
    EXPECT_EQ(r.layer.sourcePath, stem("bare") + ".shp");
}

TEST_F(ShapefileTest, DegenerateRingIsSkippedWithAWarning) {
    const geo::Path sliver{{60, 40}, {61, 41}, {60, 40}};
    const std::string path = testutil::writeShapefile(
        stem("sliver"), SHPT_POLYGON, {"NAME"}, {{{rectRing(50, 40, 51, 41), sliver}, {"x"}}});
    const geo::ShapefileResult r = geo::readShapefile(path);
    ASSERT_TRUE(r.ok) << joined(r.errors);
    ASSERT_EQ(r.layer.features.size(), 1u);
    EXPECT_EQ(r.layer.features[0].polygons.size(), 1u);
    EXPECT_TRUE(anyContains(r.warnings, "sliver.shp: record 0: ring 1")) << joined(r.warnings);
}

}  // namespace
