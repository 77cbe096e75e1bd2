// MapRenderer's locator inset (FrameSpec::Overlays::inset): a small overview of the whole loaded
// map at the bottom right, above the attribution, with the frame's view drawn on it as a
// rectangle. The overview is the base map's polygon fills (land, countries) drawn again through
// a camera that fits the map's bounds into the inset, single-sample, in the box the furniture
// plan gives it on the whole frame, so every tile of an export draws its part of it
// (FurniturePass draws the panel under it and the view's frame over it).
#include "render/map_renderer.h"

namespace render {

int MapRenderer::drawInsetMap(glm::vec2 lo, glm::vec2 hi, int targetHeightPx) {
    const glm::dvec2 insetPx(hi.x - lo.x, hi.y - lo.y);
    const scene::Camera overview = scene::fitCamera(m_mapBoundsMin, m_mapBoundsMax, insetPx);
    // The inset's pixels as a viewport (GL counts rows from the bottom), clipped to it.
    const int vx = static_cast<int>(lo.x), vy = targetHeightPx - static_cast<int>(hi.y);
    const int vw = static_cast<int>(insetPx.x), vh = static_cast<int>(insetPx.y);
    glEnable(GL_SCISSOR_TEST);
    glScissor(vx, vy, vw, vh);
    glViewport(vx, vy, vw, vh);
    glDisable(GL_STENCIL_TEST);
    glEnable(GL_BLEND);
    glBlendEquation(GL_FUNC_ADD);
    glBlendFunc(GL_ONE, GL_ONE_MINUS_SRC_ALPHA);
    const glm::mat4 mvp = overview.clipFromLocal(m_originWorld, insetPx);
    const double mpp = overview.metresPerPx;
    int calls = 0;
    const auto& layers = m_base->layers();
    const auto& gpu = m_base->gpuLayers();
    for (size_t i = 0; i < layers.size() && i < gpu.size(); ++i) {
        // The land and the countries as the map shows them (layers on by default).
        if (layers[i].kind != scene::LayerKind::Polygon || !layers[i].visible) continue;
        const PolygonLayer& fill = gpu[i]->fillFor(mpp);
        if (fill.empty()) continue;
        fill.draw(*m_base->polygonProgram(), mvp);
        ++calls;
    }
    glDisable(GL_SCISSOR_TEST);
    return calls;
}

}  // namespace render
