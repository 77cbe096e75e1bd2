#include "app/story_frame.h"

#include "scene/describe.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <limits>

namespace app {

namespace {

int layerIndex(const scene::MapData& map, const std::string& id) {
    for (size_t i = 0; i < map.layers.size(); ++i) {
        if (map.layers[i].id == id) return static_cast<int>(i);
    }
    return -1;
}

}  // namespace

StepTarget resolveStep(const scene::Story& story, int step, const MapSession& session,
                       glm::dvec2 viewportPx, double pixelsPerPoint, double leftCoverPx) {
    StepTarget t;
    if (step < 0 || step >= static_cast<int>(story.steps.size())) return t;
    const scene::StoryStep& s = story.steps[static_cast<size_t>(step)];
    const std::string where = "step " + std::to_string(step + 1);
    t.year = s.year;
    t.fromYear = s.fromYear;
    t.title = s.title;
    t.caption = s.caption;
    t.view.mode = s.mode;
    t.view.windowYears = s.windowYears;
    t.view.filter = s.filter;
    const auto& flows = session.dataset.flows();
    for (const std::string& id : s.highlightFlows) {
        auto it = std::find_if(flows.begin(), flows.end(),
                               [&](const data::Flow& f) { return f.id == id; });
        if (it == flows.end())
            t.problems.push_back(where + ": highlight_flows: no investment '" + id + "'");
        else
            t.view.highlightFlows.push_back(static_cast<uint32_t>(it - flows.begin()));
    }
    const auto& places = session.dataset.places();
    for (const std::string& id : s.highlightPlaces) {
        const data::Place* p = session.dataset.findPlace(id);
        if (!p)
            t.problems.push_back(where + ": highlight_places: no place '" + id + "'");
        else
            t.highlightPlaces.push_back(static_cast<size_t>(p - places.data()));
    }
    t.route = s.layers.corridor;
    t.arcs = s.layers.flows;
    t.markers = s.layers.totals;
    t.legend = s.layers.legend;
    t.labels = s.layers.labels;
    for (const auto& l : session.map.layers) t.layerOn.push_back(l.visible);
    for (const auto* list : {&s.layers.show, &s.layers.hide}) {
        for (const std::string& id : *list) {
            const int i = layerIndex(session.map, id);
            if (i < 0)
                t.problems.push_back(where + ": layers: no map layer '" + id + "'");
            else
                t.layerOn[static_cast<size_t>(i)] = list == &s.layers.show;
        }
    }
    if (s.camera) {
        const double cover = std::min(leftCoverPx, viewportPx.x * 0.5);
        const glm::dvec2 free(viewportPx.x - cover, viewportPx.y);
        scene::Camera cam;
        // Nothing is drawn outside the map's area, and a projection may not reach there at all
        // (a conic one has the south pole at infinity): a camera outside it is moved inside.
        const geo::LonLatBox& area = session.map.clip;
        const std::string areaText = " the map's area " + formatBox(area);
        if (s.camera->center) {
            geo::LonLat c = *s.camera->center;
            if (!area.contains(c)) {
                c = {std::clamp(c.lon, area.lonMin, area.lonMax),
                     std::clamp(c.lat, area.latMin, area.latMax)};
                char text[160];
                std::snprintf(text, sizeof text, ": camera centre %g,%g is outside",
                              s.camera->center->lon, s.camera->center->lat);
                t.problems.push_back(where + text + areaText + "; moved to its edge");
            }
            std::string err;
            auto proj = geo::Projection::create(session.map.projection, &err);
            if (proj) cam = scene::cameraAtZoom(proj->forward(c), s.camera->zoom, pixelsPerPoint);
        } else {
            bool clamped = false;
            const auto inside = viewInsideArea(*s.camera->box, area, &clamped);
            if (!inside)
                t.problems.push_back(where + ": camera box " + formatBox(*s.camera->box) +
                                     " is outside" + areaText + "; showing the home view");
            else if (clamped)
                t.problems.push_back(where + ": camera box " + formatBox(*s.camera->box) +
                                     " reaches outside" + areaText + "; showing " +
                                     formatBox(*inside));
            cam = cameraForView(session.map, inside.value_or(session.map.home), free);
        }
        // Centred in the part of the frame the panel leaves free.
        cam.centerWorld.x -= 0.5 * cover * cam.metresPerPx;
        t.camera = cam;
    }
    return t;
}

void applyStep(const StepTarget& target, const scene::Story& story, scene::FrameSpec& spec) {
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
}

std::vector<glm::dvec2> placePositions(const MapSession& session) {
    const double nan = std::numeric_limits<double>::quiet_NaN();
    std::vector<glm::dvec2> out(session.dataset.places().size(), glm::dvec2(nan));
    std::string err;
    auto proj = geo::Projection::create(session.map.projection, &err);
    if (!proj) return out;
    for (size_t i = 0; i < out.size(); ++i) {
        const data::Place& p = session.dataset.places()[i];
        out[i] = proj->forward(geo::LonLat{p.lon, p.lat});
    }
    return out;
}

std::vector<scene::FrameSpec::Callout> eventCallouts(const data::Dataset& dataset,
                                                     const std::vector<glm::dvec2>& placeWorld,
                                                     double year, double holdYears, int maxCards) {
    struct Candidate {
        double when;
        const data::Event* event;
        glm::dvec2 world;
    };
    std::vector<Candidate> found;
    if (!(holdYears > 0.0)) return {};
    const auto& places = dataset.places();
    for (const data::Event& e : dataset.events()) {
        const double when = data::toFractionalYear(e.date);
        if (when > year || when <= year - holdYears || e.placeId.empty()) continue;
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
    std::vector<scene::FrameSpec::Callout> out;
    for (const Candidate& c : found) {
        const double age = (year - c.when) / holdYears;  // 0 new .. 1 gone
        const double in = std::min(1.0, age / 0.08 + (holdYears < 0.5 ? 1.0 : 0.0));
        const double outFade = std::min(1.0, (1.0 - age) / 0.33);
        scene::FrameSpec::Callout card;
        card.title = c.event->title;
        card.detail = scene::describeDate(c.event->date);
        card.world = c.world;
        card.opacity = static_cast<float>(std::clamp(std::min(in, outFade), 0.0, 1.0));
        out.push_back(std::move(card));
    }
    return out;
}

std::vector<scene::FrameSpec::Callout> placeTags(const data::Dataset& dataset,
                                                 const std::vector<glm::dvec2>& placeWorld,
                                                 const std::vector<size_t>& places) {
    std::vector<scene::FrameSpec::Callout> out;
    for (size_t i : places) {
        if (i >= placeWorld.size() || i >= dataset.places().size() || std::isnan(placeWorld[i].x))
            continue;
        scene::FrameSpec::Callout tag;
        tag.title = dataset.places()[i].name;
        tag.world = placeWorld[i];
        out.push_back(std::move(tag));
    }
    return out;
}

}  // namespace app
