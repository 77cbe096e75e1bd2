// MapRenderer's labels: the label pass (render/label_pass.h) places and draws them, clear of
// what the frame's plan reserves (scene::planFrame: the furniture, the legend out to the frame's
// edges it stands against).
#include "render/map_renderer.h"

namespace render {

bool MapRenderer::setLabelFonts(const SdfFontFiles& fonts, std::string* error) {
    const bool read = m_labelPass.setFonts(fonts, error);
    // The legend and captions draw Chinese in the labels' fallback face (quietly without one).
    m_furniture->setFallbackFont(fonts.fallback);
    return read;
}

void MapRenderer::setLabels(scene::LabelSet labels) {
    m_labelPass.setLabels(std::move(labels));
}

scene::LabelPlacement MapRenderer::placeLabels(const scene::FrameSpec& spec,
                                               const scene::LabelPlacement* previous) const {
    if (!m_labelPass.shown(spec)) return {};
    return placeLabelsFor(scene::planFrame(frameModel(), spec, frameMetrics()), spec, previous);
}

scene::LabelPlacement MapRenderer::placeLabelsFor(const scene::FramePlan& plan,
                                                  const scene::FrameSpec& spec,
                                                  const scene::LabelPlacement* previous) const {
    if (!m_labelPass.shown(spec)) return {};
    return m_labelPass.place(spec, plan.labelReservedPx, plan.labelNodeObstacles, previous);
}

}  // namespace render
