#include "app/story_nav.h"

#include <algorithm>

namespace app {

void enterStep(ui::PanelModel& panel, StoryShown& shown, const scene::StepTarget& t, int step) {
    panel.currentStep = step;
    panel.mode = t.view.mode;
    panel.windowYears = t.view.windowYears;
    panel.filter = t.view.filter;
    panel.showRoute = t.route;
    panel.showArcs = t.arcs;
    panel.showMarkers = t.markers;
    panel.showLegend = t.legend;
    panel.labels.show = t.labels;
    if (t.layerOn.size() == panel.layerOn.size()) panel.layerOn = t.layerOn;
    panel.playing = false;
    shown.lastStep = step;
    shown.highlightFlows = t.view.highlightFlows;
    shown.highlightPlaces = t.highlightPlaces;
    shown.callouts = t.callouts;
}

void showOverview(ui::PanelModel& panel, StoryShown& shown, const OverviewDefaults& defaults) {
    panel.currentStep = -1;
    panel.mode = data::TimeMode::Cumulative;
    panel.filter = {};
    panel.showRoute = panel.showArcs = panel.showMarkers = panel.showLegend = true;
    panel.labels.show = defaults.labels;
    if (defaults.layerOn.size() == panel.layerOn.size()) panel.layerOn = defaults.layerOn;
    panel.playing = false;
    shown.highlightFlows.clear();
    shown.highlightPlaces.clear();
    shown.callouts.reset();
}

int nextStep(int current, int lastShown, int count) {
    if (count <= 0) return -1;
    const int from = current >= 0 ? current : lastShown;
    return std::clamp(from + 1, 0, count - 1);
}

int previousStep(int current, int lastShown, int count) {
    if (count <= 0) return -1;
    if (current < 0) return std::clamp(lastShown, 0, count - 1);
    return std::clamp(current - 1, 0, count - 1);
}

}  // namespace app
