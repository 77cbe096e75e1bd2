// The window's pick set (the timeline as the view shows it, for hover picking) is rebuilt
// whenever what it is built from changes: the view, the projection, the data.
#include "scene/pick_cache.h"

#include <gtest/gtest.h>

namespace {

// One arc from (x, 0) to (-x, 0) in some projection's map plane.
scene::TimelineGeometry oneArc(double x) {
    scene::TimelineGeometry t;
    scene::ArcInstance a;
    a.originWorld = {x, 0};
    a.destWorld = {-x, 0};
    a.widthPt = 2.f;
    a.flowIndex = 0;
    t.arcs.push_back(a);
    return t;
}

TEST(PickCache, RebuiltAfterAProjectionChange) {
    const data::Dataset dataset;
    const scene::TimelineView view;
    scene::PickCache cache;
    const auto lcc = oneArc(100e3);
    cache.get(dataset, lcc, scene::pickKey(view, geo::ProjectionKind::Lcc, dataset));
    // The session rebuilds its timeline for the new projection: same view, other geometry.
    const auto mercator = oneArc(250e3);
    const auto& picked =
        cache.get(dataset, mercator, scene::pickKey(view, geo::ProjectionKind::Mercator, dataset));
    ASSERT_EQ(picked.arcs.size(), 1u);
    EXPECT_EQ(picked.arcs[0].originWorld, mercator.arcs[0].originWorld)
        << "hover picking would use the old projection's arcs";
}

TEST(PickCache, RebuiltAfterTheDataReloads) {
    const data::Dataset before({}, 1), after({}, 2);
    const scene::TimelineView view;
    scene::PickCache cache;
    cache.get(before, oneArc(100e3), scene::pickKey(view, geo::ProjectionKind::Lcc, before));
    const auto reloaded = oneArc(120e3);
    const auto& picked =
        cache.get(after, reloaded, scene::pickKey(view, geo::ProjectionKind::Lcc, after));
    EXPECT_EQ(picked.arcs[0].originWorld, reloaded.arcs[0].originWorld);
}

TEST(PickCache, KeptWhileNothingItDependsOnChanges) {
    const data::Dataset dataset;
    scene::TimelineView view;
    scene::PickCache cache;
    const auto first = oneArc(100e3);
    cache.get(dataset, first, scene::pickKey(view, geo::ProjectionKind::Lcc, dataset));
    // Same key, other geometry passed: the kept set is returned (nothing is rebuilt per frame).
    const auto& kept =
        cache.get(dataset, oneArc(300e3), scene::pickKey(view, geo::ProjectionKind::Lcc, dataset));
    EXPECT_EQ(kept.arcs[0].originWorld, first.arcs[0].originWorld);
    // A filter change rebuilds it.
    view.mode = data::TimeMode::SingleYear;
    const auto other = oneArc(300e3);
    EXPECT_EQ(cache.get(dataset, other, scene::pickKey(view, geo::ProjectionKind::Lcc, dataset))
                  .arcs[0]
                  .originWorld,
              other.arcs[0].originWorld);
}

}  // namespace
