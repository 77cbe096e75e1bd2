// The map and the panel count the same flows: in single-year and window modes, the arcs drawn
// (scene::applyTimelineView, then the arc shader's rule: visible while yearStart <= year <
// yearEnd, whole once grown kArcGrowYears after yearStart unless flagged kArcWhole) are exactly
// the flows the panel's Filters section counts (data::totalOf at the panel's time selection).
// With the shipped data: "2024" in year mode once showed an empty map while the panel said 9.
#include "data/dataset.h"
#include "data/flow_queries.h"
#include "geo/projection.h"
#include "scene/timeline_geometry.h"
#include "ui/panel_sections.h"

#include <gtest/gtest.h>

#include <set>

namespace {

struct Shipped {
    data::Dataset dataset;
    scene::TimelineGeometry base;
};

const Shipped& shipped() {
    static const Shipped s = [] {
        Shipped out;
        out.dataset = data::loadDataset(std::string(CORRIDOR_SOURCE_DIR) + "/assets/data").dataset;
        std::string err;
        auto proj = geo::Projection::create(geo::ProjectionKind::Lcc, &err);
        out.base = scene::buildTimelineGeometry(out.dataset, *proj);
        return out;
    }();
    return s;
}

// Flows whose arcs the shader draws whole at `year` (the mirror of shaders/arc.vert).
std::set<uint32_t> drawnWhole(const std::vector<scene::ArcInstance>& arcs, double year) {
    std::set<uint32_t> out;
    const auto y = static_cast<float>(year);
    for (const scene::ArcInstance& a : arcs) {
        if (a.widthPt <= 0.f || !(a.yearStart <= y && y < a.yearEnd)) continue;
        const bool grown =
            (a.flags & scene::kArcWhole) != 0 || y - a.yearStart >= scene::kArcGrowYears;
        if (grown) out.insert(a.flowIndex);
    }
    return out;
}

std::set<uint32_t> panelCounts(const ui::PanelModel& m, const data::Dataset& dataset, int* count) {
    *count = data::totalOf(dataset, ui::detail::timeSelection(m), m.filter).flowCount;
    std::set<uint32_t> out;
    for (const auto& v : data::visibleFlows(dataset, ui::detail::timeSelection(m), m.filter))
        out.insert(static_cast<uint32_t>(v.index));
    return out;
}

void expectSameSet(data::TimeMode mode, int windowYears, double year,
                   const data::FlowFilter& filter = {}) {
    const Shipped& s = shipped();
    ui::PanelModel m;
    m.mode = mode;
    m.windowYears = windowYears;
    m.year = year;
    m.filter = filter;
    scene::TimelineView view;
    view.mode = m.mode;
    view.windowYears = m.windowYears;
    view.filter = m.filter;
    std::vector<scene::ArcInstance> arcs;
    scene::applyTimelineView(s.dataset, s.base, view, &arcs, nullptr);
    int count = 0;
    const std::set<uint32_t> panel = panelCounts(m, s.dataset, &count);
    const std::set<uint32_t> map = drawnWhole(arcs, year);
    EXPECT_EQ(static_cast<int>(panel.size()), count);
    EXPECT_EQ(map, panel) << "mode " << static_cast<int>(mode) << ", window " << windowYears
                          << ", year " << year << ": map draws " << map.size()
                          << " flows whole, the panel counts " << count;
}

TEST(MapPanelCount, SingleYearDrawsEveryFlowOfTheYearWhole) {
    ASSERT_FALSE(shipped().dataset.flows().empty());
    // At the first day of the year (the slider snaps there), inside it, and at its end.
    for (double year : {2005.0, 2013.0, 2017.0, 2023.0, 2024.0, 2024.1, 2024.5, 2025.0, 2025.99})
        expectSameSet(data::TimeMode::SingleYear, 1, year);
}

TEST(MapPanelCount, YearModeAt2024IsNotEmpty) {
    int count = 0;
    ui::PanelModel m;
    m.mode = data::TimeMode::SingleYear;
    m.year = 2024.0;
    panelCounts(m, shipped().dataset, &count);
    ASSERT_GT(count, 0);
    scene::TimelineView view;
    view.mode = data::TimeMode::SingleYear;
    std::vector<scene::ArcInstance> arcs;
    scene::applyTimelineView(shipped().dataset, shipped().base, view, &arcs, nullptr);
    EXPECT_EQ(static_cast<int>(drawnWhole(arcs, 2024.0).size()), count);
}

TEST(MapPanelCount, WindowModeDrawsTheWindowsFlowsWhole) {
    for (int window : {2, 3, 5})
        for (double year : {2014.0, 2019.5, 2024.0, 2025.9})
            expectSameSet(data::TimeMode::Window, window, year);
}

TEST(MapPanelCount, FiltersApplyToBoth) {
    data::FlowFilter energy;
    energy.sectors = {data::Sector::OilGasEnergy};
    expectSameSet(data::TimeMode::SingleYear, 1, 2013.0, energy);
    data::FlowFilter small;
    small.maxAmountUsd = 999999999.0;
    expectSameSet(data::TimeMode::Window, 3, 2025.9, small);
}

}  // namespace
