// BaseMapCache (base_map_cache.h): the base map of the last view kept in a texture, copied into
// every frame, moved and scaled while the view moves, and widened at rest strip by strip.
#include "render/base_map_cache.h"

#include "scene/style.h"

#include <algorithm>
#include <cmath>

namespace render {

namespace {

int maxTextureSize() {
    GLint tex = 0, rb = 0;
    glGetIntegerv(GL_MAX_TEXTURE_SIZE, &tex);
    glGetIntegerv(GL_MAX_RENDERBUFFER_SIZE, &rb);
    return std::max(1, std::min(tex, rb));
}

// Cache pixels (y down) -> GL's rows (y up) of a texture `heightPx` tall.
void blitInto(GLuint from, int fromW, int fromH, GLuint to, const scene::ScreenRect& toPx,
              int toHeightPx) {
    glBindFramebuffer(GL_READ_FRAMEBUFFER, from);
    glBindFramebuffer(GL_DRAW_FRAMEBUFFER, to);
    const int x0 = static_cast<int>(toPx.x0), x1 = static_cast<int>(toPx.x1);
    const int y0 = toHeightPx - static_cast<int>(toPx.y1),
              y1 = toHeightPx - static_cast<int>(toPx.y0);
    glBlitFramebuffer(0, 0, fromW, fromH, x0, y0, x1, y1, GL_COLOR_BUFFER_BIT, GL_NEAREST);
    glBindFramebuffer(GL_FRAMEBUFFER, 0);
}

}  // namespace

BaseMapCache::BaseMapCache(BaseMapPass& base) : m_base(base), m_emptyVao(gl::makeVertexArray()) {}

BaseMapCache::BaseKey BaseMapCache::keyFor(const scene::FrameSpec& spec) const {
    BaseKey k;
    k.width = spec.widthPx;
    k.height = spec.heightPx;
    k.pixelsPerPoint = spec.pixelsPerPoint;
    k.center = spec.camera.centerWorld;
    k.metresPerPx = spec.camera.metresPerPx;
    k.theme = scene::canonicalThemeName(spec.theme);
    k.layerOn = spec.layerOn;
    k.transparent = spec.transparent;
    k.generation = m_base.generation();
    k.tile = spec.tile;
    return k;
}

void BaseMapCache::allocate(const scene::BaseCacheLayout& layout) {
    if (!m_texture || m_view.layout.sizePx != layout.sizePx) {
        m_texture = gl::makeTexture();
        glBindTexture(GL_TEXTURE_2D, m_texture.id());
        glTexImage2D(GL_TEXTURE_2D, 0, GL_RGBA8, layout.sizePx.x, layout.sizePx.y, 0, GL_RGBA,
                     GL_UNSIGNED_BYTE, nullptr);
        // Linear for the moving frames' quad; the full-quality copy is a blit (pixel for pixel).
        glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MIN_FILTER, GL_LINEAR);
        glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MAG_FILTER, GL_LINEAR);
        glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_S, GL_CLAMP_TO_EDGE);
        glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_T, GL_CLAMP_TO_EDGE);
        glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MAX_LEVEL, 0);
        glBindTexture(GL_TEXTURE_2D, 0);
        m_framebuffer = gl::makeFramebuffer();
        glBindFramebuffer(GL_FRAMEBUFFER, m_framebuffer.id());
        glFramebufferTexture2D(GL_FRAMEBUFFER, GL_COLOR_ATTACHMENT0, GL_TEXTURE_2D, m_texture.id(),
                               0);
    }
    m_view.layout = layout;
    m_view.drawnPx.clear();
    // The margin not drawn yet is transparent: a moving frame shows the sea there.
    if (layout.marginPx != glm::ivec2(0)) {
        glBindFramebuffer(GL_FRAMEBUFFER, m_framebuffer.id());
        glDisable(GL_SCISSOR_TEST);
        glClearColor(0.f, 0.f, 0.f, 0.f);
        glClear(GL_COLOR_BUFFER_BIT);
    }
    glBindFramebuffer(GL_FRAMEBUFFER, 0);
}

