#include "app/window_labels.h"

namespace app {

const scene::LabelPlacement& WindowLabels::update(const render::MapRenderer& renderer,
                                                  const scene::FrameSpec& spec, double dtSec) {
    if (m_generation != renderer.labelsGeneration()) reset();
    m_generation = renderer.labelsGeneration();
    scene::LabelPlacementKey key = scene::labelPlacementKey(spec);
    const bool replace = !m_placedFor || *m_placedFor != key;
    if (!replace && !m_fading) return m_shown;
    if (replace) {
        m_placed = renderer.placeLabels(spec, &m_shown);
        m_placedFor = std::move(key);
    }
    scene::LabelView view;
    view.frameSizePx = {spec.widthPx, spec.heightPx};
    view.camera = spec.camera;
    m_shown = scene::fadeLabels(m_shown, m_placed, renderer.labels(), view, dtSec, kLabelFadeSec,
                                &m_fading);
    return m_shown;
}

}  // namespace app
