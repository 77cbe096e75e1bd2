// Where the vignette is drawn (scene/vignette_area.h): every pixel it could darken is covered
// exactly once, and only pixels it leaves as they are are skipped.
#include "scene/vignette_area.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <vector>

namespace {

// vignette.frag's darkening at the centre of target pixel (c, r) (r from the bottom), in float
// as the shader computes it: zero or not.
bool darkened(glm::ivec2 frame, glm::ivec2 offset, glm::ivec2 target, int c, int r) {
    const float aspect = static_cast<float>(frame.x) / static_cast<float>(frame.y);
    const float ax = aspect >= 1.f ? 1.f : aspect, ay = aspect >= 1.f ? 1.f / aspect : 1.f;
    // u_frameOffset / u_frameScale as setFrameUniforms gives them (y from the frame's bottom).
    const float ox = static_cast<float>(offset.x) / frame.x;
    const float oy = static_cast<float>(frame.y - offset.y - target.y) / frame.y;
    const float sx = static_cast<float>(target.x) / frame.x;
    const float sy = static_cast<float>(target.y) / frame.y;
    const float u = (c + 0.5f) / target.x, v = (r + 0.5f) / target.y;
    const float dx = (ox + u * sx - 0.5f) * ax, dy = (oy + v * sy - 0.5f) * ay;
    return std::sqrt(dx * dx + dy * dy) * 1.3f > 0.35f;
}

// Coverage count per pixel, then: no pixel twice, every darkened pixel once; the share skipped.
double checkTarget(glm::ivec2 frame, glm::ivec2 offset, glm::ivec2 target) {
    const std::vector<scene::PixelRect> rects = scene::vignetteRects(frame, offset, target);
    std::vector<int> count(static_cast<size_t>(target.x) * target.y, 0);
    for (const scene::PixelRect& rc : rects) {
        EXPECT_GE(rc.x, 0);
        EXPECT_GE(rc.y, 0);
        EXPECT_LE(rc.x + rc.width, target.x);
        EXPECT_LE(rc.y + rc.height, target.y);
        for (int r = rc.y; r < rc.y + rc.height; ++r)
            for (int c = rc.x; c < rc.x + rc.width; ++c)
                ++count[static_cast<size_t>(r) * target.x + c];
    }
    int twice = 0, missed = 0, skipped = 0;
    for (int r = 0; r < target.y; ++r)
        for (int c = 0; c < target.x; ++c) {
            const int n = count[static_cast<size_t>(r) * target.x + c];
            twice += n > 1;
            skipped += n == 0;
            missed += n == 0 && darkened(frame, offset, target, c, r);
        }
    EXPECT_EQ(twice, 0);
    EXPECT_EQ(missed, 0);
    return static_cast<double>(skipped) / (static_cast<double>(target.x) * target.y);
}

}  // namespace

TEST(VignetteArea, CoversEveryDarkenedPixelOnceAndSkipsTheClearCircle) {
    // A 16:9 frame skips most of the circle (40% of it at most).
    const double share = checkTarget({960, 540}, {0, 0}, {960, 540});
    EXPECT_GT(share, 0.3);
    EXPECT_LT(share, 0.41);
    checkTarget({540, 960}, {0, 0}, {540, 960});  // portrait: round over the longer side
    checkTarget({301, 173}, {0, 0}, {301, 173});  // odd sizes
}

TEST(VignetteArea, TilesOfAFrameSkipOnlyTheirPartOfTheCircle) {
    const glm::ivec2 frame(1000, 600);
    for (const glm::ivec2 offset :
         {glm::ivec2(0, 0), glm::ivec2(350, 0), glm::ivec2(700, 350), glm::ivec2(350, 350)})
        checkTarget(frame, offset, {350, 350});  // the last tiles reach past the frame's edges
    EXPECT_NEAR(checkTarget(frame, {900, 0}, {100, 100}), 0.0, 1e-9);  // a corner: all drawn
}
