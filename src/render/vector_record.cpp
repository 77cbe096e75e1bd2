// MapRenderer's overlays for the vector export: the furniture plan's items in the order the GL
// path draws them (drawOverlays executes the same plan), so the vector export draws the very
// composition the PNG shows. The inset's overview map is GL only.
#include "render/map_renderer.h"

namespace render {

OverlayRecord MapRenderer::recordOverlays(const scene::FrameSpec& spec) {
    if (!m_furniture->hasFonts()) return {};
    return m_furniture->record(planFurniture(spec));
}

}  // namespace render
