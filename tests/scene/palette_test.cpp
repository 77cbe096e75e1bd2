// Theme palettes: the built-in table, a [themes.NAME] table over it, the messages for bad values,
// and the shipped manifest's palettes against the built-in ones (which the golden images use).
#include "scene/palette.h"
#include "scene/manifest.h"
#include "scene/timeline_geometry.h"

#include <gtest/gtest.h>

#include <string>

namespace {

std::string joined(const std::vector<std::string>& lines) {
    std::string out;
    for (const auto& l : lines) out += l + "\n";
    return out;
}

const std::string kLayer = "[[layers]]\nid = \"bg\"\nkind = \"background\"\n";

scene::ManifestResult parse(const std::string& themes) {
    return scene::parseManifest(themes + kLayer, "maps/layers.toml");
}

TEST(Palette, BuiltInDarkAndLightDifferAndPrintIsLight) {
    const scene::Palette dark = scene::builtinPalette("dark");
    const scene::Palette light = scene::builtinPalette("light");
    EXPECT_EQ(dark.name, "dark");
    EXPECT_EQ(light.name, "light");
    EXPECT_EQ(scene::toHex(dark.sectorTransport), "#56b4e9");
    EXPECT_EQ(scene::toHex(light.sectorTransport), "#0072b2");
    EXPECT_EQ(scene::builtinPalette("print").labelCity, light.labelCity);
    EXPECT_FALSE(dark.labelCity == light.labelCity);
    // An unknown theme has the dark colours under its own name.
    const scene::Palette sepia = scene::builtinPalette("sepia");
    EXPECT_EQ(sepia.name, "sepia");
    EXPECT_EQ(sepia.legendPanel, dark.legendPanel);
    // Every field is set: none is left at the default opaque black.
    for (const scene::Palette& p : {dark, light}) {
        for (const scene::PaletteField& f : scene::paletteFields()) {
            const scene::Rgba& c = p.*f.field;
            const bool black = c.r == 0.f && c.g == 0.f && c.b == 0.f && c.a == 1.f;
            EXPECT_FALSE(black) << p.name << " " << f.key;
        }
    }
}

TEST(Palette, SectorColourAndLegendInkComeFromThePalette) {
    scene::Palette p = scene::builtinPalette("dark");
    p.sectorEnergy = {0.1f, 0.2f, 0.3f, 1.f};
    p.legendInk = {0.4f, 0.5f, 0.6f, 1.f};
    EXPECT_EQ(scene::sectorColor(data::Sector::OilGasEnergy, p), p.sectorEnergy);
    const scene::LegendSpec legend = scene::buildLegend({}, p, 2020.0);
    bool sawEnergy = false, sawInk = false;
    for (const auto& e : legend.entries) {
        sawEnergy |= e.color == p.sectorEnergy;
        sawInk |= e.color == p.legendInk;
    }
    EXPECT_TRUE(sawEnergy);
    EXPECT_TRUE(sawInk);
}

TEST(Palette, ThemeTableOverridesTheBuiltInColours) {
    const scene::ManifestResult r = parse(
        "[themes.dark]\n"
        "label_city = \"#123456\"\n"
        "route_casing = [\"#000000\", 0.5]\n"
        "ui_link = [0.1, 0.2, 0.3]\n"
        "legend_panel = \"#10203040\"\n"
        "edge_flow = [0, 1, 0.5, 1]\n");
    ASSERT_TRUE(r.manifest) << joined(r.errors);
    EXPECT_TRUE(r.errors.empty()) << joined(r.errors);
    const scene::Palette p = scene::paletteFor(r.manifest->themes, "dark");
    const scene::Palette builtin = scene::builtinPalette("dark");
    EXPECT_EQ(scene::toHex(p.labelCity), "#123456");
    EXPECT_EQ(p.routeCasing, (scene::Rgba{0.f, 0.f, 0.f, 0.5f}));
    EXPECT_EQ(p.uiLink, (scene::Rgba{0.1f, 0.2f, 0.3f, 1.f}));
    EXPECT_EQ(scene::toHex(p.legendPanel), "#10203040");
    EXPECT_EQ(p.edgeFlow, (scene::Rgba{0.f, 1.f, 0.5f, 1.f}));
    // What the table leaves out keeps the built-in colour.
    EXPECT_EQ(p.labelCountry, builtin.labelCountry);
    EXPECT_EQ(p.water, builtin.water);
    // A theme the manifest does not define is the built-in one; "print" finds "light".
    EXPECT_EQ(scene::paletteFor(r.manifest->themes, "print").labelCity,
              scene::builtinPalette("light").labelCity);
}

TEST(Palette, BadValueNamesFileLineKeyAndTheDefaultUsed) {
    const scene::ManifestResult r = parse(
        "[themes.dark]\n"                            // 1
        "label_city = \"blue\"\n"                    // 2
        "route_sea = [\"#8fd3f4\", 1.5]\n"           // 3
        "legend_note = [0.1, 0.2]\n"                 // 4
        "lable_node = \"#ffffff\"\n"                 // 5
        "destination_fill = [\"#e69f0080\", 0.5]\n"  // 6
    );
    ASSERT_TRUE(r.manifest) << joined(r.errors);
    ASSERT_EQ(r.errors.size(), 5u) << joined(r.errors);
    EXPECT_EQ(r.errors[0].rfind("layers.toml:2: theme 'dark': 'label_city' must be a colour "
                                "like \"#1b2a3c\"",
                                0),
              0u)
        << r.errors[0];
    EXPECT_NE(r.errors[0].find("the default \"#d9d2c3\" is used"), std::string::npos)
        << r.errors[0];
    auto has = [&](const std::string& text) {
        for (const auto& e : r.errors)
            if (e.find(text) != std::string::npos) return true;
        return false;
    };
    EXPECT_TRUE(has("layers.toml:3: theme 'dark': 'route_sea'")) << joined(r.errors);
    EXPECT_TRUE(has("layers.toml:4: theme 'dark': 'legend_note'")) << joined(r.errors);
    EXPECT_TRUE(has("layers.toml:6: theme 'dark': 'destination_fill'")) << joined(r.errors);
    EXPECT_TRUE(has("the default [\"#e69f00\", 0.22] is used")) << joined(r.errors);
    EXPECT_TRUE(has("layers.toml:5: theme 'dark': unknown key 'lable_node' (ignored)"))
        << joined(r.errors);
    // The bad values keep the built-in colours.
    const scene::Palette p = scene::paletteFor(r.manifest->themes, "dark");
    const scene::Palette builtin = scene::builtinPalette("dark");
    EXPECT_EQ(p.labelCity, builtin.labelCity);
    EXPECT_EQ(p.routeSea, builtin.routeSea);
    EXPECT_EQ(p.legendNote, builtin.legendNote);
    EXPECT_EQ(p.destFill, builtin.destFill);
}

TEST(Palette, ValueTextReadsBackExactly) {
    for (const char* theme : {"dark", "light"}) {
        const scene::Palette builtin = scene::builtinPalette(theme);
        std::string table = std::string("[themes.") + theme + "]\n";
        for (const scene::PaletteField& f : scene::paletteFields())
            table += std::string(f.key) + " = " + scene::paletteValueText(builtin.*f.field) + "\n";
        scene::ManifestResult r = parse(table);
        ASSERT_TRUE(r.manifest) << joined(r.errors);
        EXPECT_TRUE(r.errors.empty()) << joined(r.errors);
        const scene::Palette read = scene::paletteFor(r.manifest->themes, theme);
        for (const scene::PaletteField& f : scene::paletteFields())
            EXPECT_EQ(read.*f.field, builtin.*f.field) << theme << " " << f.key;
    }
}

// The app renders with maps/layers.toml, the golden images with the built-in palettes: the same
// colours, so a change to one without the other shows here.
TEST(Palette, ShippedManifestPalettesEqualTheBuiltInOnes) {
    const scene::ManifestResult r = scene::readManifest(CORRIDOR_SOURCE_DIR "/maps/layers.toml");
    ASSERT_TRUE(r.manifest) << joined(r.errors);
    for (const char* theme : {"dark", "light"}) {
        ASSERT_NE(r.manifest->theme(theme), nullptr) << theme;
        const scene::Palette shipped = scene::paletteFor(r.manifest->themes, theme);
        const scene::Palette builtin = scene::builtinPalette(theme);
        EXPECT_EQ(shipped.water, builtin.water) << theme;
        EXPECT_EQ(shipped.waterEdge, builtin.waterEdge) << theme;
        EXPECT_EQ(shipped.panelAccent, builtin.panelAccent) << theme;
        EXPECT_EQ(shipped.vignette, builtin.vignette) << theme;
        for (const scene::PaletteField& f : scene::paletteFields()) {
            EXPECT_EQ(shipped.*f.field, builtin.*f.field)
                << theme << " " << f.key << ": the file has "
                << scene::paletteValueText(shipped.*f.field) << ", palette.cpp "
                << scene::paletteValueText(builtin.*f.field);
        }
    }
}

}  // namespace
