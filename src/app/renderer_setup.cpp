#include "app/renderer_setup.h"

#include "app/fonts.h"
#include "render/stage_trace.h"
#include "scene/volume_series.h"

namespace app {

void uploadTimeline(render::MapRenderer& renderer, const MapSession& session) {
    std::vector<data::Sector> sectors;
    sectors.reserve(session.timeline.arcs.size());
    const auto& flows = session.dataset.flows();
    for (const auto& a : session.timeline.arcs) {
        sectors.push_back(a.flowIndex < flows.size() ? flows[a.flowIndex].sector
                                                     : data::Sector::OtherEconomic);
    }
    renderer.setTimeline(session.timeline, scene::volumeSeries(session.dataset), std::move(sectors),
                         &session.dataset);
    renderer.setLabels(sessionLabels(session));
}

RendererFonts findRendererFonts() {
    // Noto Sans (fonts-noto-core), else DejaVu Sans: whatever fontconfig matches best.
    RendererFonts f;
    f.regular = findFontFile("Noto Sans");
    f.bold = findFontFile("Noto Sans:bold");
    if (f.regular.empty()) f.regular = findFontFile("DejaVu Sans");
    if (f.bold.empty()) f.bold = f.regular;
    f.labels = findLabelFonts();
    return f;
}

void prepareFonts(render::MapRenderer& renderer, std::vector<std::string>* warnings) {
    prepareFonts(renderer, findRendererFonts(), warnings);
}

void prepareFonts(render::MapRenderer& renderer, const RendererFonts& fonts,
                  std::vector<std::string>* warnings) {
    render::StageTrace trace("setup");  // CORRIDOR_TRACE=1
    std::string err;
    if (fonts.regular.empty()) {
        if (warnings)
            warnings->push_back("no font found (install fonts-noto-core): the legend is not drawn");
    } else if (!renderer.setFonts(fonts.regular, fonts.bold, &err)) {
        if (warnings) warnings->push_back(err + ": the legend is not drawn");
    }
    trace.mark("legend fonts", true);
    const LabelFontFiles& labelFonts = fonts.labels;
    if (!labelFonts.regular.empty() &&
        !renderer.setLabelFonts(
            {labelFonts.regular, labelFonts.bold, labelFonts.italic, labelFonts.cjk}, &err)) {
        if (warnings) warnings->push_back(err + ": map labels are not drawn");
    }
    trace.mark("label fonts", true);
}

void prepareMap(render::MapRenderer& renderer, const MapSession& session,
                render::BaseMapPass::Vertices* vertices, bool linesOnFirstDraw) {
    render::StageTrace trace("setup");  // CORRIDOR_TRACE=1
    renderer.setMap(session.map, session.manifest->themes, vertices, linesOnFirstDraw);
    renderer.setGlyphCacheDir(session.cacheDir);
    trace.mark("map edges, upload", true);
    uploadTimeline(renderer, session);
    trace.mark("timeline upload", true);
}

void prepareRenderer(render::MapRenderer& renderer, const MapSession& session,
                     std::vector<std::string>* warnings) {
    prepareMap(renderer, session);
    prepareFonts(renderer, warnings);
}

}  // namespace app
