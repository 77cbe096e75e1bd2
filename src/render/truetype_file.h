// A TrueType/OpenType font file held in memory with stb_truetype's view of it: what the screen
// text (text_renderer) and the map labels (sdf_font) both start from. Internal to render.
#pragma once

// The implementation comes from Debian's libstb, which Dear ImGui's font atlas uses too: a second
// copy built here would interpose its symbols on ImGui's with a different stb_rect_pack layout.
// Never define STB_TRUETYPE_IMPLEMENTATION in this project.
#include <stb_truetype.h>

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

namespace render {

// The file's bytes, mapped read-only (the page cache's own pages: nothing copied, only what
// stb_truetype reads is ever loaded; a 16 MB CJK face costs no more to open than a small one),
// or read into memory where the file cannot be mapped. Unmapped when destroyed.
class FontBytes {
public:
    FontBytes() = default;
    ~FontBytes();
    FontBytes(const FontBytes&) = delete;
    FontBytes& operator=(const FontBytes&) = delete;
    // False when the file cannot be opened or read, or is not a regular file.
    bool load(const std::string& path);
    const unsigned char* data() const { return m_mapped ? m_mapped : m_copy.data(); }
    size_t size() const { return m_size; }

private:
    unsigned char* m_mapped = nullptr;
    size_t m_size = 0;
    std::vector<unsigned char> m_copy;
};

struct TrueTypeFile {
    FontBytes bytes;  // stb_truetype's info points into them: never copied
    stbtt_fontinfo info{};
    int ascent = 0, descent = 0, lineGap = 0;  // font units
    float scale(float sizePx) const { return stbtt_ScaleForMappingEmToPixels(&info, sizePx); }
};

// Which face draws a character: the run's own face when it has the character, else the
// fallback face (may be null) when that has it, else the own face's '?' (or .notdef, glyph 0).
// The one rule for the screen text and the map labels.
struct GlyphRef {
    const TrueTypeFile* face = nullptr;
    int glyph = 0;
    bool fallback = false;  // drawn from the fallback face
};
GlyphRef findGlyph(const TrueTypeFile& own, const TrueTypeFile* fallback, uint32_t codepoint);

// Reads the file into `out` and opens its first font. False with *error ("x.ttf: cannot read",
// "x.ttf: not a TrueType/OpenType font stb_truetype can read").
bool loadTrueTypeFile(const std::string& path, TrueTypeFile* out, std::string* error);

}  // namespace render
