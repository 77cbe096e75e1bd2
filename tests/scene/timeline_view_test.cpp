// scene::applyTimelineView: filters, time modes and highlights applied to the arcs and markers
// that are uploaded, never per frame.
#include "scene/timeline_geometry.h"

#include "data/dataset.h"
#include "geo/projection.h"

#include <gtest/gtest.h>

#include <optional>
#include <string>
#include <vector>

namespace {

data::Place place(const std::string& id, const std::string& country, double lon, double lat) {
    data::Place p;
    p.id = id;
    p.name = id;
    p.country = country;
    p.lon = lon;
    p.lat = lat;
    return p;
}

data::Flow flow(const std::string& id, data::Sector sector, const std::string& to, double amount,
                int yearStart) {
    data::Flow f;
    f.id = id;
    f.name = id;
    f.sector = sector;
    f.originId = "beijing";
    f.destinationId = to;
    f.amountUsd = amount;
    f.amountKind = data::AmountKind::TotalCost;
    f.yearStart = yearStart;
    f.confidence = data::Confidence::Medium;
    f.status = data::ProjectStatus::Operating;  // realised: drawn solid, counted in the discs
    return f;
}

struct Fixture {
    data::Dataset dataset;
    scene::TimelineGeometry base;
};

Fixture makeFixture() {
    data::DatasetTables t;
    t.places = {place("beijing", "CHN", 116.4, 39.9), place("almaty", "KAZ", 76.9, 43.2),
                place("tashkent", "UZB", 69.24, 41.3)};
    t.flows = {flow("rail", data::Sector::TransportLogistics, "almaty", 1e9, 2010),
               flow("oil", data::Sector::OilGasEnergy, "almaty", 3e9, 2012),
               flow("gas", data::Sector::OilGasEnergy, "tashkent", 2e9, 2016)};
    Fixture f{data::Dataset(std::move(t), 0), {}};
    std::string err;
    auto proj = geo::Projection::create(geo::ProjectionKind::Lcc, &err);
    f.base = scene::buildTimelineGeometry(f.dataset, *proj);
    return f;
}

const scene::DestinationMarker& markerAt(const std::vector<scene::DestinationMarker>& m,
                                         uint32_t place) {
    for (const auto& x : m) {
        if (x.placeIndex == place) return x;
    }
    ADD_FAILURE() << "no marker at place " << place;
    return m.front();
}

TEST(TimelineView, DefaultViewChangesNothing) {
    const Fixture f = makeFixture();
    std::vector<scene::ArcInstance> arcs;
    std::vector<scene::DestinationMarker> markers;
    scene::applyTimelineView(f.dataset, f.base, {}, &arcs, &markers);
    ASSERT_EQ(arcs.size(), f.base.arcs.size());
    for (size_t i = 0; i < arcs.size(); ++i) {
        EXPECT_EQ(arcs[i].widthPt, f.base.arcs[i].widthPt);
        EXPECT_EQ(arcs[i].yearEnd, f.base.arcs[i].yearEnd);
        EXPECT_EQ(arcs[i].flags, f.base.arcs[i].flags);
    }
    ASSERT_EQ(markers.size(), f.base.markers.size());
    for (size_t i = 0; i < markers.size(); ++i)
        EXPECT_EQ(markers[i].amountUsdAt, f.base.markers[i].amountUsdAt);
}

TEST(TimelineView, FilterHidesArcsAndTheirAmounts) {
    const Fixture f = makeFixture();
    scene::TimelineView view;
    view.filter.sectors = {data::Sector::OilGasEnergy};
    std::vector<scene::ArcInstance> arcs;
    std::vector<scene::DestinationMarker> markers;
    scene::applyTimelineView(f.dataset, f.base, view, &arcs, &markers);
    for (const auto& a : arcs) {
        const bool oil = f.dataset.flows()[a.flowIndex].sector == data::Sector::OilGasEnergy;
        EXPECT_EQ(a.widthPt > 0.f, oil) << f.dataset.flows()[a.flowIndex].id;
    }
    // Almaty keeps only the oil flow's $3 bn.
    EXPECT_FLOAT_EQ(scene::markerAmountAt(markerAt(markers, 1), 2014.0), 3e9f);
    EXPECT_FLOAT_EQ(scene::markerAmountAt(markerAt(f.base.markers, 1), 2014.0), 4e9f);
}

TEST(TimelineView, SingleYearAndWindowModesEndTheArcs) {
    const Fixture f = makeFixture();
    scene::TimelineView view;
    view.mode = data::TimeMode::SingleYear;
    std::vector<scene::ArcInstance> arcs;
    std::vector<scene::DestinationMarker> markers;
    scene::applyTimelineView(f.dataset, f.base, view, &arcs, &markers);
    for (const auto& a : arcs) EXPECT_EQ(a.yearEnd, a.yearStart + 1.f);
    // The 2010 rail flow is gone from Almaty's total in 2012.
    EXPECT_FLOAT_EQ(scene::markerAmountAt(markerAt(markers, 1), 2010.8), 1e9f);
    EXPECT_FLOAT_EQ(scene::markerAmountAt(markerAt(markers, 1), 2011.5), 0.f);

    view.mode = data::TimeMode::Window;
    view.windowYears = 3;
    scene::applyTimelineView(f.dataset, f.base, view, &arcs, &markers);
    for (const auto& a : arcs) EXPECT_EQ(a.yearEnd, a.yearStart + 3.f);
    EXPECT_FLOAT_EQ(scene::markerAmountAt(markerAt(markers, 1), 2012.9), 4e9f);
    EXPECT_FLOAT_EQ(scene::markerAmountAt(markerAt(markers, 1), 2013.5), 3e9f);
}

TEST(TimelineView, HighlightsFlagTheirArcs) {
    const Fixture f = makeFixture();
    scene::TimelineView view;
    view.highlightFlows = {2, 99};  // an index past the end is ignored
    std::vector<scene::ArcInstance> arcs;
    scene::applyTimelineView(f.dataset, f.base, view, &arcs, nullptr);
    for (const auto& a : arcs)
        EXPECT_EQ((a.flags & scene::kArcHighlighted) != 0, a.flowIndex == 2u);
}

}  // namespace
