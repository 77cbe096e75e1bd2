// scene::buildTimelineGeometry's arcs and markers, the arc curve, the width scale, sector colours
// and the legend; one test over the shipped data set.
#include "scene/timeline_geometry.h"
#include "lcc_projection.h"

#include "data/dataset.h"
#include "geo/projection.h"

#include <gtest/gtest.h>
#include <glm/geometric.hpp>

#include <cmath>
#include <optional>
#include <set>
#include <string>
#include <utility>
#include <vector>

namespace {

using testutil::lcc;

data::Place place(const std::string& id, double lon, double lat) {
    data::Place p;
    p.id = id;
    p.name = id;
    p.country = "KAZ";
    p.lon = lon;
    p.lat = lat;
    return p;
}

data::Flow flow(const std::string& id, const std::string& from, const std::string& to,
                std::optional<double> amount, std::optional<data::AmountKind> kind, int yearStart,
                std::optional<int> yearEnd = std::nullopt) {
    data::Flow f;
    f.id = id;
    f.name = id;
    f.sector = data::Sector::TransportLogistics;
    f.originId = from;
    f.destinationId = to;
    f.amountUsd = amount;
    f.amountKind = kind;
    f.yearStart = yearStart;
    f.yearEnd = yearEnd;
    f.confidence = data::Confidence::Medium;
    f.status = data::ProjectStatus::Operating;  // realised: drawn solid, counted in the discs
    return f;
}

data::Dataset makeDataset(std::vector<data::Flow> flows) {
    data::DatasetTables t;
    t.places = {place("beijing", 116.4, 39.9), place("almaty", 76.9, 43.2),
                place("aktau", 51.2, 43.65), place("baku", 49.87, 40.41)};
    t.flows = std::move(flows);
    return data::Dataset(std::move(t), 0);
}

scene::ArcInstance arcBetween(glm::dvec2 a, glm::dvec2 b, float bend) {
    scene::ArcInstance arc;
    arc.originWorld = a;
    arc.destWorld = b;
    arc.bend = bend;
    return arc;
}

constexpr auto kLoan = data::AmountKind::Loan;
constexpr auto kTotalCost = data::AmountKind::TotalCost;

TEST(ArcCurveTest, EndpointsAreExact) {
    const auto arc = arcBetween({1234.5, -987.25}, {500123.7, 300456.1}, 0.31f);
    EXPECT_EQ(scene::arcPoint(arc, 0.0), arc.originWorld);
    EXPECT_EQ(scene::arcPoint(arc, 1.0), arc.destWorld);
}

TEST(ArcCurveTest, MirrorsAcrossThePerpendicularBisector) {
    const auto arc = arcBetween({-3.0e5, 1.0e5}, {4.0e5, 6.5e5}, 0.22f);
    const glm::dvec2 mid = 0.5 * (arc.originWorld + arc.destWorld);
    const glm::dvec2 u = glm::normalize(arc.destWorld - arc.originWorld);
    for (double t : {0.05, 0.2, 0.37, 0.5, 0.81}) {
        const glm::dvec2 p = scene::arcPoint(arc, t);
        const glm::dvec2 mirrored = p - 2.0 * glm::dot(p - mid, u) * u;
        const glm::dvec2 q = scene::arcPoint(arc, 1.0 - t);
        EXPECT_NEAR(mirrored.x, q.x, 1e-6) << t;
        EXPECT_NEAR(mirrored.y, q.y, 1e-6) << t;
    }
}

TEST(ArcCurveTest, MiddleIsBendTimesChordOnTheLeftOfTravel) {
    // Travelling east, left is north.
    const auto east = arcBetween({0.0, 0.0}, {100.0, 0.0}, 0.22f);
    const glm::dvec2 m = scene::arcPoint(east, 0.5);
    EXPECT_NEAR(m.x, 50.0, 1e-9);
    EXPECT_NEAR(m.y, 100.0 * 0.22f, 1e-9);

    // Any direction: the middle is on the left (positive cross product) at bend * length.
    const auto arc = arcBetween({7.0e5, 2.0e5}, {-1.0e5, -4.0e5}, 0.4f);
    const glm::dvec2 chord = arc.destWorld - arc.originWorld;
    const glm::dvec2 off = scene::arcPoint(arc, 0.5) - 0.5 * (arc.originWorld + arc.destWorld);
    EXPECT_GT(chord.x * off.y - chord.y * off.x, 0.0);
    EXPECT_NEAR(glm::length(off), 0.4f * glm::length(chord), 1e-6);
    EXPECT_NEAR(glm::dot(off, chord), 0.0, 1e-3);
}

TEST(ArcCurveTest, ZeroLengthArcStaysAPoint) {
    const auto arc = arcBetween({5.0, 6.0}, {5.0, 6.0}, 0.5f);
    const glm::dvec2 p = scene::arcPoint(arc, 0.5);
    EXPECT_EQ(p, arc.originWorld);
    EXPECT_DOUBLE_EQ(scene::distanceToArc(arc, {8.0, 10.0}), 5.0);
}

TEST(ArcCurveTest, DistanceToArcIsZeroOnTheCurve) {
    const auto arc = arcBetween({0.0, 0.0}, {1.0e6, 2.0e5}, 0.22f);
    const double len = glm::length(arc.destWorld - arc.originWorld);
    for (double t : {0.0, 0.1, 0.33, 0.5, 0.9, 1.0}) {
        // Within a metre over a 1000 km chord: picking stays exact when zoomed in.
        EXPECT_LT(scene::distanceToArc(arc, scene::arcPoint(arc, t)), 1e-6 * len) << t;
    }
    const glm::dvec2 chordMid = 0.5 * (arc.originWorld + arc.destWorld);
    EXPECT_NEAR(scene::distanceToArc(arc, chordMid), 0.22 * len, 1e-3 * len);
}

TEST(ArcScaleTest, LinearInAmountWithAMinimum) {
    scene::ArcScale s;
    s.maxAmountUsd = 4e9;
    EXPECT_FLOAT_EQ(s.widthPt(4e9), s.maxWidthPt);
    EXPECT_FLOAT_EQ(s.widthPt(2e9), s.maxWidthPt / 2);
    EXPECT_FLOAT_EQ(s.widthPt(1e9), s.maxWidthPt / 4);
    EXPECT_FLOAT_EQ(s.widthPt(1e6), s.minWidthPt);
    EXPECT_FLOAT_EQ(s.widthPt(0.0), s.minWidthPt);
    EXPECT_FLOAT_EQ(s.widthPt(-5.0), s.minWidthPt);
    EXPECT_FLOAT_EQ(s.widthPt(std::nan("")), s.minWidthPt);
}

TEST(TimelineArcsTest, OneArcPerFlowWithKnownPlaces) {
    auto lowConf = flow("f3", "beijing", "almaty", 1e9, kLoan, 2014);
    lowConf.confidence = data::Confidence::Low;
    const auto ds =
        makeDataset({flow("f0", "beijing", "almaty", 1e9, kLoan, 2010),
                     flow("f1", "beijing", "almaty", 2e9, kTotalCost, 2012),
                     flow("f2", "beijing", "aktau", std::nullopt, std::nullopt, 2015, 2018),
                     lowConf, flow("f4", "nowhere", "baku", 5e8, kLoan, 2011)});
    const auto g = scene::buildTimelineGeometry(ds, lcc());
    ASSERT_EQ(g.arcs.size(), 4u);
    ASSERT_EQ(g.warnings.size(), 1u);
    EXPECT_NE(g.warnings[0].find("nowhere"), std::string::npos) << g.warnings[0];
    EXPECT_NE(g.warnings[0].find("f4"), std::string::npos) << g.warnings[0];

    const glm::dvec2 beijing = lcc().forward({116.4, 39.9});
    EXPECT_EQ(g.arcs[0].originWorld, beijing);
    EXPECT_EQ(g.arcs[0].destWorld, lcc().forward({76.9, 43.2}));
    EXPECT_EQ(g.arcs[0].flowIndex, 0u);
    EXPECT_EQ(g.arcs[3].flowIndex, 3u);

    EXPECT_DOUBLE_EQ(g.scale.maxAmountUsd, 2e9);
    EXPECT_FLOAT_EQ(g.arcs[1].widthPt, g.scale.maxWidthPt);
    EXPECT_FLOAT_EQ(g.arcs[0].widthPt, g.scale.maxWidthPt / 2);
    EXPECT_FLOAT_EQ(g.arcs[2].widthPt, g.scale.unknownWidthPt);

    EXPECT_FLOAT_EQ(g.arcs[0].yearStart, 2010.f);
    EXPECT_TRUE(std::isinf(g.arcs[0].yearEnd));
    EXPECT_FLOAT_EQ(g.arcs[2].yearEnd, 2019.f);  // shown through its last year

    EXPECT_EQ(g.arcs[0].flags, 0u);
    EXPECT_EQ(g.arcs[2].flags, scene::kArcUnknownAmount | scene::kArcEnded);
    EXPECT_EQ(g.arcs[3].flags, scene::kArcLowConfidence);
    EXPECT_EQ(g.arcs[0].color, scene::sectorColor(data::Sector::TransportLogistics, "dark"));
}

TEST(TimelineArcsTest, ArcsBetweenTheSamePairFanOut) {
    const auto ds = makeDataset({flow("a", "beijing", "almaty", 1e9, kLoan, 2010),
                                 flow("b", "beijing", "aktau", 1e9, kLoan, 2010),
                                 flow("c", "beijing", "almaty", 1e9, kLoan, 2011),
                                 flow("d", "almaty", "beijing", 1e9, kLoan, 2012),
                                 flow("e", "beijing", "almaty", 1e9, kLoan, 2009)});
    const auto g = scene::buildTimelineGeometry(ds, lcc());
    ASSERT_EQ(g.arcs.size(), 5u);
    // Same pair, in flow order: base, base + step, base + 2 steps.
    EXPECT_FLOAT_EQ(g.arcs[0].bend, scene::kArcBaseBend);
    EXPECT_FLOAT_EQ(g.arcs[2].bend, scene::kArcBaseBend + scene::kArcPairStep);
    EXPECT_FLOAT_EQ(g.arcs[4].bend, scene::kArcBaseBend + 2 * scene::kArcPairStep);
    // Other pairs, including the reverse direction, keep the base bend.
    EXPECT_FLOAT_EQ(g.arcs[1].bend, scene::kArcBaseBend);
    EXPECT_FLOAT_EQ(g.arcs[3].bend, scene::kArcBaseBend);
    // Fanned-out arcs do not coincide: their middles are apart.
    const double gap =
        glm::length(scene::arcPoint(g.arcs[0], 0.5) - scene::arcPoint(g.arcs[2], 0.5));
    EXPECT_GT(gap, 0.05 * glm::length(g.arcs[0].destWorld - g.arcs[0].originWorld));
}

TEST(TimelineArcsTest, WidthsDoNotDependOnTheYear) {
    // The same flows shifted by ten years get the same widths: only amount / max matters.
    const auto early = makeDataset({flow("a", "beijing", "almaty", 3e9, kLoan, 2005),
                                    flow("b", "beijing", "aktau", 6e8, kLoan, 2006),
                                    flow("c", "beijing", "baku", 1e6, kLoan, 2007)});
    const auto late = makeDataset({flow("a", "beijing", "almaty", 3e9, kLoan, 2015),
                                   flow("b", "beijing", "aktau", 6e8, kLoan, 2016),
                                   flow("c", "beijing", "baku", 1e6, kLoan, 2017)});
    const auto ge = scene::buildTimelineGeometry(early, lcc());
    const auto gl = scene::buildTimelineGeometry(late, lcc());
    ASSERT_EQ(ge.arcs.size(), 3u);
    ASSERT_EQ(gl.arcs.size(), 3u);
    for (std::size_t i = 0; i < 3; ++i) EXPECT_FLOAT_EQ(ge.arcs[i].widthPt, gl.arcs[i].widthPt);
    EXPECT_FLOAT_EQ(ge.arcs[0].widthPt, ge.scale.maxWidthPt);
    EXPECT_FLOAT_EQ(ge.arcs[1].widthPt, ge.scale.maxWidthPt / 5);
    EXPECT_FLOAT_EQ(ge.arcs[2].widthPt, ge.scale.minWidthPt);  // tiny projects stay visible
}

const scene::DestinationMarker* markerAt(const scene::TimelineGeometry& g, const data::Dataset& ds,
                                         const std::string& id) {
    for (const auto& m : g.markers) {
        if (ds.places()[m.placeIndex].id == id) return &m;
    }
    return nullptr;
}

TEST(DestinationMarkerTest, KindsAreNeverAdded) {
    const auto ds = makeDataset({flow("loan", "beijing", "almaty", 1e9, kLoan, 2010),
                                 flow("cost", "beijing", "almaty", 2e9, kTotalCost, 2010),
                                 flow("l1", "beijing", "aktau", 1e9, kLoan, 2010),
                                 flow("l2", "beijing", "aktau", 1e9, kLoan, 2011, 2014)});
    const auto g = scene::buildTimelineGeometry(ds, lcc());
    ASSERT_EQ(g.markers.size(), 2u);
    const auto* almaty = markerAt(g, ds, "almaty");
    const auto* aktau = markerAt(g, ds, "aktau");
    ASSERT_TRUE(almaty && aktau);
    ASSERT_EQ(almaty->amountUsdAt.size(), static_cast<std::size_t>(scene::kMarkerSamples));
    EXPECT_EQ(almaty->world, lcc().forward({76.9, 43.2}));

    EXPECT_FLOAT_EQ(scene::markerAmountAt(*almaty, 2009.5), 0.f);
    EXPECT_FLOAT_EQ(scene::markerAmountAt(*almaty, 2012.0), 2e9f);  // max(1 bn loan, 2 bn cost)
    EXPECT_FLOAT_EQ(scene::markerAmountAt(*aktau, 2010.5), 1e9f);
    EXPECT_FLOAT_EQ(scene::markerAmountAt(*aktau, 2012.0), 2e9f);  // two loans add up
    EXPECT_FLOAT_EQ(scene::markerAmountAt(*aktau, 2014.9), 2e9f);  // l2 shown through 2014
    EXPECT_FLOAT_EQ(scene::markerAmountAt(*aktau, 2015.2), 1e9f);
    EXPECT_FLOAT_EQ(g.markerMaxAmountUsd, 2e9f);
}

TEST(DestinationMarkerTest, GrowsInWithTheArc) {
    const auto ds = makeDataset({flow("a", "beijing", "almaty", 1e9, kLoan, 2010)});
    const auto g = scene::buildTimelineGeometry(ds, lcc());
    ASSERT_EQ(g.markers.size(), 1u);
    const auto& m = g.markers[0];
    EXPECT_FLOAT_EQ(scene::markerAmountAt(m, 2010.0), 0.f);
    const float mid = scene::markerAmountAt(m, 2010.15);
    EXPECT_GT(mid, 0.2e9f);
    EXPECT_LT(mid, 0.6e9f);
    EXPECT_FLOAT_EQ(scene::markerAmountAt(m, 2010.0 + scene::kArcGrowYears + 0.05), 1e9f);
    // Monotone while nothing ends.
    for (std::size_t i = 1; i < m.amountUsdAt.size(); ++i) {
        EXPECT_GE(m.amountUsdAt[i], m.amountUsdAt[i - 1]) << i;
    }
}

TEST(DestinationMarkerTest, UnknownAmountsGiveAnEmptyMarkerAndAUnitScale) {
    const auto ds = makeDataset({flow("a", "beijing", "aktau", std::nullopt, std::nullopt, 2010)});
    const auto g = scene::buildTimelineGeometry(ds, lcc());
    ASSERT_EQ(g.markers.size(), 1u);
    EXPECT_FLOAT_EQ(scene::markerAmountAt(g.markers[0], 2020.0), 0.f);
    EXPECT_FLOAT_EQ(g.markerMaxAmountUsd, 1.f);
}

TEST(DestinationMarkerTest, LookupIsNearestSampleClamped) {
    scene::DestinationMarker m;
    for (int i = 0; i < scene::kMarkerSamples; ++i) m.amountUsdAt.push_back(static_cast<float>(i));
    EXPECT_FLOAT_EQ(scene::markerAmountAt(m, 1990.0), 0.f);
    EXPECT_FLOAT_EQ(scene::markerAmountAt(m, 1990.05), 1.f);
    EXPECT_FLOAT_EQ(scene::markerAmountAt(m, 1990.07), 1.f);
    EXPECT_FLOAT_EQ(scene::markerAmountAt(m, 1990.08), 2.f);
    EXPECT_FLOAT_EQ(scene::markerAmountAt(m, 2017.5), 550.f);
    EXPECT_FLOAT_EQ(scene::markerAmountAt(m, 1900.0), 0.f);
    EXPECT_FLOAT_EQ(scene::markerAmountAt(m, 2100.0), 920.f);
    EXPECT_FLOAT_EQ(scene::markerAmountAt(scene::DestinationMarker{}, 2000.0), 0.f);
}

TEST(SectorColorTest, DistinctPerThemeAndPrintIsLight) {
    using data::Sector;
    for (const char* theme : {"dark", "light"}) {
        std::set<std::string> hexes;
        for (auto s : {Sector::TransportLogistics, Sector::OilGasEnergy, Sector::OtherEconomic}) {
            hexes.insert(scene::toHex(scene::sectorColor(s, theme)));
            EXPECT_EQ(scene::sectorColor(s, "print"), scene::sectorColor(s, "light"));
        }
        EXPECT_EQ(hexes.size(), 3u) << theme;
    }
    // Okabe–Ito sky blue, orange, reddish purple over the dark map.
    EXPECT_EQ(scene::toHex(scene::sectorColor(Sector::TransportLogistics, "dark")), "#56b4e9");
    EXPECT_EQ(scene::toHex(scene::sectorColor(Sector::OilGasEnergy, "dark")), "#e69f00");
    EXPECT_EQ(scene::toHex(scene::sectorColor(Sector::OtherEconomic, "dark")), "#cc79a7");
    EXPECT_EQ(scene::toHex(scene::sectorColor(Sector::TransportLogistics, "light")), "#0072b2");
    EXPECT_EQ(scene::toHex(scene::sectorColor(Sector::OilGasEnergy, "light")), "#d55e00");
}

TEST(LegendTest, ContentInDisplayOrder) {
    scene::ArcScale scale;
    scale.maxAmountUsd = 5e9;  // as in the default data (Kashagan's stake)
    scene::LegendContext context;
    context.markerMaxAmountUsd = 5e9f;
    context.cargoParticles = true;
    const auto spec = scene::buildLegend(scale, "dark", 2017.9, context);
    EXPECT_EQ(spec.title, "Chinese investment and the Middle Corridor");
    EXPECT_EQ(spec.yearText, "2017");

    using K = scene::LegendEntry::Kind;
    std::vector<std::pair<K, std::string>> got;
    for (const auto& e : spec.entries) got.emplace_back(e.kind, e.label);
    const std::vector<std::pair<K, std::string>> want = {
        {K::SectorSwatch, "Transport & logistics"},
        {K::SectorSwatch, "Oil, gas & energy"},
        {K::SectorSwatch, "Other economic"},
        {K::WidthSample, "up to $347 m"},
        {K::WidthSample, "$1 bn"},
        {K::WidthSample, "$5 bn (widest)"},
        {K::Note, "Amount not sourced"},
        {K::Note, "Conflicting or weak sources"},
        {K::Note, "Announced or agreed, not spent"},
        {K::Note, "Suspended or cancelled"},
        {K::Note, "Joint venture: China's share filled"},
        {K::CircleSample, "$1 bn"},
        {K::CircleSample, "$3 bn"},
        {K::Note, "Disc: largest per-kind total arrived"},
        {K::RouteMode, "Rail"},
        {K::RouteMode, "Sea"},
        {K::RouteMode, "Road"},
        {K::Note, "Cargo: TITR tonnes, Caspian legs"},
        {K::NodeKind, "Port"},
        {K::NodeKind, "Border crossing"},
        {K::NodeKind, "Dry port"},
        {K::NodeKind, "City/hub"}};
    EXPECT_EQ(got, want);

    using Mark = scene::LegendEntry::Mark;
    EXPECT_EQ(spec.entries[1].color, scene::sectorColor(data::Sector::OilGasEnergy, "dark"));
    // The clamp entry is drawn at the minimum width: every smaller amount looks the same.
    EXPECT_FLOAT_EQ(spec.entries[3].widthPt, scale.minWidthPt);
    EXPECT_FLOAT_EQ(scale.widthPt(scale.clampAmountUsd()), scale.minWidthPt);
    EXPECT_GT(scale.widthPt(scale.clampAmountUsd() * 1.01), scale.minWidthPt);
    EXPECT_FLOAT_EQ(spec.entries[4].widthPt, scale.widthPt(1e9));
    EXPECT_FLOAT_EQ(spec.entries[5].widthPt, scale.maxWidthPt);
    EXPECT_EQ(spec.entries[6].mark, Mark::Dotted);
    EXPECT_FLOAT_EQ(spec.entries[6].widthPt, scale.unknownWidthPt);
    EXPECT_EQ(spec.entries[7].mark, Mark::Hatched);
    EXPECT_LT(spec.entries[7].color.a, 1.f);
    EXPECT_EQ(spec.entries[8].mark, Mark::Outlined);
    EXPECT_EQ(spec.entries[9].mark, Mark::Halted);
    EXPECT_EQ(spec.entries[10].mark, Mark::JointVenture);
    EXPECT_FLOAT_EQ(spec.entries[11].radiusPt, scene::markerRadiusPt(1e9f, 5e9f));
    EXPECT_LT(spec.entries[11].radiusPt, spec.entries[12].radiusPt);
    EXPECT_EQ(spec.entries[15].mode, data::TransportMode::Sea);
    EXPECT_EQ(spec.entries[17].mark, Mark::Particles);
    EXPECT_EQ(spec.entries[19].nodeKind, data::PlaceKind::BorderCrossing);
    EXPECT_EQ(spec.entries[21].nodeKind, data::PlaceKind::City);
}

TEST(LegendTest, WidthSamplesStopAtTheDataMaximumAndColoursFollowTheTheme) {
    scene::ArcScale scale;
    scale.maxAmountUsd = 3e9;
    const auto spec = scene::buildLegend(scale, "print", -0.5);
    EXPECT_EQ(spec.yearText, "-1");
    std::vector<std::string> widths;
    for (const auto& e : spec.entries) {
        if (e.kind == scene::LegendEntry::Kind::WidthSample) widths.push_back(e.label);
        // No discs, no particles without their context.
        EXPECT_NE(e.kind, scene::LegendEntry::Kind::CircleSample);
        EXPECT_NE(e.mark, scene::LegendEntry::Mark::Particles);
    }
    EXPECT_EQ(widths, (std::vector<std::string>{"up to $208 m", "$1 bn", "$3 bn (widest)"}));
    EXPECT_EQ(spec.entries[0].color, scene::sectorColor(data::Sector::TransportLogistics, "light"));
    const auto dark = scene::buildLegend(scale, "dark", 2000.0);
    EXPECT_FALSE(dark.entries.back().color == spec.entries.back().color);
}

TEST(LegendTest, AmountsReadShort) {
    EXPECT_EQ(scene::formatAmountShort(347e6), "$347 m");
    EXPECT_EQ(scene::formatAmountShort(1e9), "$1 bn");
    EXPECT_EQ(scene::formatAmountShort(1.25e9), "$1.2 bn");
    EXPECT_EQ(scene::formatAmountShort(6.7e9), "$6.7 bn");
}

}  // namespace
