// The corridor part of scene::buildTimelineGeometry: smoothed segment paths, sea legs, opening
// years and nodes; and the whole geometry of the shipped data set.
#include "lcc_projection.h"
#include "scene/timeline_geometry.h"

#include "data/dataset.h"
#include "geo/projection.h"

#include <gtest/gtest.h>
#include <glm/geometric.hpp>

#include <algorithm>
#include <cmath>
#include <optional>
#include <string>
#include <vector>

namespace {

using testutil::lcc;

data::Place place(const std::string& id, double lon, double lat,
                  data::PlaceKind kind = data::PlaceKind::City) {
    data::Place p;
    p.id = id;
    p.name = id;
    p.country = "KAZ";
    p.lon = lon;
    p.lat = lat;
    p.kind = kind;
    return p;
}

data::CorridorSegment segment(const std::string& id, const std::string& from, const std::string& to,
                              std::vector<std::string> via = {},
                              data::TransportMode mode = data::TransportMode::Rail,
                              std::optional<int> yearOpen = std::nullopt) {
    data::CorridorSegment s;
    s.id = id;
    s.fromId = from;
    s.toId = to;
    s.viaIds = std::move(via);
    s.mode = mode;
    s.yearOpen = yearOpen;
    return s;
}

data::Dataset makeDataset(std::vector<data::CorridorSegment> segments) {
    data::DatasetTables t;
    t.places = {place("dostyk", 82.5, 45.25, data::PlaceKind::BorderCrossing),
                place("aktogay", 79.6, 46.95),
                place("balkhash", 74.98, 46.85),
                place("moiynty", 73.3, 47.2),
                place("aktau", 51.2, 43.65, data::PlaceKind::Port),
                place("alat", 49.4, 39.95, data::PlaceKind::Port),
                place("unused", 60.0, 45.0)};
    t.segments = std::move(segments);
    return data::Dataset(std::move(t), 0);
}

glm::dvec2 world(const data::Dataset& ds, const std::string& id) {
    const data::Place* p = ds.findPlace(id);
    return lcc().forward({p->lon, p->lat});
}

double cross(glm::dvec2 a, glm::dvec2 b) {
    return a.x * b.y - a.y * b.x;
}

void expectWellSampled(const scene::RouteSegmentGeometry& r) {
    ASSERT_GE(r.path.size(), 2u);
    ASSERT_EQ(r.along.size(), r.path.size());
    EXPECT_EQ(r.along.front(), 0.f);
    EXPECT_EQ(r.along.back(), 1.f);
    double len = 0.0;
    for (std::size_t i = 1; i < r.path.size(); ++i) {
        const double step = glm::length(r.path[i] - r.path[i - 1]);
        len += step;
        EXPECT_GT(r.along[i], r.along[i - 1]) << i;
        EXPECT_LE(step, scene::kRouteStepM * 1.02) << i;
        // Every knot in these fixtures is well over a step apart, so no step is a sliver.
        EXPECT_GE(step, scene::kRouteStepM * 0.5) << i;
    }
    EXPECT_NEAR(r.lengthWorld, len, 1e-6 * len);
}

TEST(RouteGeometryTest, LandSplinePassesThroughViasExactly) {
    const auto ds = makeDataset({segment("dm", "dostyk", "moiynty", {"aktogay", "balkhash"})});
    const auto g = scene::buildTimelineGeometry(ds, lcc());
    EXPECT_TRUE(g.warnings.empty());
    ASSERT_EQ(g.route.size(), 1u);
    const auto& r = g.route[0];
    expectWellSampled(r);
    EXPECT_EQ(r.path.front(), world(ds, "dostyk"));
    EXPECT_EQ(r.path.back(), world(ds, "moiynty"));
    for (const char* via : {"aktogay", "balkhash"}) {
        EXPECT_NE(std::find(r.path.begin(), r.path.end(), world(ds, via)), r.path.end()) << via;
    }
    // Smooth, not jagged: no vertex turns by more than a few degrees.
    for (std::size_t i = 1; i + 1 < r.path.size(); ++i) {
        const glm::dvec2 a = glm::normalize(r.path[i] - r.path[i - 1]);
        const glm::dvec2 b = glm::normalize(r.path[i + 1] - r.path[i]);
        EXPECT_GT(glm::dot(a, b), std::cos(0.1)) << i;
    }
    // And the curve does not overshoot far beyond its knots.
    glm::dvec2 lo(INFINITY), hi(-INFINITY);
    for (const char* id : {"dostyk", "aktogay", "balkhash", "moiynty"}) {
        lo = glm::min(lo, world(ds, id));
        hi = glm::max(hi, world(ds, id));
    }
    const double margin = 0.1 * glm::length(hi - lo);
    for (const auto& p : r.path) {
        EXPECT_TRUE(p.x > lo.x - margin && p.x < hi.x + margin);
        EXPECT_TRUE(p.y > lo.y - margin && p.y < hi.y + margin);
    }
}

TEST(RouteGeometryTest, TwoPointLandSegmentIsStraight) {
    const auto ds =
        makeDataset({segment("da", "dostyk", "aktogay", {}, data::TransportMode::Road)});
    const auto g = scene::buildTimelineGeometry(ds, lcc());
    ASSERT_EQ(g.route.size(), 1u);
    const auto& r = g.route[0];
    expectWellSampled(r);
    EXPECT_EQ(r.mode, data::TransportMode::Road);
    const glm::dvec2 a = world(ds, "dostyk"), b = world(ds, "aktogay");
    EXPECT_EQ(r.path.front(), a);
    EXPECT_EQ(r.path.back(), b);
    EXPECT_NEAR(r.lengthWorld, glm::length(b - a), 1e-6);
    const glm::dvec2 u = glm::normalize(b - a);
    for (const auto& p : r.path) EXPECT_NEAR(cross(u, p - a), 0.0, 1e-6);
}

TEST(RouteGeometryTest, SeaLegBowsLeftWithinTheSeaBend) {
    const auto ds =
        makeDataset({segment("sea", "aktau", "alat", {}, data::TransportMode::Sea, 2017)});
    const auto g = scene::buildTimelineGeometry(ds, lcc());
    ASSERT_EQ(g.route.size(), 1u);
    const auto& r = g.route[0];
    expectWellSampled(r);
    const glm::dvec2 a = world(ds, "aktau"), b = world(ds, "alat");
    EXPECT_EQ(r.path.front(), a);
    EXPECT_EQ(r.path.back(), b);
    const double chord = glm::length(b - a);
    const glm::dvec2 u = (b - a) / chord;
    double most = 0.0;
    for (const auto& p : r.path) {
        const double left = cross(u, p - a);  // > 0: left of travel
        EXPECT_GE(left, -1e-6);
        EXPECT_LE(left, scene::kSeaBend * chord * (1 + 1e-9));
        most = std::max(most, left);
    }
    EXPECT_NEAR(most, scene::kSeaBend * chord, 0.01 * scene::kSeaBend * chord);
    EXPECT_GT(r.lengthWorld, chord);
}

TEST(RouteGeometryTest, OpeningAndUpgradeYears) {
    auto upgraded = segment("b", "aktogay", "balkhash", {}, data::TransportMode::Rail, 2012);
    upgraded.yearUpgraded = 2025;
    upgraded.status = data::SegmentStatus::UnderConstruction;
    upgraded.start = 2012.0;  // works began: drawn (faint) from then
    auto closed = segment("c", "balkhash", "moiynty", {}, data::TransportMode::Rail, 2010);
    closed.yearClosed = 2018;
    auto noStart = segment("d", "moiynty", "aktau");
    noStart.status = data::SegmentStatus::Planned;  // the parser refuses this; never drawn
    closed.carriesVolume = true;
    const auto ds = makeDataset({segment("a", "dostyk", "aktogay"), upgraded, closed, noStart});
    const auto g = scene::buildTimelineGeometry(ds, lcc());
    EXPECT_EQ(g.route[0].segmentIndex, 0u);
    EXPECT_TRUE(std::isinf(g.route[0].yearOpen) && g.route[0].yearOpen < 0);
    EXPECT_TRUE(std::isinf(g.route[0].yearUpgraded) && g.route[0].yearUpgraded > 0);
    EXPECT_EQ(g.route[1].segmentIndex, 1u);
    EXPECT_FLOAT_EQ(g.route[1].yearOpen, 2012.f);
    EXPECT_FLOAT_EQ(g.route[1].yearUpgraded, 2025.f);
    EXPECT_EQ(g.route[1].status, data::SegmentStatus::UnderConstruction);
    ASSERT_EQ(g.route.size(), 4u);
    EXPECT_FLOAT_EQ(g.route[2].yearClosed, 2019.f);  // shown through its last year
    EXPECT_TRUE(g.route[2].carriesVolume);
    EXPECT_FALSE(g.route[0].carriesVolume);
    EXPECT_TRUE(std::isinf(g.route[3].yearOpen) && g.route[3].yearOpen > 0);
}

TEST(RouteGeometryTest, NodesAreDeduplicatedAndOpenWithTheirFirstSegment) {
    const auto ds = makeDataset(
        {segment("a", "dostyk", "aktogay", {}, data::TransportMode::Rail, 2014),
         segment("b", "aktogay", "moiynty", {"balkhash"}, data::TransportMode::Rail, 2010),
         segment("c", "moiynty", "aktau", {}, data::TransportMode::Rail, 2017),
         segment("d", "aktau", "alat", {}, data::TransportMode::Sea, 2019)});
    const auto g = scene::buildTimelineGeometry(ds, lcc());
    ASSERT_EQ(g.nodes.size(), 6u);  // "unused" is in no segment
    auto node = [&](const std::string& id) -> const scene::RouteNode& {
        for (const auto& n : g.nodes) {
            if (ds.places()[n.placeIndex].id == id) return n;
        }
        ADD_FAILURE() << "no node " << id;
        return g.nodes.front();
    };
    EXPECT_FLOAT_EQ(node("dostyk").yearFirstOpen, 2014.f);
    EXPECT_FLOAT_EQ(node("aktogay").yearFirstOpen, 2010.f);
    EXPECT_FLOAT_EQ(node("balkhash").yearFirstOpen, 2010.f);
    EXPECT_FLOAT_EQ(node("moiynty").yearFirstOpen, 2010.f);
    EXPECT_FLOAT_EQ(node("aktau").yearFirstOpen, 2017.f);
    EXPECT_FLOAT_EQ(node("alat").yearFirstOpen, 2019.f);
    EXPECT_EQ(node("dostyk").kind, data::PlaceKind::BorderCrossing);
    EXPECT_EQ(node("alat").kind, data::PlaceKind::Port);
    EXPECT_EQ(node("alat").world, world(ds, "alat"));

    // A segment in service before the timeline opens its nodes at -inf.
    const auto ds2 =
        makeDataset({segment("a", "dostyk", "aktogay", {}, data::TransportMode::Rail, 2014),
                     segment("e", "aktogay", "balkhash")});
    const auto g2 = scene::buildTimelineGeometry(ds2, lcc());
    ASSERT_EQ(g2.nodes.size(), 3u);
    EXPECT_FLOAT_EQ(g2.nodes[0].yearFirstOpen, 2014.f);
    EXPECT_TRUE(std::isinf(g2.nodes[1].yearFirstOpen) && g2.nodes[1].yearFirstOpen < 0);
}

TEST(RouteGeometryTest, MissingPlacesWarnAndSkipTheSegment) {
    const auto ds = makeDataset(
        {segment("ok", "dostyk", "aktogay"), segment("bad", "aktogay", "moiynty", {"atlantis"})});
    const auto g = scene::buildTimelineGeometry(ds, lcc());
    ASSERT_EQ(g.route.size(), 1u);
    ASSERT_EQ(g.warnings.size(), 1u);
    EXPECT_NE(g.warnings[0].find("'bad'"), std::string::npos) << g.warnings[0];
    EXPECT_NE(g.warnings[0].find("atlantis"), std::string::npos) << g.warnings[0];
    EXPECT_EQ(g.nodes.size(), 2u);
}

TEST(ShippedTimelineTest, EveryFlowAndSegmentHasGeometry) {
    const data::LoadResult loaded = data::loadDataset(CORRIDOR_SOURCE_DIR "/assets/data");
    ASSERT_TRUE(loaded.ok());
    const data::Dataset& ds = loaded.dataset;
    ASSERT_FALSE(ds.flows().empty());
    ASSERT_FALSE(ds.segments().empty());
    const auto g = scene::buildTimelineGeometry(ds, lcc());
    for (const auto& w : g.warnings) ADD_FAILURE() << w;

    std::size_t known = 0;
    for (const auto& f : ds.flows()) {
        known += ds.findPlace(f.originId) && ds.findPlace(f.destinationId) ? 1 : 0;
    }
    EXPECT_EQ(known, ds.flows().size());
    EXPECT_EQ(g.arcs.size(), known);
    ASSERT_EQ(g.route.size(), ds.segments().size());
    for (const auto& r : g.route) {
        EXPECT_GE(r.path.size(), 2u) << ds.segments()[r.segmentIndex].id;
        EXPECT_GT(r.lengthWorld, 0.0) << ds.segments()[r.segmentIndex].id;
        EXPECT_EQ(r.along.back(), 1.f);
    }
    for (const auto& a : g.arcs) {
        EXPECT_TRUE(std::isfinite(a.originWorld.x) && std::isfinite(a.destWorld.y));
        EXPECT_GE(a.widthPt, std::min(g.scale.minWidthPt, g.scale.unknownWidthPt));
        EXPECT_LE(a.widthPt, g.scale.maxWidthPt);
    }
    EXPECT_FALSE(g.markers.empty());
    EXPECT_GT(g.markerMaxAmountUsd, 1e9f);
    EXPECT_FALSE(g.nodes.empty());
}

}  // namespace
