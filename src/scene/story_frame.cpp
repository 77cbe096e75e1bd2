#include "scene/story_frame.h"

#include "geo/projection.h"
#include "scene/describe.h"
#include "scene/view_area.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <limits>

namespace scene {

namespace {

int layerIndex(const MapData& map, const std::string& id) {
    for (size_t i = 0; i < map.layers.size(); ++i) {
        if (map.layers[i].id == id) return static_cast<int>(i);
    }
    return -1;
}

}  // namespace

std::optional<Camera> stepCamera(const StoryStep& s, const std::string& where, const MapData& map,
                                 glm::dvec2 viewportPx, double pixelsPerPoint, double leftCoverPx,
                                 const std::vector<ScreenRect>& coveredPx, double paddingPx,
                                 std::vector<std::string>* problems) {
    if (!s.camera) return std::nullopt;
    std::vector<std::string> ignored;
    std::vector<std::string>& out = problems ? *problems : ignored;
    // What covers the frame: the window's side panel (at most half the frame) and the furniture.
    std::vector<ScreenRect> covered = coveredPx;
    const double cover = std::min(leftCoverPx, viewportPx.x * 0.5);
    if (cover > 0.0) covered.push_back({0.0, 0.0, cover, viewportPx.y});
    std::string err;
    auto proj = geo::Projection::create(map.projection, &err);
    if (!proj) return Camera{};
    // Nothing is drawn outside the map's area, and a projection may not reach there at all
    // (a conic one has the south pole at infinity): a camera outside it is moved inside.
    const geo::LonLatBox& area = map.clip;
    const std::string areaText = " the map's area " + formatBox(area);
    if (s.camera->center) {
        geo::LonLat c = *s.camera->center;
        if (!area.contains(c)) {
            c = {std::clamp(c.lon, area.lonMin, area.lonMax),
                 std::clamp(c.lat, area.latMin, area.latMax)};
            char text[160];
            std::snprintf(text, sizeof text, ": camera centre %g,%g is outside",
                          s.camera->center->lon, s.camera->center->lat);
            out.push_back(where + text + areaText + "; moved to its edge");
        }
        // The zoom is the step's; its centre shows in the middle of what is left free.
        return centreInside(cameraAtZoom(proj->forward(c), s.camera->zoom, pixelsPerPoint),
                            viewportPx, covered, 0.0);
    }
    bool clamped = false;
    const auto inside = viewInsideArea(*s.camera->box, area, &clamped);
    if (!inside)
        out.push_back(where + ": camera box " + formatBox(*s.camera->box) + " is outside" +
                      areaText + "; showing the home view");
    else if (clamped)
        out.push_back(where + ": camera box " + formatBox(*s.camera->box) + " reaches outside" +
                      areaText + "; showing " + formatBox(*inside));
    // Like fitBounds with padding: the box as large as it fits where no furniture covers it.
    glm::dvec2 lo, hi;
    proj->boundsOf(inside.value_or(map.home), &lo, &hi);
    return fitCameraInside(lo, hi, viewportPx, covered, paddingPx);
}

StepTarget resolveStep(const Story& story, int step, const MapData& map,
                       const data::Dataset& dataset, glm::dvec2 viewportPx, double pixelsPerPoint,
                       double leftCoverPx, const std::vector<ScreenRect>& coveredPx,
                       double paddingPx) {
    StepTarget t;
    if (step < 0 || step >= static_cast<int>(story.steps.size())) return t;
    const StoryStep& s = story.steps[static_cast<size_t>(step)];
    const std::string where = "step " + std::to_string(step + 1);
    t.index = step;
    t.year = s.year;
    t.fromYear = s.fromYear;
    t.title = s.title;
    t.caption = s.caption;
    t.view.mode = s.mode;
    t.view.windowYears = s.windowYears;
    t.view.filter = s.filter;
    const auto& flows = dataset.flows();
    for (const std::string& id : s.highlightFlows) {
        auto it = std::find_if(flows.begin(), flows.end(),
                               [&](const data::Flow& f) { return f.id == id; });
        if (it == flows.end())
            t.problems.push_back(where + ": highlight_flows: no investment '" + id + "'");
        else
            t.view.highlightFlows.push_back(static_cast<uint32_t>(it - flows.begin()));
    }
    const auto& places = dataset.places();
    for (const std::string& id : s.highlightPlaces) {
        const data::Place* p = dataset.findPlace(id);
        if (!p)
            t.problems.push_back(where + ": highlight_places: no place '" + id + "'");
        else
            t.highlightPlaces.push_back(static_cast<size_t>(p - places.data()));
    }
    t.callouts = s.callouts;
    if (s.callouts) shownEvents(dataset, s.callouts, true, true, where, &t.problems);
    t.route = s.layers.corridor;
    t.arcs = s.layers.flows;
    t.markers = s.layers.totals;
    t.legend = s.layers.legend;
    t.labels = s.layers.labels;
    for (const auto& l : map.layers) t.layerOn.push_back(l.visible);
    for (const auto* list : {&s.layers.show, &s.layers.hide}) {
        for (const std::string& id : *list) {
            const int i = layerIndex(map, id);
            if (i < 0)
                t.problems.push_back(where + ": layers: no map layer '" + id + "'");
            else
                t.layerOn[static_cast<size_t>(i)] = list == &s.layers.show;
        }
    }
    if (s.legend) {
        t.legendCorner = s.legend->corner;
        t.legendCompact = s.legend->compact;
    }
    t.camera = stepCamera(s, where, map, viewportPx, pixelsPerPoint, leftCoverPx, coveredPx,
                          paddingPx, &t.problems);
    return t;
}

void applyStep(const StepTarget& target, const Story& story, FrameSpec& spec) {
    if (target.camera) spec.camera = *target.camera;
    spec.year = target.year;
    spec.timeline.view = target.view;
    spec.timeline.route = target.route;
    spec.timeline.arcs = target.arcs;
    spec.timeline.markers = target.markers;
    spec.timeline.legend = target.legend;
    spec.labels.enabled = spec.labels.enabled && target.labels;
    spec.layerOn = target.layerOn;
    spec.overlays.title = story.title;
    spec.overlays.subtitle = story.subtitle;
    spec.overlays.captionTitle = target.title;
    spec.overlays.caption = target.caption;
    spec.overlays.legendCorner = target.legendCorner;
    spec.overlays.legendCompact = target.legendCompact;
    applyStepCaption(story, target.index, spec);
}

void applyStepCaption(const Story& story, int step, FrameSpec& spec) {
    if (step < 0 || step >= static_cast<int>(story.steps.size())) return;
    const StoryStep& s = story.steps[static_cast<size_t>(step)];
    spec.overlays.captionTitle = stepTitle(s, spec.labels.language);
    spec.overlays.caption = stepCaption(s, spec.labels.language);
    if (s.legend) {
        spec.overlays.legendCorner = s.legend->corner;
        spec.overlays.legendCompact = s.legend->compact;
    }
}

std::vector<glm::dvec2> placePositions(const MapData& map, const data::Dataset& dataset) {
    const double nan = std::numeric_limits<double>::quiet_NaN();
    std::vector<glm::dvec2> out(dataset.places().size(), glm::dvec2(nan));
    std::string err;
    auto proj = geo::Projection::create(map.projection, &err);
    if (!proj) return out;
    for (size_t i = 0; i < out.size(); ++i) {
        const data::Place& p = dataset.places()[i];
        out[i] = proj->forward(geo::LonLat{p.lon, p.lat});
    }
    return out;
}

EventLayer eventLayer(const data::Dataset& dataset, const data::Event& event) {
    if (event.kind == data::EventKind::Summit) return EventLayer::Both;
    if (event.kind == data::EventKind::Agreement || event.placeId.empty()) return EventLayer::Flows;
    for (const data::CorridorSegment& s : dataset.segments()) {
        if (s.fromId == event.placeId || s.toId == event.placeId ||
            std::find(s.viaIds.begin(), s.viaIds.end(), event.placeId) != s.viaIds.end())
            return EventLayer::Corridor;
    }
    return EventLayer::Flows;
}

std::string eventDateText(const data::EventDate& date) {
    char text[40];
    if (date.month <= 0)
        std::snprintf(text, sizeof text, "%04d", date.year);
    else if (date.day <= 0)
        std::snprintf(text, sizeof text, "%04d-%02d", date.year, date.month);
    else
        std::snprintf(text, sizeof text, "%04d-%02d-%02d", date.year, date.month, date.day);
    return text;
}

std::vector<char> shownEvents(const data::Dataset& dataset,
                              const std::optional<StoryCallouts>& callouts, bool corridor,
                              bool flows, const std::string& where,
                              std::vector<std::string>* problems) {
    const auto& events = dataset.events();
    std::vector<char> shown(events.size(), 0);
    if (!callouts) {
        for (size_t i = 0; i < events.size(); ++i) {
            const EventLayer layer = eventLayer(dataset, events[i]);
            shown[i] = (layer != EventLayer::Flows && corridor) ||
                       (layer != EventLayer::Corridor && flows);
        }
        return shown;
    }
    for (size_t i = 0; i < events.size(); ++i) {
        const auto& kinds = callouts->kinds;
        if (std::find(kinds.begin(), kinds.end(), events[i].kind) != kinds.end()) shown[i] = 1;
    }
    for (const std::string& ref : callouts->events) {
        const size_t at = ref.find('@');
        const std::string date = ref.substr(0, at);
        const std::string place = at == std::string::npos ? "" : ref.substr(at + 1);
        bool any = false;
        for (size_t i = 0; i < events.size(); ++i) {
            if (eventDateText(events[i].date) != date) continue;
            if (!place.empty() && events[i].placeId != place) continue;
            shown[i] = 1;
            any = true;
        }
        if (!any && problems)
            problems->push_back(where + ": callouts.events: no event on '" + ref + "'");
    }
    return shown;
}

std::optional<FrameSpec::Callout> eventCard(const data::Dataset& dataset,
                                            const std::vector<glm::dvec2>& placeWorld,
                                            size_t eventIndex) {
    if (eventIndex >= dataset.events().size()) return std::nullopt;
    const data::Event& e = dataset.events()[eventIndex];
    const data::Place* p = e.placeId.empty() ? nullptr : dataset.findPlace(e.placeId);
    if (!p) return std::nullopt;
    const auto i = static_cast<size_t>(p - dataset.places().data());
    if (i >= placeWorld.size() || std::isnan(placeWorld[i].x)) return std::nullopt;
    FrameSpec::Callout card;
    card.title = e.title;
    card.detail = describeDate(e.date);
    card.world = placeWorld[i];
    card.opacity = 1.f;
    return card;
}

std::vector<FrameSpec::Callout> eventCallouts(const data::Dataset& dataset,
                                              const std::vector<glm::dvec2>& placeWorld,
                                              double year, double holdYears,
                                              const std::vector<char>* shown, int maxCards) {
    struct Candidate {
        double when;
        const data::Event* event;
        glm::dvec2 world;
    };
    std::vector<Candidate> found;
    if (!(holdYears > 0.0)) return {};
    const auto& places = dataset.places();
    const bool playing = holdYears > kRestCalloutYears;
    for (size_t k = 0; k < dataset.events().size(); ++k) {
        const data::Event& e = dataset.events()[k];
        if (shown && (k >= shown->size() || !(*shown)[k])) continue;
        const double when = data::toFractionalYear(e.date);
        if (when > year || when <= year - holdYears || e.placeId.empty()) continue;
        if (playing) {
            // Left out once it has faded to nothing: an invisible card must not keep labels off.
            const double age = (year - when) / holdYears;
            if (std::min(age / 0.08, (1.0 - age) / 0.33) < kMinCalloutOpacity) continue;
        }
        const data::Place* p = dataset.findPlace(e.placeId);
        if (!p) continue;
        const auto i = static_cast<size_t>(p - places.data());
        if (i >= placeWorld.size() || std::isnan(placeWorld[i].x)) continue;
        found.push_back({when, &e, placeWorld[i]});
    }
    std::stable_sort(found.begin(), found.end(),
                     [](const Candidate& a, const Candidate& b) { return a.when > b.when; });
    if (found.size() > static_cast<size_t>(std::max(maxCards, 0)))
        found.resize(static_cast<size_t>(std::max(maxCards, 0)));
    std::vector<FrameSpec::Callout> out;
    for (const Candidate& c : found) {
        // 0 new .. 1 gone. At rest a card is whole: a still frame never shows a half-faded one.
        const double age = (year - c.when) / holdYears;
        const double in = playing ? std::min(1.0, age / 0.08) : 1.0;
        const double outFade = playing ? std::min(1.0, (1.0 - age) / 0.33) : 1.0;
        FrameSpec::Callout card;
        card.title = c.event->title;
        card.detail = describeDate(c.event->date);
        card.world = c.world;
        card.opacity = static_cast<float>(std::clamp(std::min(in, outFade), 0.0, 1.0));
        out.push_back(std::move(card));
    }
    return out;
}

std::vector<FrameSpec::Callout> placeTags(const data::Dataset& dataset,
                                          const std::vector<glm::dvec2>& placeWorld,
                                          const std::vector<size_t>& places) {
    std::vector<FrameSpec::Callout> out;
    for (size_t i : places) {
        if (i >= placeWorld.size() || i >= dataset.places().size() || std::isnan(placeWorld[i].x))
            continue;
        FrameSpec::Callout tag;
        tag.title = dataset.places()[i].name;
        tag.world = placeWorld[i];
        out.push_back(std::move(tag));
    }
    return out;
}

}  // namespace scene
