// MapRenderer's overlays recorded instead of drawn: the same layout code (drawOverlays, with
// the legend and the furniture) runs with the overlay batch and the text renderer in recording
// mode, so the vector export draws the very composition the PNG shows.
#include "render/map_renderer.h"

namespace render {

OverlayRecord MapRenderer::recordOverlays(const scene::FrameSpec& spec) {
    OverlayRecord record;
    if (!m_text) return record;
    record.regularFont = m_text->regularFontFile();
    record.boldFont = m_text->boldFontFile();
    m_overlay->setRecord(&record);
    m_text->setRecord(&record);
    FrameStats stats;
    drawOverlays(spec, &stats);
    m_overlay->setRecord(nullptr);
    m_text->setRecord(nullptr);
    return record;
}

}  // namespace render
