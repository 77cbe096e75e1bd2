// geo::readShapefile on hostile files that each test builds itself: damaged .shp/.shx/.dbf,
// missing parts, coordinates that are not numbers, degenerate and huge geometry, odd code pages and
// a .prj nobody can read. Each one: no crash, bounded time, a message naming the file and record,
// and the good records still load.
#include "geo/clip.h"
#include "geo/mesh.h"
#include "geo/rings.h"
#include "geo/shapefile.h"
#include "geo/text_encoding.h"
#include "message_lines.h"
#include "shapefile_writer.h"

#include <gtest/gtest.h>
#include <shapefil.h>

#include <chrono>
#include <cmath>
#include <filesystem>
#include <fstream>
#include <limits>
#include <string>

namespace {

using testutil::anyContains;
using testutil::joined;
using testutil::Record;
using testutil::rectRing;

// Big-endian int32 at `offset` of a file (the .shx index is big-endian).
void patchBigEndian(const std::string& path, std::streamoff offset, std::uint32_t value) {
    std::fstream f(path, std::ios::in | std::ios::out | std::ios::binary);
    ASSERT_TRUE(f) << path;
    f.seekp(offset);
    const char bytes[4] = {static_cast<char>(value >> 24), static_cast<char>(value >> 16),
                           static_cast<char>(value >> 8), static_cast<char>(value)};
    f.write(bytes, 4);
}

std::vector<Record> fourSquares() {
    std::vector<Record> records;
    for (int i = 0; i < 4; ++i) {
        records.push_back({{rectRing(60 + i, 40, 60.5 + i, 41)}, {"r" + std::to_string(i)}});
    }
    return records;
}

const char* const kWgs84Prj =
    "GEOGCS[\"GCS_WGS_1984\",DATUM[\"D_WGS_1984\",SPHEROID[\"WGS_1984\",6378137.0,298.257223563]],"
    "PRIMEM[\"Greenwich\",0.0],UNIT[\"Degree\",0.0174532925199433]]";

class HostileShapefileTest : public ::testing::Test {
protected:
    void SetUp() override { m_dir = testutil::makeTempDir("hostile_shp"); }
    void TearDown() override { std::filesystem::remove_all(m_dir); }
    std::string stem(const std::string& name) const { return m_dir + "/" + name; }
    std::string m_dir;
};

TEST_F(HostileShapefileTest, TruncatedShpKeepsTheRecordsBeforeTheCut) {
    const std::string path =
        testutil::writeShapefile(stem("cut"), SHPT_POLYGON, {"NAME"}, fourSquares());
    // Cut into the third record: records 2 and 3 point past the end now.
    std::filesystem::resize_file(path, std::filesystem::file_size(path) - 150);
    const geo::ShapefileResult r = geo::readShapefile(path);
    ASSERT_TRUE(r.ok) << joined(r.errors);
    ASSERT_EQ(r.layer.features.size(), 2u);
    EXPECT_EQ(r.layer.features[1].attributes.at(0), "r1");
    EXPECT_TRUE(anyContains(r.errors, "cut.shp: record 2: cannot read the shape"))
        << joined(r.errors);
    EXPECT_TRUE(anyContains(r.errors, "with the 1 record after it")) << joined(r.errors);
}

TEST_F(HostileShapefileTest, ShxOffsetPastTheEndSkipsOnlyThatRecord) {
    const std::string path =
        testutil::writeShapefile(stem("offsets"), SHPT_POLYGON, {"NAME"}, fourSquares());
    // .shx: 100-byte header, then 8 bytes a record (offset, length in 16-bit words).
    patchBigEndian(stem("offsets") + ".shx", 100 + 8 * 1, 0x00100000u);      // 2 MB: past the end
    patchBigEndian(stem("offsets") + ".shx", 100 + 8 * 2 + 4, 0x00100000u);  // too long
    const geo::ShapefileResult r = geo::readShapefile(path);
    ASSERT_TRUE(r.ok) << joined(r.errors);
    ASSERT_EQ(r.layer.features.size(), 2u);
    EXPECT_EQ(r.layer.features[0].record, 0);
    EXPECT_EQ(r.layer.features[1].record, 3);
    EXPECT_EQ(r.layer.features[1].attributes.at(0), "r3");
    EXPECT_TRUE(anyContains(r.errors, "offsets.shp: record 1:")) << joined(r.errors);
}

TEST_F(HostileShapefileTest, ShxOffsetBeyondAnyFileIsAnErrorNamingTheFile) {
    // shapelib refuses the whole index when an offset cannot be a file position at all.
    const std::string path =
        testutil::writeShapefile(stem("absurd"), SHPT_POLYGON, {"NAME"}, fourSquares());
    patchBigEndian(stem("absurd") + ".shx", 100 + 8 * 1, 0xfffffff0u);
    const geo::ShapefileResult r = geo::readShapefile(path);
    EXPECT_FALSE(r.ok);
    EXPECT_TRUE(anyContains(r.errors, "absurd.shp: cannot open")) << joined(r.errors);
}

TEST_F(HostileShapefileTest, ShxRecordCountDifferentFromDbf) {
    const std::string path =
        testutil::writeShapefile(stem("counts"), SHPT_POLYGON, {"NAME"}, fourSquares());
    // A .dbf with two records in place of four.
    auto two = fourSquares();
    two.resize(2);
    testutil::writeShapefile(stem("short"), SHPT_POLYGON, {"NAME"}, two);
    std::filesystem::copy_file(stem("short") + ".dbf", stem("counts") + ".dbf",
                               std::filesystem::copy_options::overwrite_existing);
    const geo::ShapefileResult r = geo::readShapefile(path);
    ASSERT_TRUE(r.ok) << joined(r.errors);
    ASSERT_EQ(r.layer.features.size(), 4u);
    EXPECT_EQ(r.layer.features[1].attributes.at(0), "r1");
    EXPECT_EQ(r.layer.features[3].attributes.at(0), "");  // no attributes, still drawn
    EXPECT_TRUE(anyContains(r.warnings, "counts.shp: the .dbf has 2 records but the .shp has 4"))
        << joined(r.warnings);
}

TEST_F(HostileShapefileTest, MissingDbfLoadsGeometryWithAWarning) {
    const std::string path =
        testutil::writeShapefile(stem("nodbf"), SHPT_POLYGON, {"NAME"}, fourSquares());
    std::filesystem::remove(stem("nodbf") + ".dbf");
    const geo::ShapefileResult r = geo::readShapefile(path);
    ASSERT_TRUE(r.ok) << joined(r.errors);
    EXPECT_EQ(r.layer.features.size(), 4u);
    EXPECT_TRUE(r.layer.fieldNames.empty());
    EXPECT_TRUE(anyContains(r.warnings, "nodbf.shp: no readable .dbf")) << joined(r.warnings);
}

TEST_F(HostileShapefileTest, MissingShxIsAnErrorNamingTheFile) {
    const std::string path =
        testutil::writeShapefile(stem("noshx"), SHPT_POLYGON, {"NAME"}, fourSquares());
    std::filesystem::remove(stem("noshx") + ".shx");
    const geo::ShapefileResult r = geo::readShapefile(path);
    EXPECT_FALSE(r.ok);
    EXPECT_TRUE(anyContains(r.errors, "noshx.shp: cannot open")) << joined(r.errors);
}

TEST_F(HostileShapefileTest, NanAndInfiniteCoordinatesSkipTheirRecordOnly) {
    const double nan = std::numeric_limits<double>::quiet_NaN();
    const double inf = std::numeric_limits<double>::infinity();
    const std::string path = testutil::writeShapefile(
        stem("nan"), SHPT_POLYGON, {"NAME"},
        {{{rectRing(60, 40, 61, 41)}, {"good"}},
         {{{{60, 40}, {nan, 41}, {61, 41}, {61, 40}, {60, 40}}}, {"nan"}},
         {{{{60, 40}, {60, inf}, {61, 41}, {61, 40}, {60, 40}}}, {"inf"}},
         {{{{60, 40}, {60, 41}, {-inf, 41}, {61, 40}, {60, 40}}}, {"-inf"}},
         {{rectRing(62, 40, 63, 41)}, {"good too"}}});
    testutil::writeTextFile(stem("nan") + ".prj", kWgs84Prj);
    const geo::ShapefileResult r = geo::readShapefile(path);
    ASSERT_TRUE(r.ok) << joined(r.errors);
    ASSERT_EQ(r.layer.features.size(), 2u);
    EXPECT_EQ(r.layer.features[1].attributes.at(0), "good too");
    for (int record : {1, 2, 3}) {
        EXPECT_TRUE(anyContains(r.errors, "nan.shp: record " + std::to_string(record) + ": vertex"))
            << joined(r.errors);
    }
}

TEST_F(HostileShapefileTest, HugeCoordinatesWithoutPrjAreRejectedAsNotDegrees) {
    const std::string path = testutil::writeShapefile(
        stem("huge"), SHPT_POLYGON, {"NAME"},
        {{{rectRing(60, 40, 61, 41)}, {"good"}}, {{rectRing(1e308, 40, 1.5e308, 41)}, {"far"}}});
    const geo::ShapefileResult r = geo::readShapefile(path);
    EXPECT_FALSE(r.ok);
    EXPECT_TRUE(anyContains(r.errors, "huge.shp: no .prj and the coordinates are not degrees"))
        << joined(r.errors);
}

TEST_F(HostileShapefileTest, HugeCoordinatesSkipTheirRecordOnly) {
    // With a .prj nothing checks the header's bounds: each record is checked instead (GEOS made
    // NaN vertices out of such a ring when it was clipped).
    const std::string path = testutil::writeShapefile(
        stem("huge"), SHPT_POLYGON, {"NAME"},
        {{{rectRing(60, 40, 61, 41)}, {"good"}},
         {{rectRing(1e308, 40, 1.5e308, 41)}, {"far"}},
         {{{{55, 40}, {65, 45}, {6.9e228, 45}, {4.9e-56, 1.1e257}, {55, 40}}}, {"fuzz"}},
         {{rectRing(62, 40, 63, 41)}, {"good too"}}});
    testutil::writeTextFile(stem("huge") + ".prj", kWgs84Prj);
    const geo::ShapefileResult r = geo::readShapefile(path);
    ASSERT_TRUE(r.ok) << joined(r.errors);
    ASSERT_EQ(r.layer.features.size(), 2u);
    EXPECT_EQ(r.layer.features[1].attributes.at(0), "good too");
    EXPECT_TRUE(anyContains(r.errors, "huge.shp: record 1: vertex (")) << joined(r.errors);
    EXPECT_TRUE(anyContains(r.errors, "huge.shp: record 2: vertex (")) << joined(r.errors);
    EXPECT_TRUE(anyContains(r.errors, "is not a longitude/latitude")) << joined(r.errors);
}

TEST_F(HostileShapefileTest, RingsWithFewerThanThreePointsAreSkipped) {
    const geo::Path two{{60, 40}, {61, 41}};
    const geo::Path one{{62, 40}};
    const geo::Path repeated{{63, 40}, {63, 40}, {63, 40}, {63, 40}};
    const std::string path = testutil::writeShapefile(
        stem("thin"), SHPT_POLYGON, {"NAME"},
        {{{two, rectRing(50, 40, 51, 41), one, repeated}, {"mixed"}}, {{two, one}, {"empty"}}});
    const geo::ShapefileResult r = geo::readShapefile(path);
    ASSERT_TRUE(r.ok) << joined(r.errors);
    ASSERT_EQ(r.layer.features.size(), 1u);
    EXPECT_EQ(r.layer.features[0].polygons.size(), 1u);
    EXPECT_TRUE(anyContains(r.warnings, "thin.shp: record 0: ring 0 has")) << joined(r.warnings);
    EXPECT_TRUE(anyContains(r.warnings, "thin.shp: record 0: ring 2 has")) << joined(r.warnings);
    EXPECT_TRUE(anyContains(r.warnings, "thin.shp: record 0: ring 3 has")) << joined(r.warnings);
    EXPECT_TRUE(anyContains(r.warnings, "thin.shp: record 1: ring 1 has")) << joined(r.warnings);
}

TEST_F(HostileShapefileTest, UnparsablePrjIsAnErrorNamingTheFile) {
    const std::string path = testutil::writeShapefile(stem("badprj"), SHPT_POLYGON, {"NAME"},
                                                      {{{rectRing(60, 40, 61, 41)}, {"a"}}});
    testutil::writeTextFile(stem("badprj") + ".prj", "PROJCS[\"nonsense\",GEOGCS[unclosed");
    const geo::ShapefileResult r = geo::readShapefile(path);
    EXPECT_FALSE(r.ok);
    EXPECT_TRUE(anyContains(r.errors, "badprj.shp: .prj:")) << joined(r.errors);
}

// "Казахстан" in Windows-1251 and in UTF-8.
const char* const kKazakhstanCp1251 = "\xCA\xE0\xE7\xE0\xF5\xF1\xF2\xE0\xED";
const char* const kKazakhstanUtf8 =
    "\xD0\x9A\xD0\xB0\xD0\xB7\xD0\xB0\xD1\x85\xD1\x81\xD1\x82\xD0\xB0\xD0\xBD";

TEST_F(HostileShapefileTest, Cp1251DbfWithCpgIsConverted) {
    const std::string path = testutil::writeShapefile(stem("cp1251"), SHPT_POINT, {"NAME"},
                                                      {{{{{71.4, 51.1}}}, {kKazakhstanCp1251}}});
    testutil::writeTextFile(stem("cp1251") + ".cpg", "1251\n");
    const geo::ShapefileResult r = geo::readShapefile(path);
    ASSERT_TRUE(r.ok) << joined(r.errors);
    EXPECT_EQ(r.layer.features.at(0).attributes.at(0), kKazakhstanUtf8);
}

TEST_F(HostileShapefileTest, Cp1251DbfWithoutCpgStillGivesValidUtf8) {
    // shapelib writes language driver 0x57 ("current ANSI"): nothing says the bytes are 1251, so
    // they are read as Windows-1252. Wrong letters, but valid UTF-8 and the same length.
    const std::string path = testutil::writeShapefile(stem("nocpg"), SHPT_POINT, {"NAME"},
                                                      {{{{{71.4, 51.1}}}, {kKazakhstanCp1251}}});
    const geo::ShapefileResult r = geo::readShapefile(path);
    ASSERT_TRUE(r.ok) << joined(r.errors);
    const std::string& name = r.layer.features.at(0).attributes.at(0);
    EXPECT_TRUE(geo::isValidUtf8(name)) << name;
    EXPECT_EQ(name.size(), 18u);  // nine two-byte letters
}

TEST_F(HostileShapefileTest, GarbageCpgFallsBackToValidUtf8) {
    const std::string path = testutil::writeShapefile(stem("junkcpg"), SHPT_POINT, {"NAME"},
                                                      {{{{{71.4, 51.1}}}, {kKazakhstanCp1251}}});
    testutil::writeTextFile(stem("junkcpg") + ".cpg", std::string("\xff\x00no-such-page", 14));
    const geo::ShapefileResult r = geo::readShapefile(path);
    ASSERT_TRUE(r.ok) << joined(r.errors);
    EXPECT_TRUE(geo::isValidUtf8(r.layer.features.at(0).attributes.at(0)));
}

// One record holding a grid of tiny square rings; `holesToo` makes every other ring a
// counter-clockwise (hole) ring that lies outside every outer ring.
std::vector<geo::Path> tinyRings(int count, bool holesToo) {
    std::vector<geo::Path> rings;
    rings.reserve(static_cast<size_t>(count));
    const int side = static_cast<int>(std::ceil(std::sqrt(count)));
    for (int i = 0; i < count; ++i) {
        const double x = 50.0 + 0.01 * (i % side);
        const double y = 35.0 + 0.01 * (i / side);
        rings.push_back(rectRing(x, y, x + 0.005, y + 0.005, holesToo && i % 2 == 1));
    }
    return rings;
}

TEST_F(HostileShapefileTest, AMillionTinyRingsInOneRecordReadInBoundedTime) {
    const std::string path = testutil::writeShapefile(
        stem("million"), SHPT_POLYGON, {"NAME"},
        {{{rectRing(60, 40, 61, 41)}, {"good"}}, {tinyRings(1000000, false), {"dust"}}});
    const auto t0 = std::chrono::steady_clock::now();
    const geo::ShapefileResult r = geo::readShapefile(path);
    const double sec = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
    ASSERT_TRUE(r.ok) << joined(r.errors);
    ASSERT_EQ(r.layer.features.size(), 2u);
    EXPECT_EQ(r.layer.features[1].polygons.size(), 1000000u);
    EXPECT_LT(sec, 20.0);  // about 1 s in Release; generous for sanitizer builds
}

TEST_F(HostileShapefileTest, ManyStrayHoleRingsAreGroupedInBoundedTime) {
    // 200,000 outer rings and 200,000 hole rings that lie in none of them: every hole becomes its
    // own polygon, without testing every hole against every outer ring.
    const std::string path = testutil::writeShapefile(stem("holes"), SHPT_POLYGON, {"NAME"},
                                                      {{tinyRings(400000, true), {"dust"}}});
    const auto t0 = std::chrono::steady_clock::now();
    const geo::ShapefileResult r = geo::readShapefile(path);
    const double sec = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
    ASSERT_TRUE(r.ok) << joined(r.errors);
    ASSERT_EQ(r.layer.features.size(), 1u);
    EXPECT_EQ(r.layer.features[0].polygons.size(), 400000u);
    EXPECT_LT(sec, 20.0);
}

TEST(HostileGeometry, DensifyLeavesNonFiniteAndHugeSegmentsAlone) {
    // GEOS once returned NaN vertices from a hostile ring (see HugeCoordinatesSkipTheirRecordOnly);
    // densify turned their NaN length into an int.
    const double nan = std::numeric_limits<double>::quiet_NaN();
    const double inf = std::numeric_limits<double>::infinity();
    const geo::Path path{{40, 30}, {40, nan}, {nan, 55}, {inf, 55}, {-1e308, 1e308}, {90, 55}};
    EXPECT_EQ(geo::densify(path, 0.2).size(), path.size());
    EXPECT_EQ(geo::densify({{0, 0}, {1, 0}}, 0.25).size(), 5u);
}

TEST(HostileGeometry, AppendingManySmallMeshesTakesLinearTime) {
    // A polygon layer of 90,000 tiny rings took 10 s in buildMap: each append reserved exactly
    // and so copied the whole index buffer.
    geo::Mesh quad;
    quad.positions = {{0, 0}, {1, 0}, {1, 1}, {0, 1}};
    quad.indices = {0, 1, 2, 0, 2, 3};
    geo::Mesh all;
    const auto t0 = std::chrono::steady_clock::now();
    for (int i = 0; i < 200000; ++i) all.append(quad);
    const double sec = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
    EXPECT_EQ(all.indices.size(), 1200000u);
    EXPECT_EQ(all.indices.back(), 4u * 199999u + 3u);
    EXPECT_LT(sec, 5.0);
}

TEST_F(HostileShapefileTest, BalancedBowTieIsKeptForRepair) {
    // Its two lobes cancel: signed area 0. It was dropped as if it were a flat line.
    const geo::Path bowTie{{56, 40}, {60, 44}, {60, 40}, {56, 44}, {56, 40}};
    const geo::Path flat{{50, 40}, {52, 40}, {51, 40}, {50, 40}};
    const std::string path = testutil::writeShapefile(stem("bowtie"), SHPT_POLYGON, {"NAME"},
                                                      {{{bowTie}, {"bow"}}, {{flat}, {"flat"}}});
    const geo::ShapefileResult r = geo::readShapefile(path);
    ASSERT_TRUE(r.ok) << joined(r.errors);
    ASSERT_EQ(r.layer.features.size(), 1u);
    EXPECT_EQ(r.layer.features[0].polygons.at(0).outer, bowTie);
    EXPECT_TRUE(geo::assemblePolygons({flat}).empty());
}

}  // namespace
