#include "app/story_editor.h"

#include "geo/projection.h"

#include <algorithm>
#include <cmath>

namespace app {

scene::StoryStep stepFromPanel(const ui::PanelModel& panel,
                               const std::vector<scene::LayerDef>& layers, size_t stepCount) {
    scene::StoryStep s;
    s.title = "Step " + std::to_string(stepCount + 1);
    s.year = std::round(panel.year * 100.0) / 100.0;
    s.mode = panel.mode;
    s.windowYears = panel.windowYears;
    s.filter = panel.filter;
    s.layers.corridor = panel.showRoute;
    s.layers.flows = panel.showArcs;
    s.layers.totals = panel.showMarkers;
    s.layers.legend = panel.showLegend;
    s.layers.labels = panel.labels.show;
    for (size_t i = 0; i < layers.size() && i < panel.layerOn.size(); ++i) {
        if (panel.layerOn[i] != layers[i].visible)
            (panel.layerOn[i] ? s.layers.show : s.layers.hide).push_back(layers[i].id);
    }
    return s;
}

std::optional<scene::StoryCamera> storyCamera(geo::ProjectionKind projection,
                                              const scene::Camera& camera, glm::dvec2 viewportPx,
                                              double coverPx, double pixelsPerPoint) {
    std::string err;
    auto proj = geo::Projection::create(projection, &err);
    if (!proj) return std::nullopt;
    const glm::dvec2 vp = viewportPx;
    const double cover = std::min(coverPx, vp.x * 0.5);
    const glm::dvec2 centrePx(cover + 0.5 * (vp.x - cover), 0.5 * vp.y);
    scene::StoryCamera cam;
    const geo::LonLat c = proj->inverse(camera.worldAt(centrePx, vp));
    cam.center = geo::LonLat{std::round(c.lon * 1e4) / 1e4, std::round(c.lat * 1e4) / 1e4};
    cam.zoom = std::round(camera.zoom(pixelsPerPoint) * 1000.0) / 1000.0;
    return cam;
}

void StoryEditor::load(const std::string& path, ui::PanelModel& panel, bool textSizeChosen) {
    const scene::StoryResult r = scene::loadStory(path);
    for (const auto& w : r.warnings) panel.messages.push_back(w);
    for (const auto& e : r.errors) panel.messages.push_back(e);
    panel.storyPath = path;
    if (!r.ok()) {
        m_story = {};
        syncPanel(panel);
        return;
    }
    m_story = r.story;
    if (m_story.text && !textSizeChosen)
        panel.projectorText = *m_story.text == scene::TextSize::Projector;
    syncPanel(panel);
}

void StoryEditor::syncPanel(ui::PanelModel& panel) const {
    panel.storyTitle = m_story.title;
    panel.stepTitles.clear();
    for (const auto& s : m_story.steps)
        panel.stepTitles.push_back(s.title.empty() ? "(untitled step)" : s.title);
    if (panel.currentStep >= static_cast<int>(m_story.steps.size()))
        panel.currentStep = static_cast<int>(m_story.steps.size()) - 1;
}

void StoryEditor::addStep(ui::PanelModel& panel, scene::StoryStep step) {
    const size_t at =
        panel.currentStep >= 0 ? static_cast<size_t>(panel.currentStep) + 1 : m_story.steps.size();
    m_story.steps.insert(m_story.steps.begin() + static_cast<std::ptrdiff_t>(at), std::move(step));
    if (m_story.title.empty()) m_story.title = "Untitled story";
    if (panel.storyPath.empty()) panel.storyPath = "corridor-story.toml";
    panel.currentStep = static_cast<int>(at);
    panel.storyMessage = "added step " + std::to_string(at + 1) + " (not saved yet)";
    syncPanel(panel);
}

void StoryEditor::deleteCurrentStep(ui::PanelModel& panel) {
    const int i = panel.currentStep;
    if (i < 0 || i >= static_cast<int>(m_story.steps.size())) return;
    m_story.steps.erase(m_story.steps.begin() + i);
    panel.currentStep = std::min(i, static_cast<int>(m_story.steps.size()) - 1);
    panel.storyMessage = "deleted step " + std::to_string(i + 1) + " (not saved yet)";
    syncPanel(panel);
}

int StoryEditor::startStep(int requested, ui::PanelModel& panel) const {
    if (requested > stepCount()) {
        panel.messages.push_back(panel.storyPath + ": no step " + std::to_string(requested) +
                                 " (the story has " + std::to_string(stepCount()) + ")");
        return -1;
    }
    return requested - 1;
}

void StoryEditor::save(ui::PanelModel& panel) const {
    std::string err;
    if (scene::saveStory(m_story, panel.storyPath, &err))
        panel.storyMessage = "saved " + panel.storyPath;
    else
        panel.storyMessage = "not saved: " + err;
}

}  // namespace app
