// Clicking a country: the fill triangle under a point names its feature, and the admin-0
// records give the feature's country code and name.
#include "scene/country_pick.h"

#include <gtest/gtest.h>

namespace {

// Two countries side by side, squares of 10 x 10 map units, two triangles each; the second
// record's feature is listed first (features are in drawing order, not record order).
scene::LayerGeometry twoSquares() {
    scene::LayerGeometry g;
    g.features.resize(2);
    g.features[0].record = 1;
    g.features[1].record = 0;
    auto square = [&](double x0, uint32_t feature) {
        const auto base = static_cast<uint32_t>(g.fill.positions.size());
        g.fill.positions.insert(g.fill.positions.end(),
                                {{x0, 0.0}, {x0 + 10.0, 0.0}, {x0 + 10.0, 10.0}, {x0, 10.0}});
        g.fill.indices.insert(g.fill.indices.end(),
                              {base, base + 1, base + 2, base, base + 2, base + 3});
        g.vertexFeature.insert(g.vertexFeature.end(), 4, feature);
    };
    square(0.0, 0);
    square(10.0, 1);
    return g;
}

}  // namespace

TEST(CountryPick, PointInATriangleNamesItsFeature) {
    const scene::LayerGeometry g = twoSquares();
    EXPECT_EQ(scene::featureAt(g, {2.0, 7.0}), 0);   // upper-left triangle of the first square
    EXPECT_EQ(scene::featureAt(g, {8.0, 1.0}), 0);   // its lower-right triangle
    EXPECT_EQ(scene::featureAt(g, {15.0, 5.0}), 1);  // the second square
    // Outside every triangle: the sea, or beyond the map.
    EXPECT_EQ(scene::featureAt(g, {-1.0, 5.0}), -1);
    EXPECT_EQ(scene::featureAt(g, {5.0, 10.5}), -1);
    EXPECT_EQ(scene::featureAt(g, {25.0, 5.0}), -1);
    EXPECT_EQ(scene::featureAt(scene::LayerGeometry{}, {5.0, 5.0}), -1);
}

TEST(CountryPick, RecordsGiveCodeAndName) {
    geo::FeatureSet layer;
    layer.fieldNames = {"NAME", "ADM0_A3", "NAME_EN"};
    geo::Feature kaz;
    kaz.record = 0;
    kaz.attributes = {"Kazakhstan", "KAZ", "Kazakhstan"};
    geo::Feature chn;
    chn.record = 1;
    chn.attributes = {"China", "CHN", ""};  // no English name: NAME
    layer.features = {chn, kaz};
    const auto records = scene::countryRecords(layer);
    ASSERT_EQ(records.size(), 2u);
    EXPECT_EQ(records[0].code, "KAZ");
    EXPECT_EQ(records[0].name, "Kazakhstan");
    EXPECT_EQ(records[1].code, "CHN");
    EXPECT_EQ(records[1].name, "China");

    // A click at (15, 5) is the feature of record 0: Kazakhstan.
    const scene::LayerGeometry g = twoSquares();
    const int feature = scene::featureAt(g, {15.0, 5.0});
    ASSERT_GE(feature, 0);
    EXPECT_EQ(records[static_cast<size_t>(g.features[static_cast<size_t>(feature)].record)].code,
              "KAZ");
}
