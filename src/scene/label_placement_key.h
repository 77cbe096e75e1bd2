// What a frame's label placement depends on, as one key: the window places its labels again
// only when this changes (app/window_labels). Everything but the animation time and the hover
// highlights. No GL, SDL or ImGui here.
#pragma once

#include "scene/frame_spec.h"
#include "scene/tie_key.h"

#include <glm/vec2.hpp>

#include <string>

namespace scene {

// Labels avoid the furniture (legend, scale bar, attribution, caption, event cards, edge
// indicators, the locator inset, the window's panel), so its switches and contents are part of
// the key; an event card counts only while it is drawn (kMinCalloutOpacity), its fading does
// not move labels.
struct LabelPlacementKey : TieKey<LabelPlacementKey> {
    int widthPx = 0, heightPx = 0;
    FrameSpec::Tile tile;
    double pixelsPerPoint = 0.0;
    glm::dvec2 centerWorld{0.0};
    double metresPerPx = 0.0;
    double year = 0.0;
    std::string theme;
    FrameSpec::Labels labels;
    bool markers = false;  // corridor node markers are obstacles
    bool legend = false;
    // What the legend and the edge indicators show (their size and place).
    bool route = false, arcs = false;
    TimelineView view;
    float arcWidthScale = 1.f;
    FrameSpec::Overlays overlays;  // callouts: the drawn ones, at opacity 1

    // Every field above, once: == and != (TieKey) compare these. A field left out here would
    // silently keep stale labels, so the size check below fails the build when a field is
    // added (on the 64-bit libstdc++ builds this project supports): add it here, then update
    // the number.
    auto tie() const {
        return std::tie(widthPx, heightPx, tile, pixelsPerPoint, centerWorld, metresPerPx, year,
                        theme, labels, markers, legend, route, arcs, view, arcWidthScale, overlays);
    }
};
#if defined(__GLIBCXX__) && defined(__LP64__)
static_assert(sizeof(LabelPlacementKey) == 576,
              "LabelPlacementKey changed: list every field in tie(), then update this size");
#endif

// The key of the placement `spec` needs (the renderer's label set aside).
LabelPlacementKey labelPlacementKey(const FrameSpec& spec);

}  // namespace scene
