// Consecutive line layers of the base map drawn as one run: each layer's coverage goes into one
// channel of a coverage buffer (glows at half or quarter resolution, which their blur hides), then
// one pass paints every layer of the run through its coverage, in draw order: over the sea's
// gradient in one full-frame pass when the run follows the background directly, else through the
// lines' own quads. On a software renderer each full-frame pass at 4K costs tens of milliseconds.
#pragma once

#include "render/line_layer.h"
#include "render/render_target.h"
#include "render/shader.h"
#include "scene/frame_spec.h"
#include "scene/manifest.h"

#include <functional>
#include <string>
#include <vector>

namespace render {

// Coverage buffers a run can use: one at the frame's size, one at half, one at quarter.
constexpr int kRunBuffers = 3;
constexpr int kChannelsPerBuffer = 4;

struct LineRunItem {
    const scene::LayerStyle* style = nullptr;
    const LineLayer* lines = nullptr;
    int divisor = 1;                  // coverage resolution: 1, 2 or 4 (coverageDivisor)
    const std::string* id = nullptr;  // the layer's id, for CORRIDOR_TRACE
};

// Blurred lines (glows) are drawn at reduced resolution: the blur hides it, and they are the
// widest, most overlapping quads of the frame.
int coverageDivisor(const scene::LayerStyle& style, double pixelsPerPoint);

// Where each item of `run` goes: buffer (RenderTarget::coverage(divisor), in the order the run
// first uses them) and channel. Layers fill a buffer's channels in order; a layer of another
// resolution starts the next buffer. Empty when the run does not fit (a fifth layer of one
// resolution, or a resolution whose buffer an earlier part of the run took). Pure.
struct CoverageSlot {
    int buffer = 0;   // 0.. in first-use order
    int divisor = 1;  // the buffer's
    int channel = 0;
};
std::vector<CoverageSlot> assignCoverage(const std::vector<LineRunItem>& run);

// Where a frame-wide effect's uniforms put this target in the whole frame (tiles of one frame
// join without seams; v_uv runs bottom-up): u_aspect, u_frameOffset, u_frameScale.
void setFrameUniforms(const Program& program, const scene::FrameSpec& spec);

// The composite program's defines for a run of this shape (shaders/composite.frag: BUFFERS,
// SEA, FULL0..FULL3), "#define" lines. Pure.
std::string compositeDefines(const std::vector<CoverageSlot>& slots, bool sea);

struct LineRunPass {
    const Program* lineProgram = nullptr;
    // The composite program with this vertex shader ("fullscreen.vert" or "line.vert") and
    // these defines (compiled once per run shape by the caller); nullptr when it cannot be
    // made (the run is then not painted).
    std::function<const Program*(const char* vert, const std::string& defines)> composite;
    GLuint emptyVao = 0;
    const RenderTarget* target = nullptr;
    GLuint destination = 0;         // the framebuffer painted into
    const ViewBox* view = nullptr;  // the frame's view (draw_ranges.h); nullptr: draw every segment
};

// Draws the run's coverage, then paints it into pass.destination (premultiplied blending): over
// the sea when `sea` (premultiplied centre and edge colours) is given, in one full-frame pass;
// a run of lines at the frame's resolution alone is painted through the lines' own quads instead
// (each pixel once, through the stencil: the frame's thin lines cover a tenth of it, and a
// full-frame pass shades every pixel). The run must fit (assignCoverage not empty). Returns the
// draw calls made.
struct Sea {
    glm::vec4 center{0.f}, edge{0.f};
};
int drawLineRun(const std::vector<LineRunItem>& run, const Sea* sea, const scene::FrameSpec& spec,
                const glm::mat4& mvp, const LineRunPass& pass);

}  // namespace render
