// scene::aggregateFlows and FlowAggregation: many flows drawn as the largest aggregated arcs
// between clusters, counts and amounts conserved per kind, the rest summed up for the legend,
// and aggregated again only when the zoom level or the view changes.
#include "scene/flow_aggregate.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <map>
#include <random>
#include <tuple>
#include <vector>

namespace {

using scene::ArcInstance;

// Flows from three origins to places spread over Central Asia's size, with every kind of
// amount (and none), three sectors, start years 2005..2024, some ended, some filtered out.
std::vector<ArcInstance> randomFlows(size_t n, uint32_t seed) {
    std::mt19937 rng(seed);
    std::uniform_real_distribution<double> x(-2e6, 2e6), y(-1e6, 1e6);
    std::uniform_int_distribution<int> pick(0, 999);
    const glm::dvec2 origins[] = {{2.5e6, 0.0}, {2.4e6, 3e5}, {1.6e6, 2e5}};
    std::vector<ArcInstance> arcs;
    for (size_t i = 0; i < n; ++i) {
        ArcInstance a;
        a.originWorld = origins[pick(rng) % 3];
        a.destWorld = {x(rng), y(rng)};
        if (i % 4 == 0) a.destWorld = {100e3 * (pick(rng) % 5), 50e3};  // a few busy places
        a.widthPt = (i % 17 == 0) ? 0.f : 2.f;  // 0: filtered out by the view
        a.sector = static_cast<data::Sector>(pick(rng) % 3);
        a.yearStart = static_cast<float>(2005 + pick(rng) % 20);
        if (i % 5 == 0) a.yearEnd = a.yearStart + static_cast<float>(1 + pick(rng) % 6);
        a.amountKind = static_cast<int8_t>(pick(rng) % 6 - 1);  // -1: kind not given
        a.amountUsd = (i % 9 == 0) ? NAN : 1e6 * (1 + pick(rng));
        a.flowIndex = static_cast<uint32_t>(i);
        arcs.push_back(a);
    }
    return arcs;
}

bool showsAt(const ArcInstance& a, double year) {
    return a.widthPt > 0.f && a.yearStart <= year && year < a.yearEnd;
}

size_t bucket(const ArcInstance& a) {
    return a.amountKind < 0 ? scene::kAmountKindBuckets - 1 : static_cast<size_t>(a.amountKind);
}

const double kYears[] = {2004.5, 2005.0, 2007.3, 2010.0, 2014.99, 2019.5, 2024.2, 2031.0};

TEST(FlowAggregate, CountsAndAmountsPerKindAreConservedAtEveryYear) {
    const auto flows = randomFlows(20000, 3);
    const scene::FlowClusters clusters = scene::buildFlowClusters(flows);
    for (int level : {2, 4, 7}) {
        const scene::FlowAggregate agg = scene::aggregateFlows(flows, clusters, level, "dark", 300);
        ASSERT_EQ(agg.arcs.size(), agg.contents.size());
        for (double year : kYears) {
            uint64_t visible = 0;
            std::array<double, scene::kAmountKindBuckets> amount{};
            for (const ArcInstance& f : flows) {
                if (!showsAt(f, year)) continue;
                ++visible;
                if (std::isfinite(f.amountUsd)) amount[bucket(f)] += f.amountUsd;
            }
            uint64_t drawn = 0;
            std::array<double, scene::kAmountKindBuckets> drawnAmount{};
            for (size_t k = 0; k < agg.arcs.size(); ++k) {
                if (!showsAt(agg.arcs[k], year)) continue;
                drawn += agg.contents[k].flows;
                for (size_t b = 0; b < scene::kAmountKindBuckets; ++b)
                    drawnAmount[b] += agg.contents[k].amountUsd[b];
            }
            const scene::AggregateSlot* slot = scene::aggregateSlotAt(agg, year);
            // The slot's run holds exactly the arcs showing at the year (the renderer draws it).
            for (size_t k = 0; k < agg.arcs.size(); ++k) {
                const bool inRun =
                    slot && k >= slot->firstArc && k < slot->firstArc + slot->arcCount;
                EXPECT_EQ(inRun, showsAt(agg.arcs[k], year)) << k << " at " << year;
            }
            if (visible == 0) {
                EXPECT_EQ(drawn, 0u);
                continue;
            }
            ASSERT_NE(slot, nullptr) << year;
            EXPECT_EQ(slot->visibleFlows, visible) << year;
            EXPECT_EQ(drawn + slot->notDrawnFlows, visible) << "level " << level << ", " << year;
            EXPECT_LE(slot->localFlows, slot->notDrawnFlows);
            for (size_t b = 0; b < scene::kAmountKindBuckets; ++b) {
                EXPECT_NEAR(drawnAmount[b] + slot->notDrawnAmountUsd[b], amount[b],
                            1e-9 * amount[b] + 1.0)
                    << "kind " << b << ", level " << level << ", " << year;
            }
        }
    }
}

TEST(FlowAggregate, AnArcHoldsOneSectorBetweenTwoClustersAndNoKindsAreAdded) {
    // 6,000 flows between the same two places: loans for oil and gas, equity for transport.
    std::vector<ArcInstance> flows;
    for (int i = 0; i < 6000; ++i) {
        ArcInstance a;
        a.originWorld = {0.0, 0.0};
        a.destWorld = {2e6, 0.0};
        a.sector = i % 2 ? data::Sector::OilGasEnergy : data::Sector::TransportLogistics;
        a.amountKind =
            static_cast<int8_t>(i % 2 ? data::AmountKind::Loan : data::AmountKind::Equity);
        a.amountUsd = 1e6;
        a.yearStart = i < 3000 ? 2010.f : 2015.f;
        flows.push_back(a);
    }
    const scene::FlowClusters clusters = scene::buildFlowClusters(flows);
    const scene::FlowAggregate agg = scene::aggregateFlows(flows, clusters, 4, "dark");
    // Per sector, one piece 2010-2015 of 1,500 flows and one from 2015 of 3,000.
    ASSERT_EQ(agg.arcs.size(), 4u);
    std::map<std::pair<int, float>, scene::AggregateContent> bySectorYear;
    for (size_t k = 0; k < agg.arcs.size(); ++k)
        bySectorYear[{static_cast<int>(agg.arcs[k].sector), agg.arcs[k].yearStart}] =
            agg.contents[k];
    const auto oil = bySectorYear.at({1, 2015.f});
    EXPECT_EQ(oil.flows, 3000u);
    EXPECT_DOUBLE_EQ(oil.amountUsd[static_cast<size_t>(data::AmountKind::Loan)], 3e9);
    EXPECT_DOUBLE_EQ(oil.amountUsd[static_cast<size_t>(data::AmountKind::Equity)], 0.0);
    EXPECT_EQ(bySectorYear.at({0, 2010.f}).flows, 1500u);
    // The two sectors fan out; the 2015 piece continues the 2010 one whole (no regrowth).
    for (const ArcInstance& a : agg.arcs) {
        const bool second = a.yearStart == 2015.f;
        EXPECT_EQ((a.flags & scene::kArcWhole) != 0, second);
        EXPECT_EQ(a.bend, a.sector == data::Sector::TransportLogistics
                              ? scene::kArcBaseBend
                              : scene::kArcBaseBend + scene::kArcPairStep);
        EXPECT_EQ(a.flowIndex, scene::kAggregateFlowIndex);
        EXPECT_EQ(a.yearEnd, second ? INFINITY : 2015.f);
    }
    EXPECT_EQ(agg.maxFlowsPerArc, 3000u);
    for (size_t k = 0; k < agg.arcs.size(); ++k) {
        EXPECT_FLOAT_EQ(agg.arcs[k].widthPt, agg.contents[k].flows == 3000u
                                                 ? scene::kAggregateMaxWidthPt
                                                 : 0.5f * scene::kAggregateMaxWidthPt);
    }
}

TEST(FlowAggregate, OnlyTheLargestArcsAreDrawnAtAnyYear) {
    const auto flows = randomFlows(12000, 5);
    const scene::FlowClusters clusters = scene::buildFlowClusters(flows);
    const int level = 4;
    const size_t topN = 40;
    const scene::FlowAggregate agg = scene::aggregateFlows(flows, clusters, level, "dark", topN);
    const auto at = clusters.clustersAt(level);
    for (double year : kYears) {
        // Every group's flows at this year, counted here from scratch.
        std::map<std::tuple<uint32_t, uint32_t, int>, uint32_t> groups;
        for (size_t i = 0; i < flows.size(); ++i) {
            if (!showsAt(flows[i], year)) continue;
            const uint32_t o = at[clusters.originCell[i]], d = at[clusters.destCell[i]];
            if (o != d) ++groups[{o, d, static_cast<int>(flows[i].sector)}];
        }
        std::vector<uint32_t> sizes;
        for (const auto& [key, n] : groups) sizes.push_back(n);
        std::sort(sizes.rbegin(), sizes.rend());
        std::vector<uint32_t> drawn;
        for (size_t k = 0; k < agg.arcs.size(); ++k) {
            if (showsAt(agg.arcs[k], year)) drawn.push_back(agg.contents[k].flows);
        }
        std::sort(drawn.rbegin(), drawn.rend());
        // Exactly the topN largest group sizes (ties may pick either group of a size).
        sizes.resize(std::min(sizes.size(), topN));
        EXPECT_EQ(drawn, sizes) << year;
    }
}

TEST(FlowAggregate, TheLegendCountsFlowsAndSumsUpWhatIsNotDrawn) {
    const auto flows = randomFlows(20000, 7);
    const scene::FlowClusters clusters = scene::buildFlowClusters(flows);
    const scene::FlowAggregate agg = scene::aggregateFlows(flows, clusters, 5, "dark", 100);
    const scene::AggregateNote note = scene::aggregateNoteAt(agg, 2024.5);
    const scene::AggregateSlot* slot = scene::aggregateSlotAt(agg, 2024.5);
    ASSERT_NE(slot, nullptr);
    EXPECT_EQ(note.flowsNotDrawn, slot->notDrawnFlows);
    EXPECT_GT(note.flowsNotDrawn, 1000u);
    const double largest =
        *std::max_element(slot->notDrawnAmountUsd.begin(), slot->notDrawnAmountUsd.end());
    EXPECT_DOUBLE_EQ(note.notDrawnAmountUsd, largest);
    EXPECT_TRUE(note.otherKinds);
    EXPECT_EQ(note.maxFlowsPerArc, agg.maxFlowsPerArc);

    scene::LegendContext context;
    context.aggregate = note;
    const scene::LegendSpec legend = scene::buildLegend({}, "dark", 2024.5, context);
    std::vector<std::string> widths, notes;
    for (const auto& e : legend.entries) {
        if (e.kind == scene::LegendEntry::Kind::WidthSample) widths.push_back(e.label);
        if (e.kind == scene::LegendEntry::Kind::Note) notes.push_back(e.label);
        // No sample of a single flow's style: aggregated arcs do not draw them.
        EXPECT_EQ(e.mark == scene::LegendEntry::Mark::Dotted, false) << e.label;
    }
    ASSERT_FALSE(widths.empty());
    EXPECT_NE(widths.back().find(" flows"), std::string::npos) << widths.back();
    const std::string expected = "+" + std::to_string(note.flowsNotDrawn / 1000) + ",";
    const auto line = std::find_if(notes.begin(), notes.end(),
                                   [&](const std::string& s) { return s.rfind(expected, 0) == 0; });
    ASSERT_NE(line, notes.end());
    EXPECT_NE(line->find("flows, $"), std::string::npos) << *line;
    EXPECT_NE(line->find("and other kinds"), std::string::npos) << *line;

    // Not aggregated: the legend is as it always was.
    const scene::LegendSpec plain = scene::buildLegend({}, "dark", 2024.5, {});
    for (const auto& e : plain.entries) EXPECT_EQ(e.label.find("flows"), std::string::npos);
}

TEST(FlowAggregation, SmallDataSetsAreNeverAggregated) {
    scene::FlowAggregation aggregation;
    aggregation.reset(randomFlows(33, 1), true);
    EXPECT_FALSE(aggregation.active());
    EXPECT_FALSE(aggregation.stale(4, {}));
    aggregation.reset(randomFlows(scene::kAggregateMinArcs, 1), true);
    EXPECT_FALSE(aggregation.active());
    aggregation.reset(randomFlows(scene::kAggregateMinArcs + 1, 1), false);  // switched off
    EXPECT_FALSE(aggregation.active());
    aggregation.reset(randomFlows(scene::kAggregateMinArcs + 1, 1), true);
    EXPECT_TRUE(aggregation.active());
}

TEST(FlowAggregation, AggregatesAgainOnlyWhenTheZoomLevelOrTheViewChanges) {
    const auto flows = randomFlows(8000, 9);
    scene::FlowAggregation aggregation;
    aggregation.reset(flows, true);
    const double ppt = scene::kScreenPixelsPerPoint;
    scene::Camera camera = scene::cameraAtZoom({0.0, 0.0}, 4.3, ppt);
    scene::TimelineView view;
    // A frame loop as the renderer runs it: playing years, panning and zooming within level 4.
    for (int frame = 0; frame < 200; ++frame) {
        camera.centerWorld.x += 5e3;
        if (frame % 20 == 0)
            camera = scene::cameraAtZoom(camera.centerWorld, 4.0 + 0.004 * frame, ppt);
        const int level = scene::clusterLevelFor(camera, ppt);
        if (aggregation.stale(level, view))
            aggregation.aggregate(flows, level, view, scene::builtinPalette("dark"));
    }
    EXPECT_EQ(aggregation.aggregations(), 1);
    EXPECT_EQ(aggregation.result().level, 4);
    // Zooming in across a level, and a filter, each aggregate once more.
    EXPECT_TRUE(aggregation.stale(5, view));
    aggregation.aggregate(flows, 5, view, scene::builtinPalette("dark"));
    EXPECT_FALSE(aggregation.stale(5, view));
    view.filter.sectors = {data::Sector::OilGasEnergy};
    EXPECT_TRUE(aggregation.stale(5, view));
    aggregation.aggregate(flows, 5, view, scene::builtinPalette("dark"));
    EXPECT_EQ(aggregation.aggregations(), 3);
    // A theme change recolours without aggregating.
    aggregation.recolour(scene::builtinPalette("light"));
    EXPECT_EQ(aggregation.aggregations(), 3);
    ASSERT_FALSE(aggregation.result().arcs.empty());
    const ArcInstance& a = aggregation.result().arcs.front();
    EXPECT_EQ(a.color.r, scene::sectorColor(a.sector, "light").r);
}

TEST(FlowAggregate, ZoomingInSplitsClustersIntoMoreArcs) {
    const auto flows = randomFlows(10000, 11);
    const scene::FlowClusters clusters = scene::buildFlowClusters(flows);
    size_t previous = 0;
    for (int level : {1, 3, 5}) {
        const scene::FlowAggregate agg =
            scene::aggregateFlows(flows, clusters, level, "dark", 1000000);
        size_t atYearEnd = 0;
        for (const ArcInstance& a : agg.arcs) atYearEnd += showsAt(a, 2025.0);
        EXPECT_GT(atYearEnd, previous) << level;
        previous = atYearEnd;
    }
}

}  // namespace
