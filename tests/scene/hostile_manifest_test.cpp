// Hostile input at the scene level: layers.toml with wrong types, and scene::buildMap over
// shapefiles that hold the wrong shapes, bow-ties, huge coordinates, a million tiny rings or are
// half missing. Each one: no crash, bounded time, a message naming the file and line or record,
// and the rest of the map still built.
#include "message_lines.h"
#include "scene/manifest.h"
#include "scene/map_data.h"
#include "shapefile_writer.h"

#include <gtest/gtest.h>
#include <shapefil.h>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <filesystem>

namespace {

using testutil::anyContains;
using testutil::joined;
using testutil::rectRing;

const char* const kWrongTypes = R"(
[region]
clip = ["a", 30, 90, 55]
home = 3

[themes.dark]
water = 12
vignette = "much"

[themes.light]
water = "#dfe9f0"

[themes.sepia]
water = "#dfe9f0"
vignette = nan

[[layers]]
id = 7
kind = "polygon"
file = "a.shp"

[[layers]]
id = "rivers"
kind = ["line"]
file = "rivers.shp"

[[layers]]
id = "lakes"
title = 5
kind = "polygon"
file = "lakes.shp"
order = "first"
visible = "yes"
filter = 5
palette_field = 1
class_field = true
classes = { big = "Aral", small = [1, "Balkhash"] }
width_field = []
width_stops = 3
style = { dark = 4, light = { fill = true, palette = "#fff", dash = "x", opacity = -1, stroke_width = nan } }

[[layers]]
id = "good"
kind = "polygon"
file = "good.shp"
order = 99999999999999

[[layers]]
id = "shore"
kind = "line"
file = "shore.shp"
order = 2.5
)";

TEST(HostileManifest, WrongTypesAreReportedWithTheirLineAndTheRestLoads) {
    const scene::ManifestResult r = scene::parseManifest(kWrongTypes, "maps/layers.toml");
    ASSERT_TRUE(r.manifest) << joined(r.errors);
    const std::vector<std::string>& e = r.errors;
    for (const char* expected : {
             "layers.toml:3: region: 'clip' must hold four numbers",
             "layers.toml:4: region: 'home' must be [lon_min, lat_min, lon_max, lat_max]",
             "layers.toml:7: theme 'dark': 'water' must be a colour",
             "layers.toml:8: theme 'dark': 'vignette' must be a number",
             "layers.toml:15: theme 'sepia': 'vignette' is not a number (nan); must be 0..1",
             "layers.toml:18: layer 1: 'id' must be a string",
             "layers.toml:24: layer 'rivers': 'kind' must be a string",
             "layers.toml:29: layer 'lakes': 'title' must be a string",
             "layers.toml:32: layer 'lakes': 'order' must be a whole number",
             "layers.toml:33: layer 'lakes': 'visible' must be true or false",
             "layers.toml:34: layer 'lakes': bad filter: must be a string",
             "layers.toml:35: layer 'lakes': 'palette_field' must be a string",
             "layers.toml:36: layer 'lakes': 'class_field' must be a string",
             "layers.toml:37: layer 'lakes': class 'big' must be an array",
             "layers.toml:37: layer 'lakes': class 'small' values must be strings",
             "layers.toml:38: layer 'lakes': 'width_field' must be a string",
             "layers.toml:39: layer 'lakes': 'width_stops' must be an array",
             "layers.toml:40: layer 'lakes' style 'dark' must be a table",
             "layers.toml:40: layer 'lakes' style 'light': 'fill' must be a colour",
             "layers.toml:40: layer 'lakes' style 'light': 'palette' must be an array",
             "layers.toml:40: layer 'lakes' style 'light': 'dash' must be an array",
             "layers.toml:40: layer 'lakes' style 'light': 'opacity' must be 0..1",
             "layers.toml:40: layer 'lakes' style 'light': 'stroke_width' is not a number (nan)",
             "layers.toml:46: layer 'good': 'order' must be a whole number",
             "layers.toml:52: layer 'shore': 'order' must be a whole number",
         }) {
        EXPECT_TRUE(anyContains(e, expected)) << expected << "\n in:\n" << joined(e);
    }
    // The layers with bad values still load with defaults; only those without an id or kind go.
    std::vector<std::string> ids;
    for (const auto& l : r.manifest->layers) ids.push_back(l.id);
    EXPECT_EQ(ids, (std::vector<std::string>{"lakes", "good", "shore"}));
    EXPECT_EQ(r.manifest->layers[0].title, "lakes");
    EXPECT_TRUE(r.manifest->layers[0].visible);
    EXPECT_EQ(r.manifest->clip.lonMin, 0.0);  // the default window
}

