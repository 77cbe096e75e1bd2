#include "app/window_frame.h"

#include "scene/story_frame.h"
#include "scene/view_area.h"

#include <algorithm>

namespace app {

scene::Camera homeCamera(const scene::MapData& map, const geo::LonLatBox& box,
                         glm::dvec2 viewportPx, double coverPx) {
    const glm::dvec2 vp = viewportPx;
    const glm::dvec2 free(std::max(vp.x - coverPx, vp.x * 0.5), vp.y);
    scene::Camera c = scene::cameraForView(map, box, free);
    // Shift so the box's centre sits in the middle of the area right of the panel.
    c.centerWorld.x -= 0.5 * (vp.x - free.x) * c.metresPerPx;
    return c;
}

bool FramedFor::update(double ui, double text, double cover) {
    if (ui == uiScale && text == textScale && cover == coverPx) return false;
    const bool first = never();
    uiScale = ui;
    textScale = text;
    coverPx = cover;
    return !first;
}

scene::FrameSpec windowFrameSpec(const ui::PanelModel& panel, const WindowView& view,
                                 const HoverState& hover, const StoryShown& shown,
                                 const scene::Story& story) {
    scene::FrameSpec spec;
    spec.widthPx = view.widthPx;
    spec.heightPx = view.heightPx;
    spec.pixelsPerPoint = scene::kScreenPixelsPerPoint * view.uiScale;
    spec.camera = view.camera;
    spec.theme = panel.theme;
    spec.layerOn = panel.layerOn;
    spec.year = panel.year;
    spec.animPhase = view.animSec;
    spec.timeline.route = panel.showRoute;
    spec.timeline.arcs = panel.showArcs;
    spec.timeline.markers = panel.showMarkers;
    spec.timeline.legend = panel.showLegend;
    spec.timeline.highlightFlow = hover.shownFlow(panel.showArcs);
    spec.timeline.highlightMarker = hover.shownMarker(panel.showMarkers);
    spec.timeline.view.mode = panel.mode;
    spec.timeline.view.windowYears = panel.windowYears;
    spec.timeline.view.filter = panel.filter;
    spec.timeline.view.highlightFlows = shown.highlightFlows;
    spec.timeline.arcWidthScale = panel.arcWidthScale;
    spec.labels = {panel.labels.show, panel.labels.language, panel.labels.density};
    spec.overlays.scaleBar = panel.showScaleBar;
    spec.overlays.attribution = panel.showAttribution;
    spec.overlays.leftInsetPx = static_cast<float>(view.coverPx);
    spec.overlays.textScale = static_cast<float>(view.textScale);
    spec.overlays.title = story.title;
    spec.overlays.subtitle = story.subtitle;
    scene::applyStepCaption(story, panel.currentStep, spec);
    return spec;
}

scene::FrameSpec stepFrameBase(const ui::PanelModel& panel, const WindowView& view) {
    scene::FrameSpec base;
    base.widthPx = view.widthPx;
    base.heightPx = view.heightPx;
    base.pixelsPerPoint = scene::kScreenPixelsPerPoint * view.uiScale;
    base.theme = panel.theme;
    base.labels.language = panel.labels.language;
    base.overlays.scaleBar = panel.showScaleBar;
    base.overlays.attribution = panel.showAttribution;
    base.overlays.leftInsetPx = static_cast<float>(view.coverPx);
    return base;
}

scene::StepRequest windowStepRequest(const ui::PanelModel& panel, const WindowView& view,
                                     int step) {
    scene::StepRequest request;
    request.step = step;
    request.leftCoverPx = view.coverPx;
    request.textSize = panel.projectorText ? scene::TextSize::Projector : scene::TextSize::Default;
    request.restCards = false;
    return request;
}

void addWindowCards(scene::FrameSpec& spec, CalloutClock& callouts,
                    const scene::FrameBuilder& frames, const data::Dataset& dataset,
                    const std::vector<glm::dvec2>& placeWorld, const ui::PanelModel& panel,
                    const StoryShown& shown, bool moving, double nowSec) {
    const std::vector<char> events =
        scene::shownEvents(dataset, shown.callouts, panel.showRoute, panel.showArcs);
    callouts.update(dataset, events, panel.year, moving, nowSec);
    spec.overlays.callouts = callouts.callouts(dataset, placeWorld, nowSec);
    if (!moving) {
        for (auto& card : frames.restCallouts(panel.year, &events)) {
            auto& cards = spec.overlays.callouts;
            auto same = std::find_if(cards.begin(), cards.end(), [&](const auto& c) {
                return c.title == card.title && c.world == card.world;
            });
            if (same != cards.end())
                same->opacity = 1.f;  // at rest a card is whole, never half-faded
            else if (cards.size() < 3)
                cards.push_back(std::move(card));
        }
    }
    for (auto& tag : frames.highlightTags(shown.highlightPlaces, spec.labels.enabled))
        spec.overlays.callouts.push_back(std::move(tag));
}

}  // namespace app
