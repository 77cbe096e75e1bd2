#include "scene/frame_builder.h"

#include "scene/view_area.h"

#include <glm/common.hpp>

#include <algorithm>
#include <cmath>

namespace scene {

double outputPixelsPerPoint(int widthPx, int heightPx, double dpi) {
    if (dpi > 0.0) return dpi / 72.0;
    return pixelsPerPointForSize(widthPx, heightPx);
}

TextSize chosenTextSize(const std::optional<TextSize>& chosen, const Story* story) {
    if (chosen) return *chosen;
    if (story && story->text) return *story->text;
    return TextSize::Default;
}

FrameSpec FrameBuilder::output(const OutputRequest& r, const geo::LonLatBox& view) const {
    FrameSpec spec;
    spec.widthPx = r.widthPx;
    spec.heightPx = r.heightPx;
    spec.pixelsPerPoint = outputPixelsPerPoint(r.widthPx, r.heightPx, r.dpi);
    spec.theme = r.theme;
    spec.year = r.year;
    spec.animPhase = r.animPhase;
    spec.transparent = r.transparent;
    spec.timeline.legend = r.furniture;
    spec.overlays.scaleBar = spec.overlays.attribution = r.furniture;
    spec.labels = r.labels;
    spec.camera = cameraForView(m_map, view, glm::dvec2(r.widthPx, r.heightPx));
    spec.overlays.textScale =
        textScaleFor(chosenTextSize(r.textSize, nullptr), frameSizePx(spec).y, spec.pixelsPerPoint);
    spec.overlays.inset = r.inset && r.furniture;
    spec.overlays.edgeIndicators = r.furniture;
    return spec;
}

StepFrame FrameBuilder::step(FrameSpec base, const Story& story, const StepRequest& request,
                             const FurnitureCover& furniture) const {
    StepFrame out;
    out.spec = std::move(base);
    FrameSpec& spec = out.spec;
    const glm::dvec2 viewport(spec.widthPx, spec.heightPx);
    out.target = resolveStep(story, request.step, m_map, m_dataset, viewport, spec.pixelsPerPoint,
                             request.leftCoverPx);
    const StepTarget& target = out.target;
    applyStep(target, story, spec);
    out.eventMask = shownEvents(m_dataset, target.callouts, target.route, target.arcs);
    spec.overlays.textScale = textScaleFor(chosenTextSize(request.textSize, &story),
                                           frameSizePx(spec).y, spec.pixelsPerPoint);
    if (request.exportChoices) applyExportChoices(*request.exportChoices, spec);
    if (target.index < 0) return out;
    const StoryStep& s = story.steps[static_cast<size_t>(target.index)];
    if (target.camera && request.furniture && furniture) {
        // Framed again now that the caption, legend and text size are known: the step's box
        // where no furniture covers it (like fitBounds with padding).
        if (auto cam = stepCamera(s, "", m_map, viewport, spec.pixelsPerPoint, request.leftCoverPx,
                                  furniture(spec), kStepPaddingPt * spec.pixelsPerPoint)) {
            spec.camera = *cam;
            out.target.camera = *cam;
        }
    }
    if (!request.furniture) {
        spec.overlays.captionTitle.clear();
        spec.overlays.caption.clear();
        spec.overlays.callouts.clear();
        return out;
    }
    spec.overlays.callouts.clear();
    if (request.restCards) spec.overlays.callouts = restCallouts(spec.year, &out.eventMask);
    out.placeTags = highlightTags(target.highlightPlaces, spec.labels.enabled);
    spec.overlays.callouts.insert(spec.overlays.callouts.end(), out.placeTags.begin(),
                                  out.placeTags.end());
    return out;
}

std::vector<FrameSpec::Callout> FrameBuilder::restCallouts(double year,
                                                           const std::vector<char>* shown) const {
    return eventCallouts(m_dataset, m_placeWorld, year, kRestCalloutYears, shown);
}

std::vector<FrameSpec::Callout> FrameBuilder::movingCallouts(
    double year, double holdYears, const std::vector<char>* shown,
    const std::vector<FrameSpec::Callout>& fixed) const {
    auto cards = eventCallouts(m_dataset, m_placeWorld, year, holdYears, shown);
    cards.insert(cards.end(), fixed.begin(), fixed.end());
    return cards;
}

std::vector<FrameSpec::Callout> FrameBuilder::highlightTags(const std::vector<size_t>& places,
                                                            bool labelsOn) const {
    if (labelsOn) return {};
    return placeTags(m_dataset, m_placeWorld, places);
}

FrameSpec FrameBuilder::exportFrame(const FrameSpec& shown, const ExportRequest& r) {
    FrameSpec spec = shown;
    const glm::dvec2 vp(shown.widthPx, shown.heightPx);
    const double cover = std::min(static_cast<double>(shown.overlays.leftInsetPx), vp.x * 0.5);
    const bool windowSize = r.widthPx <= 0 || r.heightPx <= 0;
    spec.widthPx = windowSize ? shown.widthPx - static_cast<int>(std::lround(cover)) : r.widthPx;
    spec.heightPx = windowSize ? shown.heightPx : r.heightPx;
    // The map the window shows beside the panel, fitted into the output.
    const glm::dvec2 a = shown.camera.worldAt({cover, vp.y}, vp);
    const glm::dvec2 b = shown.camera.worldAt({vp.x, 0.0}, vp);
    spec.camera =
        fitCamera(glm::min(a, b), glm::max(a, b), glm::dvec2(spec.widthPx, spec.heightPx));
    spec.pixelsPerPoint = windowSize ? shown.pixelsPerPoint
                                     : outputPixelsPerPoint(spec.widthPx, spec.heightPx, r.dpi);
    if (r.textSize)
        spec.overlays.textScale = textScaleFor(*r.textSize, spec.heightPx, spec.pixelsPerPoint);
    spec.timeline.highlightFlow = spec.timeline.highlightMarker = -1;  // hover is not content
    spec.overlays.leftInsetPx = 0.f;
    spec.tile = {};
    applyExportChoices(r.choices, spec);
    return spec;
}

void FrameBuilder::applyExportChoices(const ExportChoices& c, FrameSpec& spec) {
    spec.transparent = c.transparent;
    spec.timeline.legend = spec.timeline.legend && c.legend;
    spec.overlays.scaleBar = c.scaleBar;
    spec.overlays.attribution = c.attribution;
    spec.overlays.inset = c.inset;
    if (!c.titleAndCaption) {
        spec.overlays.title.clear();
        spec.overlays.subtitle.clear();
        spec.overlays.captionTitle.clear();
        spec.overlays.caption.clear();
    }
}

}  // namespace scene
