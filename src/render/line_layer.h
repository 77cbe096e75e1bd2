// Thick anti-aliased lines: one instanced draw of all segments of a layer, widths in pixels from
// points, round joins and caps, dashes along the true length. Drawn as coverage, then coloured.
#pragma once

#include "geo/types.h"
#include "render/draw_ranges.h"
#include "render/gl_handles.h"
#include "render/shader.h"

#include <vector>

namespace render {

struct LineDrawParams {
    glm::mat4 mvp{1.0f};
    glm::vec2 viewportPx{1.f, 1.f};
    float halfWidthPx = 0.5f;
    float blurPx = 0.f;
    float pxPerWorld = 1.f;
    std::vector<float> dashPx;              // on, off, ... in pixels (up to two pairs)
    glm::vec4 channel{1.f, 0.f, 0.f, 0.f};  // the coverage buffer's channel to write
    // What the target shows, in the records' coordinates: segments whose chunks lie wholly
    // outside it (grown by the line's reach) are not drawn. nullptr: all are.
    const ViewBox* view = nullptr;
};

// One segment as the line program reads it: its ends relative to the map's origin.
struct LineSegment {
    glm::vec2 p0;
    glm::vec2 p1;
    float distance0;  // map-plane metres along the line, so dashes run on across joins
    float widthFactor;
};
// The segments of `lines` (`widthFactor[f]` scales the width of the lines of feature f). Pure:
// no GL, so it can run on any thread.
std::vector<LineSegment> lineSegments(const std::vector<geo::Path>& lines,
                                      const std::vector<uint32_t>& lineFeature,
                                      const std::vector<float>& widthFactor,
                                      glm::dvec2 originWorld);

class LineLayer {
public:
    LineLayer();
    void upload(const std::vector<geo::Path>& lines, const std::vector<uint32_t>& lineFeature,
                const std::vector<float>& widthFactor, glm::dvec2 originWorld) {
        upload(lineSegments(lines, lineFeature, widthFactor, originWorld));
    }
    void upload(const std::vector<LineSegment>& segments);
    // Keeps `segments` and uploads them when first drawn: a single frame draws two of a line
    // layer's four bands, and the others need not be copied into GL buffers at all.
    void uploadOnFirstDraw(std::vector<LineSegment> segments);
    // Writes coverage into the bound target (expects max blending, set by the caller).
    void drawCoverage(const Program& program, const LineDrawParams& params) const;
    bool empty() const { return m_segmentCount == 0; }

private:
    // What drawing needs to know of the segments besides their buffer: count, chunk boxes,
    // widest factor.
    void index(const std::vector<LineSegment>& segments);

    // The GL context outlives these (the renderer is destroyed first).
    gl::VertexArrayHandle m_vao;
    gl::BufferHandle m_segments;
    GLsizei m_segmentCount = 0;
    // Segments kept for their first draw (uploadOnFirstDraw); uploaded and freed then.
    mutable std::vector<LineSegment> m_pending;
    std::vector<ChunkBox> m_chunks;  // draw_ranges.h
    float m_maxWidthFactor = 1.f;
};

}  // namespace render