bool BaseMapCache::update(const scene::FrameSpec& spec, const RenderTarget& target,
                          FrameStats& stats, bool margin) {
    const BaseKey key = keyFor(spec);
    if (m_texture && key == m_key) return false;
    const glm::ivec2 view(spec.widthPx, spec.heightPx);
    // Keep the margin's room when the cache has it for this size (the window): an export alone
    // never allocates more than its frame.
    const bool roomy =
        margin || (m_texture && m_view.viewPx == view && m_view.layout.marginPx != glm::ivec2(0));
    scene::BaseCacheLayout layout;
    layout.sizePx = view;
    if (roomy && spec.tile.frameWidthPx == 0)
        layout = scene::baseCacheLayout(view, maxTextureSize());
    m_key = BaseKey{};  // stale until drawn
    allocate(layout);
    m_base.draw(spec, target, stats);
    const scene::ScreenRect core = scene::baseCacheCore(layout, view);
    blitInto(target.resolvedFramebuffer(), spec.widthPx, spec.heightPx, m_framebuffer.id(), core,
             layout.sizePx.y);
    m_view.camera = spec.camera;
    m_view.viewPx = view;
    m_view.drawnPx.push_back(core);
    m_key = key;
    ++stats.baseRedraws;
    return true;
}

bool BaseMapCache::extend(const scene::FrameSpec& spec, FrameStats* stats) {
    if (!m_keep || !m_texture || spec.tile.frameWidthPx > 0 || !(keyFor(spec) == m_key))
        return false;
    const glm::ivec2 view(spec.widthPx, spec.heightPx);
    if (m_view.layout.marginPx == glm::ivec2(0)) {
        // The first time at rest: room for the margin, the core copied into its middle.
        const scene::BaseCacheLayout layout = scene::baseCacheLayout(view, maxTextureSize());
        if (layout.marginPx == glm::ivec2(0)) return false;
        gl::TextureHandle oldTexture = std::move(m_texture);
        gl::FramebufferHandle oldFramebuffer = std::move(m_framebuffer);
        allocate(layout);
        const scene::ScreenRect core = scene::baseCacheCore(layout, view);
        blitInto(oldFramebuffer.id(), view.x, view.y, m_framebuffer.id(), core, layout.sizePx.y);
        m_view.drawnPx.push_back(core);
    }
    const std::vector<scene::ScreenRect> strips = scene::baseCacheStrips(m_view.layout, view);
    const size_t next = m_view.drawnPx.size() - 1;  // the core comes first
    if (next >= strips.size()) {
        m_stripTargets.clear();  // the margin is whole: its targets' memory back
        return false;
    }
    const scene::ScreenRect& strip = strips[next];
    const int w = static_cast<int>(strip.width()), h = static_cast<int>(strip.height());
    // A tile of the view's frame reaching past its edges: drawn exactly as an export tile, so
    // it joins the core without a seam and frame-wide effects (the sea's gradient) run on.
    const scene::FrameSpec tile =
        scene::tileSpec(spec, static_cast<int>(strip.x0) - m_view.layout.marginPx.x,
                        static_cast<int>(strip.y0) - m_view.layout.marginPx.y, w, h);
    auto found = std::find_if(m_stripTargets.begin(), m_stripTargets.end(),
                              [&](const auto& t) { return t->width() == w && t->height() == h; });
    if (found == m_stripTargets.end()) {
        std::string err;
        auto t = std::make_unique<RenderTarget>(w, h, 0, &err);
        if (!t->valid()) return false;
        m_stripTargets.push_back(std::move(t));
        found = m_stripTargets.end() - 1;
    }
    FrameStats local;
    m_base.draw(tile, **found, stats ? *stats : local);
    blitInto((*found)->resolvedFramebuffer(), w, h, m_framebuffer.id(), strip,
             m_view.layout.sizePx.y);
    m_view.drawnPx.push_back(strip);
    return true;
}

