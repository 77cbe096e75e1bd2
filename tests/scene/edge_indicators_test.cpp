// scene::edgeIndicators: an off-screen origin of visible flows gives one arrow on the edge the
// flows cross, with their count and sums per amount kind (never across kinds); none when the
// origin is on screen; the corridor's off-screen end is followed out to its last place.
#include "scene/edge_indicators.h"

#include "data/dataset.h"
#include "geo/projection.h"

#include <gtest/gtest.h>

#include <memory>

namespace {

using scene::EdgeIndicator;
using scene::FrameEdge;

data::Place place(const std::string& id, const std::string& name, double lon, double lat) {
    data::Place p;
    p.id = id;
    p.name = name;
    p.country = "KAZ";
    p.lon = lon;
    p.lat = lat;
    return p;
}

data::Flow flow(const std::string& to, double amount, data::AmountKind kind, int yearStart) {
    data::Flow f;
    f.id = to + std::to_string(yearStart);
    f.originId = "beijing";
    f.destinationId = to;
    f.amountUsd = amount;
    f.amountKind = kind;
    f.yearStart = yearStart;
    f.status = data::ProjectStatus::Operating;
    return f;
}

data::CorridorSegment segment(const std::string& from, const std::string& to) {
    data::CorridorSegment s;
    s.id = from + "_" + to;
    s.fromId = from;
    s.toId = to;
    return s;
}

// Beijing's flows to Almaty and Tashkent (two amount kinds), and a corridor from Lianyungang
// through Xi'an and Khorgos to Almaty.
struct EdgeFixture {
    std::unique_ptr<data::Dataset> dataset;
    std::unique_ptr<geo::Projection> projection;
    scene::TimelineGeometry timeline;
    std::vector<scene::ArcInstance> arcs;
    bool withRoute = false, arcsOn = true;

