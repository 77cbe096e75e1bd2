#include "render/glyph_halo.h"

#include <algorithm>
#include <cmath>
#include <cstddef>

namespace render {

namespace {

// Sixteen directions, (i + 0.5) / 16 of a turn apart, as the halo has always sampled them.
struct Directions {
    float x[16], y[16];
    Directions() {
        for (int i = 0; i < 16; ++i) {
            const double a = 6.283185307179586 * (i + 0.5) / 16.0;
            x[i] = static_cast<float>(std::cos(a));
            y[i] = static_cast<float>(std::sin(a));
        }
    }
};

}  // namespace

void dilateGlyph(const uint8_t* coverage, int w, int h, int stride, float rectX0, float rectY0,
                 float rectX1, float rectY1, float haloPx, uint8_t* halo) {
    static const Directions kDir;
    auto texel = [&](int x, int y) -> float {
        if (x < 0 || y < 0 || x >= w || y >= h) return 0.f;
        return coverage[static_cast<size_t>(y) * stride + x] * (1.f / 255.f);
    };
    // Linear filtering with texel centres at +0.5, as GL samples it; zero outside the rectangle.
    auto sample = [&](float u, float v) -> float {
        if (u < rectX0 || v < rectY0 || u > rectX1 || v > rectY1) return 0.f;
        const float x = u - 0.5f, y = v - 0.5f;
        const float fx0 = std::floor(x), fy0 = std::floor(y);
        const int x0 = static_cast<int>(fx0), y0 = static_cast<int>(fy0);
        const float fx = x - fx0, fy = y - fy0;
        const float top = texel(x0, y0) + (texel(x0 + 1, y0) - texel(x0, y0)) * fx;
        const float bottom = texel(x0, y0 + 1) + (texel(x0 + 1, y0 + 1) - texel(x0, y0 + 1)) * fx;
        return top + (bottom - top) * fy;
    };
    for (int y = 0; y < h; ++y) {
        for (int x = 0; x < w; ++x) {
            const float u = static_cast<float>(x) + 0.5f, v = static_cast<float>(y) + 0.5f;
            float m = sample(u, v);
            for (int i = 0; i < 16 && m < 1.f; ++i) {
                m = std::max(m, sample(u + kDir.x[i] * haloPx, v + kDir.y[i] * haloPx));
                m = std::max(m,
                             sample(u + kDir.x[i] * haloPx * 0.5f, v + kDir.y[i] * haloPx * 0.5f));
            }
            halo[static_cast<size_t>(y) * stride + x] =
                static_cast<uint8_t>(std::lround(std::clamp(m, 0.f, 1.f) * 255.f));
        }
    }
}

}  // namespace render