TEST(HostileManifest, LayersAndThemesThatAreNotTablesAreReported) {
    const scene::ManifestResult r = scene::parseManifest(
        "themes = { dark = 3, light = { water = \"#ffffff\" } }\n"
        "region = \"everywhere\"\n"
        "layers = [1, { id = \"sea\", kind = \"background\" }]\n",
        "layers.toml");
    ASSERT_TRUE(r.manifest) << joined(r.errors);
    EXPECT_TRUE(anyContains(r.errors, "layers.toml:1: theme 'dark' must be a table"))
        << joined(r.errors);
    EXPECT_TRUE(anyContains(r.errors, "layers.toml:2: manifest: 'region' must be a table"))
        << joined(r.errors);
    EXPECT_TRUE(anyContains(r.errors, "layers.toml:3: layer 1 must be a table"))
        << joined(r.errors);
    ASSERT_EQ(r.manifest->layers.size(), 1u);
    EXPECT_EQ(r.manifest->themes.size(), 1u);
}

TEST(HostileManifest, SyntaxErrorNamesLineAndColumn) {
    const scene::ManifestResult r =
        scene::parseManifest("[themes.dark]\nwater = \"#000000\"\n[[layers]\n", "layers.toml");
    EXPECT_FALSE(r.manifest);
    EXPECT_TRUE(anyContains(r.errors, "layers.toml:3:")) << joined(r.errors);
}

class HostileMapTest : public ::testing::Test {
protected:
    void SetUp() override {
        m_dir = testutil::makeTempDir("hostile_map");
        m_manifest.clip = {50.0, 35.0, 80.0, 55.0};
        m_manifest.home = {55.0, 40.0, 75.0, 50.0};
        testutil::writeShapefile(m_dir + "/good", SHPT_POLYGON, {"NAME"},
                                 {{{rectRing(55, 42, 65, 50)}, {"KAZ"}}});
        addLayer("good", scene::LayerKind::Polygon, "good.shp");
        m_options.naturalEarthDir = m_dir;
        m_options.threads = 1;
    }
    void TearDown() override { std::filesystem::remove_all(m_dir); }

    void addLayer(const std::string& id, scene::LayerKind kind, const std::string& file) {
        scene::LayerDef d;
        d.id = id;
        d.kind = kind;
        d.file = file;
        d.order = static_cast<int>(m_manifest.layers.size()) * 10;
        scene::LayerStyle s;
        s.fill = scene::Rgba{0.5f, 0.5f, 0.5f, 1.f};
        s.stroke = scene::Rgba{0.f, 0.f, 0.f, 1.f};
        s.strokeWidthPt = 1.f;
        d.styles["dark"] = s;
        m_manifest.layers.push_back(d);
    }

    // The good layer (always the first) was built with triangles.
    void expectGoodLayerBuilt(const scene::MapData& map) {
        ASSERT_FALSE(map.geometry.empty());
        EXPECT_TRUE(map.geometry[0].loaded);
        EXPECT_FALSE(map.geometry[0].fill.indices.empty());
    }

    std::string m_dir;
    scene::Manifest m_manifest;
    scene::BuildOptions m_options;
};

TEST_F(HostileMapTest, PointsInAPolygonLayerAreAnErrorAndTheRestBuilds) {
    testutil::writeShapefile(m_dir + "/cities", SHPT_POINT, {"NAME"},
                             {{{{{71.43, 51.13}}}, {"Astana"}}});
    addLayer("countries", scene::LayerKind::Polygon, "cities.shp");
    const scene::MapData map = scene::buildMap(m_manifest, m_options);
    expectGoodLayerBuilt(map);
    EXPECT_TRUE(anyContains(map.errors,
                            "cities.shp: layer 'countries' wants polygon shapes but "
                            "the file holds point shapes"))
        << joined(map.errors);
    EXPECT_FALSE(map.geometry[1].loaded);
}

TEST_F(HostileMapTest, BowTieAndSelfIntersectingPolygonsAreRepairedAndDrawn) {
    const geo::Path bowTie{{56, 40}, {60, 44}, {60, 40}, {56, 44}, {56, 40}};
    // A ring that crosses itself twice, and a spike back along its own edge.
    const geo::Path knot{{62, 40}, {70, 40}, {62, 46}, {70, 46}, {66, 38}, {62, 40}};
    const geo::Path spike{{52, 46}, {52, 50}, {54, 50}, {54, 48},
                          {58, 48}, {54, 48}, {54, 46}, {52, 46}};
    testutil::writeShapefile(m_dir + "/twisted", SHPT_POLYGON, {"NAME"},
                             {{{bowTie}, {"bow"}}, {{knot}, {"knot"}}, {{spike}, {"spike"}}});
    addLayer("twisted", scene::LayerKind::Polygon, "twisted.shp");
    const scene::MapData map = scene::buildMap(m_manifest, m_options);
    expectGoodLayerBuilt(map);
    EXPECT_TRUE(map.errors.empty()) << joined(map.errors);
    const scene::LayerGeometry& g = map.geometry[1];
    ASSERT_TRUE(g.loaded);
    EXPECT_EQ(g.features.size(), 3u);
    ASSERT_FALSE(g.fill.indices.empty());
    for (uint32_t i : g.fill.indices) ASSERT_LT(i, g.fill.positions.size());
    for (const auto& p : g.fill.positions) ASSERT_TRUE(std::isfinite(p.x) && std::isfinite(p.y));
    EXPECT_GT(g.fill.area(), 1e10);
}

