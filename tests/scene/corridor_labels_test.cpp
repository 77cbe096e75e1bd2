// The labels a reader of this map expects, placed for the home view at 1920x1080 from the real
// Natural Earth layers and the shipped data (no GL: text is measured by a stand-in a little wider
// than Noto Sans): the corridor countries are named (China too, whose label point lies far east of
// the view) and never give way to another country or a city; every corridor node marker in view
// has its name beside it, twin border crossings named once.
#include "scene/label_placement.h"
#include "scene/label_point.h"
#include "scene/label_sources.h"
#include "scene/manifest.h"

#include <gtest/gtest.h>

#include <cmath>
#include <cstdlib>
#include <filesystem>
#include <memory>

namespace {

using namespace scene;

std::string naturalEarthDir() {
    if (const char* env = std::getenv("NATURAL_EARTH_DIR"); env && *env) return env;
    return std::string(CORRIDOR_SOURCE_DIR) + "/maps/naturalearth";
}

size_t codePoints(const std::string& s) {
    size_t n = 0;
    for (unsigned char c : s) n += (c & 0xc0) != 0x80;
    return n;
}

// Noto Sans averages about 0.55 em per Latin letter (bold 0.6); CJK glyphs are 1 em. A little
// wider here, so the test errs on the crowded side.
TextExtent measure(const std::string& s, const LabelStyle& style, float sizePx) {
    const bool cjk = codePoints(s) * 2 < s.size();
    const float em = cjk ? 1.f : style.face == LabelFace::Bold ? 0.62f : 0.57f;
    return {static_cast<float>(codePoints(s)) * sizePx * (em + style.letterSpacingEm),
            0.73f * sizePx, 0.24f * sizePx};
}

class CorridorLabels : public ::testing::Test {
protected:
    static void SetUpTestSuite() {
        const std::string dir = naturalEarthDir();
        ASSERT_TRUE(std::filesystem::exists(dir + "/ne_10m_admin_0_countries.shp"))
            << "Natural Earth data not found in " << dir << ": set NATURAL_EARTH_DIR";
        std::string err;
        auto projection = geo::Projection::create(geo::ProjectionKind::Lcc, &err);
        ASSERT_TRUE(projection) << err;
        s_projection = new geo::Projection(std::move(*projection));
        const ManifestResult m = readManifest(CORRIDOR_SOURCE_DIR "/maps/layers.toml");
        ASSERT_TRUE(m.manifest.has_value());
        s_home = m.manifest->home;
        LabelSourceOptions o;
        o.naturalEarthDir = dir;
        o.waterTable = std::string(CORRIDOR_SOURCE_DIR) + "/maps/water_labels.csv";
        o.nameOverrides = std::string(CORRIDOR_SOURCE_DIR) + "/maps/name_overrides.csv";
        o.clip = m.manifest->clip;
        const data::LoadResult data =
            data::loadDataset(std::string(CORRIDOR_SOURCE_DIR) + "/assets/data");
        ASSERT_TRUE(data.ok());
        s_timeline = new TimelineGeometry(buildTimelineGeometry(data.dataset, *s_projection));
        s_labels = new LabelSet(mergeLabelSets(naturalEarthLabels(o, *s_projection),
                                               timelineLabels(data.dataset, *s_timeline)));
    }
    static void TearDownTestSuite() {
        delete s_labels;
        delete s_timeline;
        delete s_projection;
    }

    // The home view as `corridor render` frames it, with the legend's panel (top right), the
    // scale bar and the attribution kept clear.
    static LabelView homeView() {
        LabelView v;
        v.frameSizePx = {1920.0, 1080.0};
        glm::dvec2 lo, hi;
        s_projection->boundsOf(s_home, &lo, &hi);
        v.camera = fitCamera(lo, hi, v.frameSizePx);
        v.year = 2025.99;
        v.reservedPx = {{1540.f, 0.f, 1920.f, 600.f},
                        {0.f, 1030.f, 150.f, 1080.f},
                        {1300.f, 1055.f, 1920.f, 1080.f}};
        return v;
    }

