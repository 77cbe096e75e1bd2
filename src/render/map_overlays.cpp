// MapRenderer's frame furniture: the legend, the scale bar (true distance at the frame's
// centre), the attribution line, a story step's caption card, event callouts pinned to places,
// edge indicators and the locator inset. scene::planFurniture lays them out on the whole frame
// from what is measured here; FurniturePass only executes that plan, shifted by the tile offset,
// so a tiled export draws each piece once, across seams, exactly where the untiled frame has it.
#include "render/map_renderer.h"
#include "scene/scale_bar.h"
#include "scene/ui_text.h"

#include <cmath>

namespace render {

namespace {

// The whole frame's camera, from a tile's (a tile's camera is centred on the tile).
scene::Camera wholeFrameCamera(const scene::FrameSpec& spec) {
    scene::Camera view = spec.camera;
    if (spec.tile.frameWidthPx > 0) {
        const glm::dvec2 frame(scene::frameSizePx(spec));
        const glm::dvec2 tileCentre = glm::dvec2(spec.tile.offsetXPx, spec.tile.offsetYPx) +
                                      0.5 * glm::dvec2(spec.widthPx, spec.heightPx);
        const glm::dvec2 d = tileCentre - 0.5 * frame;
        view.centerWorld -= glm::dvec2(d.x, -d.y) * spec.camera.metresPerPx;
    }
    return view;
}

}  // namespace

scene::FurniturePlan MapRenderer::planFurniture(const scene::FrameSpec& spec,
                                                bool followView) const {
    scene::FurnitureInput in;
    const glm::vec2 frame(scene::frameSizePx(spec));
    in.framePx = frame;
    in.pixelsPerPoint = static_cast<float>(spec.pixelsPerPoint);
    in.overlays = spec.overlays;
    in.overlays.callouts.clear();  // (the cards below, with their places on screen)
    in.language = spec.labels.language;
    in.palette = scene::paletteFor(m_themes, spec.theme);
    const scene::FrameSpec::Overlays& ov = spec.overlays;
    // Frame pixel -> this target's pixel.
    const glm::vec2 shift(-static_cast<float>(spec.tile.offsetXPx),
                          -static_cast<float>(spec.tile.offsetYPx));
    const glm::vec2 viewport(static_cast<float>(spec.widthPx), static_cast<float>(spec.heightPx));
    if (ov.scaleBar && m_projection) {
        // Measured at the whole frame's centre (a tile's camera is centred on the tile).
        const glm::dvec2 centre = glm::dvec2(frame.x * 0.5 + ov.leftInsetPx * 0.5, frame.y * 0.5) -
                                  glm::dvec2(spec.tile.offsetXPx, spec.tile.offsetYPx);
        in.groundMetresPerPx =
            scene::groundMetresPerPx(*m_projection, spec.camera, centre, glm::dvec2(viewport));
    }
    if (followView) {
        // The year's TITR tonnage, pinned to the crossing it measures while the route is shown:
        // the first card placed, so event cards make room for it.
        std::vector<scene::FrameSpec::Callout> cards;
        const scene::UiLanguage lang = scene::uiLanguage(spec.labels.language);
        if (m_timelinePass->has() && spec.timeline.route) {
            const scene::VolumeSeries& volumes = m_timelinePass->volumes();
            if (auto tag = scene::volumeTag(volumes, m_timelinePass->geometry().route, spec.year)) {
                // The tag in the labels' language, from the same sourced figure.
                const int year = static_cast<int>(std::floor(spec.year));
                for (const auto& y : volumes.years) {
                    if (y.year != year || lang == scene::UiLanguage::En) continue;
                    tag->title = scene::tonnageTagTitle(y.tonnes, year, lang);
                    tag->detail = scene::tonnageTagDetail(lang);
                }
                cards.push_back({tag->title, tag->detail, tag->world, 1.f});
            }
        }
        cards.insert(cards.end(), ov.callouts.begin(), ov.callouts.end());
        const glm::dvec2 tileSize(viewport);
        for (const auto& c : cards) {
            const glm::vec2 anchor = glm::vec2(spec.camera.pxOf(c.world, tileSize)) - shift;
            in.cards.push_back({c.title, c.detail, anchor, c.opacity});
        }
        in.edgeIndicators = edgeIndicatorsFor(spec);
    }
    if (m_timelinePass->has() && spec.timeline.legend) in.legend = legendFor(spec);
    if (ov.inset && m_mapBoundsMax.x > m_mapBoundsMin.x)
        in.inset =
            scene::FurnitureInput::Inset{m_mapBoundsMin, m_mapBoundsMax, wholeFrameCamera(spec)};
    return scene::planFurniture(in, m_furniture->metrics());
}

void MapRenderer::drawOverlays(const scene::FrameSpec& spec, FrameStats* stats) {
    if (!m_furniture->hasFonts()) return;
    FurniturePass::InsetMap insetMap;
    if (!m_base->gpuLayers().empty()) {
        insetMap = [this, &spec](glm::vec2 lo, glm::vec2 hi) {
            return drawInsetMap(lo, hi, spec.heightPx);
        };
    }
    stats->drawCalls += m_furniture->draw(planFurniture(spec), spec, insetMap);
}

}  // namespace render