bool BaseMapCache::drawMoved(const scene::FrameSpec& spec, GLuint frame, FrameStats& stats) {
    if (!m_keep || !m_texture || spec.tile.frameWidthPx > 0 || !keyFor(spec).sameButCamera(m_key))
        return false;
    const glm::ivec2 view(spec.widthPx, spec.heightPx);
    const scene::BaseCachePlacement place = scene::placeCachedBase(m_view, spec.camera, view);
    if (!place.usable) return false;
    // A pan keeps the scale: the cache moves by whole pixels (rounded: under half a pixel while
    // the view moves) and is copied, its own pixels, in ~1 ms at 1920x1080 on llvmpipe. A zoom
    // draws it as a quad with linear filtering (~6 ms).
    const bool shift = std::abs(place.scale - 1.0) < 1e-9;
    if (!shift && !m_quadProgram && !m_quadFailed) {
        std::string err;
        auto p = std::make_unique<Program>("base_quad", "base_quad.vert", "base_quad.frag", &err);
        auto plain = std::make_unique<Program>("base_quad", "base_quad.vert", "base_quad.frag",
                                               &err, "#define SEA_UNDER 0\n");
        m_quadFailed = !p->valid() || !plain->valid();
        if (!m_quadFailed) {
            m_quadProgram = std::move(p);
            m_plainQuadProgram = std::move(plain);
        }
    }
    if (!shift && !m_quadProgram) return false;  // drawn again instead, at full quality
    // Every texel of the cache drawn (its core and all the margin's strips) by a base map that
    // paints every pixel opaque: the sea under it could not show, and the quad is the texel alone.
    const bool whole =
        m_view.drawnPx.size() == scene::baseCacheStrips(m_view.layout, m_view.viewPx).size() + 1;
    const Program* quad =
        whole && m_base.paintsEveryPixel(spec) ? m_plainQuadProgram.get() : m_quadProgram.get();

    glBindFramebuffer(GL_FRAMEBUFFER, frame);
    glViewport(0, 0, spec.widthPx, spec.heightPx);
    glDisable(GL_DEPTH_TEST);
    glDisable(GL_CULL_FACE);
    glDisable(GL_SCISSOR_TEST);
    glDisable(GL_STENCIL_TEST);
    glDisable(GL_BLEND);
    // The sea's colour at the frame's edges, where the revealed parts are (a plain colour rather
    // than the gradient pass), under what the cache does not cover.
    const scene::Theme* theme = m_base.themeFor(spec.theme);
    const scene::Rgba water = theme ? theme->waterEdge : scene::Rgba{0.f, 0.f, 0.f, 0.f};
    const float seaAlpha = spec.transparent ? 0.f : water.a;
    const glm::vec4 sea(water.r * seaAlpha, water.g * seaAlpha, water.b * seaAlpha, seaAlpha);
    const bool quadCovers = place.quadPx.x0 <= 0.0 && place.quadPx.y0 <= 0.0 &&
                            place.quadPx.x1 >= spec.widthPx && place.quadPx.y1 >= spec.heightPx;
    if (!place.coversFrame && (shift || !quadCovers)) {
        glClearColor(sea.r, sea.g, sea.b, sea.a);
        glClear(GL_COLOR_BUFFER_BIT);
    }
    ++stats.drawCalls;
    stats.baseFromCache = 1;
    if (shift) {
        // Only the parts drawn so far (a copy does not blend: the rest keeps the sea), each
        // clipped to the frame first: llvmpipe copies a rectangle inside both buffers directly
        // but draws any other copy through a textured quad (~4 ms at 1920x1080).
        const int dx = static_cast<int>(std::lround(place.quadPx.x0));
        const int dy = static_cast<int>(std::lround(place.quadPx.y0));
        const int cacheH = m_view.layout.sizePx.y;
        glBindFramebuffer(GL_READ_FRAMEBUFFER, m_framebuffer.id());
        glBindFramebuffer(GL_DRAW_FRAMEBUFFER, frame);
        for (const scene::ScreenRect& r : m_view.drawnPx) {
            // In frame pixels (y down), clipped.
            const int x0 = std::max(0, static_cast<int>(r.x0) + dx);
            const int y0 = std::max(0, static_cast<int>(r.y0) + dy);
            const int x1 = std::min(spec.widthPx, static_cast<int>(r.x1) + dx);
            const int y1 = std::min(spec.heightPx, static_cast<int>(r.y1) + dy);
            if (x0 >= x1 || y0 >= y1) continue;
            glBlitFramebuffer(x0 - dx, cacheH - (y1 - dy), x1 - dx, cacheH - (y0 - dy), x0,
                              spec.heightPx - y1, x1, spec.heightPx - y0, GL_COLOR_BUFFER_BIT,
                              GL_NEAREST);
        }
        glBindFramebuffer(GL_FRAMEBUFFER, frame);
        return true;
    }
    glBindVertexArray(m_emptyVao.id());
    // The quad in clip space (y up); texture row 0 is the cache's bottom.
    const glm::vec2 size(static_cast<float>(spec.widthPx), static_cast<float>(spec.heightPx));
    const glm::vec4 rect(static_cast<float>(place.quadPx.x0) / size.x * 2.f - 1.f,
                         1.f - static_cast<float>(place.quadPx.y1) / size.y * 2.f,
                         static_cast<float>(place.quadPx.x1) / size.x * 2.f - 1.f,
                         1.f - static_cast<float>(place.quadPx.y0) / size.y * 2.f);
    quad->use();
    quad->set("u_rect", rect);
    quad->set("u_base", 0);
    quad->set("u_sea", sea);
    glActiveTexture(GL_TEXTURE0);
    glBindTexture(GL_TEXTURE_2D, m_texture.id());
    glDrawArrays(GL_TRIANGLE_STRIP, 0, 4);
    glBindTexture(GL_TEXTURE_2D, 0);
    glBindVertexArray(0);
    return true;
}

