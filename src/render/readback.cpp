#include "render/readback.h"

#include <algorithm>
#include <cstring>
#include <vector>

namespace render {

namespace {

// The frame is premultiplied; files want straight alpha. Opaque and empty pixels stay as they
// are (a map is mostly opaque).
void unpremultiplyRow(uint8_t* p, size_t bytes) {
    for (size_t i = 0; i < bytes; i += 4) {
        const uint8_t a = p[i + 3];
        if (a == 255 || a == 0) continue;
        for (size_t c = 0; c < 3; ++c)
            p[i + c] = static_cast<uint8_t>(std::min(255, (p[i + c] * 255 + a / 2) / a));
    }
}

}  // namespace

Image readResolved(const RenderTarget& target) {
    Image img;
    img.width = target.width();
    img.height = target.height();
    img.rgba.resize(static_cast<size_t>(img.width) * 4 * static_cast<size_t>(img.height));
    readResolvedInto(target, img.width, img.height, img.rgba.data(),
                     static_cast<size_t>(img.width) * 4);
    return img;
}

void readResolvedInto(const RenderTarget& target, int cols, int rows, uint8_t* dst,
                      size_t dstStride, int topRow) {
    topRow = std::clamp(topRow, 0, target.height());
    cols = std::clamp(cols, 0, target.width());
    rows = std::clamp(rows, 0, target.height() - topRow);
    if (cols == 0 || rows == 0) return;
    const size_t rowBytes = static_cast<size_t>(cols) * 4;
    glBindFramebuffer(GL_READ_FRAMEBUFFER, target.resolvedFramebuffer());
    glPixelStorei(GL_PACK_ALIGNMENT, 1);
    // GL's rows run bottom to top: rows topRow.. are GL's rows height - topRow - rows.., read
    // into place in GL's order (dst's stride as the row length), then turned over in place.
    glPixelStorei(GL_PACK_ROW_LENGTH, static_cast<GLint>(dstStride / 4));
    glReadPixels(0, target.height() - topRow - rows, cols, rows, GL_RGBA, GL_UNSIGNED_BYTE, dst);
    glPixelStorei(GL_PACK_ROW_LENGTH, 0);
    glBindFramebuffer(GL_READ_FRAMEBUFFER, 0);
    std::vector<uint8_t> swap(rowBytes);
    for (int y = 0; y < rows / 2; ++y) {
        uint8_t* a = dst + static_cast<size_t>(y) * dstStride;
        uint8_t* b = dst + static_cast<size_t>(rows - 1 - y) * dstStride;
        std::memcpy(swap.data(), a, rowBytes);
        std::memcpy(a, b, rowBytes);
        std::memcpy(b, swap.data(), rowBytes);
    }
    for (int y = 0; y < rows; ++y)
        unpremultiplyRow(dst + static_cast<size_t>(y) * dstStride, rowBytes);
}

}  // namespace render
