// Corridor segments with drawing waypoints (the `shape` column): the drawn path goes through
// them, merged with the via places in travel order; a sea leg with waypoints follows them instead
// of its bow; waypoints are not nodes.
#include "lcc_projection.h"
#include "scene/timeline_geometry.h"

#include "data/dataset.h"
#include "geo/projection.h"

#include <gtest/gtest.h>
#include <glm/geometric.hpp>

#include <algorithm>
#include <optional>
#include <string>
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

data::CorridorSegment segment(const std::string& from, const std::string& to,
                              std::vector<std::string> via, std::vector<data::ShapePoint> shape,
                              data::TransportMode mode) {
    data::CorridorSegment s;
    s.id = from + "_" + to;
    s.fromId = from;
    s.toId = to;
    s.viaIds = std::move(via);
    s.shape = std::move(shape);
    s.mode = mode;
    return s;
}

data::Dataset makeDataset(std::vector<data::CorridorSegment> segments) {
    data::DatasetTables t;
    t.places = {place("dostyk", 82.5, 45.25),    place("aktogay", 79.6, 46.95),
                place("balkhash", 74.98, 46.85), place("moiynty", 73.3, 47.2),
                place("aktau", 51.2, 43.65),     place("alat", 49.4, 39.95)};
    t.segments = std::move(segments);
    return data::Dataset(std::move(t), 0);
}

glm::dvec2 world(double lon, double lat) {
    return lcc().forward({lon, lat});
}

// Index of `p` in the path (it must be there exactly: knots are appended as given).
std::ptrdiff_t indexOf(const geo::Path& path, glm::dvec2 p) {
    const auto it = std::find(path.begin(), path.end(), p);
    return it == path.end() ? -1 : it - path.begin();
}

TEST(RouteShapeTest, SeaLegWithWaypointsFollowsThemInsteadOfTheBow) {
    const std::vector<data::ShapePoint> shape{{50.8, 40.4}, {50.6, 40.15}};
    const auto ds = makeDataset({segment("aktau", "alat", {}, shape, data::TransportMode::Sea),
                                 segment("aktau", "alat", {}, {}, data::TransportMode::Sea)});
    const auto g = scene::buildTimelineGeometry(ds, lcc());
    EXPECT_TRUE(g.warnings.empty());
    ASSERT_EQ(g.route.size(), 2u);
    const geo::Path& shaped = g.route[0].path;
    EXPECT_EQ(shaped.front(), world(51.2, 43.65));
    EXPECT_EQ(shaped.back(), world(49.4, 39.95));
    const std::ptrdiff_t a = indexOf(shaped, world(50.8, 40.4));
    const std::ptrdiff_t b = indexOf(shaped, world(50.6, 40.15));
    EXPECT_GT(a, 0);
    EXPECT_GT(b, a);
    // The bow alone passes far from the waypoint (it would cut across the Absheron peninsula).
    double nearest = 1e300;
    for (const glm::dvec2& p : g.route[1].path) {
        nearest = std::min(nearest, glm::length(p - world(50.8, 40.4)));
    }
    EXPECT_GT(nearest, 50000.0);
}

TEST(RouteShapeTest, WaypointsAndViasInterleaveInTravelOrder) {
    // One waypoint belongs between Dostyk and Aktogay, one between Balkhash and Moiynty; the
    // shape lists them in travel order without saying where the vias fall.
    const auto ds = makeDataset({segment("dostyk", "moiynty", {"aktogay", "balkhash"},
                                         {{81.0, 46.3}, {74.0, 47.3}}, data::TransportMode::Rail)});
    const auto g = scene::buildTimelineGeometry(ds, lcc());
    EXPECT_TRUE(g.warnings.empty());
    ASSERT_EQ(g.route.size(), 1u);
    const geo::Path& path = g.route[0].path;
    const std::vector<glm::dvec2> order{world(82.5, 45.25),  world(81.0, 46.3), world(79.6, 46.95),
                                        world(74.98, 46.85), world(74.0, 47.3), world(73.3, 47.2)};
    std::ptrdiff_t last = -1;
    for (std::size_t k = 0; k < order.size(); ++k) {
        const std::ptrdiff_t i = indexOf(path, order[k]);
        EXPECT_GT(i, last) << "knot " << k;
        last = i;
    }
    // Waypoints are not places: only the four places are nodes.
    EXPECT_EQ(g.nodes.size(), 4u);
}

TEST(RouteShapeTest, WaypointsBeforeAllViasStayBeforeThem) {
    // Both waypoints lie near Dostyk: the shortest merge keeps them ahead of the vias.
    const auto ds = makeDataset({segment("dostyk", "moiynty", {"aktogay", "balkhash"},
                                         {{82.0, 45.6}, {81.0, 46.3}}, data::TransportMode::Rail)});
    const auto g = scene::buildTimelineGeometry(ds, lcc());
    ASSERT_EQ(g.route.size(), 1u);
    const geo::Path& path = g.route[0].path;
    const std::ptrdiff_t w1 = indexOf(path, world(82.0, 45.6));
    const std::ptrdiff_t w2 = indexOf(path, world(81.0, 46.3));
    const std::ptrdiff_t via = indexOf(path, world(79.6, 46.95));
    EXPECT_GT(w1, 0);
    EXPECT_GT(w2, w1);
    EXPECT_GT(via, w2);
}

TEST(RouteShapeTest, AWaypointOnAPlaceAddsNoKnot) {
    // A waypoint at a via's own coordinate (as Baku-Tbilisi's at Alat would be, were Alat a via)
    // must not make a zero-length span.
    const auto ds = makeDataset(
        {segment("dostyk", "moiynty", {"aktogay"}, {{79.6, 46.95}}, data::TransportMode::Rail)});
    const auto g = scene::buildTimelineGeometry(ds, lcc());
    ASSERT_EQ(g.route.size(), 1u);
    const geo::Path& path = g.route[0].path;
    for (std::size_t i = 1; i < path.size(); ++i) {
        EXPECT_GT(glm::length(path[i] - path[i - 1]), 1.0) << i;
    }
}

}  // namespace
