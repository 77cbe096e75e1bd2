// scene::parseManifest on TOML written in the test: a full valid manifest and one file per
// mistake, each reported as "layers.toml:LINE: ...". Also the attribute filters.
#include "scene/manifest.h"
#include "message_lines.h"

#include <gtest/gtest.h>

#include <string>

namespace {

using testutil::joined;
const char* const kValid = R"(
[region]
clip = [40.0, 30.0, 90.0, 56.0]
home = [50.0, 35.0, 80.0, 50.0]

[themes.dark]
water = "#10263a"
water_edge = "#08131f"
accent = "#e8b45a"

[themes.light]
water = "#cfe0ea"
accent = "#9a6a1f"

[[layers]]
id = "rivers"
file = "rivers.shp"
kind = "line"
order = 40
filter = ["scalerank <= 7", "featurecla != Lake Centerline"]
width_field = "scalerank"
width_stops = [[7, 0.55], [1, 1.6], [4, 1.0]]
[layers.style.dark]
stroke = "#3a7ea6"
stroke_width = 0.9
dash = [3.0, 2.0, 1.0]
[layers.style.light]
stroke = "#7eaed0"

[[layers]]
id = "countries"
title = "Countries"
file = "countries.shp"
kind = "polygon"
order = 20
palette_field = "MAPCOLOR7"
class_field = "ADM0_A3"
[layers.classes]
central_asia = ["KAZ", "UZB"]
route = ["AZE"]
[layers.style.dark]
palette = ["#30353b", "#33373c"]
opacity = 0.5
[layers.style.dark.class.central_asia]
palette = ["#786847", "#7f6d49", "#746544"]
[layers.style.dark.class.route]
fill = "#4a4f4f"
[layers.style.light]
fill = "#efebe2"

[[layers]]
id = "background"
kind = "background"
order = 0
)";

TEST(ManifestTest, ParsesAValidManifest) {
    const scene::ManifestResult r = scene::parseManifest(kValid, "maps/layers.toml");
    ASSERT_TRUE(r.errors.empty()) << r.errors.front();
    ASSERT_TRUE(r.manifest.has_value());
    const scene::Manifest& m = *r.manifest;
    EXPECT_EQ(m.path, "maps/layers.toml");
    EXPECT_EQ(m.clip.lonMin, 40.0);
    EXPECT_EQ(m.clip.latMax, 56.0);
    EXPECT_EQ(m.home.lonMin, 50.0);

    ASSERT_EQ(m.themes.size(), 2u);
    const scene::Theme* light = m.theme("print");
    ASSERT_NE(light, nullptr);
    EXPECT_EQ(light->name, "light");
    EXPECT_EQ(scene::toHex(light->waterEdge), "#cfe0ea");  // defaults to the water colour
    EXPECT_EQ(scene::toHex(m.theme("dark")->panelAccent), "#e8b45a");
    EXPECT_EQ(m.theme("sepia"), nullptr);

    // Sorted by order.
    ASSERT_EQ(m.layers.size(), 3u);
    EXPECT_EQ(m.layers[0].id, "background");
    EXPECT_EQ(m.layers[1].id, "countries");
    EXPECT_EQ(m.layers[2].id, "rivers");
    EXPECT_EQ(m.layers[0].kind, scene::LayerKind::Background);

    const scene::LayerDef& countries = m.layers[1];
    EXPECT_EQ(countries.kind, scene::LayerKind::Polygon);
    EXPECT_EQ(countries.title, "Countries");
    EXPECT_EQ(countries.paletteField, "MAPCOLOR7");
    EXPECT_EQ(countries.classField, "ADM0_A3");
    EXPECT_EQ(countries.classes.at("central_asia"), (std::vector<std::string>{"KAZ", "UZB"}));
    EXPECT_EQ(countries.classes.at("route"), (std::vector<std::string>{"AZE"}));
    const scene::LayerStyle& dark = countries.style("dark");
    EXPECT_EQ(dark.palette.size(), 2u);
    EXPECT_FLOAT_EQ(dark.opacity, 0.5f);
    ASSERT_EQ(dark.classes.count("central_asia"), 1u);
    EXPECT_EQ(dark.classes.at("central_asia").palette.size(), 3u);
    ASSERT_TRUE(dark.classes.at("route").fill.has_value());
    EXPECT_EQ(scene::toHex(*dark.classes.at("route").fill), "#4a4f4f");
    EXPECT_EQ(scene::toHex(*countries.style("print").fill), "#efebe2");
    EXPECT_EQ(countries.sourceLine, 30);  // its [[layers]] line

    const scene::LayerDef& rivers = m.layers[2];
    EXPECT_EQ(rivers.title, "rivers");  // defaults to the id
    EXPECT_TRUE(rivers.visible);
    ASSERT_EQ(rivers.filters.size(), 2u);
    EXPECT_EQ(rivers.filters[0].field, "scalerank");
    EXPECT_EQ(rivers.filters[0].op, scene::AttributeFilter::Op::Le);
    EXPECT_EQ(rivers.filters[1].field, "featurecla");
    EXPECT_EQ(rivers.filters[1].op, scene::AttributeFilter::Op::Ne);
    EXPECT_EQ(rivers.filters[1].value, "Lake Centerline");
    EXPECT_EQ(rivers.widthField, "scalerank");
    using Stops = std::vector<std::pair<double, double>>;
    EXPECT_EQ(rivers.widthStops, (Stops{{1, 1.6}, {4, 1.0}, {7, 0.55}}));  // sorted by value
    // An odd dash pattern repeats to an even one.
    EXPECT_EQ(rivers.style("dark").dashPt, (std::vector<float>{3.f, 2.f, 1.f, 3.f, 2.f, 1.f}));
    EXPECT_FLOAT_EQ(rivers.style("dark").strokeWidthPt, 0.9f);
    EXPECT_TRUE(rivers.style("light").dashPt.empty());
    // A theme without its own style falls back to another one.
    EXPECT_TRUE(rivers.style("sepia").stroke.has_value());
}

