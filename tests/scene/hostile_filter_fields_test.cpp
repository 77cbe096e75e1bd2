// A manifest layer naming an attribute its .dbf does not have: a misspelt filter field emptied
// the layer with no message. Now: a warning naming the manifest, the layer, the field and the
// file, with the file's fields (or a close spelling), and the rest of the map still built.
#include "message_lines.h"
#include "scene/manifest.h"
#include "scene/map_data.h"
#include "shapefile_writer.h"

#include <gtest/gtest.h>
#include <shapefil.h>

#include <algorithm>
#include <filesystem>

namespace {

using testutil::anyContains;
using testutil::joined;
using testutil::rectRing;

// The warnings about missing fields (the map may warn about other things, such as a missing .prj).
int fieldWarnings(const scene::MapData& map) {
    return static_cast<int>(std::count_if(
        map.warnings.begin(), map.warnings.end(),
        [](const std::string& w) { return w.find("has no field") != std::string::npos; }));
}

class HostileFilterFields : public ::testing::Test {
protected:
    void SetUp() override {
        m_dir = testutil::makeTempDir("hostile_filter_fields");
        m_manifest.path = "/somewhere/maps/layers.toml";
        m_manifest.clip = {50.0, 35.0, 80.0, 55.0};
        testutil::writeShapefile(m_dir + "/lakes", SHPT_POLYGON, {"NAME", "SCALERANK"},
                                 {{{rectRing(55, 42, 60, 46)}, {"Aral", "1"}},
                                  {{rectRing(70, 45, 75, 47)}, {"Balkhash", "2"}}});
        m_options.naturalEarthDir = m_dir;
        m_options.threads = 1;
    }
    void TearDown() override { std::filesystem::remove_all(m_dir); }

    scene::LayerDef& addLayer(const std::string& id, const std::vector<std::string>& filters) {
        scene::LayerDef d;
        d.id = id;
        d.kind = scene::LayerKind::Polygon;
        d.file = "lakes.shp";
        d.order = static_cast<int>(m_manifest.layers.size());
        for (const auto& f : filters) d.filters.push_back(*scene::parseFilter(f, nullptr));
        scene::LayerStyle s;
        s.fill = scene::Rgba{0.2f, 0.4f, 0.8f, 1.f};
        d.styles["dark"] = s;
        m_manifest.layers.push_back(d);
        return m_manifest.layers.back();
    }

    std::string m_dir;
    scene::Manifest m_manifest;
    scene::BuildOptions m_options;
};

TEST_F(HostileFilterFields, MisspeltFilterFieldIsAWarningNamingManifestLayerAndFields) {
    addLayer("good", {"NAME = Aral"});
    addLayer("lakes", {"NAMEE = Aral"});
    addLayer("all", {"SCALRANK != 3"});
    const scene::MapData map = scene::buildMap(m_manifest, m_options);
    EXPECT_TRUE(map.errors.empty()) << joined(map.errors);
    EXPECT_TRUE(anyContains(map.warnings,
                            "layers.toml: layer 'lakes': filter 'NAMEE = Aral': lakes.shp has no "
                            "field 'NAMEE' (its fields: NAME, SCALERANK); the filter matches "
                            "nothing, so the layer is empty"))
        << joined(map.warnings);
    // A != filter on a missing field holds for every feature; the message says so.
    EXPECT_TRUE(anyContains(map.warnings,
                            "layer 'all': filter 'SCALRANK != 3': lakes.shp has no "
                            "field 'SCALRANK' (its fields: NAME, SCALERANK); the "
                            "filter holds for every feature"))
        << joined(map.warnings);
    EXPECT_EQ(fieldWarnings(map), 2) << joined(map.warnings);
    // The good layer still builds with its one feature; the misspelt one is empty, as written.
    ASSERT_EQ(map.geometry.size(), 3u);
    EXPECT_EQ(map.geometry[0].features.size(), 1u);
    EXPECT_TRUE(map.geometry[1].features.empty());
}

TEST_F(HostileFilterFields, StylingFieldsAreCheckedAndLongFieldListsSuggestASpelling) {
    std::vector<std::string> fields;
    for (int i = 0; i < 20; ++i) fields.push_back("F" + std::to_string(i));
    fields.push_back("MAPCOLOR7");
    std::vector<std::string> values(fields.size(), "1");
    testutil::writeShapefile(m_dir + "/countries", SHPT_POLYGON, fields,
                             {{{rectRing(55, 42, 60, 46)}, values}});
    scene::LayerDef& d = addLayer("countries", {});
    d.file = "countries.shp";
    d.paletteField = "MAPCOLR7";
    d.classField = "KIND";
    const scene::MapData map = scene::buildMap(m_manifest, m_options);
    EXPECT_TRUE(anyContains(map.warnings,
                            "layers.toml: layer 'countries': palette_field: countries.shp has no "
                            "field 'MAPCOLR7' (did you mean 'MAPCOLOR7'?); every feature takes "
                            "the first palette colour"))
        << joined(map.warnings);
    EXPECT_TRUE(anyContains(map.warnings,
                            "layer 'countries': class_field: countries.shp has no "
                            "field 'KIND'; no feature gets a class"))
        << joined(map.warnings);
    EXPECT_TRUE(map.geometry[0].loaded);
}

TEST_F(HostileFilterFields, FieldsThatExistGiveNoWarning) {
    addLayer("lakes", {"name = Aral", "SCALERANK <= 2"});  // names match case-insensitively
    m_manifest.layers.back().paletteField = "SCALERANK";
    const scene::MapData map = scene::buildMap(m_manifest, m_options);
    EXPECT_EQ(fieldWarnings(map), 0) << joined(map.warnings);
    EXPECT_EQ(map.geometry[0].features.size(), 1u);
}

}  // namespace
