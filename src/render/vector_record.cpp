// MapRenderer's overlays for the vector export: the furniture plan's items in the order the GL
// path draws them (drawOverlays executes the same plan), so the vector export draws the very
// composition the PNG shows. The inset's overview map is GL only.
#include "render/map_renderer.h"

namespace render {

OverlayRecord MapRenderer::recordOverlays(const scene::FrameSpec& spec) {
    OverlayRecord record;
    if (!m_text) return record;
    record.regularFont = m_text->regularFontFile();
    record.boldFont = m_text->boldFontFile();
    record.items = planFurniture(spec).drawOrder();
    return record;
}

}  // namespace render
