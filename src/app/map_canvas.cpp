#include "app/map_canvas.h"

#include "render/gl.h"

#include <algorithm>
#include <chrono>

namespace app {

bool MapCanvas::resize(int widthPx, int heightPx, bool* resized, std::string* error) {
    widthPx = std::max(widthPx, 1);
    heightPx = std::max(heightPx, 1);
    *resized = false;
    if (m_target && widthPx == m_widthPx && heightPx == m_heightPx) return true;
    m_widthPx = widthPx;
    m_heightPx = heightPx;
    m_shown = false;
    *resized = true;
    m_target = std::make_unique<render::RenderTarget>(widthPx, heightPx, 0, error);
    return m_target->valid();
}

MapCanvas::Drawn MapCanvas::draw(render::MapRenderer& renderer, const scene::FrameSpec& spec,
                                 bool settling, bool software, double labelDtSec) {
    Drawn out;
    if (!mapNeedsRedraw(m_shown, scene::sameFrame(spec, m_drawnSpec), m_labels.fading(), m_draft,
                        settling)) {
        // At rest, a strip of the cached base map's margin per frame, so the next pan or zoom
        // finds the map round the view.
        if (m_extendingCache && !settling) m_extendingCache = renderer.extendBaseCache(spec);
        return out;
    }
    const auto t0 = std::chrono::steady_clock::now();
    const scene::LabelPlacement& labels = m_labels.update(renderer, spec, labelDtSec);
    const render::FrameStats stats = settling ? renderer.drawMoving(spec, *m_target, &labels)
                                              : renderer.draw(spec, *m_target, &labels);
    glFinish();  // so the readout is the real cost of a map frame
    out.redrawn = true;
    out.ms =
        std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count();
    out.fromCache = stats.baseFromCache > 0;
    out.sharpAfterDraft = m_draft && !out.fromCache;
    m_draft = out.fromCache;
    m_shown = true;
    m_drawnSpec = spec;
    if (!m_draft && stats.baseRedraws > 0) {
        m_extendingCache = software;  // from the next frame: this one shows at once
        return out;
    }
    if (m_extendingCache && !settling) m_extendingCache = renderer.extendBaseCache(spec);
    return out;
}

void MapCanvas::blitToScreen() const {
    glBindFramebuffer(GL_READ_FRAMEBUFFER, m_target->resolvedFramebuffer());
    glBindFramebuffer(GL_DRAW_FRAMEBUFFER, 0);
    glBlitFramebuffer(0, 0, m_widthPx, m_heightPx, 0, 0, m_widthPx, m_heightPx, GL_COLOR_BUFFER_BIT,
                      GL_NEAREST);
    glBindFramebuffer(GL_FRAMEBUFFER, 0);
}

}  // namespace app
