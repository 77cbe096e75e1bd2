#include "render/draw_ranges.h"

#include <algorithm>

namespace render {

std::vector<std::pair<size_t, size_t>> visibleRuns(const std::vector<ChunkBox>& boxes, size_t count,
                                                   const ViewBox* view) {
    std::vector<std::pair<size_t, size_t>> runs;
    if (count == 0) return runs;
    if (!view) {
        runs.emplace_back(0, count);
        return runs;
    }
    for (size_t k = 0; k < boxes.size(); ++k) {
        const ChunkBox& b = boxes[k];
        const bool meets = b.lo.x <= view->hi.x && b.hi.x >= view->lo.x && b.lo.y <= view->hi.y &&
                           b.hi.y >= view->lo.y;
        if (!meets) continue;
        const size_t first = k * kChunkItems;
        const size_t n = std::min(count, first + kChunkItems) - first;
        if (!runs.empty() && runs.back().first + runs.back().second == first)
            runs.back().second += n;
        else
            runs.emplace_back(first, n);
    }
    return runs;
}

}  // namespace render
