// geo::readShapefile on .shp and .shx files whose headers or index entries are wrong: zero-filled
// files, a negative record length, a shape type shapelib reads only a byte of. Each must be
// reported for what it is, naming the file (and the record where there is one).
#include "geo/shapefile.h"
#include "message_lines.h"
#include "shapefile_writer.h"

#include <gtest/gtest.h>
#include <shapefil.h>

#include <cstdint>
#include <filesystem>
#include <fstream>
#include <string>

namespace {

using testutil::anyContains;
using testutil::joined;
using testutil::rectRing;

void patch(const std::string& path, std::streamoff offset, const std::string& bytes) {
    std::fstream f(path, std::ios::in | std::ios::out | std::ios::binary);
    ASSERT_TRUE(f) << path;
    f.seekp(offset);
    f.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
}

std::string bigEndian(std::uint32_t v) {
    return {static_cast<char>(v >> 24), static_cast<char>(v >> 16), static_cast<char>(v >> 8),
            static_cast<char>(v)};
}

std::string littleEndian(std::uint32_t v) {
    return {static_cast<char>(v), static_cast<char>(v >> 8), static_cast<char>(v >> 16),
            static_cast<char>(v >> 24)};
}

void zeroFill(const std::string& path) {
    const auto size = std::filesystem::file_size(path);
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    out << std::string(static_cast<size_t>(size), '\0');
}

class HostileHeadersTest : public ::testing::Test {
protected:
    void SetUp() override { m_dir = testutil::makeTempDir("hostile_headers"); }
    void TearDown() override { std::filesystem::remove_all(m_dir); }
    std::string threeSquares(const std::string& name) {
        return testutil::writeShapefile(stem(name), SHPT_POLYGON, {"NAME"},
                                        {{{rectRing(60, 40, 61, 41)}, {"a"}},
                                         {{rectRing(62, 40, 63, 41)}, {"b"}},
                                         {{rectRing(64, 40, 65, 41)}, {"c"}}});
    }
    std::string stem(const std::string& name) const { return m_dir + "/" + name; }
    std::string m_dir;
};

TEST_F(HostileHeadersTest, ZeroFilledShpIsNotAShapefile) {
    // It was read as three null shapes: nothing drawn, no message, exit 0.
    const std::string path = threeSquares("zero");
    zeroFill(path);
    const geo::ShapefileResult r = geo::readShapefile(path);
    EXPECT_FALSE(r.ok);
    EXPECT_TRUE(anyContains(
        r.errors, "zero.shp: cannot open: not a shapefile (header code 0, expected 9994)"))
        << joined(r.errors);
}

TEST_F(HostileHeadersTest, ZeroFilledShxIsNotAnIndex) {
    const std::string path = threeSquares("zeroshx");
    zeroFill(stem("zeroshx") + ".shx");
    const geo::ShapefileResult r = geo::readShapefile(path);
    EXPECT_FALSE(r.ok);
    EXPECT_TRUE(anyContains(r.errors,
                            "zeroshx.shp: cannot open: zeroshx.shx: not a shapefile "
                            "index (header code 0, expected 9994)"))
        << joined(r.errors);
}

TEST_F(HostileHeadersTest, WrongVersionIsNotAShapefile) {
    const std::string path = threeSquares("version");
    patch(path, 28, littleEndian(999));
    const geo::ShapefileResult r = geo::readShapefile(path);
    EXPECT_FALSE(r.ok);
    EXPECT_TRUE(anyContains(r.errors, "version.shp: cannot open: not a shapefile (version 999"))
        << joined(r.errors);
}

TEST_F(HostileHeadersTest, ShortShpIsNotAShapefile) {
    const std::string path = threeSquares("short");
    std::filesystem::resize_file(path, 60);
    const geo::ShapefileResult r = geo::readShapefile(path);
    EXPECT_FALSE(r.ok);
    EXPECT_TRUE(anyContains(r.errors, "short.shp: cannot open: too short for a shapefile header"))
        << joined(r.errors);
}

TEST_F(HostileHeadersTest, NegativeShxLengthIsACorruptIndexNamingTheRecord) {
    // It was reported as "missing file, or not a shapefile with its .shx".
    const std::string path = threeSquares("negative");
    patch(stem("negative") + ".shx", 100 + 8 * 2 + 4, bigEndian(0xfffffff0u));
    const geo::ShapefileResult r = geo::readShapefile(path);
    EXPECT_FALSE(r.ok);
    EXPECT_TRUE(anyContains(r.errors,
                            "negative.shp: cannot open: the index negative.shx is "
                            "corrupt: record 2 has length -16"))
        << joined(r.errors);
}

TEST_F(HostileHeadersTest, ShxListingMoreRecordsThanItHoldsIsNamed) {
    const std::string path = threeSquares("listed");
    patch(stem("listed") + ".shx", 24, bigEndian(50 + 4 * 5));  // five records, holds three
    const geo::ShapefileResult r = geo::readShapefile(path);
    EXPECT_FALSE(r.ok);
    EXPECT_TRUE(anyContains(r.errors,
                            "listed.shx is corrupt: its header lists 5 records but it "
                            "holds 3"))
        << joined(r.errors);
}

TEST_F(HostileHeadersTest, MissingPartsAreNamed) {
    const std::string noShx = threeSquares("noshx");
    std::filesystem::remove(stem("noshx") + ".shx");
    geo::ShapefileResult r = geo::readShapefile(noShx);
    EXPECT_TRUE(anyContains(r.errors, "noshx.shp: cannot open: noshx.shx is missing"))
        << joined(r.errors);
    r = geo::readShapefile(stem("nothing") + ".shp");
    EXPECT_TRUE(anyContains(r.errors, "nothing.shp: cannot open: no such file"))
        << joined(r.errors);
}

TEST_F(HostileHeadersTest, NegativeShapeTypeIsReportedWhole) {
    // shapelib keeps only the low byte of the header's type: -7 read as 249.
    const std::string path = threeSquares("minus7");
    patch(path, 32, littleEndian(static_cast<std::uint32_t>(-7)));
    patch(stem("minus7") + ".shx", 32, littleEndian(static_cast<std::uint32_t>(-7)));
    const geo::ShapefileResult r = geo::readShapefile(path);
    EXPECT_FALSE(r.ok);
    EXPECT_TRUE(anyContains(r.errors, "minus7.shp: unsupported shape type -7 ("))
        << joined(r.errors);
}

TEST_F(HostileHeadersTest, RecordWithAnotherShapeTypeNamesBothNumbers) {
    // Record 1's own type field (after its 8-byte record header) set to -7.
    const std::string path = threeSquares("rectype");
    const std::streamoff record1 = 100 + (8 + 4 + 32 + 4 + 4 + 4 + 5 * 16);
    patch(path, record1 + 8, littleEndian(static_cast<std::uint32_t>(-7)));
    const geo::ShapefileResult r = geo::readShapefile(path);
    ASSERT_TRUE(r.ok) << joined(r.errors);
    EXPECT_EQ(r.layer.features.size(), 2u);
    EXPECT_TRUE(anyContains(r.errors, "rectype.shp: record 1: shape type -7 ("))
        << joined(r.errors);
    EXPECT_TRUE(anyContains(r.errors, "differs from the file's 5 (Polygon)")) << joined(r.errors);
}

}  // namespace