void BaseMapCache::setKeep(bool keep) {
    m_keep = keep;
    if (keep) return;
    m_texture = {};
    m_framebuffer = {};
    m_stripTargets.clear();
    m_key = BaseKey{};
    m_view = scene::CachedBaseView{};
}

void BaseMapCache::place(const scene::FrameSpec& spec, const RenderTarget& target, GLuint frame,
                         bool moving, FrameStats& stats) {
    if (!m_keep) {
        m_base.draw(spec, target, stats);
        ++stats.baseRedraws;
        if (frame != target.resolvedFramebuffer()) {
            glBindFramebuffer(GL_READ_FRAMEBUFFER, target.resolvedFramebuffer());
            glBindFramebuffer(GL_DRAW_FRAMEBUFFER, frame);
            glBlitFramebuffer(0, 0, spec.widthPx, spec.heightPx, 0, 0, spec.widthPx, spec.heightPx,
                              GL_COLOR_BUFFER_BIT, GL_NEAREST);
        }
        glBindFramebuffer(GL_FRAMEBUFFER, frame);
        return;
    }
    if (moving && drawMoved(spec, frame, stats)) return;
    // Just drawn: the target's frame holds the map the cache was copied from (a 4K export or
    // redraw skips copying 33 MB back).
    if (update(spec, target, stats, moving) && frame == target.resolvedFramebuffer()) return;
    // The cached core into the frame: a plain copy (no shader, no blending), pixel for pixel.
    const scene::ScreenRect core = scene::baseCacheCore(m_view.layout, m_view.viewPx);
    const int x0 = static_cast<int>(core.x0);
    const int y0 = m_view.layout.sizePx.y - static_cast<int>(core.y1);
    glBindFramebuffer(GL_READ_FRAMEBUFFER, m_framebuffer.id());
    glBindFramebuffer(GL_DRAW_FRAMEBUFFER, frame);
    glBlitFramebuffer(x0, y0, x0 + spec.widthPx, y0 + spec.heightPx, 0, 0, spec.widthPx,
                      spec.heightPx, GL_COLOR_BUFFER_BIT, GL_NEAREST);
    glBindFramebuffer(GL_FRAMEBUFFER, frame);
}

}  // namespace render
