// DBF attributes reach geo::readShapefile's caller as UTF-8, whatever code page the .cpg (or the
// DBF's language driver) names.
#include "geo/shapefile.h"
#include "shapefile_writer.h"

#include <gtest/gtest.h>
#include <shapefil.h>

#include <filesystem>
#include <string>

namespace {

using testutil::rectRing;

// "Казахстан" in UTF-8 and in Windows-1251.
const char* const kKazakhstanUtf8 =
    "\xD0\x9A\xD0\xB0\xD0\xB7\xD0\xB0\xD1\x85\xD1\x81\xD1\x82\xD0\xB0\xD0\xBD";
const char* const kKazakhstanCp1251 = "\xCA\xE0\xE7\xE0\xF5\xF1\xF2\xE0\xED";

class ShapefileEncodingTest : public ::testing::Test {
protected:
    void SetUp() override { m_dir = testutil::makeTempDir("dbf"); }
    void TearDown() override { std::filesystem::remove_all(m_dir); }

    // One polygon record with NAME = `name`; `cpg` is written as the .cpg unless empty.
    geo::ShapefileResult readWith(const std::string& file, const std::string& name,
                                  const std::string& cpg) {
        const std::string stem = m_dir + "/" + file;
        const std::string path = testutil::writeShapefile(
            stem, SHPT_POLYGON, {"NAME", "ISO"}, {{{rectRing(60, 40, 61, 41)}, {name, "KAZ"}}});
        if (!cpg.empty()) testutil::writeTextFile(stem + ".cpg", cpg);
        return geo::readShapefile(path);
    }

    std::string m_dir;
};

TEST_F(ShapefileEncodingTest, Utf8CpgPassesCyrillicThrough) {
    const auto r = readWith("utf8", kKazakhstanUtf8, "UTF-8");
    ASSERT_TRUE(r.ok);
    ASSERT_EQ(r.layer.features.size(), 1u);
    EXPECT_EQ(r.layer.features[0].attributes.at(0), kKazakhstanUtf8);
    EXPECT_EQ(r.layer.features[0].attributes.at(1), "KAZ");
    EXPECT_EQ(r.layer.fieldNames, (std::vector<std::string>{"NAME", "ISO"}));
}

TEST_F(ShapefileEncodingTest, Cp1251CpgIsConvertedToUtf8) {
    for (const char* cpg : {"1251", "CP1251", "cp1251\r\n"}) {
        SCOPED_TRACE(cpg);
        const auto r = readWith("cp1251", kKazakhstanCp1251, cpg);
        ASSERT_TRUE(r.ok);
        ASSERT_EQ(r.layer.features.size(), 1u);
        EXPECT_EQ(r.layer.features[0].attributes.at(0), kKazakhstanUtf8);
    }
}

TEST_F(ShapefileEncodingTest, NoCpgKeepsValidUtf8) {
    const auto r = readWith("nocpg_utf8", kKazakhstanUtf8, "");
    ASSERT_TRUE(r.ok);
    EXPECT_EQ(r.layer.features.at(0).attributes.at(0), kKazakhstanUtf8);
}

TEST_F(ShapefileEncodingTest, NoCpgReadsOtherBytesAsWindows1252) {
    const auto r = readWith("nocpg_1252", "Caf\xE9", "");
    ASSERT_TRUE(r.ok);
    EXPECT_EQ(r.layer.features.at(0).attributes.at(0), "Caf\xC3\xA9");
}

TEST_F(ShapefileEncodingTest, StringValuesAreTrimmed) {
    const auto r = readWith("trim", "Aral Sea", "UTF-8");
    ASSERT_TRUE(r.ok);
    EXPECT_EQ(r.layer.features.at(0).attributes.at(0), "Aral Sea");
}

}  // namespace
