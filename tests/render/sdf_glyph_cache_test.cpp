// The label glyphs' distance fields kept between runs: an entry reads back as written, belongs to
// the font files it was made from (a changed file is a new key) and is refused when damaged.
#include "render/sdf_glyph_cache.h"

#include <gtest/gtest.h>

#include <unistd.h>

#include <filesystem>
#include <fstream>

namespace {

namespace fs = std::filesystem;

TEST(SdfGlyphCache, AnEntryReadsBackAsWrittenAndNotWhenDamaged) {
    const std::string dir =
        (fs::temp_directory_path() / ("corridor_sdf_" + std::to_string(::getpid()))).string();
    fs::create_directories(dir);
    const std::string font = dir + "/face.ttf";
    std::ofstream(font) << "not really a font, but a file with an identity";
    const uint64_t key = render::sdfGlyphCacheKey({font, "", font, ""}, 40.f, 8, 128, 15.875f);
    ASSERT_NE(key, 0u);
    std::vector<render::StoredGlyph> glyphs(2);
    glyphs[0] = {1, 42, 3, 2, -1, -9, {1, 2, 3, 4, 5, 6}};
    glyphs[1] = {3, 7, 0, 0, 0, 0, {}};  // a glyph with no ink
    ASSERT_TRUE(render::storeSdfGlyphs(dir, key, glyphs));
    const auto back = render::loadSdfGlyphs(dir, key);
    ASSERT_TRUE(back);
    ASSERT_EQ(back->size(), 2u);
    EXPECT_EQ((*back)[0].glyph, 42);
    EXPECT_EQ((*back)[0].offY, -9);
    EXPECT_EQ((*back)[0].pixels, glyphs[0].pixels);
    EXPECT_EQ((*back)[1].width, 0);

    // Other parameters, another file set or the same file changed: other keys.
    EXPECT_NE(render::sdfGlyphCacheKey({font, "", font, ""}, 48.f, 8, 128, 15.875f), key);
    EXPECT_NE(render::sdfGlyphCacheKey({font, "", "", ""}, 40.f, 8, 128, 15.875f), key);
    std::ofstream(font, std::ios::app) << " and more";
    EXPECT_NE(render::sdfGlyphCacheKey({font, "", font, ""}, 40.f, 8, 128, 15.875f), key);
    EXPECT_EQ(render::sdfGlyphCacheKey({dir + "/missing.ttf"}, 40.f, 8, 128, 15.875f), 0u);

    // One byte changed anywhere in the entry: not used.
    const std::string path = render::sdfGlyphCachePath(dir, key);
    std::fstream f(path, std::ios::in | std::ios::out | std::ios::binary);
    f.seekp(static_cast<std::streamoff>(fs::file_size(path) - 3));
    f.put('\x7f');
    f.close();
    EXPECT_FALSE(render::loadSdfGlyphs(dir, key));
    fs::remove_all(dir);
}

}  // namespace
