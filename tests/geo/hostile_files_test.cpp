// geo::readShapefile on shapefile parts that are not ordinary small files: a FIFO or /dev/zero in
// place of a part, a .prj too large or nested too deep for PROJ, and a .prj naming a FIFO as its
// grid. Each must end at once with a message naming the file; a broken .dbf or .cpg costs only
// the attributes or the code page.
#include "geo/projection.h"
#include "geo/shapefile.h"
#include "message_lines.h"
#include "shapefile_writer.h"

#include <gtest/gtest.h>
#include <shapefil.h>
#include <sys/stat.h>

#include <filesystem>
#include <string>

namespace {

using testutil::anyContains;
using testutil::joined;
using testutil::rectRing;

const char* const kWgs84Prj =
    "GEOGCS[\"GCS_WGS_1984\",DATUM[\"D_WGS_1984\",SPHEROID[\"WGS_1984\",6378137.0,298.257223563]],"
    "PRIMEM[\"Greenwich\",0.0],UNIT[\"Degree\",0.0174532925199433]]";

// `levels` PROJJSON BoundCRS objects, each the source_crs of the one around it.
std::string nestedProjJson(int levels) {
    std::string s;
    for (int i = 0; i < levels; ++i) s += "{\"type\":\"BoundCRS\",\"source_crs\":";
    s += "{}";
    s.append(static_cast<size_t>(levels), '}');
    return s;
}

class HostileFilesTest : public ::testing::Test {
protected:
    void SetUp() override { m_dir = testutil::makeTempDir("hostile_files"); }
    void TearDown() override { std::filesystem::remove_all(m_dir); }

