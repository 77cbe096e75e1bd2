#include "render/truetype_file.h"

#include <fstream>
#include <iterator>

namespace render {

GlyphRef findGlyph(const TrueTypeFile& own, const TrueTypeFile* fallback, uint32_t codepoint) {
    const int cp = static_cast<int>(codepoint);
    if (const int g = stbtt_FindGlyphIndex(&own.info, cp); g != 0) return {&own, g, false};
    if (fallback)
        if (const int g = stbtt_FindGlyphIndex(&fallback->info, cp); g != 0)
            return {fallback, g, true};
    return {&own, stbtt_FindGlyphIndex(&own.info, '?'), false};
}

bool loadTrueTypeFile(const std::string& path, TrueTypeFile* out, std::string* error) {
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        if (error) *error = path + ": cannot read";
        return false;
    }
    out->data.assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
    const int offset = stbtt_GetFontOffsetForIndex(out->data.data(), 0);
    if (offset < 0 || !stbtt_InitFont(&out->info, out->data.data(), offset)) {
        if (error) *error = path + ": not a TrueType/OpenType font stb_truetype can read";
        return false;
    }
    stbtt_GetFontVMetrics(&out->info, &out->ascent, &out->descent, &out->lineGap);
    return true;
}

}  // namespace render
