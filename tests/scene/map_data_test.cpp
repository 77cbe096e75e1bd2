// scene::buildMap on tiny shapefiles written by the test and a manifest built in code: geometry
// is filtered, classed, clipped, projected to metres and triangulated; a missing file only costs
// its own layer.
#include "scene/map_data.h"

#include "geo/projection.h"
#include "message_lines.h"
#include "shapefile_writer.h"

#include <gtest/gtest.h>
#include <shapefil.h>

#include <algorithm>
#include <cmath>
#include <filesystem>
#include <limits>

namespace {

using testutil::anyContains;
using testutil::joined;
using testutil::rectRing;

scene::LayerDef layer(const std::string& id, scene::LayerKind kind, const std::string& file,
                      int order) {
    scene::LayerDef d;
    d.id = id;
    d.kind = kind;
    d.file = file;
    d.order = order;
    scene::LayerStyle s;
    s.fill = scene::Rgba{0.5f, 0.5f, 0.5f, 1.f};
    s.stroke = scene::Rgba{0.f, 0.f, 0.f, 1.f};
    s.strokeWidthPt = 1.f;
    d.styles["dark"] = s;
    d.styles["light"] = s;
    return d;
}

double distanceToNearest(const std::vector<glm::dvec2>& pts, glm::dvec2 p) {
    double best = std::numeric_limits<double>::max();
    for (const auto& q : pts) best = std::min(best, std::hypot(q.x - p.x, q.y - p.y));
    return best;
}

class MapDataTest : public ::testing::Test {
protected:
    void SetUp() override {
        m_dir = testutil::makeTempDir("map");
        // Countries: inside the window, crossing its east edge, filtered out, wholly outside.
        testutil::writeShapefile(m_dir + "/countries", SHPT_POLYGON,
                                 {"ADM0_A3", "MAPCOLOR7", "KEEP"},
                                 {{{rectRing(55, 42, 65, 50)}, {"KAZ", "3", "yes"}},
                                  {{rectRing(75, 38, 85, 45)}, {"CHN", "4", "yes"}},
                                  {{rectRing(60, 36, 62, 38)}, {"UZB", "1", "no"}},
                                  {{rectRing(100, 30, 105, 35)}, {"JPN", "2", "yes"}}});
        testutil::writeShapefile(m_dir + "/rivers", SHPT_ARC, {"NAME", "SCALERANK"},
                                 {{{{{60, 45}, {70, 47}, {75, 44}}}, {"Syr Darya", "1"}},
                                  {{{{52, 40}, {58, 41}}}, {"Atrek", "5.5"}}});
        testutil::writeShapefile(
            m_dir + "/cities", SHPT_POINT, {"NAME"},
            {{{{{71.43, 51.13}}}, {"Astana"}}, {{{{139.7, 35.7}}}, {"Tokyo"}}});

        m_manifest.clip = {50.0, 35.0, 80.0, 55.0};
        m_manifest.home = {55.0, 40.0, 75.0, 50.0};
        scene::LayerDef bg;
        bg.id = "background";
        bg.kind = scene::LayerKind::Background;
        m_manifest.layers.push_back(bg);
        scene::LayerDef countries =
            layer("countries", scene::LayerKind::Polygon, "countries.shp", 10);
        countries.paletteField = "MAPCOLOR7";
        countries.classField = "ADM0_A3";
        countries.classes["central_asia"] = {"KAZ", "UZB"};
        std::string error;
        countries.filters.push_back(scene::parseFilter("KEEP = yes", &error).value());
        m_manifest.layers.push_back(countries);
        scene::LayerDef rivers = layer("rivers", scene::LayerKind::Line, "rivers.shp", 20);
        rivers.widthField = "SCALERANK";
        rivers.widthStops = {{1, 1.6}, {4, 1.0}, {7, 0.55}};
        m_manifest.layers.push_back(rivers);
        m_manifest.layers.push_back(layer("cities", scene::LayerKind::Point, "cities.shp", 30));
        m_manifest.layers.push_back(layer("missing", scene::LayerKind::Polygon, "nope.shp", 40));

        m_options.naturalEarthDir = m_dir;
        m_options.projection = geo::ProjectionKind::Lcc;
        m_options.threads = 2;
    }
    void TearDown() override { std::filesystem::remove_all(m_dir); }