    // Two squares with a WGS84 .prj; returns the .shp path.
    std::string twoSquares(const std::string& name) {
        const std::string path = testutil::writeShapefile(
            stem(name), SHPT_POLYGON, {"NAME"},
            {{{rectRing(60, 40, 61, 41)}, {"a"}}, {{rectRing(62, 40, 63, 41)}, {"b"}}});
        testutil::writeTextFile(stem(name) + ".prj", kWgs84Prj);
        return path;
    }
    // Puts a FIFO where `name` + `ext` was.
    void replaceWithFifo(const std::string& name, const std::string& ext) {
        std::filesystem::remove(stem(name) + ext);
        ASSERT_EQ(mkfifo((stem(name) + ext).c_str(), 0600), 0);
    }
    std::string stem(const std::string& name) const { return m_dir + "/" + name; }
    std::string m_dir;
};

TEST_F(HostileFilesTest, FifoInPlaceOfShpOrShxIsAnErrorNotAHang) {
    for (const char* ext : {".shp", ".shx"}) {
        const std::string name = std::string("fifo") + (ext + 1);
        const std::string path = twoSquares(name);
        replaceWithFifo(name, ext);
        const geo::ShapefileResult r = geo::readShapefile(path);
        EXPECT_FALSE(r.ok) << ext;
        EXPECT_TRUE(anyContains(
            r.errors, name + ".shp: cannot open: " + name + ext + " is not a regular file"))
            << joined(r.errors);
    }
}

TEST_F(HostileFilesTest, FifoInPlaceOfDbfOrCpgCostsOnlyAttributesOrCodePage) {
    const std::string dbf = twoSquares("fifodbf");
    replaceWithFifo("fifodbf", ".dbf");
    geo::ShapefileResult r = geo::readShapefile(dbf);
    ASSERT_TRUE(r.ok) << joined(r.errors);
    EXPECT_EQ(r.layer.features.size(), 2u);
    EXPECT_TRUE(anyContains(r.warnings, "fifodbf.shp: fifodbf.dbf is not a regular file"))
        << joined(r.warnings);

    // shapelib opens the .cpg itself too (inside DBFOpen): that open must not block either.
    const std::string cpg = twoSquares("fifocpg");
    replaceWithFifo("fifocpg", ".cpg");
    r = geo::readShapefile(cpg);
    ASSERT_TRUE(r.ok) << joined(r.errors);
    EXPECT_EQ(r.layer.features.at(1).attributes.at(0), "b");
    EXPECT_TRUE(anyContains(r.warnings, "fifocpg.shp: fifocpg.cpg is not a regular file"))
        << joined(r.warnings);
}

TEST_F(HostileFilesTest, FifoAsPrjIsAnErrorNamingIt) {
    const std::string path = twoSquares("fifoprj");
    replaceWithFifo("fifoprj", ".prj");
    const geo::ShapefileResult r = geo::readShapefile(path);
    EXPECT_FALSE(r.ok);
    EXPECT_TRUE(anyContains(r.errors, "fifoprj.shp: .prj: fifoprj.prj is not a regular file"))
        << joined(r.errors);
}

TEST_F(HostileFilesTest, DevZeroAsPrjOrCpgIsNotReadWhole) {
    // Read whole, /dev/zero ran out of memory after 15 s.
    const std::string prj = twoSquares("zeroprj");
    std::filesystem::remove(stem("zeroprj") + ".prj");
    std::filesystem::create_symlink("/dev/zero", stem("zeroprj") + ".prj");
    geo::ShapefileResult r = geo::readShapefile(prj);
    EXPECT_FALSE(r.ok);
    EXPECT_TRUE(anyContains(r.errors, "zeroprj.prj is not a regular file")) << joined(r.errors);

    const std::string cpg = twoSquares("zerocpg");
    std::filesystem::create_symlink("/dev/zero", stem("zerocpg") + ".cpg");
    r = geo::readShapefile(cpg);
    ASSERT_TRUE(r.ok) << joined(r.errors);
    EXPECT_EQ(r.layer.features.size(), 2u);
    EXPECT_TRUE(anyContains(r.warnings, "zerocpg.cpg is not a regular file")) << joined(r.warnings);
}

TEST_F(HostileFilesTest, OversizedPrjAndCpgAreRefusedByTheirSize) {
    const std::string prj = twoSquares("bigprj");
    testutil::writeTextFile(stem("bigprj") + ".prj", kWgs84Prj + std::string(70 * 1024, ' '));
    geo::ShapefileResult r = geo::readShapefile(prj);
    EXPECT_FALSE(r.ok);
    EXPECT_TRUE(anyContains(r.errors, "bigprj.shp: .prj: bigprj.prj is larger than 64 KB"))
        << joined(r.errors);

    const std::string cpg = twoSquares("bigcpg");
    testutil::writeTextFile(stem("bigcpg") + ".cpg", "UTF-8" + std::string(2000, ' '));
    r = geo::readShapefile(cpg);
    ASSERT_TRUE(r.ok) << joined(r.errors);
    EXPECT_TRUE(anyContains(r.warnings, "bigcpg.cpg is larger than 1 KB; ignored"))
        << joined(r.warnings);
}

TEST_F(HostileFilesTest, DeeplyNestedProjJsonNeverReachesProj) {
    // 150,000 levels (5 MB) overflowed the stack inside proj_create. 1,900 fit under the size
    // limit, so the nesting bound is what refuses them.
    const std::string huge = twoSquares("deep");
    testutil::writeTextFile(stem("deep") + ".prj", nestedProjJson(150000));
    geo::ShapefileResult r = geo::readShapefile(huge);
    EXPECT_FALSE(r.ok);
    EXPECT_TRUE(anyContains(r.errors, "deep.shp: .prj: deep.prj is larger than 64 KB"))
        << joined(r.errors);

    const std::string path = twoSquares("nested");
    testutil::writeTextFile(stem("nested") + ".prj", nestedProjJson(1900));
    r = geo::readShapefile(path);
    EXPECT_FALSE(r.ok);
    EXPECT_TRUE(anyContains(r.errors, "nested.shp: .prj: nested 1901 levels deep"))
        << joined(r.errors);
}

TEST(HostileCrsText, NestingIsCountedOutsideStringsOnly) {
    bool identity = false;
    std::string error;
    // Brackets inside a WKT name do not count; nor can a quote trick hide real ones from JSON.
    std::string wkt = kWgs84Prj;
    wkt.insert(wkt.find("GCS_WGS_1984"), std::string(100, '['));
    EXPECT_FALSE(geo::transformToWgs84(wkt, &identity, &error));
    EXPECT_EQ(error.find("nested"), std::string::npos) << error;
    const std::string json = "{\"name\":\"a\\\"\"," + std::string(100, '[') + "\"\"";
    EXPECT_FALSE(geo::transformToWgs84(json, &identity, &error));
    EXPECT_NE(error.find("nested 101 levels deep"), std::string::npos) << error;
}

TEST_F(HostileFilesTest, PrjGridThatIsAFifoIsAnErrorNotAHang) {
    // PROJ opens the grid of +nadgrids= (and the file of +init=) by whatever path the .prj gives.
    ASSERT_EQ(mkfifo((m_dir + "/grid.gsb").c_str(), 0600), 0);
    const std::string path = twoSquares("grid");
    testutil::writeTextFile(stem("grid") + ".prj", "+proj=longlat +ellps=WGS84 +nadgrids=" + m_dir +
                                                       "/grid.gsb +type=crs");
    geo::ShapefileResult r = geo::readShapefile(path);
    EXPECT_FALSE(r.ok);
    EXPECT_TRUE(anyContains(r.errors, "grid.shp: .prj: PROJ was to read '" + m_dir + "/grid.gsb'"))
        << joined(r.errors);

    const std::string init = twoSquares("init");
    testutil::writeTextFile(stem("init") + ".prj", "+init=" + m_dir + "/grid.gsb:4326 +type=crs");
    r = geo::readShapefile(init);
    EXPECT_FALSE(r.ok);
    EXPECT_TRUE(anyContains(r.errors, "not a regular file")) << joined(r.errors);
}

}  // namespace
