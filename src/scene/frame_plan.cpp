// scene::planFrame (frame_plan.h): the furniture's inputs gathered from the loaded model, laid
// out by planFurniture, and the boxes the labels keep clear of. Positions are reckoned in a
// tile's own pixels and shifted by its offset, as the renderer draws them, so a tile's plan is
// the whole frame's.
#include "scene/frame_plan.h"

#include "scene/scale_bar.h"
#include "scene/ui_text.h"

#include <cmath>

namespace scene {

namespace {

Palette framePalette(const FrameModel& model, const std::string& theme) {
    return model.themes ? paletteFor(*model.themes, theme) : builtinPalette(theme);
}

}  // namespace

Camera wholeFrameCamera(const FrameSpec& spec) {
    Camera view = spec.camera;
    if (spec.tile.frameWidthPx > 0) {
        const glm::dvec2 frame(frameSizePx(spec));
        const glm::dvec2 tileCentre = glm::dvec2(spec.tile.offsetXPx, spec.tile.offsetYPx) +
                                      0.5 * glm::dvec2(spec.widthPx, spec.heightPx);
        const glm::dvec2 d = tileCentre - 0.5 * frame;
        view.centerWorld -= glm::dvec2(d.x, -d.y) * spec.camera.metresPerPx;
    }
    return view;
}

std::optional<FrameSpec::Callout> tonnageCard(const FrameModel& model, const FrameSpec& spec) {
    if (!model.hasTimeline() || !model.timeline.volumes || !spec.timeline.route)
        return std::nullopt;
    const VolumeSeries& volumes = *model.timeline.volumes;
    std::optional<VolumeTag> tag = volumeTag(volumes, model.timeline.geometry->route, spec.year);
    if (!tag) return std::nullopt;
    // The tag in the labels' language, from the same sourced figure.
    const UiLanguage lang = uiLanguage(spec.labels.language);
    const int year = static_cast<int>(std::floor(spec.year));
    for (const auto& y : volumes.years) {
        if (y.year != year || lang == UiLanguage::En) continue;
        tag->title = tonnageTagTitle(y.tonnes, year, lang);
        tag->detail = tonnageTagDetail(lang);
    }
    return FrameSpec::Callout{tag->title, tag->detail, tag->world, 1.f};
}

std::vector<EdgeIndicator> frameEdgeIndicators(const FrameModel& model, const FrameSpec& spec) {
    const FrameModel::Timeline& t = model.timeline;
    if (!model.hasTimeline() || !t.dataset || !spec.overlays.edgeIndicators) return {};
    EdgeIndicatorInput in;
    in.camera = wholeFrameCamera(spec);
    in.frameSizePx = glm::dvec2(frameSizePx(spec));
    in.year = spec.year;
    in.dataset = t.dataset;
    if (spec.timeline.arcs) in.arcs = t.drawnArcs;
    if (spec.timeline.route) in.route = &t.geometry->route;
    in.projection = model.projection;
    return edgeIndicators(in);
}

LegendSpec frameLegend(const FrameModel& model, const FrameSpec& spec) {
    const FrameModel::Timeline& t = model.timeline;
    LegendContext context;
    if (model.hasTimeline() && spec.timeline.markers)
        context.markerMaxAmountUsd = t.geometry->markerMaxAmountUsd;
    if (model.hasTimeline() && spec.timeline.route && t.volumes && t.volumes->maxTonnes > 0.0) {
        for (const auto& seg : t.geometry->route) context.cargoParticles |= seg.carriesVolume;
    }
    context.language = spec.labels.language;  // the furniture speaks the labels' language
    if (spec.timeline.arcs && t.aggregation && t.aggregation->active())
        context.aggregate = aggregateNoteAt(t.aggregation->result(), spec.year);
    LegendSpec legend = buildLegend(t.arcScale ? *t.arcScale : ArcScale{},
                                    framePalette(model, spec.theme), spec.year, context);
    if (!spec.overlays.title.empty()) legend.title = spec.overlays.title;
    legend.subtitle = spec.overlays.subtitle;
    // The year line says what the arcs show: a window of years, or everything.
    const TimelineView& view = spec.timeline.view;
    const int shownYear = static_cast<int>(std::floor(spec.year));
    if (view.mode == data::TimeMode::Window && view.windowYears > 1) {
        legend.yearText = std::to_string(shownYear - view.windowYears + 1) + "\xE2\x80\x93" +
                          std::to_string(shownYear);
    } else if (view.mode == data::TimeMode::All) {
        legend.yearText = uiText("All years", uiLanguage(context.language));
    }
    return legend;
}

FurnitureInput furnitureInput(const FrameModel& model, const FrameSpec& spec, bool followView) {
    FurnitureInput in;
    const glm::vec2 frame(frameSizePx(spec));
    in.framePx = frame;
    in.pixelsPerPoint = static_cast<float>(spec.pixelsPerPoint);
    in.overlays = spec.overlays;
    in.overlays.callouts.clear();  // (the cards below, with their places on screen)
    in.language = spec.labels.language;
    in.palette = framePalette(model, spec.theme);
    const FrameSpec::Overlays& ov = spec.overlays;
    // Frame pixel -> this target's pixel.
    const glm::vec2 shift(-static_cast<float>(spec.tile.offsetXPx),
                          -static_cast<float>(spec.tile.offsetYPx));
    const glm::vec2 viewport(static_cast<float>(spec.widthPx), static_cast<float>(spec.heightPx));
    if (ov.scaleBar && model.projection) {
        // Measured at the whole frame's centre (a tile's camera is centred on the tile).
        const glm::dvec2 centre = glm::dvec2(frame.x * 0.5 + ov.leftInsetPx * 0.5, frame.y * 0.5) -
                                  glm::dvec2(spec.tile.offsetXPx, spec.tile.offsetYPx);
        in.groundMetresPerPx =
            groundMetresPerPx(*model.projection, spec.camera, centre, glm::dvec2(viewport));
    }
    if (followView) {
        // The year's TITR tonnage, pinned to the crossing it measures while the route is shown:
        // the first card placed, so event cards make room for it.
        std::vector<FrameSpec::Callout> cards;
        if (auto tag = tonnageCard(model, spec)) cards.push_back(*tag);
        cards.insert(cards.end(), ov.callouts.begin(), ov.callouts.end());
        const glm::dvec2 tileSize(viewport);
        for (const auto& c : cards) {
            const glm::vec2 anchor = glm::vec2(spec.camera.pxOf(c.world, tileSize)) - shift;
            in.cards.push_back({c.title, c.detail, anchor, c.opacity});
        }
        in.edgeIndicators = frameEdgeIndicators(model, spec);
    }
    if (model.hasTimeline() && spec.timeline.legend) in.legend = frameLegend(model, spec);
    if (ov.inset && model.mapBoundsMax.x > model.mapBoundsMin.x)
        in.inset =
            FurnitureInput::Inset{model.mapBoundsMin, model.mapBoundsMax, wholeFrameCamera(spec)};
    return in;
}

std::vector<LabelBox> labelReservedPx(const FurniturePlan& plan, const FrameSpec& spec) {
    // Not under the legend, the scale bar, the attribution, a caption card, an event card or an
    // edge indicator.
    std::vector<LabelBox> reserved;
    const float pad = 2.f * static_cast<float>(spec.pixelsPerPoint);
    for (const LabelBox& b : plan.reserved)
        reserved.push_back({b.x0 - pad, b.y0 - pad, b.x1 + pad, b.y1 + pad});
    if (plan.hasLegend()) {
        // The panel with its shadow, out to the frame's edges it stands against.
        const float margin = std::round(plan.legendStyle.marginPt * plan.legendPixelsPerPoint);
        const glm::vec2 lo = plan.legendOriginPx, hi = lo + plan.legendSizePx;
        const glm::vec2 frame(frameSizePx(spec));
        LabelBox box = plan.legendShadowBox();
        if (lo.y <= margin + 0.5f) box.y0 = 0.f;
        if (hi.x >= frame.x - margin - 0.5f) box.x1 = frame.x;
        if (lo.x <= spec.overlays.leftInsetPx + margin + 0.5f) box.x0 = 0.f;
        if (hi.y >= frame.y - margin - 0.5f) box.y1 = frame.y;
        reserved.push_back(box);
    }
    return reserved;
}

FramePlan planFrame(const FrameModel& model, const FrameSpec& spec, const FrameMetrics& metrics) {
    FramePlan plan;
    plan.labelNodeObstacles = spec.timeline.markers && model.hasTimeline();
    if (!metrics.furniture) return plan;
    plan.furniture = planFurniture(furnitureInput(model, spec, true), *metrics.furniture);
    plan.labelReservedPx = labelReservedPx(*plan.furniture, spec);
    return plan;
}

std::vector<LabelBox> furnitureCoverPx(const FrameModel& model, const FrameSpec& specIn,
                                       const FrameMetrics& metrics) {
    if (!metrics.furniture) return {};
    FrameSpec spec = specIn;
    spec.tile = {};
    // Cards pinned to places (and the route's tonnage tag) and the edge indicators move with the
    // view: they are not what the view is framed around.
    return planFurniture(furnitureInput(model, spec, false), *metrics.furniture).coverPx();
}

}  // namespace scene
