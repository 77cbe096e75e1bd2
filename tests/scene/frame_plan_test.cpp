// scene::planFrame on a small synthetic model, without GL: the route's tonnage tag only while the
// route is shown and the year has a sourced figure, in the labels' language; edge indicators
// only with a data set; the labels keep clear of the legend out to the frame edges it touches;
// every tile of a tiled frame gets the whole frame's plan.
#include "scene/frame_plan.h"

#include "lcc_projection.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <memory>
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

data::Place place(const std::string& id, const std::string& name, double lon, double lat) {
    data::Place p;
    p.id = id;
    p.name = name;
    p.country = "KAZ";
    p.lon = lon;
    p.lat = lat;
    return p;
}

data::Flow flow(const std::string& to, double amount, int yearStart) {
    data::Flow f;
    f.id = to + std::to_string(yearStart);
    f.originId = "beijing";
    f.destinationId = to;
    f.amountUsd = amount;
    f.amountKind = data::AmountKind::TotalCost;
    f.yearStart = yearStart;
    f.status = data::ProjectStatus::Operating;
    return f;
}

// Beijing's flows to Almaty and Tashkent, a corridor from Khorgos to Almaty that carries the
// yearly tonnage (one sourced figure, 2023), and Central Asia in view with Beijing off it.
struct Fixture {
    std::unique_ptr<data::Dataset> dataset;
    scene::TimelineGeometry timeline;
    scene::VolumeSeries volumes;
    FixedMetrics text;
    scene::FrameModel model;
    scene::FrameMetrics metrics;
    scene::FrameSpec spec;

    Fixture() {
        data::DatasetTables t;
        t.places = {place("beijing", "Beijing", 116.4, 39.9), place("almaty", "Almaty", 76.9, 43.2),
                    place("tashkent", "Tashkent", 69.24, 41.3),
                    place("horgos", "Khorgos", 80.4, 44.2)};
        t.flows = {flow("almaty", 1e9, 2010), flow("tashkent", 2e9, 2016)};
        data::CorridorSegment s;
        s.id = "horgos_almaty";
        s.fromId = "horgos";
        s.toId = "almaty";
        t.segments = {s};
        dataset = std::make_unique<data::Dataset>(std::move(t), 0);
        timeline = scene::buildTimelineGeometry(*dataset, testutil::lcc());
        for (auto& seg : timeline.route) seg.carriesVolume = true;
        volumes.years = {{2023, 2.76e6}};
        volumes.maxTonnes = 2.76e6;

        model.projection = &testutil::lcc();
        model.timeline.geometry = &timeline;
        model.timeline.volumes = &volumes;
        model.timeline.dataset = dataset.get();
        model.timeline.drawnArcs = &timeline.arcs;
        model.timeline.arcScale = &timeline.scale;
        metrics.furniture = &text;

        glm::dvec2 lo, hi;
        testutil::lcc().boundsOf({60.0, 36.0, 82.0, 48.0}, &lo, &hi);
        spec.widthPx = 1920;
        spec.heightPx = 1080;
        spec.camera = scene::fitCamera(lo, hi, {1920.0, 1080.0});
        model.mapBoundsMin = lo - 2.0 * (hi - lo);
        model.mapBoundsMax = hi + 2.0 * (hi - lo);
        spec.year = 2023.5;
    }
};

int count(const scene::FurniturePlan& plan, Piece piece) {
    return static_cast<int>(std::count_if(plan.boxes.begin(), plan.boxes.end(),
                                          [&](const auto& b) { return b.piece == piece; }));
}

bool inside(const scene::LabelBox& in, const scene::LabelBox& out) {
    return out.x0 <= in.x0 && out.y0 <= in.y0 && in.x1 <= out.x1 && in.y1 <= out.y1;
}

