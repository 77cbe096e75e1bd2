// The window's view: the home view beside the panel, framing again after a resize or a scale
// change, story steps and Home, and the frame spec each loop iteration draws.
#include "app/window_app.h"

#include <algorithm>
#include <cmath>

namespace app {

double WindowApp::pixelScale() const {
    int w = 0, h = 0;
    SDL_GetWindowSize(m_window->window(), &w, &h);
    return w > 0 ? static_cast<double>(m_canvas.width()) / w : 1.0;
}

scene::TextSize WindowApp::windowTextSize() const {
    return m_panel.projectorText ? scene::TextSize::Projector : scene::TextSize::Default;
}

WindowView WindowApp::windowView() const {
    const double textScale = scene::textScaleFor(windowTextSize(), m_canvas.height(),
                                                 scene::kScreenPixelsPerPoint * m_ui.scale);
    return {m_camera.current(), m_canvas.width(), m_canvas.height(),   m_ui.scale,
            panelCoverPx(),     textScale,        m_playback.animSec()};
}

void WindowApp::resetView() {
    const geo::LonLatBox box = m_options.view.value_or(m_session.map.home);
    m_camera.frame(homeCamera(m_session.map, box, viewportPx(), panelCoverPx()));
}

void WindowApp::relayoutView() {
    // A framed view (home, or a story step) is framed again for the new size; a view the user
    // moved keeps its centre and shows about the same area.
    if (m_camera.framed()) {
        if (m_panel.currentStep >= 0 && m_panel.currentStep < m_story.stepCount()) {
            const scene::StepTarget t = resolveWindowStep(m_panel.currentStep);
            if (t.camera) {
                m_camera.reframe(*t.camera);
                return;
            }
        }
        resetView();
        m_camera.snap();
        return;
    }
    m_camera.keepArea(m_layoutSize);
}

void WindowApp::setUiScale(float scale) {
    // Keep the same part of the map in view: the map's point size follows the interface.
    const double before = panelCoverPx();
    if (m_ui.set(scale)) m_camera.shiftX(0.5 * (panelCoverPx() - before), false);
}

void WindowApp::rebuildFonts() {
    if (!m_ui.fontsDirty) return;
    m_ui.fontsDirty = false;
    m_imgui->rebuildFonts(ui::panelPalette(m_panel), m_ui.scale, static_cast<float>(pixelScale()));
    m_panel.uiScale = m_ui.scale;
}

scene::FrameSpec WindowApp::buildSpec(double nowSec) {
    // A framed view (home, a story step) is framed again when the interface scale, the text
    // size or the panel's width change: the furniture it is framed around changed size.
    if (m_framedFor.never() && !m_options.textSize.empty())
        m_panel.projectorText = m_options.textSize == "projector";
    const WindowView before = windowView();
    if (m_framedFor.update(m_ui.scale, before.textScale, before.coverPx) && m_camera.framed() &&
        !m_camera.flying())
        relayoutView();
    scene::FrameSpec spec =
        windowFrameSpec(m_panel, windowView(), m_hover, m_story.shown(), m_story.story());
    const scene::FrameBuilder frames(m_session.map, m_session.dataset, m_placeWorld);
    addWindowCards(spec, m_callouts, frames, m_session.dataset, m_placeWorld, m_panel,
                   m_story.shown(), m_panel.playing || m_camera.flying(), nowSec);
    return spec;
}

scene::StepTarget WindowApp::resolveWindowStep(int step) {
    const WindowView view = windowView();
    const scene::FrameBuilder frames(m_session.map, m_session.dataset, m_placeWorld);
    return frames
        .step(stepFrameBase(m_panel, view), m_story.story(), windowStepRequest(m_panel, view, step),
              [&](const scene::FrameSpec& f) { return m_renderer->furnitureCoverPx(f); })
        .target;
}

void WindowApp::goToStep(int step, bool fly) {
    if (step < 0 || step >= m_story.stepCount()) return;
    const scene::StepTarget t = resolveWindowStep(step);
    for (const auto& p : t.problems) m_panel.messages.push_back(p);
    enterStep(m_panel, m_story.shown(), t, step);
    // Nothing of the step before stays: no hover or pinned card, no event card.
    stepChanged(m_hover);
    m_callouts.clear();
    m_panel.year = m_camera.enterStep(t.camera, t.fromYear.value_or(m_panel.year), t.year, fly);
}

void WindowApp::goToOverview() {
    m_camera.stopFlight();
    showOverview(m_panel, m_story.shown(), m_story.overview());
    stepChanged(m_hover);
    m_callouts.clear();
    resetView();
}

void WindowApp::addStepFromView() {
    scene::StoryStep s = stepFromPanel(m_panel, m_session.map.layers, m_story.story().steps.size());
    s.camera = storyCamera(m_session.map.projection, m_camera.current(), viewportPx(),
                           panelCoverPx(), scene::kScreenPixelsPerPoint * m_ui.scale);
    m_story.addStep(m_panel, std::move(s));
}

}  // namespace app
