// The frame's furniture laid out without GL (scene::planFurniture): every piece inside the frame
// and clear of the others across frame sizes, corners and text sizes; sizes follow the pixels
// per point; a card with no clear place is dropped; Chinese wraps between characters.
#include "scene/furniture_plan.h"
#include "scene/text_wrap.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <string>
#include <vector>

namespace {

using Piece = scene::FurniturePlan::Piece;

// A deterministic font: every code point advances 0.55 em (0.6 bold); descenders 0.25 em.
struct FixedMetrics : scene::TextMetrics {
    float widthPx(const std::string& s, float sizePx, bool bold) const override {
        int codePoints = 0;
        for (const char c : s) codePoints += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
        return static_cast<float>(codePoints) * sizePx * (bold ? 0.6f : 0.55f);
    }
    float descentPx(float sizePx, bool) const override { return 0.25f * sizePx; }
};

// The legend a full frame shows: every kind of entry, in the built-in dark palette.
scene::LegendSpec fullLegend() {
    scene::LegendContext context;
    context.markerMaxAmountUsd = 5e9f;
    context.cargoParticles = true;
    scene::ArcScale scale;
    scale.maxAmountUsd = 8e9;
    return scene::buildLegend(scale, "dark", 2025.5, context);
}

scene::FurnitureInput input(float w, float h, float pixelsPerPoint) {
    scene::FurnitureInput in;
    in.framePx = {w, h};
    in.pixelsPerPoint = pixelsPerPoint;
    in.palette = scene::builtinPalette("dark");
    in.groundMetresPerPx = 2500.0 / pixelsPerPoint;  // a view of Central Asia
    in.legend = fullLegend();
    in.overlays.captionTitle = "The Middle Corridor";
    in.overlays.caption =
        "Rail from China crosses Kazakhstan to the Caspian, ships cross to Baku, and rail runs on "
        "through Georgia to the Black Sea and Turkey.";
    return in;
}

// Cards pinned across the frame (fractions of its size) and edge indicators on two edges.
void addCardsAndIndicators(scene::FurnitureInput& in) {
    const glm::vec2 f = in.framePx;
    const std::vector<glm::vec2> at = {{0.5f, 0.5f},  {0.3f, 0.35f}, {0.7f, 0.6f},
                                       {0.15f, 0.8f}, {0.9f, 0.2f},  {0.55f, 0.75f}};
    for (size_t i = 0; i < at.size(); ++i)
        in.cards.push_back(
            {"Xi announces the Silk Road Economic Belt in Astana " + std::to_string(i),
             "7 September 2013", at[i] * f, 1.f});
    scene::EdgeIndicator right;
    right.name = "Beijing";
    right.edge = scene::FrameEdge::Right;
    right.edgePx = {f.x, 0.4 * f.y};
    right.directionPx = {1.0, 0.0};
    right.distanceKm = 2600.0;
    right.flowCount = 41;
    scene::EdgeIndicator bottom = right;
    bottom.name = "Tehran";
    bottom.edge = scene::FrameEdge::Bottom;
    bottom.edgePx = {0.5 * f.x, f.y};
    bottom.directionPx = {0.0, 1.0};
    in.edgeIndicators = {right, bottom};
}

scene::FurnitureInput::Inset centralAsiaInset() {
    scene::FurnitureInput::Inset inset;
    inset.boundsMin = {-3.0e6, -2.0e6};
    inset.boundsMax = {3.0e6, 1.5e6};
    inset.frameCamera.centerWorld = {0.0, 0.0};
    inset.frameCamera.metresPerPx = 2500.0;
    return inset;
}

bool inside(const scene::LabelBox& b, glm::vec2 frame) {
    return b.x0 >= 0.f && b.y0 >= 0.f && b.x1 <= frame.x && b.y1 <= frame.y && b.x0 < b.x1 &&
           b.y0 < b.y1;
}

const char* pieceName(Piece p) {
    switch (p) {
        case Piece::Attribution:
            return "attribution";
        case Piece::ScaleBar:
            return "scale bar";
        case Piece::Inset:
            return "inset";
        case Piece::Caption:
            return "caption";
        case Piece::Legend:
            return "legend";
        case Piece::EdgeArrow:
            return "edge arrow";
        case Piece::EdgeCard:
            return "edge card";
        case Piece::Card:
            return "card";
    }
    return "?";
}

glm::vec2 sizeOf(const scene::FurniturePlan& plan, Piece piece) {
    for (const auto& b : plan.boxes)
        if (b.piece == piece) return {b.box.x1 - b.box.x0, b.box.y1 - b.box.y0};
    return glm::vec2(0.f);
}

struct Frame {
    float w, h, pixelsPerPoint;
};
// 720p and 1080p screens, a 4K screen at twice the points, an A3 poster at 300 dpi.
const Frame kFrames[] = {
    {1280.f, 720.f, 1.f}, {1920.f, 1080.f, 1.f}, {3840.f, 2160.f, 2.f}, {4961.f, 3508.f, 3.125f}};
const scene::FrameCorner kCorners[] = {scene::FrameCorner::TopRight, scene::FrameCorner::TopLeft,
                                       scene::FrameCorner::BottomRight,
                                       scene::FrameCorner::BottomLeft};

TEST(FurniturePlan, EveryPieceInsideTheFrameAndClearOfTheOthers) {
    const FixedMetrics metrics;
    for (const Frame& f : kFrames) {
        for (const scene::FrameCorner corner : kCorners) {
            for (const scene::TextSize size :
                 {scene::TextSize::Default, scene::TextSize::Projector}) {
                scene::FurnitureInput in = input(f.w, f.h, f.pixelsPerPoint);
                in.overlays.legendCorner = corner;
                in.overlays.textScale =
                    scene::textScaleFor(size, static_cast<int>(f.h), f.pixelsPerPoint);
                in.overlays.inset = true;
                in.inset = centralAsiaInset();
                addCardsAndIndicators(in);
                const scene::FurniturePlan plan = scene::planFurniture(in, metrics);
                const std::string where = std::to_string(static_cast<int>(f.w)) + "x" +
                                          std::to_string(static_cast<int>(f.h)) + " corner " +
                                          std::to_string(static_cast<int>(corner)) + " text " +
                                          std::to_string(in.overlays.textScale);
                ASSERT_TRUE(plan.hasLegend()) << where;
                for (const Piece p : {Piece::Attribution, Piece::ScaleBar, Piece::Inset,
                                      Piece::Caption, Piece::Legend})
                    EXPECT_GT(sizeOf(plan, p).x, 0.f) << where << ": no " << pieceName(p);
                for (const auto& b : plan.boxes)
                    EXPECT_TRUE(inside(b.box, in.framePx)) << where << ": " << pieceName(b.piece);
                for (size_t i = 0; i < plan.boxes.size(); ++i) {
                    for (size_t j = i + 1; j < plan.boxes.size(); ++j) {
                        const auto& a = plan.boxes[i];
                        const auto& b = plan.boxes[j];
                        // A chevron stands at the edge where its place lies, whatever is there.
                        if (a.piece == Piece::EdgeArrow || b.piece == Piece::EdgeArrow) continue;
                        EXPECT_FALSE(a.box.overlaps(b.box)) << where << ": " << pieceName(a.piece)
                                                            << " over " << pieceName(b.piece);
                    }
                }
                EXPECT_LT(plan.droppedCards, 6) << where;
            }
        }
    }
}

TEST(FurniturePlan, TwiceThePixelsPerPointIsTwiceTheLegendAndTheCaption) {
    const FixedMetrics metrics;
    const scene::FurniturePlan one = scene::planFurniture(input(1920.f, 1080.f, 1.f), metrics);
    const scene::FurniturePlan two = scene::planFurniture(input(3840.f, 2160.f, 2.f), metrics);
    // (The legend rounds its rows and width to whole pixels.)
    EXPECT_NEAR(two.legendSizePx.x, 2.f * one.legendSizePx.x, 2.f);
    EXPECT_NEAR(two.legendSizePx.y, 2.f * one.legendSizePx.y, 8.f);
    EXPECT_GT(one.legendSizePx.y, 200.f);  // the full legend, not an empty panel
    const glm::vec2 captionOne = sizeOf(one, Piece::Caption),
                    captionTwo = sizeOf(two, Piece::Caption);
    // Wrapped to the default card's 330 pt (28 pt of padding round the text).
    EXPECT_GT(captionOne.x, 250.f);
    EXPECT_LE(captionOne.x, 330.f + 28.f);
    EXPECT_NEAR(captionTwo.x, 2.f * captionOne.x, 0.01f * captionOne.x);
    EXPECT_NEAR(captionTwo.y, 2.f * captionOne.y, 0.01f * captionOne.y);
    // Placed alike: the legend's corner and the caption's keep their margin in points.
    EXPECT_NEAR(two.legendOriginPx.y, 2.f * one.legendOriginPx.y, 1.f);
    EXPECT_NEAR(two.legendOriginPx.x + two.legendSizePx.x,
                2.f * (one.legendOriginPx.x + one.legendSizePx.x), 1.f);
}

TEST(FurniturePlan, LegendCornerStacksClearOfTheCaptionAndTheScaleBar) {
    const FixedMetrics metrics;
    scene::FurnitureInput in = input(1920.f, 1080.f, 1.f);
    in.overlays.legendCorner = scene::FrameCorner::BottomLeft;
    in.overlays.legendCompact = true;
    const scene::FurniturePlan plan = scene::planFurniture(in, metrics);
    scene::LabelBox caption{}, bar{};
    for (const auto& b : plan.boxes) {
        if (b.piece == Piece::Caption) caption = b.box;
        if (b.piece == Piece::ScaleBar) bar = b.box;
    }
    // The scale bar at the bottom, the caption over it, the legend over both, all at the left.
    EXPECT_LE(caption.y1, bar.y0);
    EXPECT_LE(plan.legendOriginPx.y + plan.legendSizePx.y, caption.y0);
    EXPECT_FLOAT_EQ(plan.legendOriginPx.x, caption.x0);
    // Compact: the year and the title only, so a short panel.
    EXPECT_LT(plan.legendSizePx.y, 120.f);
    // What labels keep clear of: all but the legend (whose shadow the caller adds).
    EXPECT_EQ(plan.reserved.size(), plan.boxes.size() - 1);
}

TEST(FurniturePlan, ACardWithNoClearPlaceIsDropped) {
    const FixedMetrics metrics;
    scene::FurnitureInput in = input(1280.f, 720.f, 1.f);
    for (int i = 0; i < 20; ++i)
        in.cards.push_back({"Khorgos dry port opens", "2015", {640.f, 360.f}, 1.f});
    const scene::FurniturePlan plan = scene::planFurniture(in, metrics);
    int cards = 0;
    for (const auto& b : plan.boxes) cards += b.piece == Piece::Card;
    // At most the twelve places tried round the pin; the rest are not drawn at all.
    EXPECT_GT(cards, 0);
    EXPECT_LE(cards, 12);
    EXPECT_EQ(plan.droppedCards, 20 - cards);
    int titles = 0;
    for (const auto& item : plan.furniture) titles += item.text == "Khorgos dry port opens";
    EXPECT_EQ(titles, cards);
    // A card wider than the room on either side of its place in a small frame.
    scene::FurnitureInput small = input(400.f, 300.f, 1.f);
    small.legend.reset();
    small.cards.push_back(
        {"A title long enough to need two lines on the card", "", {200, 150}, 1.f});
    EXPECT_EQ(scene::planFurniture(small, metrics).droppedCards, 1);
}

TEST(FurniturePlan, CoverIsWhatStaysWhateverTheViewAndTheScaleBarAtItsLongest) {
    const FixedMetrics metrics;
    scene::FurnitureInput in = input(1920.f, 1080.f, 1.f);
    in.groundMetresPerPx = 1.0;  // a short bar: 100 m at 100 px
    const scene::FurniturePlan plan = scene::planFurniture(in, metrics);
    const std::vector<scene::LabelBox> cover = plan.coverPx();
    // Attribution, scale bar and caption, the legend with its shadow, the longest scale bar.
    ASSERT_EQ(cover.size(), plan.reserved.size() + 2);
    const scene::LabelBox legend = cover[plan.reserved.size()];
    EXPECT_LT(legend.x0, plan.legendOriginPx.x);  // its shadow
    EXPECT_GT(legend.y1, plan.legendOriginPx.y + plan.legendSizePx.y);
    const scene::LabelBox longest = cover.back();
    EXPECT_GE(longest.x1, 18.f + 110.f);  // past the bar's longest, 110 pt
    EXPECT_FLOAT_EQ(longest.y1, 1080.f);
    // Without a scale to measure there is no bar, but its room stays covered.
    in.groundMetresPerPx = 0.0;
    const scene::FurniturePlan noBar = scene::planFurniture(in, metrics);
    EXPECT_EQ(sizeOf(noBar, Piece::ScaleBar).x, 0.f);
    EXPECT_TRUE(noBar.scaleBarReachPx.has_value());
}

TEST(FurniturePlan, ItemsDrawShapesBeforeTextAndTheLegendLast) {
    const FixedMetrics metrics;
    scene::FurnitureInput in = input(1920.f, 1080.f, 1.f);
    in.overlays.inset = true;
    in.inset = centralAsiaInset();
    const scene::FurniturePlan plan = scene::planFurniture(in, metrics);
    ASSERT_EQ(plan.insetFrame.size(), 4u);  // the view's frame on the overview
    ASSERT_TRUE(plan.insetMapPx.has_value());
    const std::vector<scene::OverlayItem> all = plan.drawOrder();
    ASSERT_EQ(all.size(), plan.furniture.size() + 4 + plan.legendItems.size());
    // The furniture's shapes, then its text; the legend's panel shadow starts the legend.
    size_t firstText = 0;
    while (all[firstText].kind != scene::OverlayItem::Kind::Text) ++firstText;
    for (size_t i = firstText; i < plan.furniture.size(); ++i)
        EXPECT_EQ(all[i].kind, scene::OverlayItem::Kind::Text);
    const scene::OverlayItem& shadow = all[plan.furniture.size() + 4];
    EXPECT_EQ(shadow.kind, scene::OverlayItem::Kind::RoundedRect);
    EXPECT_GT(shadow.style.blurPx, 0.f);
    EXPECT_FLOAT_EQ(shadow.a.x, plan.legendOriginPx.x);
}

TEST(FurnitureWrap, ChineseBreaksBetweenCharactersWithoutSpaces) {
    const FixedMetrics metrics;
    // 中亚走廊连接中国和欧洲 (eleven characters); five fit a line at 10 px a character.
    const std::string text =
        "\xE4\xB8\xAD\xE4\xBA\x9A\xE8\xB5\xB0\xE5\xBB\x8A\xE8\xBF\x9E\xE6\x8E\xA5\xE4\xB8\xAD"
        "\xE5\x9B\xBD\xE5\x92\x8C\xE6\xAC\xA7\xE6\xB4\xB2";
    const auto lines = scene::wrapText(text, metrics, 20.f / 1.1f, false, 52.f);
    ASSERT_EQ(lines.size(), 3u);
    EXPECT_EQ(lines[0].size(), 15u);  // five characters of three bytes
    EXPECT_EQ(lines[1].size(), 15u);
    EXPECT_EQ(lines[0] + lines[1] + lines[2], text);  // no space put between characters
    for (const auto& l : lines) EXPECT_LE(metrics.widthPx(l, 20.f / 1.1f, false), 52.f);
    // Latin words keep their spaces and stay whole; a word glued to a character breaks with it.
    const auto mixed =
        scene::wrapText("TITR \xE8\xBF\x90\xE9\x87\x8F 2024", metrics, 10.f, false, 30.f);
    ASSERT_GE(mixed.size(), 2u);
    EXPECT_EQ(mixed.front(), "TITR");
    EXPECT_EQ(mixed.back(), "2024");
}

TEST(FurnitureWrap, LongWordsGetALineOfTheirOwnAndNewlinesBreak) {
    const FixedMetrics metrics;
    const auto lines = scene::wrapText("a Transcaspian b\nc", metrics, 10.f, false, 40.f);
    const std::vector<std::string> expected = {"a", "Transcaspian", "b", "c"};
    EXPECT_EQ(lines, expected);
}

}  // namespace

