#include "render/map_renderer.h"

#include "render/line_runs.h"
#include "render/stage_trace.h"
#include "scene/vignette_area.h"

namespace render {

MapRenderer::MapRenderer(std::unique_ptr<BaseMapPass> base, std::unique_ptr<TimelinePass> timeline)
    : m_base(std::move(base)),
      m_baseCache(std::make_unique<BaseMapCache>(*m_base)),
      m_timelinePass(std::move(timeline)) {}

std::unique_ptr<MapRenderer> MapRenderer::create(std::string* error) {
    std::string err;
    std::unique_ptr<BaseMapPass> base = BaseMapPass::create(&err);
    std::unique_ptr<Program> vignette;
    if (base) {
        vignette = std::make_unique<Program>("vignette", "fullscreen.vert", "vignette.frag", &err);
        if (!vignette->valid()) vignette.reset();
    }
    std::unique_ptr<TimelinePass> timeline = vignette ? TimelinePass::create(&err) : nullptr;
    std::unique_ptr<OverlayBatch> overlay = timeline ? OverlayBatch::create(&err) : nullptr;
    if (!overlay) {
        if (error) *error = err;
        return nullptr;
    }
    std::unique_ptr<MapRenderer> r(new MapRenderer(std::move(base), std::move(timeline)));
    r->m_vignetteProgram = std::move(vignette);
    r->m_furniture = std::make_unique<FurniturePass>(std::move(overlay));
    r->m_emptyVao = gl::makeVertexArray();
    return r;
}

void MapRenderer::setMap(const scene::MapData& map, const std::vector<scene::Theme>& themes,
                         BaseMapPass::Vertices* vertices, bool linesOnFirstDraw) {
    m_themes = themes;
    m_originWorld = map.originWorld;
    m_mapBoundsMin = map.boundsMin;
    m_mapBoundsMax = map.boundsMax;
    std::string projError;
    auto projection = geo::Projection::create(map.projection, &projError);
    m_projection = projection ? std::make_unique<geo::Projection>(std::move(*projection)) : nullptr;
    m_base->setMap(map, themes, vertices,
                   linesOnFirstDraw);  // the cached base map is stale (BaseMapPass::generation)
    m_timelinePass->setMapFrame(m_originWorld, m_themes);
}

void MapRenderer::setTimeline(const scene::TimelineGeometry& timeline,
                              const scene::VolumeSeries& volumes,
                              std::vector<data::Sector> sectorOfArc, const data::Dataset* dataset) {
    m_timelinePass->setTimeline(timeline, volumes, std::move(sectorOfArc), dataset);
}

size_t MapRenderer::timelineUploads() const {
    return m_timelinePass->uploads();
}

bool MapRenderer::setFonts(const std::string& regularFile, const std::string& boldFile,
                           std::string* error) {
    return m_furniture->setFonts(regularFile, boldFile, error);
}

FrameStats MapRenderer::draw(const scene::FrameSpec& spec, const RenderTarget& target,
                             const scene::LabelPlacement* labels) {
    return drawFrame(spec, target, labels, false);
}

FrameStats MapRenderer::drawMoving(const scene::FrameSpec& spec, const RenderTarget& target,
                                   const scene::LabelPlacement* labels) {
    return drawFrame(spec, target, labels, true);
}

void MapRenderer::setKeepBaseMap(bool keep) {
    m_baseCache->setKeep(keep);
}

bool MapRenderer::extendBaseCache(const scene::FrameSpec& spec, FrameStats* stats) {
    return m_baseCache->extend(spec, stats);
}

FrameStats MapRenderer::drawFrame(const scene::FrameSpec& spec, const RenderTarget& target,
                                  const scene::LabelPlacement* labels, bool moving) {
    // The base map (everything from the manifest) changes only with the view, the theme and the
    // layer toggles; the timeline over it changes with every frame while playing. So the base map
    // is drawn once into a cache and every frame starts from a copy of it. The first frame takes
    // the same path, so a frame's pixels never depend on what was drawn before it.
    FrameStats stats;
    StageTrace trace("frame");  // CORRIDOR_TRACE=1
    const GLuint frame = target.resolvedFramebuffer();
    m_baseCache->place(spec, target, frame, moving, stats);
    trace.mark("base map", true);
    // Everything over the base map antialiases itself in its fragment shader (analytic coverage
    // for arcs, routes, markers, the vignette; SDF text), so it is drawn straight into the
    // single-sample frame: no multisampled copy of the base map, no per-sample blending and no
    // resolve per frame. On a software renderer that is most of a playback frame's cost.
    const glm::dvec2 viewport(spec.widthPx, spec.heightPx);
    const glm::mat4 mvp = spec.camera.clipFromLocal(m_originWorld, viewport);
    const scene::Theme* theme = m_base->themeFor(spec.theme);

    glBindFramebuffer(GL_FRAMEBUFFER, frame);
    glViewport(0, 0, spec.widthPx, spec.heightPx);
    gl::blendPremultiplied();
    m_timelinePass->draw(spec, mvp, &stats);
    trace.mark("timeline", true);
    glBindFramebuffer(GL_FRAMEBUFFER, frame);
    gl::blendPremultiplied();
    if (theme && theme->vignette > 0.f && !spec.transparent) {
        m_vignetteProgram->use();
        m_vignetteProgram->set("u_strength", theme->vignette);
        setFrameUniforms(*m_vignetteProgram, spec);
        glBindVertexArray(m_emptyVao.id());
        // Only outside the circle it leaves clear (scene/vignette_area.h): the same triangle,
        // scissored, so every pixel drawn gets what a whole-frame pass gives it.
        glEnable(GL_SCISSOR_TEST);
        const glm::ivec2 offset(spec.tile.offsetXPx, spec.tile.offsetYPx);
        for (const scene::PixelRect& r : scene::vignetteRects(scene::frameSizePx(spec), offset,
                                                              {spec.widthPx, spec.heightPx})) {
            glScissor(r.x, r.y, r.width, r.height);
            glDrawArrays(GL_TRIANGLES, 0, 3);
            ++stats.drawCalls;
        }
        glDisable(GL_SCISSOR_TEST);
        glBindVertexArray(0);
    }
    trace.mark("vignette", true);
    // The frame's plan, once, after the timeline pass applied the frame's view to the arcs the
    // edge indicators read: the furniture, and what the labels keep clear of when they are placed
    // here (an export's tiles share one placement; the window passes its own).
    const scene::FramePlan plan = scene::planFrame(frameModel(), spec, frameMetrics());
    glBindFramebuffer(GL_FRAMEBUFFER, frame);
    m_labelPass.draw(
        spec, labels, m_themes, timelineUploads(),
        [&] { return placeLabelsFor(plan, spec, nullptr); }, &stats);
    trace.mark("labels", true);
    glBindFramebuffer(GL_FRAMEBUFFER, frame);
    drawOverlays(plan, spec, &stats);
    trace.mark("overlays", true);
    return stats;
}

}  // namespace render