    static std::vector<std::string> placedText(const LabelPlacement& p, LabelLanguage lang) {
        std::vector<std::string> out;
        for (const PlacedLabel& l : p.labels)
            out.push_back(s_labels->labels[l.index].textFor(lang));
        return out;
    }

    static geo::Projection* s_projection;
    static TimelineGeometry* s_timeline;
    static LabelSet* s_labels;
    static geo::LonLatBox s_home;
};

geo::Projection* CorridorLabels::s_projection = nullptr;
TimelineGeometry* CorridorLabels::s_timeline = nullptr;
LabelSet* CorridorLabels::s_labels = nullptr;
geo::LonLatBox CorridorLabels::s_home;

bool contains(const std::vector<std::string>& v, const std::string& s) {
    return std::find(v.begin(), v.end(), s) != v.end();
}

std::string joined(const std::vector<std::string>& v) {
    std::string out;
    for (const auto& s : v) out += s + " | ";
    return out;
}

TEST_F(CorridorLabels, HomeViewNamesTheCorridorCountries) {
    const LabelView view = homeView();
    const LabelPlacement p = placeLabels(*s_labels, view, measure);
    const auto names = placedText(p, LabelLanguage::English);
    for (const char* country : {"CHINA", "KAZAKHSTAN", "GEORGIA", "AZERBAIJAN", "TURKEY",
                                "UZBEKISTAN", "TURKMENISTAN", "KYRGYZSTAN", "TAJIKISTAN"})
        EXPECT_TRUE(contains(names, country)) << country << " missing; placed: " << joined(names);
    // China's own label point (about 106 E) is far outside: the name sits in the visible part,
    // inside China.
    for (const PlacedLabel& l : p.labels) {
        const Label& label = s_labels->labels[l.index];
        if (label.text[0] != "CHINA") continue;
        EXPECT_GT(l.anchorPx.x, 0.f);
        EXPECT_LT(l.anchorPx.x, view.frameSizePx.x);
        ASSERT_TRUE(label.area);
        EXPECT_TRUE(insideAny(*label.area, l.world));
    }
    // The same in Russian and Chinese.
    LabelView ru = view;
    ru.language = LabelLanguage::Russian;
    EXPECT_TRUE(contains(placedText(placeLabels(*s_labels, ru, measure), ru.language), "КИТАЙ"));
    LabelView zh = view;
    zh.language = LabelLanguage::Chinese;
    const auto zhNames = placedText(placeLabels(*s_labels, zh, measure), zh.language);
    EXPECT_TRUE(contains(zhNames, "中国")) << joined(zhNames);
}

// Corridor countries come before every other country and every Natural Earth place, so taking
// all of those away changes nothing about which corridor countries are placed, in any view.
TEST_F(CorridorLabels, CorridorCountriesNeverGiveWayToOtherCountriesOrCities) {
    int corridor = 0;
    int lowestOther = 1000;
    int highestCorridor = -1000;
    for (const Label& l : s_labels->labels) {
        if (l.kind == LabelKind::Country && l.area) {
            ++corridor;
            highestCorridor = std::max(highestCorridor, l.priority);
        } else if (l.kind == LabelKind::Country || l.kind == LabelKind::City ||
                   (l.kind == LabelKind::Capital && !l.pointLabel)) {
            lowestOther = std::min(lowestOther, l.priority);
        }
    }
    EXPECT_EQ(corridor, 9);
    EXPECT_LT(highestCorridor, lowestOther);

    LabelSet reduced;
    reduced.obstacles = s_labels->obstacles;
    for (const Label& l : s_labels->labels)
        if (l.priority <= highestCorridor) reduced.labels.push_back(l);
    const LabelView home = homeView();
    const double scales[] = {1.0, 0.6, 0.35};
    const glm::dvec2 shifts[] = {{0.0, 0.0}, {-6e5, -2e5}, {4e5, 1e5}, {-1.2e6, -3e5}};
    for (double scale : scales) {
        for (glm::dvec2 shift : shifts) {
            LabelView v = home;
            v.camera.metresPerPx *= scale;
            v.camera.centerWorld += shift;
            std::vector<std::string> full, alone;
            for (const std::string& s :
                 placedText(placeLabels(*s_labels, v, measure), LabelLanguage::English))
                if (s == upperCase(s) && s.size() > 3) full.push_back(s);
            for (const PlacedLabel& l : placeLabels(reduced, v, measure).labels)
                if (reduced.labels[l.index].area) alone.push_back(reduced.labels[l.index].text[0]);
            for (const std::string& c : alone)
                EXPECT_TRUE(contains(full, c))
                    << c << " dropped at scale " << scale << " shift " << shift.x;
        }
    }
}

// Every corridor node marker in the home view has its name next to it: its own label or, for a
// twin border crossing, the pair's. Markers right beside the legend's panel are left out: there
// the panel may leave no room (Tacheng, at the panel's left edge, is named one zoom level in).
TEST_F(CorridorLabels, EveryNodeInTheHomeViewIsNamed) {
    const LabelView view = homeView();
    const LabelPlacement p = placeLabels(*s_labels, view, measure);
    const float ppt = static_cast<float>(view.pixelsPerPoint);
    std::vector<std::string> unnamed;
    for (const RouteNode& n : s_timeline->nodes) {
        if (view.year < n.yearFirstOpen) continue;
        const glm::dvec2 px = view.camera.pxOf(n.world, view.frameSizePx);
        if (px.x < 0 || px.y < 0 || px.x > view.frameSizePx.x || px.y > view.frameSizePx.y)
            continue;
        bool named = false;
        for (const PlacedLabel& l : p.labels) {
            const Label& label = s_labels->labels[l.index];
            if (label.kind != LabelKind::Node && label.kind != LabelKind::Capital) continue;
            const glm::vec2 d = l.anchorPx - glm::vec2(px);
            named = named || std::sqrt(d.x * d.x + d.y * d.y) < 14.f * ppt;
        }
        bool covered = false;  // under or beside the legend or the furniture
        const double besidePx = 60.0;
        for (const LabelBox& b : view.reservedPx)
            covered = covered || (px.x > b.x0 - besidePx && px.x < b.x1 + besidePx &&
                                  px.y > b.y0 - besidePx && px.y < b.y1 + besidePx);
        if (!named && !covered) unnamed.push_back(std::to_string(n.placeIndex));
    }
    EXPECT_TRUE(unnamed.empty()) << "unnamed node places (index in places.csv): "
                                 << joined(unnamed);
}

TEST_F(CorridorLabels, TwinCrossingsAreNamedOnce) {
    const Label* dostyk = nullptr;
    const Label* khorgos = nullptr;
    int khorgosLabels = 0;
    for (const Label& l : s_labels->labels) {
        if (l.text[0] == "Dostyk / Alashankou") dostyk = &l;
        if (l.text[0] == "Khorgos" && l.kind == LabelKind::Node && l.minZoom == 0.0) khorgos = &l;
        if (l.text[0].rfind("Khorg", 0) == 0) ++khorgosLabels;
    }
    ASSERT_TRUE(dostyk);
    ASSERT_TRUE(khorgos);
    EXPECT_EQ(khorgosLabels, 3);  // the pair, and each side once zoomed in
    EXPECT_EQ(dostyk->text[1], "Достык / Алашанькоу");
    EXPECT_EQ(dostyk->text[2], "多斯特克 / 阿拉山口");
    EXPECT_EQ(khorgos->text[2], "霍尔果斯");
    // The pair label gives way to the two sides where their markers stand apart.
    const double home = homeView().camera.zoom(kScreenPixelsPerPoint);
    EXPECT_GT(dostyk->maxZoom, home + 1.0);
    for (const Label& l : s_labels->labels) {
        if (l.text[0] == "Dostyk" || l.text[0] == "Alashankou" || l.text[0] == "Khorgas") {
            EXPECT_GT(l.minZoom, home + 1.0) << l.text[0];
        }
    }
    const auto names =
        placedText(placeLabels(*s_labels, homeView(), measure), LabelLanguage::English);
    EXPECT_TRUE(contains(names, "Dostyk / Alashankou")) << joined(names);
    EXPECT_FALSE(contains(names, "Khorgas"));
    EXPECT_FALSE(contains(names, "Dostyk"));
}

}  // namespace
