// The window's map picture: the render target at the drawable's size, which frame it holds,
// and when to draw again. A frame is redrawn only when the picture changes (the spec, a label
// fade); on software GL, while the camera settles, frames are drafts from the cached base map
// moved and scaled (MapRenderer::drawMoving), then one full-quality frame, then the cache's
// margin a strip per frame at rest. The GL context must outlive it.
#pragma once

#include "app/window_labels.h"
#include "render/map_renderer.h"
#include "scene/frame_spec.h"

#include <memory>
#include <string>

namespace app {

// Whether the map must be drawn again: nothing shown yet, another picture, labels fading, or a
// draft on screen once the camera stopped settling.
inline bool mapNeedsRedraw(bool shown, bool sameFrame, bool labelsFading, bool draft,
                           bool settling) {
    return !shown || !sameFrame || labelsFading || (draft && !settling);
}

class MapCanvas {
public:
    struct Drawn {
        bool redrawn = false;
        double ms = 0.0;               // the redraw's cost, glFinish included
        bool fromCache = false;        // a draft from the cached base map
        bool sharpAfterDraft = false;  // the full-quality frame after drafts
    };

    // A target of the drawable's size (at least 1x1); false with *error when GL cannot make one.
    // *resized: a new target was made (the old picture is gone).
    bool resize(int widthPx, int heightPx, bool* resized, std::string* error);
    // Draws `spec` when the picture changed (see mapNeedsRedraw); `settling` (software GL while
    // the camera moves or just stopped) draws a draft. `labelDtSec` advances label fades.
    Drawn draw(render::MapRenderer& renderer, const scene::FrameSpec& spec, bool settling,
               bool software, double labelDtSec);
    // The last frame onto the window's framebuffer.
    void blitToScreen() const;
    // The renderer drew something else (an export, a thumbnail): the next frame draws again.
    void invalidate() { m_shown = false; }
    bool hasPicture() const { return m_shown; }
    // Frames keep coming: a draft, the cache's margin, or labels fading.
    bool busy() const { return m_draft || m_extendingCache || m_labels.fading(); }
    const scene::FrameSpec& drawnSpec() const { return m_drawnSpec; }
    render::RenderTarget& target() { return *m_target; }
    int width() const { return m_widthPx; }
    int height() const { return m_heightPx; }

private:
    std::unique_ptr<render::RenderTarget> m_target;
    int m_widthPx = 0, m_heightPx = 0;
    bool m_shown = false;  // m_target holds the picture of m_drawnSpec
    bool m_draft = false;
    bool m_extendingCache = false;
    scene::FrameSpec m_drawnSpec;
    WindowLabels m_labels;  // label placement with hysteresis and fades across frames
};

}  // namespace app
