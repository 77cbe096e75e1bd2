#include "render/readback.h"

#include <algorithm>
#include <cstring>

namespace render {

Image readResolved(const RenderTarget& target) {
    Image img;
    img.width = target.width();
    img.height = target.height();
    const size_t row = static_cast<size_t>(img.width) * 4;
    std::vector<uint8_t> raw(row * img.height);
    glBindFramebuffer(GL_READ_FRAMEBUFFER, target.resolvedFramebuffer());
    glPixelStorei(GL_PACK_ALIGNMENT, 1);
    glReadPixels(0, 0, img.width, img.height, GL_RGBA, GL_UNSIGNED_BYTE, raw.data());
    glBindFramebuffer(GL_READ_FRAMEBUFFER, 0);
    img.rgba.resize(raw.size());
    // GL's rows run bottom to top; the frame is premultiplied, files want straight alpha.
    for (int y = 0; y < img.height; ++y) {
        const uint8_t* src = &raw[static_cast<size_t>(img.height - 1 - y) * row];
        uint8_t* dst = &img.rgba[static_cast<size_t>(y) * row];
        for (size_t i = 0; i < row; i += 4) {
            const uint8_t a = src[i + 3];
            if (a == 255 || a == 0) {
                std::memcpy(dst + i, src + i, 4);
                continue;
            }
            for (size_t c = 0; c < 3; ++c) {
                dst[i + c] = static_cast<uint8_t>(std::min(255, (src[i + c] * 255 + a / 2) / a));
            }
            dst[i + 3] = a;
        }
    }
    return img;
}

}  // namespace render
