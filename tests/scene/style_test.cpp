// scene::featureFills (class palettes, base palettes, wrapping, opacity), layer visibility, theme
// names and the default style for a user's own file.
#include "scene/style.h"
#include "scene/manifest.h"

#include <gtest/gtest.h>

namespace {

scene::Rgba hex(const char* text) {
    return scene::parseColor(text).value();
}

scene::FeatureKey key(int paletteIndex, const std::string& className = "") {
    scene::FeatureKey k;
    k.paletteIndex = paletteIndex;
    k.className = className;
    return k;
}

// A countries-like layer: base palette of 3, class "ca" with its own palette of 2, class "route"
// with a plain fill, class "empty" with neither.
scene::LayerDef countriesLayer(float opacity) {
    scene::LayerDef def;
    def.id = "countries";
    def.kind = scene::LayerKind::Polygon;
    scene::LayerStyle s;
    s.fill = hex("#111111");
    s.palette = {hex("#a00000"), hex("#b00000"), hex("#c00000")};
    s.classes["ca"].palette = {hex("#00a000"), hex("#00b000")};
    s.classes["route"].fill = hex("#0000f0");
    s.classes["empty"] = scene::ClassStyle{};
    s.opacity = opacity;
    def.styles["dark"] = s;
    scene::LayerStyle light;
    light.fill = hex("#eeeeee");
    def.styles["light"] = light;
    return def;
}

TEST(StyleTest, ClassPaletteBeatsBasePalette) {
    scene::LayerGeometry g;
    g.features = {key(1),          key(2),          key(1, "ca"),     key(2, "ca"),
                  key(2, "route"), key(2, "empty"), key(2, "unknown")};
    const auto fills = scene::featureFills(countriesLayer(1.f), g, "dark");
    ASSERT_EQ(fills.size(), g.features.size());
    EXPECT_EQ(scene::toHex(fills[0]), "#a00000");
    EXPECT_EQ(scene::toHex(fills[1]), "#b00000");
    EXPECT_EQ(scene::toHex(fills[2]), "#00a000");
    EXPECT_EQ(scene::toHex(fills[3]), "#00b000");
    EXPECT_EQ(scene::toHex(fills[4]), "#0000f0");  // class fill
    EXPECT_EQ(scene::toHex(fills[5]), "#b00000");  // class without colours: base palette
    EXPECT_EQ(scene::toHex(fills[6]), "#b00000");  // class not styled: base palette
}

TEST(StyleTest, PaletteIndexWraps) {
    scene::LayerGeometry g;
    g.features = {key(3), key(4), key(7), key(3, "ca"), key(0), key(-2)};
    const auto fills = scene::featureFills(countriesLayer(1.f), g, "dark");
    ASSERT_EQ(fills.size(), 6u);
    EXPECT_EQ(scene::toHex(fills[0]), "#c00000");
    EXPECT_EQ(scene::toHex(fills[1]), "#a00000");  // 4 wraps to 1
    EXPECT_EQ(scene::toHex(fills[2]), "#a00000");  // 7 wraps to 1
    EXPECT_EQ(scene::toHex(fills[3]), "#00a000");  // 3 wraps to 1 in the class's palette of 2
    EXPECT_EQ(scene::toHex(fills[4]), "#a00000");  // no index: the first colour
    EXPECT_EQ(scene::toHex(fills[5]), "#a00000");
}

TEST(StyleTest, OpacityMultipliesAlpha) {
    scene::LayerDef def = countriesLayer(0.5f);
    def.styles["dark"].classes["route"].fill = hex("#0000f080");
    scene::LayerGeometry g;
    g.features = {key(1), key(1, "route")};
    const auto fills = scene::featureFills(def, g, "dark");
    ASSERT_EQ(fills.size(), 2u);
    EXPECT_FLOAT_EQ(fills[0].a, 0.5f);
    EXPECT_FLOAT_EQ(fills[0].r, hex("#a00000").r);
    EXPECT_FLOAT_EQ(fills[1].a, 0.5f * 128.f / 255.f);
}

TEST(StyleTest, ThemeSelectsTheStyleAndPrintIsLight) {
    scene::LayerGeometry g;
    g.features = {key(2, "ca")};
    const scene::LayerDef def = countriesLayer(1.f);
    EXPECT_EQ(scene::toHex(scene::featureFills(def, g, "light").at(0)), "#eeeeee");
    EXPECT_EQ(scene::toHex(scene::featureFills(def, g, "print").at(0)), "#eeeeee");
    EXPECT_TRUE(scene::featureFills(def, scene::LayerGeometry{}, "dark").empty());
}

TEST(StyleTest, CanonicalThemeName) {
    EXPECT_EQ(scene::canonicalThemeName("print"), "light");
    EXPECT_EQ(scene::canonicalThemeName("light"), "light");
    EXPECT_EQ(scene::canonicalThemeName("dark"), "dark");
}

TEST(StyleTest, LayerVisibleAtZoomRange) {
    scene::LayerDef def;
    def.minZoom = 3.0;
    def.maxZoom = 8.0;
    EXPECT_TRUE(scene::layerVisibleAt(def, true, 3.0));
    EXPECT_TRUE(scene::layerVisibleAt(def, true, 8.0));
    EXPECT_FALSE(scene::layerVisibleAt(def, true, 2.9));
    EXPECT_FALSE(scene::layerVisibleAt(def, true, 8.1));
    EXPECT_FALSE(scene::layerVisibleAt(def, false, 5.0));
}

TEST(StyleTest, DefaultLayerForUserFiles) {
    const scene::LayerDef poly =
        scene::defaultLayerFor("/home/me/route.shp", geo::GeometryKind::Polygon, 500);
    EXPECT_EQ(poly.id, "user:route.shp");
    EXPECT_EQ(poly.title, "route.shp");
    EXPECT_EQ(poly.file, "/home/me/route.shp");
    EXPECT_EQ(poly.order, 500);
    EXPECT_EQ(poly.kind, scene::LayerKind::Polygon);
    for (const char* theme : {"dark", "light"}) {
        EXPECT_EQ(poly.styles.count(theme), 1u) << theme;
        EXPECT_TRUE(poly.style(theme).fill.has_value());
        EXPECT_TRUE(poly.style(theme).stroke.has_value());
    }
    EXPECT_EQ(scene::defaultLayerFor("x.shp", geo::GeometryKind::Line, 0).kind,
              scene::LayerKind::Line);
    EXPECT_EQ(scene::defaultLayerFor("x.shp", geo::GeometryKind::Point, 0).kind,
              scene::LayerKind::Point);
}

}  // namespace