// The errors of a manifest with one mistake, joined for failure messages.
std::vector<std::string> errorsOf(const std::string& toml) {
    return scene::parseManifest(toml, "/some/dir/layers.toml").errors;
}

// Exactly one error, starting with "layers.toml:LINE:" and containing `what`.
void expectOneError(const std::string& toml, int line, const std::string& what) {
    const std::vector<std::string> errors = errorsOf(toml);
    ASSERT_EQ(errors.size(), 1u) << joined(errors);
    const std::string prefix = "layers.toml:" + std::to_string(line) + ":";
    EXPECT_EQ(errors[0].rfind(prefix, 0), 0u) << errors[0] << "\nwanted prefix " << prefix;
    EXPECT_NE(errors[0].find(what), std::string::npos) << errors[0];
}

// Lines 1-2: a theme, so that the mistakes below are the only ones.
const std::string kThemes = "[themes.dark]\nwater = \"#10263a\"\n";

TEST(ManifestTest, UnknownKind) {
    expectOneError(kThemes +
                       "[[layers]]\n"         // 3
                       "id = \"rivers\"\n"    // 4
                       "file = \"r.shp\"\n"   // 5
                       "kind = \"lines\"\n",  // 6
                   6, "layer 'rivers': unknown kind 'lines'");
}

TEST(ManifestTest, BadColour) {
    expectOneError(kThemes +
                       "[[layers]]\n"           // 3
                       "id = \"land\"\n"        // 4
                       "file = \"land.shp\"\n"  // 5
                       "kind = \"polygon\"\n"   // 6
                       "[layers.style.dark]\n"  // 7
                       "fill = \"#12345\"\n",   // 8
                   8, "'fill' must be a colour");
}

