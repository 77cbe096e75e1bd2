// geo::readShapefile on files that load but not as they say: no .prj, a .dbf with another record
// count or none at all, DBF text in a foreign code page without a .cpg, a ring of two points.
// Each loads what it can and leaves one warning naming the file (and the record), which buildMap
// passes on with the layer's warnings.
#include "geo/shapefile.h"
#include "message_lines.h"
#include "shapefile_writer.h"

#include <gtest/gtest.h>
#include <shapefil.h>

#include <filesystem>
#include <string>

namespace {

using testutil::anyContains;
using testutil::joined;
using testutil::rectRing;

const char* const kWgs84Prj =
    "GEOGCS[\"GCS_WGS_1984\",DATUM[\"D_WGS_1984\",SPHEROID[\"WGS_1984\",6378137.0,298.257223563]],"
    "PRIMEM[\"Greenwich\",0.0],UNIT[\"Degree\",0.0174532925199433]]";

// "Казахстан" in Windows-1251.
const char* const kKazakhstanCp1251 = "\xCA\xE0\xE7\xE0\xF5\xF1\xF2\xE0\xED";

class HostileWarningsTest : public ::testing::Test {
protected:
    void SetUp() override { m_dir = testutil::makeTempDir("hostile_warnings"); }
    void TearDown() override { std::filesystem::remove_all(m_dir); }
    std::string stem(const std::string& name) const { return m_dir + "/" + name; }
    std::string m_dir;
};

TEST_F(HostileWarningsTest, MissingPrjIsAssumedWgs84WithAWarning) {
    const std::string path = testutil::writeShapefile(stem("noprj"), SHPT_POLYGON, {"NAME"},
                                                      {{{rectRing(60, 40, 61, 41)}, {"a"}}});
    const geo::ShapefileResult r = geo::readShapefile(path);
    ASSERT_TRUE(r.ok) << joined(r.errors);
    EXPECT_EQ(r.layer.features.size(), 1u);
    EXPECT_TRUE(anyContains(r.warnings, "noprj.shp: no .prj file; assuming WGS84"))
        << joined(r.warnings);
    testutil::writeTextFile(stem("noprj") + ".prj", kWgs84Prj);
    EXPECT_TRUE(geo::readShapefile(path).warnings.empty());
}

TEST_F(HostileWarningsTest, ForeignCodePageWithoutCpgIsAWarningOnce) {
    const std::string path = testutil::writeShapefile(
        stem("cp1251"), SHPT_POINT, {"NAME"},
        {{{{{71.4, 51.1}}}, {kKazakhstanCp1251}}, {{{{76.9, 43.2}}}, {kKazakhstanCp1251}}});
    testutil::writeTextFile(stem("cp1251") + ".prj", kWgs84Prj);
    geo::ShapefileResult r = geo::readShapefile(path);
    ASSERT_TRUE(r.ok) << joined(r.errors);
    EXPECT_EQ(r.layer.features.size(), 2u);
    ASSERT_EQ(r.warnings.size(), 1u) << joined(r.warnings);
    EXPECT_NE(r.warnings[0].find("cp1251.shp: cp1251.dbf text is not UTF-8 and no .cpg names its "
                                 "code page; read as Windows-1252"),
              std::string::npos)
        << r.warnings[0];

    // With a .cpg, or with plain ASCII, there is nothing to say.
    testutil::writeTextFile(stem("cp1251") + ".cpg", "1251");
    r = geo::readShapefile(path);
    EXPECT_TRUE(r.warnings.empty()) << joined(r.warnings);
    const std::string ascii = testutil::writeShapefile(stem("ascii"), SHPT_POINT, {"NAME"},
                                                       {{{{{71.4, 51.1}}}, {"Astana"}}});
    testutil::writeTextFile(stem("ascii") + ".prj", kWgs84Prj);
    EXPECT_TRUE(geo::readShapefile(ascii).warnings.empty());
}

TEST_F(HostileWarningsTest, TwoPointRingIsNamedWithItsRecord) {
    const std::string path = testutil::writeShapefile(
        stem("two"), SHPT_POLYGON, {"NAME"},
        {{{rectRing(60, 40, 61, 41)}, {"a"}}, {{{{62, 40}, {63, 41}}}, {"line"}}});
    testutil::writeTextFile(stem("two") + ".prj", kWgs84Prj);
    const geo::ShapefileResult r = geo::readShapefile(path);
    ASSERT_TRUE(r.ok) << joined(r.errors);
    EXPECT_EQ(r.layer.features.size(), 1u);
    EXPECT_TRUE(anyContains(r.warnings, "two.shp: record 1: ring 0 has 2 distinct points; skipped"))
        << joined(r.warnings);
}

TEST_F(HostileWarningsTest, DbfCountMismatchAndMissingDbfAreWarnings) {
    const std::string path = testutil::writeShapefile(
        stem("counts"), SHPT_POLYGON, {"NAME"},
        {{{rectRing(60, 40, 61, 41)}, {"a"}}, {{rectRing(62, 40, 63, 41)}, {"b"}}});
    testutil::writeTextFile(stem("counts") + ".prj", kWgs84Prj);
    testutil::writeShapefile(stem("one"), SHPT_POLYGON, {"NAME"},
                             {{{rectRing(60, 40, 61, 41)}, {"a"}}});
    std::filesystem::copy_file(stem("one") + ".dbf", stem("counts") + ".dbf",
                               std::filesystem::copy_options::overwrite_existing);
    geo::ShapefileResult r = geo::readShapefile(path);
    ASSERT_TRUE(r.ok) << joined(r.errors);
    EXPECT_EQ(r.layer.features.size(), 2u);
    EXPECT_TRUE(anyContains(r.warnings, "counts.shp: the .dbf has 1 records but the .shp has 2"))
        << joined(r.warnings);

    std::filesystem::remove(stem("counts") + ".dbf");
    r = geo::readShapefile(path);
    ASSERT_TRUE(r.ok) << joined(r.errors);
    EXPECT_TRUE(
        anyContains(r.warnings, "counts.shp: no readable .dbf; features have no attributes"))
        << joined(r.warnings);
}

}  // namespace
