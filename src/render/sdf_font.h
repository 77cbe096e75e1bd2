// Signed-distance-field glyphs for map labels (stb_truetype): each glyph is rendered once, at a
// fixed base size, into a single-channel atlas as a distance field, so text drawn from it is
// crisp at any size and its halo comes from the same texels. Faces: regular, bold, italic, and
// a fallback face for what they lack (CJK). Glyphs are added on demand. Knows nothing of maps.
#pragma once

#include "render/gl_handles.h"
#include "render/sdf_glyph_cache.h"
#include "render/shelf_packer.h"

#include <glm/vec2.hpp>

#include <cstdint>
#include <memory>
#include <string>
#include <unordered_map>
#include <vector>

namespace render {

enum class SdfFace { Regular = 0, Bold = 1, Italic = 2 };

struct SdfFontFiles {
    std::string regular;   // required
    std::string bold;      // "" = regular
    std::string italic;    // "" = regular
    std::string fallback;  // "" = none; used per glyph the face lacks (e.g. Chinese)
};

// Em size of the distance field and how far (in its pixels) the distance reaches outside the
// glyph: the halo may be at most kSdfSpreadPx / kSdfBaseSizePx ems wide.
constexpr float kSdfBaseSizePx = 40.f;
constexpr int kSdfSpreadPx = 8;

class SdfFont {
public:
    // Loads the font files and creates the atlas texture (needs a current GL context that
    // outlives the font). nullptr with *error ("x.ttf: cannot read") when a file fails.
    static std::unique_ptr<SdfFont> create(const SdfFontFiles& files, std::string* error);
    // Loads the fonts for measure() only: no GL context needed, no atlas (layout() must not be
    // called). For benchmarks and tools that place labels without drawing them.
    static std::unique_ptr<SdfFont> createForMeasuring(const SdfFontFiles& files,
                                                       std::string* error);
    ~SdfFont();
    SdfFont(const SdfFont&) = delete;
    SdfFont& operator=(const SdfFont&) = delete;

    struct Extent {
        float widthPx = 0.f;    // advance width with kerning and letter spacing
        float ascentPx = 0.f;   // ink above the baseline (positive)
        float descentPx = 0.f;  // ink below the baseline (positive)
    };
    // Measures one line of UTF-8 at em size sizePx with letterSpacingEm extra after each glyph
    // but the last. Needs no GL.
    Extent measure(const std::string& utf8, SdfFace face, float sizePx,
                   float letterSpacingEm = 0.f) const;

    // One glyph quad to draw: device pixels (y down) and atlas texels (the atlas may grow, so
    // divide by atlasSize() at draw time).
    struct Quad {
        glm::vec2 p0, p1;
        glm::vec2 uv0, uv1;
    };
    // Lays out one line from its baseline-left; glyphs missing from the atlas are rendered into
    // it (the texture is updated). Returns false if the atlas is full at its maximum size.
    bool layout(const std::string& utf8, SdfFace face, float sizePx, float letterSpacingEm,
                glm::vec2 baselineLeftPx, std::vector<Quad>* out);

    // Keeps the glyphs' distance fields in `dir` between runs (render/sdf_glyph_cache.h): what
    // is stored there for these font files is read on the first glyph the atlas lacks, and a
    // field is computed only when it is not. "" = computed every time (the default).
    void useGlyphCache(const std::string& dir);
    // Writes the fields computed since the last save to the cache; nothing when none were or
    // there is no cache. False when the folder cannot be written.
    bool saveGlyphCache();
    // How many glyph fields this font has computed rather than read from the cache.
    int computedFields() const { return m_computed; }

    unsigned atlasTexture() const { return m_texture.id(); }
    glm::ivec2 atlasSize() const { return {m_atlasW, m_atlasH}; }
    int cachedGlyphs() const { return static_cast<int>(m_glyphs.size()); }
    // Empties the atlas (when it is full: the caller lays out again).
    void clearAtlas();

    struct Font;  // font file data and stb_truetype state (sdf_font.cpp)

private:
    SdfFont() = default;
    struct Glyph {
        int x = 0, y = 0, w = 0, h = 0;  // atlas rectangle, texels (w == 0: nothing to draw)
        float offX = 0.f, offY = 0.f;    // top-left relative to the pen at the base size, y down
    };
    // The font and glyph index that draw a codepoint in a face (the fallback when it lacks it).
    std::pair<const Font*, int> resolve(uint32_t codepoint, SdfFace face) const;
    const Glyph* glyph(const Font* font, int glyphIndex);
    bool allocate(int w, int h, int* x, int* y);
    void upload();

    std::unique_ptr<Font> m_faces[3];
    std::unique_ptr<Font> m_fallback;
    // The GL context outlives the texture.
    gl::TextureHandle m_texture;
    int m_atlasW = 1024, m_atlasH = 256, m_maxAtlas = 4096;
    std::vector<uint8_t> m_pixels;
    ShelfPacker m_packer;
    std::unordered_map<uint64_t, Glyph> m_glyphs;
    // The glyph cache: the files the faces came from (its key), the folder, and every field
    // read from it or computed since, by glyph key; m_unsaved when some are not on disk yet.
    std::vector<std::string> m_files;
    std::string m_cacheDir;
    bool m_cacheRead = false;
    uint64_t m_cacheKey = 0;  // sdfGlyphCacheKey of m_files, found when the cache is first read
    bool m_unsaved = false;
    int m_computed = 0;
    std::unordered_map<uint64_t, StoredGlyph> m_stored;
};

// UTF-8 to code points; malformed sequences become U+FFFD.
std::vector<uint32_t> utf8CodePoints(const std::string& utf8);

}  // namespace render
