// The window's story: loading a story file, flying to its steps, adding the current view as a
// step, deleting one, and saving the file (safely, via a temporary file and a rename).
#include "app/window_app.h"

#include "scene/scale_bar.h"

#include <algorithm>
#include <cmath>

namespace app {

void WindowApp::loadStory(const std::string& path) {
    const scene::StoryResult r = scene::loadStory(path);
    for (const auto& w : r.warnings) m_panel.messages.push_back(w);
    for (const auto& e : r.errors) m_panel.messages.push_back(e);
    m_panel.storyPath = path;
    if (!r.ok()) {
        // Keep the path so a fixed file can be saved over; the story itself stays empty.
        m_story = {};
        syncStoryPanel();
        return;
    }
    m_story = r.story;
    // The story's text size, unless the command line chose one.
    if (m_story.text && m_options.textSize.empty())
        m_panel.projectorText = *m_story.text == scene::TextSize::Projector;
    syncStoryPanel();
}

void WindowApp::syncStoryPanel() {
    m_panel.storyTitle = m_story.title;
    m_panel.stepTitles.clear();
    for (const auto& s : m_story.steps)
        m_panel.stepTitles.push_back(s.title.empty() ? "(untitled step)" : s.title);
    if (m_panel.currentStep >= static_cast<int>(m_story.steps.size()))
        m_panel.currentStep = static_cast<int>(m_story.steps.size()) - 1;
}

scene::StepTarget WindowApp::resolveWindowStep(int step) {
    // The frame as it will show the step (its caption, legend, layers, text), for the furniture
    // its box is framed clear of, beside the panel.
    scene::FrameSpec base;
    base.widthPx = m_drawableW;
    base.heightPx = m_drawableH;
    base.pixelsPerPoint = scene::kScreenPixelsPerPoint * m_uiScale;
    base.theme = m_panel.theme;
    base.labels.language = m_panel.labels.language;
    base.overlays.scaleBar = m_panel.showScaleBar;
    base.overlays.attribution = m_panel.showAttribution;
    base.overlays.leftInsetPx = static_cast<float>(panelCoverPx());
    scene::StepRequest request;
    request.step = step;
    request.leftCoverPx = panelCoverPx();
    request.textSize = windowTextSize();
    request.restCards = false;  // the window holds its own cards (CalloutClock)
    scene::FurnitureCover cover;
    if (m_renderer)
        cover = [&](const scene::FrameSpec& f) { return m_renderer->furnitureCoverPx(f); };
    const scene::FrameBuilder frames(m_session.map, m_session.dataset, m_placeWorld);
    return frames.step(base, m_story, request, cover).target;
}

void WindowApp::goToStep(int step, bool fly) {
    if (step < 0 || step >= static_cast<int>(m_story.steps.size())) return;
    const scene::StepTarget t = resolveWindowStep(step);
    for (const auto& p : t.problems) m_panel.messages.push_back(p);
    enterStep(m_panel, m_storyShown, t, step);
    // Nothing of the step before stays: no hover or pinned card, no event card.
    stepChanged(m_hover);
    m_callouts.clear();

    m_flight = {};
    m_viewFramed = true;
    m_flight.from = m_view.current;
    m_flight.to = m_view.current;
    if (t.camera) {
        m_flight.to = scene::clampCamera(*t.camera, m_session.map.boundsMin,
                                         m_session.map.boundsMax, viewportPx(), kMinMetresPerPx);
    }
    // The year runs from the step's start year (or from where it is) to the step's year, at
    // most kStepYearsPerSec, and at least as long as the camera flies.
    m_flight.yearFrom = t.fromYear.value_or(m_panel.year);
    m_flight.yearTo = t.year;
    if (!fly) {
        m_view.current = m_view.target = m_flight.to;
        m_panel.year = t.year;
        return;
    }
    m_flight.durationSec = kFlightSec;
    m_flight.yearSec =
        std::max(kFlightSec, std::abs(m_flight.yearTo - m_flight.yearFrom) / kStepYearsPerSec);
    m_panel.year = m_flight.yearFrom;
}

void WindowApp::goToOverview() {
    m_flight = {};
    showOverview(m_panel, m_storyShown, m_overview);
    stepChanged(m_hover);
    m_callouts.clear();
    resetView();
}

void WindowApp::updateFlight(double dt) {
    if (!m_flight.active()) return;
    m_flight.elapsedSec += dt;
    if (m_flight.durationSec > 0.0) {
        const double t = std::min(1.0, m_flight.elapsedSec / m_flight.durationSec);
        m_view.current = m_view.target = scene::flyTo(m_flight.from, m_flight.to, t, viewportPx());
    }
    if (m_flight.yearSec > 0.0) {
        // Eased only at the end: the year starts moving at once and settles on the step's year.
        const double u = std::min(1.0, m_flight.elapsedSec / m_flight.yearSec);
        const double e = 1.0 - (1.0 - u) * (1.0 - u);
        m_panel.year = m_flight.yearFrom + (m_flight.yearTo - m_flight.yearFrom) * e;
    }
    if (!m_flight.active()) {
        m_view.current = m_view.target = m_flight.to;
        m_panel.year = m_flight.yearTo;
    }
}

void WindowApp::addStepFromView() {
    scene::StoryStep s;
    s.title = "Step " + std::to_string(m_story.steps.size() + 1);
    s.year = std::round(m_panel.year * 100.0) / 100.0;
    s.mode = m_panel.mode;
    s.windowYears = m_panel.windowYears;
    s.filter = m_panel.filter;
    // The camera as the map centre and zoom of the part of the window the map shows.
    std::string err;
    auto proj = geo::Projection::create(m_session.map.projection, &err);
    if (proj) {
        const glm::dvec2 vp = viewportPx();
        const double cover = std::min(panelCoverPx(), vp.x * 0.5);
        const glm::dvec2 centrePx(cover + 0.5 * (vp.x - cover), 0.5 * vp.y);
        scene::StoryCamera cam;
        const geo::LonLat c = proj->inverse(m_view.current.worldAt(centrePx, vp));
        cam.center = geo::LonLat{std::round(c.lon * 1e4) / 1e4, std::round(c.lat * 1e4) / 1e4};
        cam.zoom =
            std::round(m_view.current.zoom(scene::kScreenPixelsPerPoint * m_uiScale) * 1000.0) /
            1000.0;
        s.camera = cam;
    }
    s.layers.corridor = m_panel.showRoute;
    s.layers.flows = m_panel.showArcs;
    s.layers.totals = m_panel.showMarkers;
    s.layers.legend = m_panel.showLegend;
    s.layers.labels = m_panel.labels.show;
    for (size_t i = 0; i < m_session.map.layers.size() && i < m_panel.layerOn.size(); ++i) {
        const auto& l = m_session.map.layers[i];
        if (m_panel.layerOn[i] != l.visible)
            (m_panel.layerOn[i] ? s.layers.show : s.layers.hide).push_back(l.id);
    }
    const size_t at = m_panel.currentStep >= 0 ? static_cast<size_t>(m_panel.currentStep) + 1
                                               : m_story.steps.size();
    m_story.steps.insert(m_story.steps.begin() + static_cast<std::ptrdiff_t>(at), s);
    if (m_story.title.empty()) m_story.title = "Untitled story";
    if (m_panel.storyPath.empty()) m_panel.storyPath = "corridor-story.toml";
    m_panel.currentStep = static_cast<int>(at);
    m_panel.storyMessage = "added step " + std::to_string(at + 1) + " (not saved yet)";
    syncStoryPanel();
}

void WindowApp::deleteCurrentStep() {
    const int i = m_panel.currentStep;
    if (i < 0 || i >= static_cast<int>(m_story.steps.size())) return;
    m_story.steps.erase(m_story.steps.begin() + i);
    m_panel.currentStep = std::min(i, static_cast<int>(m_story.steps.size()) - 1);
    m_panel.storyMessage = "deleted step " + std::to_string(i + 1) + " (not saved yet)";
    syncStoryPanel();
}

void WindowApp::saveStoryFile() {
    std::string err;
    if (scene::saveStory(m_story, m_panel.storyPath, &err))
        m_panel.storyMessage = "saved " + m_panel.storyPath;
    else
        m_panel.storyMessage = "not saved: " + err;
}

}  // namespace app
