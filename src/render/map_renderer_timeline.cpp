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
    scene::LegendContext context;
    if (m_hasTimeline && spec.timeline.markers) {
        context.markerMaxAmountUsd = m_timeline.markerMaxAmountUsd;
    }
    if (m_hasTimeline && spec.timeline.route && m_volumes.maxTonnes > 0.0) {
        for (const auto& seg : m_timeline.route) context.cargoParticles |= seg.carriesVolume;
    }
    context.language = spec.labels.language;  // the furniture speaks the labels' language
    if (m_hasTimeline && spec.timeline.arcs && m_timelinePass->aggregation().active())
        context.aggregate =
            scene::aggregateNoteAt(m_timelinePass->aggregation().result(), spec.year);
    scene::LegendSpec legend = scene::buildLegend(
        m_timelinePass->arcScale(), scene::paletteFor(m_themes, spec.theme), spec.year, context);
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
