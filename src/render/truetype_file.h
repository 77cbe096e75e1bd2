// A TrueType/OpenType font file held in memory with stb_truetype's view of it: what the screen
// text (text_renderer) and the map labels (sdf_font) both start from. Internal to render.
#pragma once

// The implementation comes from Debian's libstb, which Dear ImGui's font atlas uses too: a second
// copy built here would interpose its symbols on ImGui's with a different stb_rect_pack layout.
// Never define STB_TRUETYPE_IMPLEMENTATION in this project.
#include <stb_truetype.h>

#include <cstdint>
#include <string>
#include <vector>

namespace render {

struct TrueTypeFile {
    std::vector<unsigned char> data;  // stb_truetype's info points into it: never copied
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
