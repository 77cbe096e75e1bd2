// Label placement invariants over many random views (no two placed labels overlap, no label
// covers a node marker, a label is only ever left out for labels of equal or higher priority),
// candidates around point symbols, zoom limits with hysteresis, fades; the label text helpers.
#include "scene/label_placement.h"

#include <gtest/gtest.h>

#include <random>

namespace {

using namespace scene;

// A monospaced stand-in for the font: 0.6 em per byte, ascent 0.7 em, descent 0.2 em.
TextExtent fakeMeasure(const std::string& s, const LabelStyle& style, float sizePx) {
    return {static_cast<float>(s.size()) * sizePx * (0.6f + style.letterSpacingEm), 0.7f * sizePx,
            0.2f * sizePx};
}

LabelSet randomSet(std::mt19937& rng, int n) {
    std::uniform_real_distribution<double> pos(-2e6, 2e6);
    std::uniform_int_distribution<int> prio(0, 100), len(3, 18), kind(0, kLabelKinds - 1);
    std::uniform_real_distribution<double> minZoom(0.0, 7.0);
    LabelSet set;
    for (int i = 0; i < n; ++i) {
        Label l;
        l.kind = static_cast<LabelKind>(kind(rng));
        l.text[0] = std::string(static_cast<size_t>(len(rng)), 'x');
        l.world = {pos(rng), pos(rng)};
        l.priority = prio(rng);
        l.minZoom = minZoom(rng);
        l.pointLabel = l.kind == LabelKind::City || l.kind == LabelKind::Node;
        l.symbolRadiusPt = l.pointLabel ? 3.f : 0.f;
        set.labels.push_back(l);
    }
    for (int i = 0; i < n / 10; ++i) set.obstacles.push_back({{pos(rng), pos(rng)}, 5.f});
    return set;
}

LabelView randomView(std::mt19937& rng) {
    std::uniform_real_distribution<double> c(-1.5e6, 1.5e6), mpp(300.0, 6000.0), d(0.5, 2.0);
    LabelView v;
    v.frameSizePx = {1280.0, 720.0};
    v.camera.centerWorld = {c(rng), c(rng)};
    v.camera.metresPerPx = mpp(rng);
    v.density = static_cast<float>(d(rng));
    return v;
}

LabelBox obstacleBox(const LabelObstacle& o, const LabelView& v) {
    const glm::dvec2 p = v.camera.pxOf(o.world, v.frameSizePx);
    const float r = o.radiusPt * static_cast<float>(v.pixelsPerPoint);
    return {float(p.x) - r, float(p.y) - r, float(p.x) + r, float(p.y) + r};
}

TEST(LabelPlacement, NoOverlapsNoCoveredMarkersOverRandomViews) {
    std::mt19937 rng(7);
    for (int trial = 0; trial < 200; ++trial) {
        const LabelSet set = randomSet(rng, 400);
        const LabelView view = randomView(rng);
        const LabelPlacement p = placeLabels(set, view, fakeMeasure);
        for (size_t i = 0; i < p.labels.size(); ++i) {
            const LabelBox& a = p.labels[i].box;
            EXPECT_GE(a.x0, 0.f);
            EXPECT_GE(a.y0, 0.f);
            EXPECT_LE(a.x1, view.frameSizePx.x);
            EXPECT_LE(a.y1, view.frameSizePx.y);
            for (size_t j = i + 1; j < p.labels.size(); ++j)
                ASSERT_FALSE(a.overlaps(p.labels[j].box)) << "trial " << trial;
            for (const auto& o : set.obstacles)
                ASSERT_FALSE(a.overlaps(obstacleBox(o, view))) << "trial " << trial;
        }
    }
}

// Every label left out (while visible at this zoom and in the frame) is blocked at every
// candidate by a placed label of equal or higher priority, an obstacle or the frame's edge:
// never by a lower-priority one.
TEST(LabelPlacement, HigherPriorityNeverHiddenByLower) {
    std::mt19937 rng(11);
    for (int trial = 0; trial < 100; ++trial) {
        const LabelSet set = randomSet(rng, 300);
        const LabelView view = randomView(rng);
        const LabelPlacement full = placeLabels(set, view, fakeMeasure);
        // Remove every label of lower priority than some label L that was left out: L's fate
        // must not change (only higher or equal priorities decide it).
        std::vector<bool> placed(set.labels.size(), false);
        for (const auto& p : full.labels) placed[p.index] = true;
        for (uint32_t i = 0; i < set.labels.size(); i += 7) {
            LabelSet reduced = set;
            std::vector<uint32_t> map;
            reduced.labels.clear();
            for (uint32_t k = 0; k < set.labels.size(); ++k) {
                if (set.labels[k].priority > set.labels[i].priority) continue;
                if (k == i) map.push_back(static_cast<uint32_t>(reduced.labels.size()));
                reduced.labels.push_back(set.labels[k]);
            }
            const LabelPlacement r = placeLabels(reduced, view, fakeMeasure);
            bool placedReduced = false;
            for (const auto& p : r.labels) placedReduced |= p.index == map[0];
            ASSERT_EQ(placed[i], placedReduced) << "trial " << trial << " label " << i;
        }
    }
}

TEST(LabelPlacement, PointLabelsTryRightLeftAboveBelow) {
    LabelSet set;
    Label city;
    city.text[0] = "Aktau";
    city.pointLabel = true;
    city.symbolRadiusPt = 3.f;
    city.priority = 5;
    set.labels.push_back(city);
    LabelView view;
    view.camera.metresPerPx = 1000.0;
    // Near the right edge the label goes left of its point.
    view.camera.centerWorld = {-930e3, 0.0};  // the point is 30 px from the right edge
    const LabelPlacement p = placeLabels(set, view, fakeMeasure);
    ASSERT_EQ(p.labels.size(), 1u);
    EXPECT_EQ(p.labels[0].anchor, LabelAnchor::Left);
    // In the open it goes right, and a node marker on the right pushes it left.
    view.camera.centerWorld = {0.0, 0.0};
    EXPECT_EQ(placeLabels(set, view, fakeMeasure).labels[0].anchor, LabelAnchor::Right);
    set.obstacles.push_back({{40e3, 0.0}, 6.f});
    EXPECT_EQ(placeLabels(set, view, fakeMeasure).labels[0].anchor, LabelAnchor::Left);
}

TEST(LabelPlacement, ZoomLimitsWithHysteresisAndYear) {
    LabelSet set;
    Label l;
    l.text[0] = "Region";
    l.minZoom = 6.0;
    set.labels.push_back(l);
    LabelView view;
    view.camera.metresPerPx = 1000.0;
    const double z = view.camera.zoom(view.pixelsPerPoint);
    set.labels[0].minZoom = z + 0.05;  // just above: hidden for a new label ...
    EXPECT_TRUE(placeLabels(set, view, fakeMeasure).labels.empty());
    set.labels[0].minZoom = z - 0.05;  // ... just below: a new label still needs more zoom
    EXPECT_TRUE(placeLabels(set, view, fakeMeasure).labels.empty());
    set.labels[0].minZoom = z + 0.05;  // but one that was shown stays a little past the limit
    LabelPlacement shown;
    shown.labels.push_back({});
    EXPECT_EQ(placeLabels(set, view, fakeMeasure, &shown).labels.size(), 1u);
    set.labels[0].minZoom = 0.0;
    set.labels[0].yearFrom = 2020.0;
    view.year = 2019.5;
    EXPECT_TRUE(placeLabels(set, view, fakeMeasure).labels.empty());
    view.year = 2020.0;
    EXPECT_EQ(placeLabels(set, view, fakeMeasure).labels.size(), 1u);
}

TEST(LabelPlacement, DensityMovesTheZoomLimitsOfMinorLabels) {
    LabelSet set;
    Label city;
    city.kind = LabelKind::City;
    city.text[0] = "Karaganda";
    set.labels.push_back(city);
    Label country = city;
    country.kind = LabelKind::Country;
    country.text[0] = "KAZAKHSTAN";
    country.world = {0.0, 200e3};
    set.labels.push_back(country);
    LabelView view;
    view.camera.metresPerPx = 1000.0;
    const double z = view.camera.zoom(view.pixelsPerPoint);
    set.labels[0].minZoom = set.labels[1].minZoom = z + 0.5;
    EXPECT_TRUE(placeLabels(set, view, fakeMeasure).labels.empty());
    view.density = 2.f;  // one zoom level earlier, for the city only
    const LabelPlacement dense = placeLabels(set, view, fakeMeasure);
    ASSERT_EQ(dense.labels.size(), 1u);
    EXPECT_EQ(dense.labels[0].index, 0u);
    set.labels[0].minZoom = set.labels[1].minZoom = z - 0.7;
    view.density = 0.5f;  // one level later: the city goes, the country stays
    const LabelPlacement sparse = placeLabels(set, view, fakeMeasure);
    ASSERT_EQ(sparse.labels.size(), 1u);
    EXPECT_EQ(sparse.labels[0].index, 1u);
}

TEST(LabelPlacement, SameInputsSamePlacement) {
    std::mt19937 rng(3);
    const LabelSet set = randomSet(rng, 500);
    const LabelView view = randomView(rng);
    const LabelPlacement a = placeLabels(set, view, fakeMeasure);
    const LabelPlacement b = placeLabels(set, view, fakeMeasure);
    ASSERT_EQ(a.labels.size(), b.labels.size());
    for (size_t i = 0; i < a.labels.size(); ++i) EXPECT_EQ(a.labels[i].index, b.labels[i].index);
}

TEST(LabelPlacement, PanningKeepsLabelsSteady) {
    // Small pans keep every label that stays well inside the frame (hysteresis).
    std::mt19937 rng(5);
    const LabelSet set = randomSet(rng, 400);
    LabelView view = randomView(rng);
    LabelPlacement shown = placeLabels(set, view, fakeMeasure);
    for (int step = 0; step < 20; ++step) {
        view.camera.centerWorld.x += 3.0 * view.camera.metresPerPx;
        const LabelPlacement next = placeLabels(set, view, fakeMeasure, &shown);
        for (const auto& p : shown.labels) {
            const float margin = 40.f;
            if (p.box.x0 < margin || p.box.x1 > view.frameSizePx.x - margin) continue;
            bool still = false;
            for (const auto& q : next.labels) still |= q.index == p.index && q.anchor == p.anchor;
            EXPECT_TRUE(still) << "label " << p.index << " blinked at step " << step;
        }
        shown = next;
    }
}

TEST(LabelPlacement, FadesInAndOut) {
    LabelSet set;
    Label l;
    l.text[0] = "Caspian Sea";
    set.labels.push_back(l);
    LabelView view;
    const LabelPlacement placed = placeLabels(set, view, fakeMeasure);
    bool animating = false;
    LabelPlacement shown = fadeLabels({}, placed, set, view, 0.1, 0.25, &animating);
    EXPECT_TRUE(animating);
    EXPECT_NEAR(shown.labels[0].opacity, 0.4f, 1e-5);
    shown = fadeLabels(shown, placed, set, view, 0.2, 0.25, &animating);
    EXPECT_FLOAT_EQ(shown.labels[0].opacity, 1.f);
    EXPECT_FALSE(animating);
    shown = fadeLabels(shown, LabelPlacement{}, set, view, 0.1, 0.25, &animating);
    ASSERT_EQ(shown.labels.size(), 1u);
    EXPECT_TRUE(shown.labels[0].fadingOut);
    EXPECT_TRUE(animating);
    shown = fadeLabels(shown, LabelPlacement{}, set, view, 0.2, 0.25, &animating);
    EXPECT_TRUE(shown.labels.empty());
}

TEST(LabelText, UpperCaseLatinAndCyrillic) {
    EXPECT_EQ(upperCase("Kazakhstan"), "KAZAKHSTAN");
    EXPECT_EQ(upperCase("Казахстан"), "КАЗАХСТАН");
    EXPECT_EQ(upperCase("Türkiye"), "TÜRKIYE");
    EXPECT_EQ(upperCase("Қазақстан ёж"), "ҚАЗАҚСТАН ЁЖ");
    EXPECT_EQ(upperCase("中国"), "中国");
    EXPECT_EQ(parseLabelLanguage("ru"), LabelLanguage::Russian);
    EXPECT_FALSE(parseLabelLanguage("xx"));
    Label l;
    l.text[0] = "Aral Sea";
    EXPECT_EQ(l.textFor(LabelLanguage::Chinese), "Aral Sea");  // falls back to English
}

}  // namespace
