// Names on the map: the override table (maps/name_overrides.csv) and its application to Natural
// Earth's names (Kyiv, Khankendi, China), Chinese in Simplified characters (OpenCC t2s, for
// Natural Earth's names and in places.csv), the Baikonur lease named like a place, the Karabakh
// lines of 1991/1994 left out of the disputed boundaries; the deepest point of a polygon.
#include "data/dataset.h"
#include "geo/shapefile.h"
#include "scene/label_point.h"
#include "scene/label_sources.h"
#include "scene/manifest.h"
#include "scene/map_data.h"
#include "scene/name_overrides.h"
#include "scene/simplified_chinese.h"

#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>

namespace {

using namespace scene;

std::string naturalEarthDir() {
    if (const char* env = std::getenv("NATURAL_EARTH_DIR"); env && *env) return env;
    return std::string(CORRIDOR_SOURCE_DIR) + "/maps/naturalearth";
}

std::string writeTemp(const std::string& name, const std::string& text) {
    const std::string path = (std::filesystem::temp_directory_path() / name).string();
    std::ofstream(path) << text;
    return path;
}

TEST(NameOverrides, ReadsRowsAndReportsUnsourcedOnes) {
    const std::string path = writeTemp("corridor_name_overrides_test.csv",
                                       "layer,key,name,name_ru,name_zh,source\n"
                                       "ne_10m_populated_places.shp,UKR/Kiev,Kyiv,,,official\n"
                                       "ne_10m_populated_places.shp,XXX/Nowhere,Somewhere,,,\n"
                                       "ne_10m_populated_places.shp,XXX/Empty,,,,a source\n");
    const NameOverrides o = readNameOverrides(path);
    ASSERT_EQ(o.rows.size(), 1u);
    ASSERT_EQ(o.warnings.size(), 2u);
    EXPECT_NE(o.warnings[0].find(":3: no source"), std::string::npos) << o.warnings[0];
    EXPECT_NE(o.warnings[1].find(":4: no name"), std::string::npos) << o.warnings[1];
    const NameOverride* kyiv = o.find("ne_10m_populated_places.shp", "UKR/Kiev");
    ASSERT_TRUE(kyiv);
    EXPECT_FALSE(o.find("ne_10m_admin_0_countries.shp", "UKR/Kiev"));
    // English replaced; Russian and Chinese kept; the local name follows only where it was the
    // English one.
    std::array<std::string, 4> text = {"Kiev", "Киев", "基辅", "Київ"};
    applyNameOverride(*kyiv, &text);
    EXPECT_EQ(text, (std::array<std::string, 4>{"Kyiv", "Киев", "基辅", "Київ"}));
    text = {"Kiev", "Киев", "基辅", "Kiev"};
    applyNameOverride(*kyiv, &text);
    EXPECT_EQ(text[3], "Kyiv");
    EXPECT_EQ(readNameOverrides("/nonexistent-corridor-dir/x.csv").warnings.size(), 1u);
    EXPECT_TRUE(readNameOverrides("").rows.empty());
}

TEST(SimplifiedChinese, ConvertsTraditionalCharacters) {
    std::string error;
    const auto t2s = SimplifiedChinese::create(&error);
    ASSERT_TRUE(t2s) << error;
    EXPECT_EQ(t2s->convert("蘭州"), "兰州");
    EXPECT_EQ(t2s->convert("阿拉木圖"), "阿拉木图");
    EXPECT_EQ(t2s->convert("基輔"), "基辅");
    EXPECT_EQ(t2s->convert("乌鲁木齐"), "乌鲁木齐");  // Simplified stays as it is
    EXPECT_EQ(t2s->convert("Astana"), "Astana");
    EXPECT_EQ(t2s->convert(""), "");
}

// places.csv's Chinese names are in Simplified characters (converting them changes nothing).
TEST(SimplifiedChinese, PlacesCsvIsSimplified) {
    const data::LoadResult data =
        data::loadDataset(std::string(CORRIDOR_SOURCE_DIR) + "/assets/data");
    ASSERT_TRUE(data.ok());
    const auto t2s = SimplifiedChinese::create();
    ASSERT_TRUE(t2s);
    int named = 0;
    for (const data::Place& p : data.dataset.places()) {
        if (p.nameZh.empty()) continue;
        ++named;
        EXPECT_EQ(t2s->convert(p.nameZh), p.nameZh) << p.id;
    }
    EXPECT_GT(named, 40);
}

class NaturalEarthNames : public ::testing::Test {
protected:
    static void SetUpTestSuite() {
        const std::string dir = naturalEarthDir();
        ASSERT_TRUE(std::filesystem::exists(dir + "/ne_10m_populated_places.shp"))
            << "Natural Earth data not found in " << dir << ": set NATURAL_EARTH_DIR";
        std::string err;
        const auto projection = geo::Projection::create(geo::ProjectionKind::Lcc, &err);
        ASSERT_TRUE(projection) << err;
        LabelSourceOptions o;
        o.naturalEarthDir = dir;
        o.nameOverrides = std::string(CORRIDOR_SOURCE_DIR) + "/maps/name_overrides.csv";
        o.clip = {0.0, 22.0, 125.0, 62.0};
        s_set = new LabelSet(naturalEarthLabels(o, *projection));
    }
    static void TearDownTestSuite() { delete s_set; }
    static const Label* find(const std::string& en) {
        for (const Label& l : s_set->labels)
            if (l.text[0] == en) return &l;
        return nullptr;
    }
    static LabelSet* s_set;
};
LabelSet* NaturalEarthNames::s_set = nullptr;

TEST_F(NaturalEarthNames, OverridesApply) {
    for (const auto& w : s_set->warnings) ADD_FAILURE() << w;
    EXPECT_FALSE(find("Kiev"));
    const Label* kyiv = find("Kyiv");
    ASSERT_TRUE(kyiv);
    EXPECT_EQ(kyiv->kind, LabelKind::Capital);
    EXPECT_EQ(kyiv->text[1], "Киев");  // Natural Earth's Russian, unchanged
    EXPECT_FALSE(find("Stepanakert"));
    const Label* khankendi = find("Khankendi");
    ASSERT_TRUE(khankendi);
    EXPECT_EQ(khankendi->text[1], "Ханкенди");
    EXPECT_EQ(khankendi->text[2], "汉肯德");
    const Label* china = find("CHINA");
    ASSERT_TRUE(china);
    EXPECT_EQ(china->text[1], "КИТАЙ");
    EXPECT_EQ(china->text[2], "中国");
    EXPECT_EQ(china->text[3], "中国");  // China's local name is its Chinese one
    EXPECT_TRUE(china->area);
}

TEST_F(NaturalEarthNames, ChineseIsSimplified) {
    // Natural Earth has 基輔 (Kyiv) and 阿拉木圖 (Almaty) in Traditional characters.
    EXPECT_EQ(find("Kyiv")->text[2], "基辅");
    const Label* almaty = find("Almaty");
    ASSERT_TRUE(almaty);
    EXPECT_EQ(almaty->text[2], "阿拉木图");
}

TEST_F(NaturalEarthNames, BaikonurIsNamedOnceLikeAPlace) {
    EXPECT_FALSE(find("BAIKONUR"));
    const Label* baikonur = find("Baikonur");
    ASSERT_TRUE(baikonur);
    EXPECT_EQ(baikonur->kind, LabelKind::City);
    EXPECT_FALSE(baikonur->area);
    // The town of the same name is labelled, so the leased area's own label is left out.
    int named = 0;
    for (const Label& l : s_set->labels) named += l.text[0] == "Baikonur";
    EXPECT_EQ(named, 1);
}

// The Nagorno-Karabakh lines (the 1991 oblast outline, the 1994 ceasefire line) describe a
// conflict that ended in 2023; the shipped manifest leaves them out and keeps the other
// disputed lines (Abkhazia, South Ossetia, Kashmir ...).
TEST(DisputedLines, KarabakhLinesAreLeftOut) {
    const ManifestResult m = readManifest(CORRIDOR_SOURCE_DIR "/maps/layers.toml");
    ASSERT_TRUE(m.manifest.has_value());
    const LayerDef* disputed = nullptr;
    for (const LayerDef& l : m.manifest->layers)
        if (l.id == "disputed") disputed = &l;
    ASSERT_TRUE(disputed);
    const geo::ShapefileResult r =
        geo::readShapefile(resolveLayerFile(disputed->file, naturalEarthDir()));
    ASSERT_TRUE(r.ok);
    const int name = r.layer.fieldIndex("name");
    const int brk = r.layer.fieldIndex("brk_name_l");
    int karabakh = 0, kept = 0, abkhazia = 0;
    for (const geo::Feature& f : r.layer.features) {
        bool drawn = true;
        for (const AttributeFilter& filter : disputed->filters)
            drawn = drawn &&
                    filterMatches(filter, r.layer.attribute(f, r.layer.fieldIndex(filter.field)));
        const std::string& n = r.layer.attribute(f, name);
        if (n == "Former USSR oblast in 1991" || n == "Ceasefire Line 1994") {
            ++karabakh;
            EXPECT_FALSE(drawn) << n;
        } else {
            kept += drawn;
            abkhazia += drawn && r.layer.attribute(f, brk) == "Abkhazia";
        }
    }
    EXPECT_GE(karabakh, 5);
    EXPECT_GT(kept, 30);
    EXPECT_EQ(abkhazia, 1);
}

TEST(LabelPoint, DeepestPointAvoidsHolesAndFindsTheWidestPart) {
    // A 10 x 10 square with a 4 x 4 hole in its middle, and a thin 20 x 1 arm that must not
    // win: the deepest point lies on a diagonal of the band, as far from the outer corner's two
    // edges as from the hole's corner (x = 3 sqrt 2 / (1 + sqrt 2), about 1.757).
    geo::Polygon square;
    square.outer = {{0, 0}, {10, 0}, {10, 10}, {0, 10}, {0, 0}};
    square.holes = {{{3, 3}, {3, 7}, {7, 7}, {7, 3}, {3, 3}}};
    geo::Polygon arm;
    arm.outer = {{20, 0}, {40, 0}, {40, 1}, {20, 1}, {20, 0}};
    const auto deep = deepestPoint({square, arm}, 0.01);
    ASSERT_TRUE(deep);
    EXPECT_NEAR(deep->distance, 1.757, 0.02);
    EXPECT_TRUE(insideAny({square}, deep->point));
    EXPECT_FALSE(insideAny({square}, {5.0, 5.0}));
    EXPECT_FALSE(deepestPoint({}, 1.0));
    // Clipped to a window, the point stays inside the window's part.
    const auto clipped = deepestPoint(clipToBox({square}, {0.0, 0.0, 3.0, 10.0}), 0.01);
    ASSERT_TRUE(clipped);
    EXPECT_LT(clipped->point.x, 3.0);
    EXPECT_NEAR(clipped->distance, 1.5, 0.02);  // the middle of the 3-wide strip
}

}  // namespace
