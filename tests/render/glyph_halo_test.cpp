// The halo worked out per glyph on the CPU (render/glyph_halo.h): no GL needed.
#include "render/glyph_halo.h"

#include <gtest/gtest.h>

#include <cmath>
#include <cstdint>
#include <vector>

namespace {

struct Slot {
    int w, h;
    std::vector<uint8_t> coverage, halo;
    Slot(int w_, int h_) : w(w_), h(h_), coverage(w_ * h_, 0), halo(w_ * h_, 0) {}
    uint8_t& at(int x, int y) { return coverage[y * w + x]; }
    int haloAt(int x, int y) const { return halo[y * w + x]; }
};

}  // namespace

// One lit texel: the halo is a ring of taps at the radius and half of it, nothing past the
// radius plus the filter's reach, and the texel itself stays full.
TEST(GlyphHalo, ReachesTheRadiusAndNoFurther) {
    Slot s(21, 21);
    s.at(10, 10) = 255;
    const float radius = 4.f;
    render::dilateGlyph(s.coverage.data(), s.w, s.h, s.w, 5.f, 5.f, 16.f, 16.f, radius,
                        s.halo.data());
    EXPECT_EQ(s.haloAt(10, 10), 255);
    int far = 0, nearRadius = 0;
    for (int y = 0; y < s.h; ++y)
        for (int x = 0; x < s.w; ++x) {
            const double d = std::hypot(x - 10, y - 10);
            if (d > radius + 1.5) far += s.haloAt(x, y);
            if (std::abs(d - radius) < 0.6 && s.haloAt(x, y) > 0) ++nearRadius;
        }
    EXPECT_EQ(far, 0);
    EXPECT_GE(nearRadius, 8);        // the ring at the radius, all round
    EXPECT_GT(s.haloAt(12, 10), 0);  // and the inner ring at half of it
}

// The halo covers the glyph wherever the glyph is, and nothing outside the glyph's rectangle is
// read (a neighbour's texels must not leak into it).
TEST(GlyphHalo, CoversTheGlyphAndReadsOnlyItsRectangle) {
    Slot s(24, 12);
    for (int x = 4; x < 9; ++x) s.at(x, 6) = 200;
    s.at(20, 6) = 255;  // outside the rectangle below: must not show
    render::dilateGlyph(s.coverage.data(), s.w, s.h, s.w, 3.f, 3.f, 10.f, 9.f, 2.f, s.halo.data());
    for (int x = 4; x < 9; ++x) EXPECT_GE(s.haloAt(x, 6), 200);
    for (int y = 0; y < s.h; ++y)
        for (int x = 13; x < s.w; ++x) EXPECT_EQ(s.haloAt(x, y), 0) << x << "," << y;
}