TEST(ManifestTest, BadPaletteEntry) {
    expectOneError(kThemes +
                       "[[layers]]\n"                          // 3
                       "id = \"land\"\n"                       // 4
                       "file = \"land.shp\"\n"                 // 5
                       "kind = \"polygon\"\n"                  // 6
                       "[layers.style.dark]\n"                 // 7
                       "palette = [\"#123456\", \"blue\"]\n",  // 8
                   8, "'palette' has an entry that is not a colour");
}

TEST(ManifestTest, BadThemeColour) {
    expectOneError(kThemes + "[themes.light]\nwater = \"light blue\"\n" +
                       "[[layers]]\nid = \"bg\"\nkind = \"background\"\n",
                   4, "theme 'light': 'water' must be a colour");
}

TEST(ManifestTest, MissingId) {
    expectOneError(kThemes +
                       "[[layers]]\n"           // 3
                       "file = \"land.shp\"\n"  // 4
                       "kind = \"polygon\"\n",  // 5
                   3, "layer 1 has no 'id'");
}

TEST(ManifestTest, DuplicateId) {
    const std::string layer =
        "[[layers]]\nid = \"land\"\nfile = \"land.shp\"\nkind = \"polygon\"\n";
    expectOneError(kThemes + layer + layer, 7, "layer id 'land' is used twice");
    const auto r = scene::parseManifest(kThemes + layer + layer, "layers.toml");
    ASSERT_TRUE(r.manifest.has_value());
    EXPECT_EQ(r.manifest->layers.size(), 1u);  // the first one stays
}

TEST(ManifestTest, BadFilter) {
    expectOneError(kThemes +
                       "[[layers]]\n"                 // 3
                       "id = \"lakes\"\n"             // 4
                       "file = \"lakes.shp\"\n"       // 5
                       "kind = \"polygon\"\n"         // 6
                       "filter = \"scalerank 6\"\n",  // 7
                   7, "layer 'lakes': bad filter 'scalerank 6'");
    expectOneError(kThemes +
                       "[[layers]]\n"                               // 3
                       "id = \"lakes\"\n"                           // 4
                       "file = \"lakes.shp\"\n"                     // 5
                       "kind = \"polygon\"\n"                       // 6
                       "filter = [\"scalerank <= 6\", \"= 3\"]\n",  // 7
                   7, "bad filter '= 3'");
}

TEST(ManifestTest, MissingFile) {
    expectOneError(kThemes + "[[layers]]\nid = \"land\"\nkind = \"polygon\"\n", 3,
                   "layer 'land': needs a 'file'");
}

TEST(ManifestTest, BadRegion) {
    expectOneError(kThemes + "[region]\nclip = [90.0, 20.0, 40.0, 60.0]\n" +
                       "[[layers]]\nid = \"bg\"\nkind = \"background\"\n",
                   4, "'clip' is not a valid lon/lat window");
}

TEST(ManifestTest, TomlSyntaxError) {
    expectOneError(kThemes +
                       "[[layers]]\n"         // 3
                       "id = \"land\"\n"      // 4
                       "file = \"land.shp\n"  // 5: unterminated string
                       "kind = \"polygon\"\n",
                   5, "");
}

TEST(ManifestTest, NoThemesOrLayers) {
    const auto r = scene::parseManifest("", "layers.toml");
    EXPECT_EQ(r.errors.size(), 2u) << joined(r.errors);
    for (const auto& e : r.errors) EXPECT_EQ(e.rfind("layers.toml", 0), 0u) << e;
}

TEST(ManifestTest, ReadManifestNamesAMissingFile) {
    const auto r = scene::readManifest("/nonexistent/corridor/layers.toml");
    EXPECT_FALSE(r.manifest.has_value());
    ASSERT_EQ(r.errors.size(), 1u);
    EXPECT_NE(r.errors[0].find("/nonexistent/corridor/layers.toml"), std::string::npos);
}

