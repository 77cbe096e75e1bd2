#include "scene/label_placement_key.h"

#include "scene/story_frame.h"

#include <algorithm>

namespace scene {

LabelPlacementKey labelPlacementKey(const FrameSpec& spec) {
    LabelPlacementKey k;
    k.widthPx = spec.widthPx;
    k.heightPx = spec.heightPx;
    k.pixelsPerPoint = spec.pixelsPerPoint;
    k.centerWorld = spec.camera.centerWorld;
    k.metresPerPx = spec.camera.metresPerPx;
    k.year = spec.year;
    k.theme = spec.theme;
    k.labels = spec.labels;
    k.markers = spec.timeline.markers;
    k.legend = spec.timeline.legend;
    k.tile = spec.tile;
    k.route = spec.timeline.route;
    k.arcs = spec.timeline.arcs;
    k.view = spec.timeline.view;
    k.arcWidthScale = spec.timeline.arcWidthScale;
    k.overlays = spec.overlays;
    auto& cards = k.overlays.callouts;
    cards.erase(
        std::remove_if(cards.begin(), cards.end(),
                       [](const FrameSpec::Callout& c) { return c.opacity < kMinCalloutOpacity; }),
        cards.end());
    for (auto& c : cards) c.opacity = 1.f;
    return k;
}

}  // namespace scene
