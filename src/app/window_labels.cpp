#include "app/window_labels.h"

namespace app {

namespace {

// What a placement depends on (everything but the animation time and hover highlights).
bool samePlacementInputs(const scene::FrameSpec& a, const scene::FrameSpec& b) {
    return a.widthPx == b.widthPx && a.heightPx == b.heightPx &&
           a.pixelsPerPoint == b.pixelsPerPoint && a.camera.centerWorld == b.camera.centerWorld &&
           a.camera.metresPerPx == b.camera.metresPerPx && a.year == b.year &&
           a.labels == b.labels && a.timeline.markers == b.timeline.markers &&
           a.timeline.legend == b.timeline.legend && a.theme == b.theme;
}

}  // namespace

const scene::LabelPlacement& WindowLabels::update(const render::MapRenderer& renderer,
                                                  const scene::FrameSpec& spec, double dtSec) {
    if (m_generation != renderer.labelsGeneration()) reset();
    m_generation = renderer.labelsGeneration();
    const bool replace = !m_placedOnce || !samePlacementInputs(spec, m_placedFor);
    if (!replace && !m_fading) return m_shown;
    if (replace) {
        m_placed = renderer.placeLabels(spec, &m_shown);
        m_placedFor = spec;
        m_placedOnce = true;
    }
    scene::LabelView view;
    view.frameSizePx = {spec.widthPx, spec.heightPx};
    view.camera = spec.camera;
    m_shown = scene::fadeLabels(m_shown, m_placed, renderer.labels(), view, dtSec, kLabelFadeSec,
                                &m_fading);
    return m_shown;
}

}  // namespace app