    std::string m_dir;
    scene::Manifest m_manifest;
    scene::BuildOptions m_options;
};

TEST_F(MapDataTest, BuildsProjectedGeometryAndKeepsClasses) {
    const scene::MapData map = scene::buildMap(m_manifest, m_options);
    ASSERT_EQ(map.layers.size(), 5u);
    ASSERT_EQ(map.geometry.size(), 5u);
    EXPECT_EQ(map.projection, geo::ProjectionKind::Lcc);
    EXPECT_LT(map.boundsMin.x, map.boundsMax.x);
    EXPECT_LT(map.boundsMin.y, map.boundsMax.y);
    EXPECT_TRUE(map.geometry[0].loaded);  // background

    const scene::LayerGeometry& countries = map.geometry[1];
    ASSERT_TRUE(countries.loaded);
    ASSERT_EQ(countries.features.size(), 2u);  // UZB filtered out, JPN outside the window
    EXPECT_EQ(countries.features[0].record, 0);
    EXPECT_EQ(countries.features[0].className, "central_asia");
    EXPECT_EQ(countries.features[0].paletteIndex, 3);
    EXPECT_EQ(countries.features[1].record, 1);
    EXPECT_EQ(countries.features[1].className, "");
    EXPECT_EQ(countries.features[1].paletteIndex, 4);

    const geo::Mesh& fill = countries.fill;
    ASSERT_FALSE(fill.indices.empty());
    EXPECT_EQ(fill.indices.size() % 3, 0u);
    for (uint32_t i : fill.indices) ASSERT_LT(i, fill.positions.size());
    ASSERT_EQ(countries.vertexFeature.size(), fill.positions.size());
    for (uint32_t f : countries.vertexFeature) EXPECT_LT(f, countries.features.size());
    EXPECT_GT(fill.area(), 1e10);  // square metres: these are countries

    // Metres of the LCC plane, not degrees: the KAZ corner is where PROJ puts it.
    std::string error;
    const auto lcc = geo::Projection::create(geo::ProjectionKind::Lcc, &error);
    ASSERT_TRUE(lcc.has_value()) << error;
    EXPECT_LT(distanceToNearest(fill.positions, lcc->forward({55, 42})), 1.0);
    double maxAbs = 0.0;
    for (const auto& p : fill.positions) maxAbs = std::max({maxAbs, std::abs(p.x), std::abs(p.y)});
    EXPECT_GT(maxAbs, 1.0e5);
    const double slack = 1.0;
    for (const auto& p : fill.positions) {
        EXPECT_GE(p.x, map.boundsMin.x - slack);
        EXPECT_LE(p.x, map.boundsMax.x + slack);
        EXPECT_GE(p.y, map.boundsMin.y - slack);
        EXPECT_LE(p.y, map.boundsMax.y + slack);
    }
    // CHN is cut at lon 80: nothing east of the window's edge (a curve on the LCC plane).
    for (const auto& p : fill.positions) EXPECT_LE(lcc->inverse(p).lon, 80.0 + 1e-6);

    // Outlines (the style has a stroke), without the edge the clip made.
    ASSERT_FALSE(countries.lines.empty());
    ASSERT_EQ(countries.lineFeature.size(), countries.lines.size());
    for (uint32_t f : countries.lineFeature) EXPECT_LT(f, countries.features.size());
    for (const auto& line : countries.lines) {
        for (size_t i = 1; i < line.size(); ++i) {
            const bool onClipEdge = std::abs(lcc->inverse(line[i]).lon - 80.0) < 1e-6 &&
                                    std::abs(lcc->inverse(line[i - 1]).lon - 80.0) < 1e-6;
            EXPECT_FALSE(onClipEdge) << "outline follows the clip edge";
        }
    }
    // KAZ's outline is its whole ring; CHN's loses its eastern edge (and may come in two pieces
    // that meet where the clipped ring starts).
    std::vector<size_t> perFeature(countries.features.size(), 0);
    for (uint32_t f : countries.lineFeature) ++perFeature[f];
    EXPECT_EQ(perFeature[0], 1u);
    EXPECT_GE(perFeature[1], 1u);
}

TEST_F(MapDataTest, LinesAndPointsAreProjectedWithTheirWidths) {
    const scene::MapData map = scene::buildMap(m_manifest, m_options);
    ASSERT_EQ(map.geometry.size(), 5u);
    const scene::LayerGeometry& rivers = map.geometry[2];
    ASSERT_TRUE(rivers.loaded);
    ASSERT_EQ(rivers.features.size(), 2u);
    EXPECT_FLOAT_EQ(rivers.features[0].widthFactor, 1.6f);
    EXPECT_NEAR(rivers.features[1].widthFactor, 0.775f, 1e-6);  // halfway between 4 and 7
    ASSERT_EQ(rivers.lines.size(), 2u);
    ASSERT_EQ(rivers.lineFeature.size(), 2u);
    // Densified in lon/lat, then projected: more points than written, ends where PROJ says.
    EXPECT_GT(rivers.lines[0].size(), 3u);
    std::string error;
    const auto lcc = geo::Projection::create(geo::ProjectionKind::Lcc, &error);
    ASSERT_TRUE(lcc.has_value()) << error;
    const glm::dvec2 start = lcc->forward({60, 45});
    EXPECT_NEAR(rivers.lines[0].front().x, start.x, 1.0);
    EXPECT_NEAR(rivers.lines[0].front().y, start.y, 1.0);

    const scene::LayerGeometry& cities = map.geometry[3];
    ASSERT_TRUE(cities.loaded);
    ASSERT_EQ(cities.points.size(), 1u);  // Tokyo is outside the window
    ASSERT_EQ(cities.features.size(), 1u);
    EXPECT_EQ(cities.features[0].record, 0);
    const glm::dvec2 astana = lcc->forward({71.43, 51.13});
    EXPECT_NEAR(cities.points[0].x, astana.x, 1.0);
    EXPECT_NEAR(cities.points[0].y, astana.y, 1.0);
}

TEST_F(MapDataTest, MissingFileIsAnErrorAndTheRestBuilds) {
    const scene::MapData map = scene::buildMap(m_manifest, m_options);
    ASSERT_EQ(map.geometry.size(), 5u);
    EXPECT_TRUE(anyContains(map.errors, "nope.shp")) << joined(map.errors);
    EXPECT_EQ(map.errors.size(), 1u) << joined(map.errors);
    const scene::LayerGeometry& missing = map.geometry[4];
    EXPECT_FALSE(missing.loaded);
    EXPECT_TRUE(missing.fill.indices.empty());
    EXPECT_TRUE(missing.features.empty());
    EXPECT_TRUE(map.geometry[1].loaded);
    EXPECT_FALSE(map.geometry[1].fill.indices.empty());
}

TEST_F(MapDataTest, WrongShapeKindIsAnError) {
    m_manifest.layers.push_back(
        layer("rivers_as_land", scene::LayerKind::Polygon, "rivers.shp", 50));
    const scene::MapData map = scene::buildMap(m_manifest, m_options);
    ASSERT_EQ(map.geometry.size(), 6u);
    EXPECT_TRUE(anyContains(map.errors, "rivers.shp: layer 'rivers_as_land' wants polygon"))
        << joined(map.errors);
    EXPECT_TRUE(map.geometry[5].features.empty());
    EXPECT_TRUE(map.geometry[2].loaded);  // the same file still serves its own layer
}

TEST_F(MapDataTest, UserFilesAreAddedOnTop) {
    m_options.userFiles = {m_dir + "/rivers.shp"};
    const scene::MapData map = scene::buildMap(m_manifest, m_options);
    ASSERT_EQ(map.layers.size(), 6u);
    EXPECT_EQ(map.layers.back().id, "user:rivers.shp");
    EXPECT_EQ(map.layers.back().kind, scene::LayerKind::Line);
    EXPECT_GT(map.layers.back().order, 40);
    ASSERT_EQ(map.geometry.size(), 6u);
    EXPECT_TRUE(map.geometry.back().loaded);
    EXPECT_EQ(map.geometry.back().lines.size(), 2u);
}

TEST_F(MapDataTest, SingleThreadGivesTheSameGeometry) {
    const scene::MapData two = scene::buildMap(m_manifest, m_options);
    m_options.threads = 1;
    const scene::MapData one = scene::buildMap(m_manifest, m_options);
    ASSERT_EQ(one.geometry.size(), two.geometry.size());
    for (size_t i = 0; i < one.geometry.size(); ++i) {
        EXPECT_EQ(one.geometry[i].fill.positions, two.geometry[i].fill.positions) << i;
        EXPECT_EQ(one.geometry[i].fill.indices, two.geometry[i].fill.indices) << i;
        EXPECT_EQ(one.geometry[i].lines, two.geometry[i].lines) << i;
    }
}

TEST(ResolveLayerFileTest, JoinsRelativeNamesOnly) {
    EXPECT_EQ(scene::resolveLayerFile("land.shp", "/data/ne"), "/data/ne/land.shp");
    EXPECT_EQ(scene::resolveLayerFile("land.shp", "/data/ne/"), "/data/ne/land.shp");
    EXPECT_EQ(scene::resolveLayerFile("/abs/land.shp", "/data/ne"), "/abs/land.shp");
    EXPECT_EQ(scene::resolveLayerFile("land.shp", ""), "land.shp");
}

}  // namespace
