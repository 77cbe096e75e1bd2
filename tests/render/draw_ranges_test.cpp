// What a frame draws of a layer: the runs of chunks whose boxes meet the view, merged and in
// order; everything without a view.
#include "render/draw_ranges.h"

#include <gtest/gtest.h>

namespace {

using render::kChunkItems;

TEST(DrawRanges, OnlyTheChunksMeetingTheViewInOrderAndMerged) {
    // Points along x = 0, 1, 2, ...: chunk k spans x in [k * kChunkItems, (k + 1) * kChunkItems).
    const size_t count = 10 * kChunkItems + 5;
    const auto boxes = render::chunkBoxes(count, [](size_t i, auto visit) {
        visit(glm::vec2(static_cast<float>(i), 0.f));
        visit(glm::vec2(static_cast<float>(i) + 0.5f, 1.f));
    });
    ASSERT_EQ(boxes.size(), 11u);
    EXPECT_EQ(boxes[1].lo.x, static_cast<float>(kChunkItems));
    EXPECT_EQ(boxes[10].hi.x, static_cast<float>(count - 1) + 0.5f);

    const auto all = render::visibleRuns(boxes, count, nullptr);
    ASSERT_EQ(all.size(), 1u);
    EXPECT_EQ(all[0], std::make_pair(size_t{0}, count));

    // A view over chunks 2..4 and the short last one: two runs, the last one cut at `count`.
    const float c = static_cast<float>(kChunkItems);
    const render::ViewBox middle{{2.5f * c, -1.f}, {4.5f * c, 0.5f}};
    auto runs = render::visibleRuns(boxes, count, &middle);
    ASSERT_EQ(runs.size(), 1u);
    EXPECT_EQ(runs[0], std::make_pair(2 * kChunkItems, 3 * kChunkItems));
    const render::ViewBox wide{{-1.f, 0.f}, {1e6f, 1.f}};
    runs = render::visibleRuns(boxes, count, &wide);
    ASSERT_EQ(runs.size(), 1u);
    EXPECT_EQ(runs[0].second, count);
    // Nothing in view: nothing drawn; a box touching the view's edge is drawn.
    const render::ViewBox above{{0.f, 2.f}, {1e6f, 3.f}};
    EXPECT_TRUE(render::visibleRuns(boxes, count, &above).empty());
    const render::ViewBox edge{{10.f * c, 1.f}, {1e6f, 3.f}};
    runs = render::visibleRuns(boxes, count, &edge);
    ASSERT_EQ(runs.size(), 1u);
    EXPECT_EQ(runs[0], std::make_pair(10 * kChunkItems, size_t{5}));
    EXPECT_TRUE(render::visibleRuns({}, 0, &wide).empty());
}

}  // namespace