    // The frame that shows the lon/lat box at 1920x1080.
    scene::EdgeIndicatorInput input(geo::LonLatBox box, double year) const {
        scene::EdgeIndicatorInput in;
        glm::dvec2 lo, hi;
        projection->boundsOf(box, &lo, &hi);
        in.frameSizePx = {1920.0, 1080.0};
        in.camera = scene::fitCamera(lo, hi, in.frameSizePx);
        in.year = year;
        in.dataset = dataset.get();
        in.arcs = arcsOn ? &arcs : nullptr;
        in.route = withRoute ? &timeline.route : nullptr;
        in.projection = projection.get();
        return in;
    }
};

EdgeFixture makeEdgeFixture() {
    data::DatasetTables t;
    t.places = {
        place("beijing", "Beijing", 116.4, 39.9),   place("almaty", "Almaty", 76.9, 43.2),
        place("tashkent", "Tashkent", 69.24, 41.3), place("lyg", "Lianyungang", 119.2, 34.6),
        place("xian", "Xi'an", 108.9, 34.3),        place("horgos", "Khorgos", 80.4, 44.2)};
    t.flows = {flow("almaty", 1e9, data::AmountKind::TotalCost, 2010),
               flow("almaty", 3e9, data::AmountKind::TotalCost, 2012),
               flow("tashkent", 2e9, data::AmountKind::Loan, 2016),
               flow("tashkent", 5e9, data::AmountKind::Loan, 2024)};
    t.segments = {segment("lyg", "xian"), segment("xian", "horgos"), segment("horgos", "almaty")};
    EdgeFixture f;
    f.dataset = std::make_unique<data::Dataset>(std::move(t), 0);
    std::string err;
    f.projection = std::make_unique<geo::Projection>(
        std::move(*geo::Projection::create(geo::ProjectionKind::Lcc, &err)));
    f.timeline = scene::buildTimelineGeometry(*f.dataset, *f.projection);
    f.arcs = f.timeline.arcs;
    return f;
}

TEST(EdgeIndicatorsTest, OriginEastOfTheViewGivesOneArrowOnTheRightEdge) {
    const EdgeFixture f = makeEdgeFixture();
    // Central Asia, Almaty and Tashkent in view, Beijing far to the east.
    const scene::EdgeIndicatorInput in = f.input({60.0, 36.0, 82.0, 48.0}, 2020.0);
    const auto found = scene::edgeIndicators(in);
    ASSERT_EQ(found.size(), 1u);
    const EdgeIndicator& b = found[0];
    EXPECT_EQ(b.kind, EdgeIndicator::Kind::FlowOrigin);
    EXPECT_EQ(b.name, "Beijing");
    EXPECT_EQ(b.edge, FrameEdge::Right);
    EXPECT_DOUBLE_EQ(b.edgePx.x, in.frameSizePx.x);
    EXPECT_GT(b.edgePx.y, 0.0);
    EXPECT_LT(b.edgePx.y, in.frameSizePx.y);
    EXPECT_GT(b.directionPx.x, 0.8);  // pointing east (and up), toward Beijing
    // Three flows started by 2020 (the 2024 one is not there yet), two kinds kept apart.
    EXPECT_EQ(b.flowCount, 3);
    ASSERT_EQ(b.totals.usdByKind.size(), 2u);
    EXPECT_DOUBLE_EQ(b.totals.usdByKind.at(data::AmountKind::TotalCost), 4e9);
    EXPECT_DOUBLE_EQ(b.totals.usdByKind.at(data::AmountKind::Loan), 2e9);
    // Beijing lies some 1,500-2,500 km beyond the view's east edge (82 E).
    EXPECT_GT(b.distanceKm, 1500.0);
    EXPECT_LT(b.distanceKm, 3000.0);
    const auto lines = scene::edgeIndicatorLines(b);
    ASSERT_EQ(lines.size(), 4u);
    EXPECT_EQ(lines[0].rfind("Beijing", 0), 0u);
    EXPECT_NE(lines[0].find(" km"), std::string::npos);
    EXPECT_EQ(lines[1], "3 flows");
    EXPECT_EQ(lines[2], "$4 bn total cost");
    EXPECT_EQ(lines[3], "$2 bn loan");
}

TEST(EdgeIndicatorsTest, NoneWhenTheOriginIsOnScreen) {
    const EdgeFixture f = makeEdgeFixture();
    const auto found = scene::edgeIndicators(f.input({55.0, 30.0, 125.0, 55.0}, 2020.0));
    for (const EdgeIndicator& i : found) EXPECT_NE(i.name, "Beijing");
    EXPECT_TRUE(found.empty());
}

TEST(EdgeIndicatorsTest, FilteredOrUnstartedFlowsDoNotCount) {
    EdgeFixture f = makeEdgeFixture();
    for (auto& arc : f.arcs) arc.widthPt = 0.f;  // everything filtered out
    EXPECT_TRUE(scene::edgeIndicators(f.input({60.0, 36.0, 82.0, 48.0}, 2020.0)).empty());
    const EdgeFixture g = makeEdgeFixture();
    EXPECT_TRUE(scene::edgeIndicators(g.input({60.0, 36.0, 82.0, 48.0}, 2005.0)).empty());
}

TEST(EdgeIndicatorsTest, SingleYearModeCountsItsFlowsWholeFromTheYearsFirstDay) {
    // On 1 January 2024 a cumulative map has not yet grown the 2024 flow; the single-year map
    // draws it whole (kArcWhole), and the indicator counts what the map draws.
    EdgeFixture f = makeEdgeFixture();
    EXPECT_EQ(scene::edgeIndicators(f.input({60.0, 36.0, 82.0, 48.0}, 2024.0)).at(0).flowCount, 3);
    scene::TimelineView year;
    year.mode = data::TimeMode::SingleYear;
    scene::applyTimelineView(*f.dataset, f.timeline, year, &f.arcs, nullptr);
    const auto found = scene::edgeIndicators(f.input({60.0, 36.0, 82.0, 48.0}, 2024.0));
    ASSERT_EQ(found.size(), 1u);
    EXPECT_EQ(found[0].flowCount, 1);
    EXPECT_DOUBLE_EQ(found[0].totals.usdByKind.at(data::AmountKind::Loan), 5e9);
}

TEST(EdgeIndicatorsTest, MoneyNotSpentIsCountedApartNeverSummed) {
    EdgeFixture f = makeEdgeFixture();
    data::DatasetTables t;
    t.places = f.dataset->places();
    t.flows = f.dataset->flows();
    t.flows[1].status = data::ProjectStatus::Announced;  // the $3 bn 2012 flow: a promise
    t.segments = f.dataset->segments();
    f.dataset = std::make_unique<data::Dataset>(std::move(t), 0);
    f.timeline = scene::buildTimelineGeometry(*f.dataset, *f.projection);
    f.arcs = f.timeline.arcs;
    const auto found = scene::edgeIndicators(f.input({60.0, 36.0, 82.0, 48.0}, 2020.0));
    ASSERT_EQ(found.size(), 1u);
    EXPECT_EQ(found[0].flowCount, 3);
    EXPECT_EQ(found[0].notSpent, 1);
    EXPECT_DOUBLE_EQ(found[0].totals.usdByKind.at(data::AmountKind::TotalCost), 1e9);
    const auto lines = scene::edgeIndicatorLines(found[0]);
    EXPECT_EQ(lines.back(), "1 announced or halted, not spent");
    // With Russian or Chinese furniture the words follow (the place has no Russian name here).
    const auto ru = scene::edgeIndicatorLines(found[0], scene::UiLanguage::Ru);
    EXPECT_EQ(ru[0].rfind("Beijing", 0), 0u);
    EXPECT_NE(ru[0].find(" км"), std::string::npos);
    EXPECT_EQ(ru[1], "3 потока");
    EXPECT_EQ(ru.back(), "1 объявлено или остановлено, не вложено");
    const auto zh = scene::edgeIndicatorLines(found[0], scene::UiLanguage::Zh);
    EXPECT_EQ(zh[1], "3笔投资");
    EXPECT_NE(zh[2].find("贷款"), std::string::npos);  // the $2 bn loan, largest first
    EXPECT_NE(zh[3].find("总成本"), std::string::npos);
}

TEST(EdgeIndicatorsTest, FlowsThatNeverEnterTheFrameGiveNone) {
    const EdgeFixture f = makeEdgeFixture();
    // Western Europe: neither Beijing nor the flows' destinations nor the arcs are in view.
    EXPECT_TRUE(scene::edgeIndicators(f.input({0.0, 40.0, 20.0, 55.0}, 2020.0)).empty());
}

TEST(EdgeIndicatorsTest, CorridorEndIsFollowedToItsLastPlace) {
    EdgeFixture f = makeEdgeFixture();
    f.withRoute = true;
    f.arcsOn = false;
    // The corridor runs Lianyungang - Xi'an - Khorgos - Almaty; the view shows Almaty and
    // Khorgos only, so one arrow on the right edge names Lianyungang, the corridor's end.
    const auto found = scene::edgeIndicators(f.input({66.0, 38.0, 86.0, 48.0}, 2020.0));
    ASSERT_EQ(found.size(), 1u);
    EXPECT_EQ(found[0].kind, EdgeIndicator::Kind::RouteEnd);
    EXPECT_EQ(found[0].name, "Lianyungang");
    EXPECT_EQ(found[0].edge, FrameEdge::Right);
    EXPECT_EQ(scene::edgeIndicatorLines(found[0]).size(), 1u);
}

}  // namespace
