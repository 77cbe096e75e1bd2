// What the window's pointer is on (app/map_picker.h), without a window: a destination disc wins
// over the arc ending under it, hidden layers pick nothing, a marker names its place, and a
// click names the country under it.
#include "app/map_picker.h"

#include <gtest/gtest.h>

namespace {

scene::TimelineGeometry arcIntoDisc() {
    scene::TimelineGeometry t;
    scene::ArcInstance a;
    a.originWorld = {100e3, 0};
    a.destWorld = {-100e3, 0};
    a.widthPt = 2.f;
    a.bend = scene::kArcBaseBend;
    a.yearStart = 2010.f;
    a.flowIndex = 7;
    t.arcs.push_back(a);
    scene::DestinationMarker m;
    m.world = {-100e3, 0};
    m.placeIndex = 3;
    m.amountUsdAt.assign(scene::kMarkerSamples, 1e9f);
    t.markers.push_back(m);
    t.markerMaxAmountUsd = 1e9f;
    return t;
}

scene::PickView view() {
    scene::PickView v;
    v.viewportPx = {800, 600};
    v.camera = scene::fitCamera({-150e3, -150e3}, {150e3, 150e3}, v.viewportPx);
    v.year = 2025;
    return v;
}

TEST(MapPicker, DiscWinsOverTheArcUnderIt) {
    const auto t = arcIntoDisc();
    const auto v = view();
    const glm::dvec2 onDisc = v.camera.pxOf({-100e3, 0}, v.viewportPx);
    const glm::dvec2 onArc = v.camera.pxOf(scene::arcPoint(t.arcs[0], 0.5), v.viewportPx);
    app::PointerPick p = app::pickAt(t, v, onDisc, true, true);
    EXPECT_EQ(p.marker, 0);
    EXPECT_EQ(p.flow, -1);
    p = app::pickAt(t, v, onArc, true, true);
    EXPECT_EQ(p.marker, -1);
    EXPECT_EQ(p.flow, 7);
    // Totals hidden: the arc's end under the disc is the arc.
    p = app::pickAt(t, v, onDisc, false, true);
    EXPECT_EQ(p.marker, -1);
    EXPECT_EQ(p.flow, 7);
    p = app::pickAt(t, v, onArc, true, false);  // flows hidden
    EXPECT_EQ(p.flow, -1);
}

TEST(MapPicker, MarkerNamesItsPlace) {
    const auto t = arcIntoDisc();
    EXPECT_EQ(app::markerPlace(t, 0), 3);
    EXPECT_EQ(app::markerPlace(t, -1), -1);
    EXPECT_EQ(app::markerPlace(t, 1), -1);
}

TEST(MapPicker, ClickNamesTheCountryUnderIt) {
    scene::MapData map;
    scene::LayerDef countries;
    countries.id = "countries";
    map.layers.push_back(countries);
    scene::LayerGeometry g;
    g.features.resize(1);
    g.features[0].record = 1;
    g.fill.positions = {{0.0, 0.0}, {10.0, 0.0}, {10.0, 10.0}};
    g.fill.indices = {0, 1, 2};
    g.vertexFeature = {0, 0, 0};
    map.geometry.push_back(g);
    app::MapPicker picker;
    EXPECT_EQ(picker.countryAt(map, {8.0, 2.0}), "");  // no records read yet
    picker.setCountries({{"CHN", "China"}, {"KAZ", "Kazakhstan"}});
    EXPECT_EQ(picker.countryAt(map, {8.0, 2.0}), "KAZ");
    EXPECT_EQ(picker.countryAt(map, {2.0, 8.0}), "");  // outside the triangle: the sea
}

}  // namespace