namespace {

TEST(LegendLayout, EveryEntryIsDrawnInsideItsPanel) {
    const FixedMetrics metrics;
    const scene::LegendSpec legend = fullLegend();
    const scene::LegendStyle style = scene::legendStyleFor(scene::builtinPalette("dark"));
    const glm::vec2 origin(100.4f, 50.6f);  // placed on whole pixels
    const glm::vec2 size = scene::legendSizePx(legend, style, metrics, 1.f);
    const std::vector<scene::OverlayItem> items =
        scene::legendItems(legend, style, metrics, 1.f, origin);
    // The shadow and the panel first, on whole pixels; then samples and separators; text last.
    ASSERT_GE(items.size(), 2u);
    EXPECT_EQ(items[1].a, glm::vec2(100.f, 51.f));
    EXPECT_EQ(items[1].b, glm::vec2(100.f, 51.f) + size);
    bool text = false;
    std::vector<std::string> texts;
    for (size_t i = 2; i < items.size(); ++i) {
        const scene::OverlayItem& it = items[i];
        text |= it.kind == scene::OverlayItem::Kind::Text;
        EXPECT_TRUE(!text || it.kind == scene::OverlayItem::Kind::Text) << "shape after text";
        EXPECT_GE(it.a.x, 100.f);
        EXPECT_LE(it.a.x, 100.f + size.x);
        EXPECT_GE(it.a.y, 51.f);
        EXPECT_LE(it.a.y, 51.f + size.y);
        if (it.kind == scene::OverlayItem::Kind::Text) {
            EXPECT_LE(it.a.x + metrics.widthPx(it.text, it.size, it.bold), 100.f + size.x);
            texts.push_back(it.text);
        }
    }
    for (const auto& e : legend.entries)
        EXPECT_NE(std::find(texts.begin(), texts.end(), e.label), texts.end()) << e.label;
}

}  // namespace
