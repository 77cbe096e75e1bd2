// The window's label state between frames: the last placement with each label's opacity, so
// labels keep their place while the view moves (hysteresis) and fade in and out instead of
// blinking. Exports never use this: they place labels fully shown with no history.
#pragma once

#include "render/map_renderer.h"
#include "scene/frame_spec.h"
#include "scene/label_placement.h"
#include "scene/label_placement_key.h"

#include <optional>

namespace app {

// A full fade in or out takes this long.
inline constexpr double kLabelFadeSec = 0.25;

class WindowLabels {
public:
    // Places the labels for `spec` when what they depend on changed (scene::LabelPlacementKey:
    // view, size, year, labels, markers, and the furniture they avoid, the panel included) and
    // advances the fades by dtSec. The result is what
    // to pass to MapRenderer::draw.
    const scene::LabelPlacement& update(const render::MapRenderer& renderer,
                                        const scene::FrameSpec& spec, double dtSec);
    // True while some label is fading in or out (the window must keep redrawing).
    bool fading() const { return m_fading; }
    // Forget the history (new data or projection): labels are placed afresh.
    void reset() { *this = WindowLabels(); }

private:
    std::optional<scene::LabelPlacementKey> m_placedFor;  // none: nothing placed yet
    scene::LabelPlacement m_placed;                       // the latest placement, fully shown
    scene::LabelPlacement m_shown;                        // with opacities, and labels fading out
    bool m_fading = false;
    uint64_t m_generation = 0;  // the renderer's label set these indices refer to
};

}  // namespace app
