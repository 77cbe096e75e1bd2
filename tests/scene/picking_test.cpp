// Hover picking: the arc or marker under a pixel, at a year.
#include "scene/picking.h"

#include <gtest/gtest.h>

namespace {

scene::TimelineGeometry twoArcs() {
    scene::TimelineGeometry t;
    scene::ArcInstance a;
    a.originWorld = {100e3, 0};
    a.destWorld = {-100e3, 0};
    a.widthPt = 2.f;
    a.bend = scene::kArcBaseBend;
    a.yearStart = 2010.f;
    a.flowIndex = 7;
    t.arcs.push_back(a);
    scene::ArcInstance b = a;
    b.bend = -scene::kArcBaseBend;  // the mirror image, bowing to the other side
    b.yearStart = 2020.f;
    b.flowIndex = 9;
    t.arcs.push_back(b);
    scene::DestinationMarker m;
    m.world = {-100e3, 0};
    m.amountUsdAt.assign(scene::kMarkerSamples, 0.f);
    for (int i = 0; i < scene::kMarkerSamples; ++i) {
        if (scene::kMarkerYear0 + i * scene::kMarkerYearStep >= 2015.f)
            m.amountUsdAt[static_cast<size_t>(i)] = 1e9f;
    }
    t.markers.push_back(m);
    t.markerMaxAmountUsd = 1e9f;
    return t;
}

scene::PickView viewAt(double year) {
    scene::PickView v;
    v.viewportPx = {800, 600};
    v.camera = scene::fitCamera({-150e3, -150e3}, {150e3, 150e3}, v.viewportPx);
    v.year = year;
    return v;
}

TEST(PickingTest, FindsTheVisibleArcUnderThePointer) {
    const auto t = twoArcs();
    const auto v = viewAt(2025);
    const glm::dvec2 onA = v.camera.pxOf(scene::arcPoint(t.arcs[0], 0.5), v.viewportPx);
    const glm::dvec2 onB = v.camera.pxOf(scene::arcPoint(t.arcs[1], 0.5), v.viewportPx);
    EXPECT_EQ(scene::pickFlow(t, v, onA), 7);
    EXPECT_EQ(scene::pickFlow(t, v, onB), 9);
    EXPECT_EQ(scene::pickFlow(t, v, onA + glm::dvec2(0, 3)), 7);    // within 6 pt
    EXPECT_EQ(scene::pickFlow(t, v, onA + glm::dvec2(0, 60)), -1);  // far from both
}

TEST(PickingTest, ArcsNotYetStartedCannotBePicked) {
    const auto t = twoArcs();
    const auto v = viewAt(2015);
    const glm::dvec2 onB = v.camera.pxOf(scene::arcPoint(t.arcs[1], 0.5), v.viewportPx);
    EXPECT_EQ(scene::pickFlow(t, v, onB), -1);
}

TEST(PickingTest, MarkersAppearWithTheirAmount) {
    const auto t = twoArcs();
    const glm::dvec2 at = viewAt(2025).camera.pxOf({-100e3, 0}, {800, 600});
    EXPECT_EQ(scene::pickMarker(t, viewAt(2025), at), 0);
    EXPECT_EQ(scene::pickMarker(t, viewAt(2025), at + glm::dvec2(20, 0)), 0);  // inside 24 pt
    EXPECT_EQ(scene::pickMarker(t, viewAt(2025), at + glm::dvec2(60, 0)), -1);
    EXPECT_EQ(scene::pickMarker(t, viewAt(2012), at), -1);  // nothing arrived yet
}

TEST(PickingTest, MarkerRadiusFollowsAreaNotRadius) {
    EXPECT_FLOAT_EQ(scene::markerRadiusPt(1e9f, 1e9f), scene::kMarkerMaxRadiusPt);
    EXPECT_FLOAT_EQ(scene::markerRadiusPt(0.25e9f, 1e9f), scene::kMarkerMaxRadiusPt / 2);
    EXPECT_FLOAT_EQ(scene::markerRadiusPt(1.f, 1e9f), scene::kMarkerMinRadiusPt);
    EXPECT_FLOAT_EQ(scene::markerRadiusPt(0.f, 1e9f), 0.f);
}

}  // namespace
