// Drawing only what the view can show. A layer's records (line segments, fill triangles, rim
// edges) are stored in the order they were built, which keeps neighbours together; they are cut
// into chunks of kChunkItems consecutive records, each with the box around them, and a frame
// draws only the runs of chunks whose boxes meet its view. On a software renderer every
// triangle costs its vertex shading and setup even when it lands outside the frame (about
// 0.3 µs each), and the default map loads four times the home view's area. The records drawn
// are a subset in the same order, so every pixel is what drawing all of them gives. Pure: no GL.
#pragma once

#include <glm/common.hpp>
#include <glm/vec2.hpp>

#include <algorithm>
#include <cstddef>
#include <utility>
#include <vector>

namespace render {

constexpr size_t kChunkItems = 128;

// The box around chunk k's records (items [k * kChunkItems, (k + 1) * kChunkItems)).
struct ChunkBox {
    glm::vec2 lo{0.f}, hi{0.f};
};

// A view's box in the same coordinates as the records (the map's origin-relative metres), grown
// by what a record draws beyond its own points (a line's half width, a rim's pixel).
struct ViewBox {
    glm::vec2 lo{0.f}, hi{0.f};
};

// The boxes of `count` records whose points `pointsOf(i, visit)` hands to `visit` one by one.
template <typename PointsOf>
std::vector<ChunkBox> chunkBoxes(size_t count, PointsOf pointsOf) {
    std::vector<ChunkBox> boxes((count + kChunkItems - 1) / kChunkItems);
    for (size_t k = 0; k < boxes.size(); ++k) {
        ChunkBox b{glm::vec2(1e30f), glm::vec2(-1e30f)};
        const size_t end = std::min(count, (k + 1) * kChunkItems);
        for (size_t i = k * kChunkItems; i < end; ++i)
            pointsOf(i, [&b](glm::vec2 p) {
                b.lo = glm::min(b.lo, p);
                b.hi = glm::max(b.hi, p);
            });
        boxes[k] = b;
    }
    return boxes;
}

// The runs (first record, record count) of the chunks whose boxes meet `view`, adjacent chunks
// merged, in order; all `count` records as one run when `view` is null.
std::vector<std::pair<size_t, size_t>> visibleRuns(const std::vector<ChunkBox>& boxes, size_t count,
                                                   const ViewBox* view);

}  // namespace render
