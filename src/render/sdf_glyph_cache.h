// Distance fields of label glyphs kept on disk between runs. stb_truetype computes a glyph's
// field by measuring every pixel against every edge of the outline: about 0.6 ms a glyph, 60 ms
// for the hundred glyphs of a default map's labels, every start. Kept in the cache folder (as
// Mapbox GL ships pre-computed glyph fields), a glyph's field is computed once per font file.
// The entry is keyed by the faces' files (path, size, modification and change time, inode: a
// font updated by the package manager is a new key) and by the field's parameters, and is
// checked like every cache entry (scene/geometry_cache.h); a damaged one is simply not used.
// Pure CPU; no GL here.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace render {

// One glyph's distance field as stbtt_GetGlyphSDF returned it.
struct StoredGlyph {
    uint8_t font = 0;  // which face of the font set (SdfFont's ids: 0..3)
    int32_t glyph = 0;
    int32_t width = 0, height = 0;  // 0 x 0: the glyph has no ink (a space)
    int32_t offX = 0, offY = 0;     // top-left from the pen at the base size, y down
    std::vector<uint8_t> pixels;    // width * height, rows top first
};

// The key of a set of faces' fields: the files' identities (a face "" is absent) and the
// field's parameters (size, spread, edge value, distance scale). 0 when a file cannot be
// stat'ed (then nothing is cached).
uint64_t sdfGlyphCacheKey(const std::vector<std::string>& fontFiles, float baseSizePx, int spreadPx,
                          int onEdge, float pixelDistScale);

// The glyphs stored for `key` in `dir`; nothing when absent or damaged.
std::optional<std::vector<StoredGlyph>> loadSdfGlyphs(const std::string& dir, uint64_t key);
// Writes them (a temporary file renamed into place); false when the folder cannot be written.
bool storeSdfGlyphs(const std::string& dir, uint64_t key, const std::vector<StoredGlyph>& glyphs);

// The entry's file name (tests damage it).
std::string sdfGlyphCachePath(const std::string& dir, uint64_t key);

}  // namespace render
