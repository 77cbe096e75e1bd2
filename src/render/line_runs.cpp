#include "render/line_runs.h"

#include <algorithm>
#include <string>

namespace render {

namespace {

glm::vec4 premultiplied(const scene::Rgba& c, float opacity) {
    const float a = c.a * opacity;
    return {c.r * a, c.g * a, c.b * a, a};
}

}  // namespace

int coverageDivisor(const scene::LayerStyle& style, double pixelsPerPoint) {
    const float blurPx = style.blurPt * static_cast<float>(pixelsPerPoint);
    return blurPx >= 12.f ? 4 : blurPx >= 6.f ? 2 : 1;
}

std::vector<CoverageSlot> assignCoverage(const std::vector<LineRunItem>& run) {
    std::vector<CoverageSlot> out;
    bool used[5] = {false, false, false, false, false};  // per divisor (1, 2, 4)
    int buffers = 0;
    for (const LineRunItem& item : run) {
        const int d = item.divisor >= 4 ? 4 : item.divisor >= 2 ? 2 : 1;
        if (!out.empty() && out.back().divisor == d &&
            out.back().channel + 1 < kChannelsPerBuffer) {
            CoverageSlot next = out.back();
            ++next.channel;
            out.push_back(next);
            continue;
        }
        if (used[d]) return {};  // its buffer is taken by earlier layers of the run
        used[d] = true;
        out.push_back({buffers++, d, 0});
    }
    return out;
}

std::string compositeDefines(const std::vector<CoverageSlot>& slots, bool sea) {
    int buffers = 0;
    int channels[kRunBuffers] = {};
    std::string full;
    for (const CoverageSlot& s : slots) {
        channels[s.buffer] = std::max(channels[s.buffer], s.channel + 1);
        if (s.channel != 0) continue;
        full += "#define FULL" + std::to_string(s.buffer) + (s.divisor == 1 ? " 1\n" : " 0\n");
        buffers = s.buffer + 1;
    }
    // How many channels of each buffer hold a layer: the others are not painted at all.
    for (int b = 0; b < buffers; ++b)
        full += "#define CHANNELS" + std::to_string(b) + " " + std::to_string(channels[b]) + "\n";
    return "#define BUFFERS " + std::to_string(buffers) + "\n#define SEA " + (sea ? "1" : "0") +
           "\n" + full;
}

void setFrameUniforms(const Program& program, const scene::FrameSpec& spec) {
    const glm::vec2 frame(scene::frameSizePx(spec));
    const float aspect = frame.x / frame.y;
    program.set("u_aspect",
                glm::vec2(aspect >= 1.f ? 1.f : aspect, aspect >= 1.f ? 1.f / aspect : 1.f));
    const glm::vec2 size(static_cast<float>(spec.widthPx), static_cast<float>(spec.heightPx));
    const glm::vec2 offset(static_cast<float>(spec.tile.offsetXPx),
                           frame.y - static_cast<float>(spec.tile.offsetYPx) - size.y);
    program.set("u_frameOffset", spec.tile.frameWidthPx > 0 ? offset / frame : glm::vec2(0.f));
    program.set("u_frameScale", spec.tile.frameWidthPx > 0 ? size / frame : glm::vec2(1.f));
}

int drawLineRun(const std::vector<LineRunItem>& run, const Sea* sea, const scene::FrameSpec& spec,
                const glm::mat4& mvp, const LineRunPass& pass) {
    const std::vector<CoverageSlot> slots = assignCoverage(run);
    if (slots.size() != run.size()) return 0;  // does not fit: the caller splits runs first
    const float ppt = static_cast<float>(spec.pixelsPerPoint);
    int draws = 0;
    glm::vec4 colors[kRunBuffers * kChannelsPerBuffer] = {};
    RenderTarget::Coverage buffers[kRunBuffers] = {};
    int bufferCount = 0;

    // Pass 1: each layer's coverage into its channel, with max blending, so overlapping
    // segments of a layer never add up.
    glEnable(GL_BLEND);
    glBlendEquation(GL_MAX);
    glBlendFunc(GL_ONE, GL_ONE);
    glClearColor(0.f, 0.f, 0.f, 0.f);
    for (size_t i = 0; i < run.size(); ++i) {
        const CoverageSlot& s = slots[i];
        const RenderTarget::Coverage cov = pass.target->coverage(s.divisor);
        if (s.channel == 0) {  // a new buffer: bind and clear it
            buffers[s.buffer] = cov;
            bufferCount = s.buffer + 1;
            glBindFramebuffer(GL_FRAMEBUFFER, cov.framebuffer);
            glViewport(0, 0, cov.width, cov.height);
            glClear(GL_COLOR_BUFFER_BIT);
        }
        const scene::LayerStyle& style = *run[i].style;
        const float scale = static_cast<float>(cov.width) / static_cast<float>(spec.widthPx);
        LineDrawParams p;
        p.mvp = mvp;
        p.viewportPx = {static_cast<float>(cov.width), static_cast<float>(cov.height)};
        p.halfWidthPx = 0.5f * style.strokeWidthPt * ppt * scale;
        p.blurPx = style.blurPt * ppt * scale;
        p.pxPerWorld = static_cast<float>(1.0 / spec.camera.metresPerPx) * scale;
        for (float d : style.dashPt) p.dashPx.push_back(d * ppt * scale);
        p.view = pass.view;
        p.channel = glm::vec4(0.f);
        p.channel[s.channel] = 1.f;
        run[i].lines->drawCoverage(*pass.lineProgram, p);
        ++draws;
        colors[s.buffer * kChannelsPerBuffer + s.channel] =
            premultiplied(*style.stroke, style.opacity);
    }
    glViewport(0, 0, spec.widthPx, spec.heightPx);

    // Pass 2: the sea, then the layers' colours through their coverage, in order.
    glBindFramebuffer(GL_FRAMEBUFFER, pass.destination);
    glBlendEquation(GL_FUNC_ADD);
    glBlendFunc(GL_ONE, GL_ONE_MINUS_SRC_ALPHA);  // premultiplied alpha
    // Only the pixels the quads cover can have coverage: with every buffer at the frame's size,
    // the quads are drawn again to paint them (needs the destination's stencil: the frame's own).
    bool quads = !sea && pass.destination == pass.target->resolvedFramebuffer();
    for (const CoverageSlot& s : slots) quads = quads && s.divisor == 1;
    const Program* composite = pass.composite(quads ? "line.vert" : "fullscreen.vert",
                                              compositeDefines(slots, sea != nullptr));
    if (!composite) return draws;
    const Program& program = *composite;
    program.use();
    program.set("u_targetPx",
                glm::vec2(static_cast<float>(spec.widthPx), static_cast<float>(spec.heightPx)));
    for (int k = 0; k < kRunBuffers * kChannelsPerBuffer; ++k) {
        const std::string name = "u_colors[" + std::to_string(k) + "]";
        program.set(name.c_str(), colors[k]);
    }
    for (int b = 0; b < bufferCount; ++b) {
        program.set(("u_coverage" + std::to_string(b)).c_str(), b);
        glActiveTexture(GL_TEXTURE0 + static_cast<GLenum>(b));
        glBindTexture(GL_TEXTURE_2D, buffers[b].texture);
    }
    glActiveTexture(GL_TEXTURE0);
    if (sea) {
        program.set("u_center", sea->center);
        program.set("u_edge", sea->edge);
        setFrameUniforms(program, spec);
    }
    if (quads) {
        glStencilMask(0xff);
        glClearStencil(0);
        glClear(GL_STENCIL_BUFFER_BIT);
        glEnable(GL_STENCIL_TEST);
        glStencilFunc(GL_NOTEQUAL, 1, 0xff);
        glStencilOp(GL_KEEP, GL_KEEP, GL_REPLACE);
        for (const LineRunItem& item : run) {
            const scene::LayerStyle& style = *item.style;
            LineDrawParams p;  // the coverage pass's quads (at the frame's size)
            p.mvp = mvp;
            p.viewportPx = {static_cast<float>(spec.widthPx), static_cast<float>(spec.heightPx)};
            p.halfWidthPx = 0.5f * style.strokeWidthPt * ppt;
            p.blurPx = style.blurPt * ppt;
            p.pxPerWorld = static_cast<float>(1.0 / spec.camera.metresPerPx);
            p.view = pass.view;
            item.lines->drawCoverage(program, p);
            ++draws;
        }
        glStencilOp(GL_KEEP, GL_KEEP, GL_KEEP);
        glDisable(GL_STENCIL_TEST);
        return draws;
    }
    glBindVertexArray(pass.emptyVao);
    glDrawArrays(GL_TRIANGLES, 0, 3);
    glBindVertexArray(0);
    return draws + 1;
}

}  // namespace render
