#include "app/export_vector.h"

#include "app/fonts.h"

namespace app {

bool writeVectorFrame(render::MapRenderer& renderer, const MapSession& session,
                      const scene::FrameSpec& spec, render::VectorFormat format,
                      const std::string& path, std::string* error, render::VectorStats* stats) {
    render::VectorScene scene;
    scene.map = &session.map;
    if (session.manifest) scene.themes = session.manifest->themes;
    scene.timeline = &session.timeline;
    scene.dataset = &session.dataset;
    const auto& flows = session.dataset.flows();
    for (const auto& a : session.timeline.arcs) {
        scene.sectorOfArc.push_back(a.flowIndex < flows.size() ? flows[a.flowIndex].sector
                                                               : data::Sector::OtherEconomic);
    }
    scene.labels = &renderer.labels();
    scene.placement = renderer.placeLabels(spec);
    const LabelFontFiles fonts = findLabelFonts();
    scene.labelFonts = {fonts.regular, fonts.bold, fonts.italic, fonts.cjk};
    scene.overlays = renderer.recordOverlays(spec);
    return render::exportVector(scene, spec, format, path, error, stats);
}

}  // namespace app
