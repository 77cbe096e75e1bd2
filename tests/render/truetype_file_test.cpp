// Font files opened for the screen text and the labels: read through a mapping, with a clear
// error for what is not a font.
#include "render/truetype_file.h"

#include "test_fonts.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include <unistd.h>

namespace {

std::string tempFile(const char* name, const std::string& bytes) {
    const std::string path =
        (std::filesystem::temp_directory_path() / (std::to_string(::getpid()) + name)).string();
    std::ofstream(path, std::ios::binary) << bytes;
    return path;
}

TEST(TrueTypeFile, OpensAFontWholeWithoutCopyingIt) {
    const std::string path = testing_fonts::findFont("Noto Sans");
    ASSERT_FALSE(path.empty()) << "fonts-noto-core is missing (scripts/setup.sh installs it)";
    render::TrueTypeFile f;
    std::string err;
    ASSERT_TRUE(render::loadTrueTypeFile(path, &f, &err)) << err;
    EXPECT_EQ(f.bytes.size(), std::filesystem::file_size(path));
    EXPECT_GT(f.ascent, 0);
    EXPECT_NE(stbtt_FindGlyphIndex(&f.info, 'A'), 0);
}

TEST(TrueTypeFile, WhatIsNotAFontIsNamedInTheError) {
    std::string err;
    {
        render::TrueTypeFile f;
        EXPECT_FALSE(render::loadTrueTypeFile("/nonexistent/x.ttf", &f, &err));
        EXPECT_EQ(err, "/nonexistent/x.ttf: cannot read");
    }
    for (const std::string& bytes : {std::string(), std::string("true"), std::string(64, 'x')}) {
        const std::string path = tempFile("_not_a_font.ttf", bytes);
        render::TrueTypeFile f;
        EXPECT_FALSE(render::loadTrueTypeFile(path, &f, &err)) << bytes.size() << " bytes";
        EXPECT_NE(err.find("not a TrueType/OpenType font"), std::string::npos) << err;
        std::filesystem::remove(path);
    }
    render::TrueTypeFile dir;
    EXPECT_FALSE(render::loadTrueTypeFile(std::filesystem::temp_directory_path(), &dir, &err));
    EXPECT_NE(err.find(": cannot read"), std::string::npos) << err;
}

}  // namespace
