// Hostile numbers in the manifest's styles: an infinite stroke width, NaN blur, marker size and
// dash, a 1e30 width (it painted half the frame), min_zoom above max_zoom (the layer vanished).
// Each one: a message naming the key and line ("not a number" for NaN, "must be finite" for an
// infinity), the default value in its place, and the layer still drawn.
#include "message_lines.h"
#include "scene/manifest.h"
#include "scene/style.h"

#include <gtest/gtest.h>

namespace {

using testutil::anyContains;
using testutil::joined;

const char* const kBadNumbers = R"([themes.dark]
water = "#0b1a2a"
vignette = -inf

[[layers]]
id = "rivers"
kind = "line"
file = "rivers.shp"
min_zoom = 8
max_zoom = 3
width_stops = [[1, nan], [inf, 1], [4, 1e9], [7, 0.5]]
[layers.style.dark]
stroke = "#5aa0d0"
stroke_width = inf
blur = nan
opacity = 1.5
marker_size = nan
dash = [3, nan, -1, 0, 1e30]

[[layers]]
id = "borders"
kind = "line"
file = "borders.shp"
min_zoom = nan
max_zoom = 99
[layers.style.dark]
stroke_width = 1e30
blur = -2
marker_size = inf
)";

TEST(HostileStyleNumbers, EveryBadNumberIsNamedWithItsLineAndTheDefaultIsUsed) {
    const scene::ManifestResult r = scene::parseManifest(kBadNumbers, "maps/layers.toml");
    ASSERT_TRUE(r.manifest) << joined(r.errors);
    for (const char* expected : {
             "layers.toml:3: theme 'dark': 'vignette' must be finite, 0..1 (is -inf)",
             "layers.toml:9: layer 'rivers': 'min_zoom' 8 is above 'max_zoom' 3, so the layer "
             "would never show; using 0..24",
             "layers.toml:11: layer 'rivers': 'width_stops' factor is not a number (nan); must be "
             "0..10",
             "layers.toml:11: layer 'rivers': 'width_stops' value must be finite (is inf)",
             "layers.toml:11: layer 'rivers': 'width_stops' factor must be 0..10 (is 1e+09)",
             "layers.toml:14: layer 'rivers' style 'dark': 'stroke_width' must be finite, "
             "0..50 pt (is inf)",
             "layers.toml:15: layer 'rivers' style 'dark': 'blur' is not a number (nan); must be "
             "0..50 pt",
             "layers.toml:16: layer 'rivers' style 'dark': 'opacity' must be 0..1 (is 1.5)",
             "layers.toml:17: layer 'rivers' style 'dark': 'marker_size' is not a number (nan)",
             "layers.toml:18: layer 'rivers' style 'dark': 'dash' length is not a number (nan)",
             "layers.toml:18: layer 'rivers' style 'dark': 'dash' length must be 0..100 pt (is -1)",
             "layers.toml:18: layer 'rivers' style 'dark': 'dash' length must be above 0 (is 0)",
             "layers.toml:18: layer 'rivers' style 'dark': 'dash' length must be 0..100 pt (is "
             "1e+30)",
             "layers.toml:24: layer 'borders': 'min_zoom' is not a number (nan); must be 0..24",
             "layers.toml:25: layer 'borders': 'max_zoom' must be 0..24 (is 99)",
             "layers.toml:27: layer 'borders' style 'dark': 'stroke_width' must be 0..50 pt (is "
             "1e+30)",
             "layers.toml:28: layer 'borders' style 'dark': 'blur' must be 0..50 pt (is -2)",
             "layers.toml:29: layer 'borders' style 'dark': 'marker_size' must be finite",
         }) {
        EXPECT_TRUE(anyContains(r.errors, expected)) << expected << "\n in:\n" << joined(r.errors);
    }
    // NaN is never called negative.
    EXPECT_FALSE(anyContains(r.errors, "must not be negative")) << joined(r.errors);

    // Both layers load with their defaults in place of the bad values, and show at every zoom.
    const scene::Manifest& m = *r.manifest;
    ASSERT_EQ(m.layers.size(), 2u);
    EXPECT_EQ(m.themes[0].vignette, 0.f);
    for (const scene::LayerDef& l : m.layers) {
        EXPECT_EQ(l.minZoom, 0.0) << l.id;
        EXPECT_EQ(l.maxZoom, 24.0) << l.id;
        for (double zoom : {0.0, 5.0, 24.0}) EXPECT_TRUE(scene::layerVisibleAt(l, true, zoom));
        const scene::LayerStyle& s = l.style("dark");
        EXPECT_EQ(s.strokeWidthPt, 0.f) << l.id;
        EXPECT_EQ(s.blurPt, 0.f) << l.id;
        EXPECT_EQ(s.opacity, 1.f) << l.id;
        EXPECT_EQ(s.markerSizePt, 4.f) << l.id;
    }
    const scene::LayerDef& rivers = m.layers[0];
    EXPECT_EQ(rivers.id, "rivers");
    // Only the good dash length and width stop are kept (one length is repeated: on, off).
    EXPECT_EQ(rivers.style("dark").dashPt, (std::vector<float>{3.f, 3.f}));
    ASSERT_EQ(rivers.widthStops.size(), 1u);
    EXPECT_EQ(rivers.widthStops[0], (std::pair<double, double>{7.0, 0.5}));
}

TEST(HostileStyleNumbers, PlausibleValuesAtTheEdgesAreAccepted) {
    const scene::ManifestResult r = scene::parseManifest(R"([themes.dark]
water = "#0b1a2a"
vignette = 1
[[layers]]
id = "glow"
kind = "line"
file = "coast.shp"
min_zoom = 5
max_zoom = 5
width_stops = [[-1e6, 0], [1e6, 10]]
[layers.style.dark]
stroke_width = 50
blur = 0
opacity = 0
marker_size = 50
dash = [0.1, 100]
)",
                                                         "layers.toml");
    ASSERT_TRUE(r.manifest);
    EXPECT_TRUE(r.errors.empty()) << joined(r.errors);
    const scene::LayerDef& l = r.manifest->layers[0];
    EXPECT_EQ(l.minZoom, 5.0);
    EXPECT_EQ(l.style("dark").strokeWidthPt, 50.f);
    EXPECT_EQ(l.widthStops.size(), 2u);
}

}  // namespace