TEST_F(HostileMapTest, HugeCoordinatesSkipTheirRecordAndTheRestBuilds) {
    testutil::writeShapefile(m_dir + "/huge", SHPT_POLYGON, {"NAME"},
                             {{{rectRing(1e308, 40, 1.7e308, 45)}, {"far"}},
                              {{{{55, 40}, {65, 45}, {6.9e228, 45}, {55, 40}}}, {"spike"}},
                              {{rectRing(60, 40, 62, 42)}, {"near"}}});
    testutil::writeTextFile(m_dir + "/huge.prj",
                            "GEOGCS[\"WGS 84\",DATUM[\"WGS_1984\",SPHEROID"
                            "[\"WGS 84\",6378137,298.257223563]],PRIMEM["
                            "\"Greenwich\",0],UNIT[\"degree\",0.01745329]]");
    addLayer("huge", scene::LayerKind::Polygon, "huge.shp");
    const scene::MapData map = scene::buildMap(m_manifest, m_options);
    expectGoodLayerBuilt(map);
    EXPECT_TRUE(anyContains(map.errors, "huge.shp: record 0: vertex (")) << joined(map.errors);
    EXPECT_TRUE(anyContains(map.errors, "huge.shp: record 1: vertex (")) << joined(map.errors);
    const scene::LayerGeometry& g = map.geometry[1];
    ASSERT_EQ(g.features.size(), 1u);
    EXPECT_EQ(g.features[0].record, 2);
    for (const auto& p : g.fill.positions) ASSERT_TRUE(std::isfinite(p.x) && std::isfinite(p.y));
}

TEST_F(HostileMapTest, BrokenFilesCostOnlyTheirOwnLayer) {
    testutil::writeShapefile(m_dir + "/noshx", SHPT_POLYGON, {"NAME"},
                             {{{rectRing(60, 40, 61, 41)}, {"a"}}});
    std::filesystem::remove(m_dir + "/noshx.shx");
    testutil::writeShapefile(m_dir + "/badprj", SHPT_POLYGON, {"NAME"},
                             {{{rectRing(60, 40, 61, 41)}, {"a"}}});
    testutil::writeTextFile(m_dir + "/badprj.prj", "PROJCS[\"nonsense\",GEOGCS[unclosed");
    testutil::writeShapefile(m_dir + "/nodbf", SHPT_POLYGON, {"NAME"},
                             {{{rectRing(66, 40, 67, 41)}, {"a"}}});
    std::filesystem::remove(m_dir + "/nodbf.dbf");
    addLayer("noshx", scene::LayerKind::Polygon, "noshx.shp");
    addLayer("badprj", scene::LayerKind::Polygon, "badprj.shp");
    addLayer("nodbf", scene::LayerKind::Polygon, "nodbf.shp");
    const scene::MapData map = scene::buildMap(m_manifest, m_options);
    expectGoodLayerBuilt(map);
    EXPECT_TRUE(anyContains(map.errors, "noshx.shp: cannot open")) << joined(map.errors);
    EXPECT_TRUE(anyContains(map.errors, "badprj.shp: .prj:")) << joined(map.errors);
    EXPECT_FALSE(map.geometry[1].loaded);
    EXPECT_FALSE(map.geometry[2].loaded);
    EXPECT_TRUE(map.geometry[3].loaded);  // no attributes, still drawn
    EXPECT_FALSE(map.geometry[3].fill.indices.empty());
}

TEST_F(HostileMapTest, ManyTinyRingsInOneRecordBuildInBoundedTime) {
    // A grid of tiny squares, all in one record (dust, or a shattered coastline).
    constexpr int kSide = 200;
    std::vector<geo::Path> rings;
    for (int i = 0; i < kSide * kSide; ++i) {
        const double x = 55.0 + 0.02 * (i % kSide);
        const double y = 40.0 + 0.02 * (i / kSide);
        rings.push_back(rectRing(x, y, x + 0.01, y + 0.01));
    }
    testutil::writeShapefile(m_dir + "/dust", SHPT_POLYGON, {"NAME"}, {{rings, {"dust"}}});
    addLayer("dust", scene::LayerKind::Polygon, "dust.shp");
    const auto t0 = std::chrono::steady_clock::now();
    const scene::MapData map = scene::buildMap(m_manifest, m_options);
    const double sec = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
    expectGoodLayerBuilt(map);
    EXPECT_TRUE(map.errors.empty()) << joined(map.errors);
    EXPECT_EQ(map.geometry[1].fill.indices.size(), 3u * 2u * kSide * kSide);
    EXPECT_LT(sec, 30.0);
}

}  // namespace
