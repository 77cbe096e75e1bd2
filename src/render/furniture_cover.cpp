// What a frame's furniture covers whatever the view shows: the rectangles a story step's box is
// framed around (scene::fitCameraInside), from the plan that draws them.
#include "render/map_renderer.h"

namespace render {

std::vector<scene::ScreenRect> MapRenderer::furnitureCoverPx(const scene::FrameSpec& specIn) const {
    std::vector<scene::ScreenRect> out;
    if (!m_furniture->hasFonts()) return out;
    scene::FrameSpec spec = specIn;
    spec.tile = {};
    // Cards pinned to places (and the route's tonnage tag) and the edge indicators move with the
    // view: they are not what the view is framed around.
    for (const scene::LabelBox& b : planFurniture(spec, false).coverPx())
        out.push_back({b.x0, b.y0, b.x1, b.y1});
    return out;
}

}  // namespace render
