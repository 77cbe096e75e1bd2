// The text atlases' packer (render/shelf_packer.h): no GL needed.
#include "render/shelf_packer.h"

#include <gtest/gtest.h>

#include <vector>

namespace {

struct Box {
    int x, y, w, h;
};

bool overlap(const Box& a, const Box& b) {
    return a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;
}

}  // namespace

// Rows fill left to right; a rectangle that does not fit the row starts the next one below the
// tallest in it; nothing overlaps and nothing leaves the atlas.
TEST(ShelfPacker, FillsRowsWithoutOverlapInsideTheAtlas) {
    render::ShelfPacker packer;
    std::vector<Box> placed;
    const int sizes[][2] = {{10, 12}, {30, 8}, {25, 20}, {40, 5}, {50, 9}, {7, 7}, {60, 11}};
    for (const auto& s : sizes) {
        Box b{0, 0, s[0], s[1]};
        ASSERT_TRUE(packer.place(b.w, b.h, 64, 64, &b.x, &b.y));
        for (const Box& o : placed) EXPECT_FALSE(overlap(b, o));
        EXPECT_LE(b.x + b.w, 64);
        EXPECT_LE(b.y + b.h, 64);
        placed.push_back(b);
    }
    EXPECT_EQ(placed[1].x, 10);  // beside the first
    EXPECT_EQ(placed[2].x, 0);   // 10 + 30 + 25 > 64: a new row,
    EXPECT_EQ(placed[2].y, 12);  // below the first row's tallest (12)
    EXPECT_EQ(placed[3].y, 32);  // and the next below that row's (20)
}

// A full atlas refuses without moving the next rectangle's place; once the atlas is taller the
// same rectangle goes where it would have gone. newShelf() starts a row after a wider atlas.
TEST(ShelfPacker, RefusesWhenFullAndResumesAfterGrowing) {
    render::ShelfPacker packer;
    int x = 0, y = 0;
    ASSERT_TRUE(packer.place(30, 20, 32, 32, &x, &y));
    EXPECT_FALSE(packer.place(30, 20, 32, 32, &x, &y));
    EXPECT_FALSE(packer.place(30, 20, 32, 32, &x, &y));
    ASSERT_TRUE(packer.place(30, 20, 32, 64, &x, &y));
    EXPECT_EQ(x, 0);
    EXPECT_EQ(y, 20);
    packer.newShelf();
    ASSERT_TRUE(packer.place(4, 4, 64, 64, &x, &y));
    EXPECT_EQ(x, 0);
    EXPECT_EQ(y, 40);
    packer.clear();
    ASSERT_TRUE(packer.place(4, 4, 64, 64, &x, &y));
    EXPECT_EQ(y, 0);
}
