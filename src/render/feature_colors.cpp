#include "render/feature_colors.h"

#include <algorithm>
#include <cmath>
#include <cstdint>

namespace render {

namespace {
constexpr int kRow = 1024;
uint8_t toByte(float v) {
    return static_cast<uint8_t>(std::lround(std::clamp(v, 0.f, 1.f) * 255.f));
}
}  // namespace

FeatureColors::FeatureColors() : m_texture(gl::makeTexture()) {
    upload({scene::Rgba{}});
}

void FeatureColors::upload(const std::vector<scene::Rgba>& colors) {
    const int n = std::max<int>(1, static_cast<int>(colors.size()));
    const int width = std::min(n, kRow);
    const int height = (n + kRow - 1) / kRow;
    std::vector<uint8_t> texels(static_cast<size_t>(width * height * 4), 0);
    for (size_t i = 0; i < colors.size(); ++i) {
        texels[i * 4 + 0] = toByte(colors[i].r);
        texels[i * 4 + 1] = toByte(colors[i].g);
        texels[i * 4 + 2] = toByte(colors[i].b);
        texels[i * 4 + 3] = toByte(colors[i].a);
    }
    glBindTexture(GL_TEXTURE_2D, m_texture.id());
    glPixelStorei(GL_UNPACK_ALIGNMENT, 1);
    glTexImage2D(GL_TEXTURE_2D, 0, GL_RGBA8, width, height, 0, GL_RGBA, GL_UNSIGNED_BYTE,
                 texels.data());
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MIN_FILTER, GL_NEAREST);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MAG_FILTER, GL_NEAREST);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MAX_LEVEL, 0);
}

void FeatureColors::bind(GLenum unit) const {
    glActiveTexture(unit);
    glBindTexture(GL_TEXTURE_2D, m_texture.id());
}

}  // namespace render
