// MapRenderer's legend: what it shows for the frame's timeline (render/timeline_pass.h draws the
// timeline itself); the furniture plan lays it out with the rest of the overlays
// (map_overlays.cpp).
#include "render/map_renderer.h"
#include "render/timeline_style.h"
#include "scene/ui_text.h"

#include <algorithm>
#include <cmath>

namespace render {

scene::LegendSpec MapRenderer::legendFor(const scene::FrameSpec& spec) const {
    const TimelinePass& timeline = *m_timelinePass;
    scene::LegendContext context;
    if (timeline.has() && spec.timeline.markers) {
        context.markerMaxAmountUsd = timeline.geometry().markerMaxAmountUsd;
    }
    if (timeline.has() && spec.timeline.route && timeline.volumes().maxTonnes > 0.0) {
        for (const auto& seg : timeline.geometry().route)
            context.cargoParticles |= seg.carriesVolume;
    }
    context.language = spec.labels.language;  // the furniture speaks the labels' language
    if (timeline.has() && spec.timeline.arcs && timeline.aggregation().active())
        context.aggregate = scene::aggregateNoteAt(timeline.aggregation().result(), spec.year);
    scene::LegendSpec legend = scene::buildLegend(
        timeline.arcScale(), scene::paletteFor(m_themes, spec.theme), spec.year, context);
    if (!spec.overlays.title.empty()) legend.title = spec.overlays.title;
    legend.subtitle = spec.overlays.subtitle;
    // The year line says what the arcs show: a window of years, or everything.
    const scene::TimelineView& view = spec.timeline.view;
    const int shownYear = static_cast<int>(std::floor(spec.year));
    if (view.mode == data::TimeMode::Window && view.windowYears > 1) {
        legend.yearText = std::to_string(shownYear - view.windowYears + 1) + "\xE2\x80\x93" +
                          std::to_string(shownYear);
    } else if (view.mode == data::TimeMode::All) {
        legend.yearText = scene::uiText("All years", scene::uiLanguage(context.language));
    }
    return legend;
}

}  // namespace render