TEST(FilterTest, ParsesOperators) {
    struct Case {
        const char* text;
        scene::AttributeFilter::Op op;
        const char* field;
        const char* value;
    };
    using Op = scene::AttributeFilter::Op;
    const Case cases[] = {
        {"scalerank <= 6", Op::Le, "scalerank", "6"},
        {"scalerank>=6", Op::Ge, "scalerank", "6"},
        {"a < 1", Op::Lt, "a", "1"},
        {"a > 1", Op::Gt, "a", "1"},
        {"FEATURECLA = Admin-0 capital", Op::Eq, "FEATURECLA", "Admin-0 capital"},
        {"featurecla != 'Lake Centerline'", Op::Ne, "featurecla", "Lake Centerline"},
        {"name = \"\"", Op::Eq, "name", ""}};
    for (const Case& c : cases) {
        std::string error;
        const auto f = scene::parseFilter(c.text, &error);
        ASSERT_TRUE(f.has_value()) << c.text << ": " << error;
        EXPECT_EQ(f->op, c.op) << c.text;
        EXPECT_EQ(f->field, c.field) << c.text;
        EXPECT_EQ(f->value, c.value) << c.text;
        EXPECT_EQ(f->text, c.text);
    }
    for (const char* bad : {"", "scalerank", "scalerank 6", "<= 6"}) {
        std::string error;
        EXPECT_FALSE(scene::parseFilter(bad, &error).has_value()) << bad;
        EXPECT_FALSE(error.empty()) << bad;
    }
}

TEST(FilterTest, OperatorIsTheFirstOneInTheText) {
    // An operator inside the value must not win over the real one.
    std::string error;
    const auto f = scene::parseFilter("NOTE = a<=b", &error);
    ASSERT_TRUE(f.has_value()) << error;
    EXPECT_EQ(f->field, "NOTE");
    EXPECT_EQ(f->op, scene::AttributeFilter::Op::Eq);
    EXPECT_EQ(f->value, "a<=b");
}

bool matches(const char* filter, const std::string& value) {
    std::string error;
    const auto f = scene::parseFilter(filter, &error);
    EXPECT_TRUE(f.has_value()) << filter << ": " << error;
    return f && scene::filterMatches(*f, value);
}

TEST(FilterTest, NumbersCompareAsNumbers) {
    EXPECT_TRUE(matches("scalerank <= 6", "6"));
    EXPECT_TRUE(matches("scalerank <= 6", "5.5"));
    EXPECT_FALSE(matches("scalerank <= 6", "10"));  // as text "10" < "6"
    EXPECT_TRUE(matches("scalerank <= 6", " 2 "));  // DBF numbers may be padded
    EXPECT_TRUE(matches("pop > 1e6", "2500000"));
    EXPECT_TRUE(matches("x = 3", "3.0"));
    EXPECT_TRUE(matches("x != 3", "4"));
    EXPECT_TRUE(matches("x >= -1", "-1"));
    EXPECT_FALSE(matches("x < -1", "-1"));
}

TEST(FilterTest, TextComparesAsCaseSensitiveText) {
    EXPECT_TRUE(matches("FEATURECLA = Admin-0 capital", "Admin-0 capital"));
    EXPECT_FALSE(matches("FEATURECLA = Admin-0 capital", "admin-0 capital"));
    EXPECT_TRUE(matches("featurecla != Lake Centerline", "River"));
    EXPECT_FALSE(matches("featurecla != Lake Centerline", "Lake Centerline"));
    EXPECT_TRUE(matches("name < B", "Almaty"));
    EXPECT_TRUE(matches("name > B", "Bishkek"));
}

}  // namespace

TEST(FilterTest, OrderedNumericFilterNeedsANumber) {
    std::string error;
    const auto f = scene::parseFilter("scalerank <= 6", &error);
    ASSERT_TRUE(f.has_value()) << error;
    EXPECT_FALSE(scene::filterMatches(*f, ""));
    EXPECT_FALSE(scene::filterMatches(*f, "n/a"));
    EXPECT_TRUE(scene::filterMatches(*f, " 6 "));
    const auto ne = scene::parseFilter("scalerank != 6", &error);
    ASSERT_TRUE(ne.has_value());
    EXPECT_TRUE(scene::filterMatches(*ne, ""));
}
