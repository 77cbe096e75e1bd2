// TimelinePass (timeline_pass.h): the corridor, the investment arcs and the destination markers
// over the cached base map. Only uniforms change from frame to frame.
#include "render/timeline_pass.h"

#include "render/timeline_style.h"

namespace render {

namespace {

bool sameSectorColours(const scene::Palette& a, const scene::Palette& b) {
    return a.sectorTransport == b.sectorTransport && a.sectorEnergy == b.sectorEnergy &&
           a.sectorOther == b.sectorOther;
}

}  // namespace

std::unique_ptr<TimelinePass> TimelinePass::create(std::string* error) {
    std::unique_ptr<TimelinePass> r(new TimelinePass());
    r->m_arcs = ArcLayer::create(error);
    if (r->m_arcs) r->m_route = RouteLayer::create(error);
    if (r->m_route) r->m_markers = MarkerLayer::create(error);
    return r->m_markers ? std::move(r) : nullptr;
}

void TimelinePass::setMapFrame(const glm::dvec2& originWorld,
                               const std::vector<scene::Theme>& themes) {
    m_originWorld = originWorld;
    m_themes = themes;
}

void TimelinePass::setTimeline(const scene::TimelineGeometry& timeline,
                               const scene::VolumeSeries& volumes,
                               std::vector<data::Sector> sectorOfArc,
                               const data::Dataset* dataset) {
    m_timeline = timeline;
    m_dataset = dataset ? std::make_unique<data::Dataset>(*dataset) : nullptr;
    m_sectorOfArc = std::move(sectorOfArc);
    m_arcScale = timeline.scale;
    m_volumes = volumes;
    m_aggregation.reset(timeline.arcs, m_aggregateFlows);
    // Aggregated arcs are uploaded by the first frame, at its zoom level.
    if (!m_aggregation.active()) m_arcs->upload(timeline.arcs, m_originWorld);
    // Kept for the edge indicators, which need the data set (none in the bench's synthetic sets).
    if (m_dataset)
        m_drawnArcs = timeline.arcs;
    else
        m_drawnArcs.clear();
    // buildTimelineGeometry colours arcs with the built-in dark palette: the first frame
    // recolours them when the manifest's dark palette has other sector colours.
    m_arcTheme =
        sameSectorColours(scene::paletteFor(m_themes, "dark"), scene::builtinPalette("dark"))
            ? "dark"
            : "";
    m_appliedView = {};
    m_route->upload(timeline.route, m_originWorld);
    m_markers->upload(timeline.nodes, timeline.markers, timeline.markerMaxAmountUsd, m_originWorld);
    m_hasTimeline = true;
}

void TimelinePass::refresh(const std::string& theme, const scene::TimelineView& view,
                           int clusterLevel) {
    const bool aggregated = m_aggregation.active();
    const bool reAggregate = m_aggregation.stale(clusterLevel, view);
    const bool recolour = m_arcTheme != theme && (!m_sectorOfArc.empty() || aggregated);
    const bool reView = m_dataset && view != m_appliedView;
    if (!recolour && !reView && !reAggregate) return;
    // Once per change of theme, view or (aggregated) zoom level, never per frame.
    std::vector<scene::ArcInstance> arcs;
    std::vector<scene::DestinationMarker> markers;
    if (m_dataset) {
        scene::applyTimelineView(*m_dataset, m_timeline, view, &arcs, reView ? &markers : nullptr);
    } else if (!aggregated) {
        arcs = m_timeline.arcs;
    }
    const scene::Palette palette = scene::paletteFor(m_themes, theme);
    for (size_t i = 0; i < arcs.size() && i < m_sectorOfArc.size(); ++i)
        arcs[i].color = scene::sectorColor(m_sectorOfArc[i], palette);
    if (reAggregate) {
        m_aggregation.aggregate(m_dataset ? arcs : m_timeline.arcs, clusterLevel, view, palette);
    } else if (aggregated) {
        m_aggregation.recolour(palette);
    }
    m_arcs->upload(aggregated ? m_aggregation.result().arcs : arcs, m_originWorld);
    m_drawnArcs = std::move(arcs);
    if (reView) {
        m_markers->upload(m_timeline.nodes, markers, m_timeline.markerMaxAmountUsd, m_originWorld);
    }
    m_arcTheme = theme;
    if (m_dataset) m_appliedView = view;
}

size_t TimelinePass::uploads() const {
    return static_cast<size_t>(m_arcs->uploadCount() + m_route->uploadCount() +
                               m_markers->uploadCount());
}

void TimelinePass::draw(const scene::FrameSpec& spec, const glm::mat4& mvp, FrameStats* stats) {
    if (!m_hasTimeline) return;
    const std::string theme = scene::canonicalThemeName(spec.theme);
    const scene::Palette palette = scene::paletteFor(m_themes, theme);
    refresh(theme, spec.timeline.view, scene::clusterLevelFor(spec.camera, spec.pixelsPerPoint));
    const glm::vec2 viewport(static_cast<float>(spec.widthPx), static_cast<float>(spec.heightPx));
    const float ppt = static_cast<float>(spec.pixelsPerPoint);
    const float year = static_cast<float>(spec.year);
    const float timeSec = static_cast<float>(spec.animPhase);
    if (spec.timeline.route) {
        // Colours and widths, shared with the vector export.
        RouteDrawParams p = routeStyleFor(palette);
        p.mvp = mvp;
        p.viewportPx = viewport;
        p.pixelsPerPoint = ppt;
        p.year = year;
        p.timeSec = timeSec;
        p.flowDensity = scene::volumeDensityAt(m_volumes, spec.year);
        stats->drawCalls += m_route->draw(p);
    }
    if (spec.timeline.arcs) {
        ArcDrawParams p;
        p.mvp = mvp;
        p.viewportPx = viewport;
        p.pixelsPerPoint = ppt;
        p.year = year;
        p.timeSec = timeSec;
        p.highlightFlow = spec.timeline.highlightFlow;
        p.highlightSet = m_dataset && !spec.timeline.view.highlightFlows.empty();
        p.widthScale = spec.timeline.arcWidthScale;
        p.pulseColor = {palette.flowPulse.r, palette.flowPulse.g, palette.flowPulse.b};
        p.emphasisColor = {palette.flowEmphasis.r, palette.flowEmphasis.g, palette.flowEmphasis.b};
        if (m_aggregation.active()) {
            // Aggregated: the run of arcs of the year's slot (none before the first flow).
            const scene::AggregateSlot* slot =
                scene::aggregateSlotAt(m_aggregation.result(), spec.year);
            p.firstInstance = slot ? slot->firstArc : 0;
            p.instanceCount = slot ? slot->arcCount : 0;
        }
        stats->drawCalls += m_arcs->draw(p);
    }
    if (spec.timeline.markers) {
        MarkerDrawParams p = markerStyleFor(palette);
        p.mvp = mvp;
        p.viewportPx = viewport;
        p.pixelsPerPoint = ppt;
        p.year = year;
        p.highlightMarker = spec.timeline.highlightMarker;
        stats->drawCalls += m_markers->draw(p);
    }
}

}  // namespace render
