// A glyph's halo worked out once, on the CPU, when the glyph enters the text atlas: the glyph
// dilated by the halo's radius. The text shader used to take 33 atlas samples per fragment for
// it, which on a software renderer made a line of haloed text cost more than the legend's whole
// panel; now a fragment reads one texel. No GL here.
#pragma once

#include <cstdint>

namespace render {

// `coverage` is a w x h slot of one glyph (row stride `stride` bytes, one byte a texel) whose
// rectangle [rectX0, rectX1] x [rectY0, rectY1] (texel edges) holds the glyph and its empty
// border; outside it the slot is the halo's room. Writes into `halo` (same layout) the
// largest coverage at each texel centre and at 16 directions around it, at haloPx and at
// haloPx / 2, read with bilinear filtering and zero outside the rectangle: the halo the text
// shader drew, at 8 bits.
void dilateGlyph(const uint8_t* coverage, int w, int h, int stride, float rectX0, float rectY0,
                 float rectX1, float rectY1, float haloPx, uint8_t* halo);

}  // namespace render