TEST(FramePlanTest, TonnageTagOnlyWithTheRouteShownAndAFigureForTheYear) {
    Fixture f;
    const std::string english = "2.76 Mt in 2023";
    auto cards = scene::furnitureInput(f.model, f.spec, true).cards;
    ASSERT_EQ(cards.size(), 1u);
    EXPECT_EQ(cards[0].title, english);
    // Pinned on screen, to the middle of the Khorgos-Almaty segment.
    EXPECT_GT(cards[0].anchorPx.x, 0.f);
    EXPECT_LT(cards[0].anchorPx.x, 1920.f);
    ASSERT_TRUE(scene::planFrame(f.model, f.spec, f.metrics).furniture);
    EXPECT_EQ(count(*scene::planFrame(f.model, f.spec, f.metrics).furniture, Piece::Card), 1);

    f.spec.labels.language = "ru";  // in the labels' language, from the same figure
    cards = scene::furnitureInput(f.model, f.spec, true).cards;
    ASSERT_EQ(cards.size(), 1u);
    EXPECT_EQ(cards[0].title, "2,76 млн т в 2023 г.");
    EXPECT_EQ(cards[0].detail, scene::tonnageTagDetail(scene::UiLanguage::Ru));

    f.spec.year = 2022.5;  // no figure for the year: no tag, none made up
    EXPECT_TRUE(scene::furnitureInput(f.model, f.spec, true).cards.empty());
    f.spec.year = 2023.5;
    f.spec.timeline.route = false;  // the route hidden: no tag
    EXPECT_TRUE(scene::furnitureInput(f.model, f.spec, true).cards.empty());
    EXPECT_EQ(count(*scene::planFrame(f.model, f.spec, f.metrics).furniture, Piece::Card), 0);
    // The furniture's cover never holds what follows the view.
    f.spec.timeline.route = true;
    EXPECT_TRUE(scene::furnitureInput(f.model, f.spec, false).cards.empty());
}

TEST(FramePlanTest, EdgeIndicatorsOnlyWithADataSet) {
    Fixture f;
    const auto found = scene::frameEdgeIndicators(f.model, f.spec);
    ASSERT_EQ(found.size(), 1u);
    EXPECT_EQ(found[0].name, "Beijing");
    EXPECT_EQ(found[0].edge, scene::FrameEdge::Right);
    EXPECT_EQ(count(*scene::planFrame(f.model, f.spec, f.metrics).furniture, Piece::EdgeArrow), 1);

    f.model.timeline.dataset = nullptr;
    EXPECT_TRUE(scene::frameEdgeIndicators(f.model, f.spec).empty());
    EXPECT_EQ(count(*scene::planFrame(f.model, f.spec, f.metrics).furniture, Piece::EdgeArrow), 0);
    f.model.timeline.dataset = f.dataset.get();
    f.spec.overlays.edgeIndicators = false;
    EXPECT_TRUE(scene::frameEdgeIndicators(f.model, f.spec).empty());
}

TEST(FramePlanTest, LabelsKeepClearOfTheLegendOutToTheFrameEdgesItTouches) {
    Fixture f;
    for (const auto corner : {scene::FrameCorner::TopRight, scene::FrameCorner::TopLeft}) {
        f.spec.overlays.legendCorner = corner;
        f.spec.overlays.leftInsetPx = corner == scene::FrameCorner::TopLeft ? 300.f : 0.f;
        const scene::FramePlan plan = scene::planFrame(f.model, f.spec, f.metrics);
        ASSERT_TRUE(plan.furniture && plan.furniture->hasLegend());
        const scene::LabelBox legend = plan.furniture->legendShadowBox();
        const scene::LabelBox* cover = nullptr;
        for (const auto& b : plan.labelReservedPx)
            if (inside(legend, b) && b.y0 == 0.f) cover = &b;
        ASSERT_NE(cover, nullptr) << "no reserved box from the legend to the top edge";
        if (corner == scene::FrameCorner::TopRight) {
            EXPECT_EQ(cover->x1, 1920.f);
            EXPECT_GT(cover->x0, 960.f);
        } else {
            EXPECT_EQ(cover->x0, 0.f);  // over the panel, to the frame's left edge
            EXPECT_LT(cover->x1, 960.f);
        }
        EXPECT_LT(cover->y1, 1080.f);
        // Every other furniture box is kept clear of with 2 pt to spare.
        for (const auto& b : plan.furniture->reserved) {
            const float pad = 2.f * static_cast<float>(f.spec.pixelsPerPoint);
            const scene::LabelBox padded{b.x0 - pad, b.y0 - pad, b.x1 + pad, b.y1 + pad};
            EXPECT_TRUE(std::any_of(plan.labelReservedPx.begin(), plan.labelReservedPx.end(),
                                    [&](const scene::LabelBox& r) { return inside(padded, r); }));
        }
        EXPECT_TRUE(plan.labelNodeObstacles);
    }
    // Without furniture fonts nothing is planned and the labels avoid nothing of it.
    f.metrics.furniture = nullptr;
    const scene::FramePlan bare = scene::planFrame(f.model, f.spec, f.metrics);
    EXPECT_FALSE(bare.furniture);
    EXPECT_TRUE(bare.labelReservedPx.empty());
}

