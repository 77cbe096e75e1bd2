// Reading a finished frame back from the GPU (top row first, straight alpha).
#pragma once

#include "render/image.h"
#include "render/render_target.h"

#include <cstddef>
#include <cstdint>

namespace render {

Image readResolved(const RenderTarget& target);

// The top `rows` rows and left `cols` columns of the target, read straight into `dst` (row y of
// the target at dst + y * dstStride bytes; dstStride >= cols * 4): no intermediate image, which
// at 4K saves two 33 MB buffers and their copies. Same pixels as readResolved.
// `topRow`: the first row read, counted from the target's top (a slice of it).
void readResolvedInto(const RenderTarget& target, int cols, int rows, uint8_t* dst,
                      size_t dstStride, int topRow = 0);

}  // namespace render
