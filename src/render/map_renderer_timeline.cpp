// MapRenderer's timeline part: the corridor, the investment arcs, the destination markers and
// the legend over the cached base map. Only uniforms change from frame to frame.
#include "render/map_renderer.h"
#include "scene/ui_text.h"

#include <cmath>

namespace render {

void MapRenderer::setTimeline(const scene::TimelineGeometry& timeline,
                              const scene::VolumeSeries& volumes,
                              std::vector<data::Sector> sectorOfArc, const data::Dataset* dataset) {
    m_timeline = timeline;
    m_dataset = dataset ? std::make_unique<data::Dataset>(*dataset) : nullptr;
    m_sectorOfArc = std::move(sectorOfArc);
    m_arcScale = timeline.scale;
    m_volumes = volumes;
    m_arcs->upload(timeline.arcs, m_originWorld);
    m_arcTheme = "dark";  // buildTimelineGeometry colours arcs for the dark theme
    m_appliedView = {};
    m_route->upload(timeline.route, m_originWorld);
    m_markers->upload(timeline.nodes, timeline.markers, timeline.markerMaxAmountUsd, m_originWorld);
    m_hasTimeline = true;
}

void MapRenderer::refreshTimeline(const std::string& theme, const scene::TimelineView& view) {
    const bool recolour = m_arcTheme != theme && !m_sectorOfArc.empty();
    const bool reView = m_dataset && view != m_appliedView;
    if (!recolour && !reView) return;
    // Once per change of theme or view, never per frame.
    std::vector<scene::ArcInstance> arcs;
    std::vector<scene::DestinationMarker> markers;
    if (m_dataset) {
        scene::applyTimelineView(*m_dataset, m_timeline, view, &arcs, reView ? &markers : nullptr);
    } else {
        arcs = m_timeline.arcs;
    }
    for (size_t i = 0; i < arcs.size() && i < m_sectorOfArc.size(); ++i)
        arcs[i].color = scene::sectorColor(m_sectorOfArc[i], theme);
    m_arcs->upload(arcs, m_originWorld);
    if (reView) {
        m_markers->upload(m_timeline.nodes, markers, m_timeline.markerMaxAmountUsd, m_originWorld);
    }
    m_arcTheme = theme;
    if (m_dataset) m_appliedView = view;
}

bool MapRenderer::setFonts(const std::string& regularFile, const std::string& boldFile,
                           std::string* error) {
    m_text = TextRenderer::create(regularFile, boldFile, error);
    return m_text != nullptr;
}

size_t MapRenderer::timelineUploads() const {
    return static_cast<size_t>(m_arcs->uploadCount() + m_route->uploadCount() +
                               m_markers->uploadCount());
}

namespace {

glm::vec4 straight(const char* hex, float alpha = 1.f) {
    const scene::Rgba c = scene::parseColor(hex).value_or(scene::Rgba{});
    return {c.r, c.g, c.b, c.a * alpha};
}

}  // namespace

void MapRenderer::drawTimeline(const scene::FrameSpec& spec, const glm::mat4& mvp,
                               FrameStats* stats) {
    if (!m_hasTimeline) return;
    const std::string theme = scene::canonicalThemeName(spec.theme);
    const bool dark = theme != "light";
    refreshTimeline(theme, spec.timeline.view);
    const glm::vec2 viewport(static_cast<float>(spec.widthPx), static_cast<float>(spec.heightPx));
    const float ppt = static_cast<float>(spec.pixelsPerPoint);
    const float year = static_cast<float>(spec.year);
    const float timeSec = static_cast<float>(spec.animPhase);
    if (spec.timeline.route) {
        RouteDrawParams p;
        p.mvp = mvp;
        p.viewportPx = viewport;
        p.pixelsPerPoint = ppt;
        p.year = year;
        p.timeSec = timeSec;
        p.flowDensity = scene::volumeDensityAt(m_volumes, spec.year);
        p.railColor = dark ? straight("#efe3c6") : straight("#3a3129");
        p.seaColor = dark ? straight("#8fd3f4") : straight("#1f6fa3");
        p.roadColor = dark ? straight("#c9b27c") : straight("#8a6d3b");
        p.casingColor = dark ? straight("#0b0f14", 0.55f) : straight("#ffffff", 0.75f);
        p.particleColor = dark ? straight("#ffd27a") : straight("#d55e00");
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
        stats->drawCalls += m_arcs->draw(p);
    }
    if (spec.timeline.markers) {
        MarkerDrawParams p;
        p.mvp = mvp;
        p.viewportPx = viewport;
        p.pixelsPerPoint = ppt;
        p.year = year;
        p.nodeFill = dark ? straight("#f3e6c4") : straight("#ffffff");
        p.nodeStroke = dark ? straight("#15191d") : straight("#3b3026");
        p.destFill = dark ? straight("#e69f00", 0.22f) : straight("#d55e00", 0.16f);
        p.destStroke = dark ? straight("#f0b54a", 0.9f) : straight("#b5540c", 0.85f);
        p.destMaxRadiusPt = scene::kMarkerMaxRadiusPt;
        p.destMinRadiusPt = scene::kMarkerMinRadiusPt;
        p.highlightMarker = spec.timeline.highlightMarker;
        stats->drawCalls += m_markers->draw(p);
    }
}

scene::LegendSpec MapRenderer::legendFor(const scene::FrameSpec& spec) const {
    const std::string theme = scene::canonicalThemeName(spec.theme);
    scene::LegendContext context;
    if (m_hasTimeline && spec.timeline.markers) {
        context.markerMaxAmountUsd = m_timeline.markerMaxAmountUsd;
    }
    if (m_hasTimeline && spec.timeline.route && m_volumes.maxTonnes > 0.0) {
        for (const auto& seg : m_timeline.route) context.cargoParticles |= seg.carriesVolume;
    }
    context.language = spec.labels.language;  // the furniture speaks the labels' language
    scene::LegendSpec legend = scene::buildLegend(m_arcScale, theme, spec.year, context);
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

void MapRenderer::drawOverlays(const scene::FrameSpec& spec, FrameStats* stats) {
    if (!m_text) return;
    const std::string theme = scene::canonicalThemeName(spec.theme);
    LegendStyle style = legendStyleFor(theme);
    // Top right: the flows from China bow south (left of their westward travel), and the
    // window's panel covers the left edge.
    style.corner = LegendCorner::TopRight;
    const float ppt = static_cast<float>(spec.pixelsPerPoint);
    const scene::LegendSpec legend = legendFor(spec);
    const bool showLegend = m_hasTimeline && spec.timeline.legend;
    const glm::vec2 legendSize =
        showLegend ? legendSizePx(legend, style, *m_text, ppt) : glm::vec2(0.f);
    drawFurniture(spec, legendSize, stats);
    if (!showLegend) return;
    glm::vec2 viewport(static_cast<float>(spec.widthPx), static_cast<float>(spec.heightPx));
    if (spec.tile.frameWidthPx > 0) {
        // A tile of a larger frame. drawLegend lays the panel out against the right and top
        // edges of `viewport` and maps that viewport onto the target from its bottom-left
        // corner. A viewport from the tile's left edge to the frame's right edge, and from the
        // frame's top edge down to the tile's bottom edge, puts the panel exactly where it lies
        // in the whole frame (whole pixels apart, so text snaps the same way).
        const glm::vec2 frame(scene::frameSizePx(spec));
        const float reach = (style.marginPt + 3.f * style.shadowBlurPt) * ppt;  // with shadow
        const bool touches = static_cast<float>(spec.tile.offsetXPx + spec.widthPx) >=
                                 frame.x - legendSize.x - reach &&
                             static_cast<float>(spec.tile.offsetYPx) <= legendSize.y + reach;
        if (!touches) return;
        viewport = {frame.x - static_cast<float>(spec.tile.offsetXPx),
                    static_cast<float>(spec.tile.offsetYPx + spec.heightPx)};
    }
    drawLegend(legend, style, *m_text, *m_overlay, viewport, ppt);
    glViewport(0, 0, spec.widthPx, spec.heightPx);
    stats->drawCalls += 2;
}

}  // namespace render