void expectSameBox(const scene::LabelBox& a, const scene::LabelBox& b, const std::string& what) {
    EXPECT_NEAR(a.x0, b.x0, 1e-2f) << what;
    EXPECT_NEAR(a.y0, b.y0, 1e-2f) << what;
    EXPECT_NEAR(a.x1, b.x1, 1e-2f) << what;
    EXPECT_NEAR(a.y1, b.y1, 1e-2f) << what;
}

TEST(FramePlanTest, EveryTileGetsTheWholeFramesPlan) {
    Fixture f;
    f.spec.widthPx = 3000;
    f.spec.heightPx = 2000;
    f.spec.pixelsPerPoint = scene::pixelsPerPointForSize(3000, 2000);
    f.spec.overlays.inset = true;
    f.spec.overlays.callouts = {
        {"Khorgos dry port opens", "2015", f.timeline.route[0].path[0], 1.f}};
    const scene::FramePlan whole = scene::planFrame(f.model, f.spec, f.metrics);
    ASSERT_TRUE(whole.furniture);
    EXPECT_EQ(count(*whole.furniture, Piece::Card), 2);
    EXPECT_EQ(count(*whole.furniture, Piece::EdgeArrow), 1);
    EXPECT_EQ(count(*whole.furniture, Piece::ScaleBar), 1);
    EXPECT_EQ(count(*whole.furniture, Piece::Inset), 1);
    for (const glm::ivec2 at : {glm::ivec2(0, 0), glm::ivec2(700, 1400), glm::ivec2(2800, 700)}) {
        const scene::FrameSpec tile = scene::tileSpec(f.spec, at.x, at.y, 700, 700);
        const scene::FramePlan plan = scene::planFrame(f.model, tile, f.metrics);
        ASSERT_TRUE(plan.furniture);
        const std::string where = std::to_string(at.x) + "," + std::to_string(at.y);
        ASSERT_EQ(plan.furniture->boxes.size(), whole.furniture->boxes.size()) << where;
        for (size_t i = 0; i < plan.furniture->boxes.size(); ++i) {
            EXPECT_EQ(plan.furniture->boxes[i].piece, whole.furniture->boxes[i].piece) << where;
            expectSameBox(plan.furniture->boxes[i].box, whole.furniture->boxes[i].box, where);
        }
        ASSERT_EQ(plan.labelReservedPx.size(), whole.labelReservedPx.size()) << where;
        for (size_t i = 0; i < plan.labelReservedPx.size(); ++i)
            expectSameBox(plan.labelReservedPx[i], whole.labelReservedPx[i], where);
        const auto items = plan.furniture->drawOrder(), wholeItems = whole.furniture->drawOrder();
        ASSERT_EQ(items.size(), wholeItems.size()) << where;
        for (size_t i = 0; i < items.size(); ++i) {
            EXPECT_EQ(items[i].text, wholeItems[i].text) << where;
            EXPECT_NEAR(items[i].a.x, wholeItems[i].a.x, 1e-2f) << where;
            EXPECT_NEAR(items[i].a.y, wholeItems[i].a.y, 1e-2f) << where;
            EXPECT_NEAR(items[i].b.x, wholeItems[i].b.x, 1e-2f) << where;
            EXPECT_NEAR(items[i].b.y, wholeItems[i].b.y, 1e-2f) << where;
        }
    }
    // The cover a story step is framed around is the whole frame's too.
    const auto cover = scene::furnitureCoverPx(f.model, f.spec, f.metrics);
    EXPECT_FALSE(cover.empty());
}

}  // namespace
