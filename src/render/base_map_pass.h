// The base map: every layer of the manifest (fills with their antialiased rims, lines drawn in
// runs through coverage buffers, point markers) uploaded once per map and projection and drawn
// for one view. MapRenderer draws it rarely, into the base-map cache (base_map_cache.h), and the
// locator inset draws its fills; keeping the layers and their programs here leaves the renderer
// to decide when, not how. Owns its GL objects; the GL context must outlive it.
#pragma once

#include "render/frame_stats.h"
#include "render/gl_handles.h"
#include "render/line_layer.h"
#include "render/point_layer.h"
#include "render/polygon_layer.h"
#include "render/render_target.h"
#include "render/shader.h"
#include "scene/frame_spec.h"
#include "scene/manifest.h"
#include "scene/map_data.h"

#include <cstdint>
#include <map>
#include <memory>
#include <string>
#include <vector>

namespace render {

class BaseMapPass {
public:
    // Compiles the programs; nullptr with *error naming the program and its log on failure.
    static std::unique_ptr<BaseMapPass> create(std::string* error);

    struct GpuLayer {
        PolygonLayer fill;                    // full resolution
        std::vector<PolygonLayer> fillBands;  // simplified, per scene::kFillBandToleranceM
        LineLayer lines;                      // full resolution
        std::vector<LineLayer> lineBands;     // simplified, per scene::kLineBandToleranceM
        PointLayer points;
        // The finest lines that look the same at this scale (simplification under half a pixel).
        const LineLayer& linesFor(double metresPerPx) const;
        const PolygonLayer& fillFor(double metresPerPx) const;
    };

    // The map's vertex data as the GPU reads it, worked out on the CPU: no GL, so a caller can
    // have it made on the thread that loads the map while its own opens the GL context (about
    // 25 ms of a 4K render's start). Per layer: the fill and its bands, the lines and theirs.
    struct Vertices {
        struct Layer {
            FillVertices fill;
            std::vector<FillVertices> fillBands;
            std::vector<LineSegment> lines;
            std::vector<std::vector<LineSegment>> lineBands;
        };
        std::vector<Layer> layers;
    };
    static Vertices prepare(const scene::MapData& map);

    // Uploads the map's geometry (relative to map.originWorld); the themes colour its features.
    // `vertices`: prepare(map), when made beforehand (else it is made here); its line segments
    // are moved out. `linesOnFirstDraw`: each line band is uploaded when first drawn (a single
    // frame uses two of four), else all are uploaded here.
    void setMap(const scene::MapData& map, const std::vector<scene::Theme>& themes,
                Vertices* vertices = nullptr, bool linesOnFirstDraw = false);
    // Bumped by setMap: what the base-map cache keys on.
    uint64_t generation() const { return m_generation; }

    // Draws spec's view of the base map into target (cleared first) and resolves it; the result
    // is in target.resolvedFramebuffer().
    void draw(const scene::FrameSpec& spec, const RenderTarget& target, FrameStats& stats);

    // Whether draw() may paint the largest opaque fill first (on by default; see draw()). Off,
    // every layer is painted back to front: the same pixels, more work (the tests compare).
    void setFrontToBack(bool on) { m_frontToBack = on; }

    // Whether every pixel of spec's frame ends opaque: the sea is drawn (a background layer
    // shows, the frame is not transparent) in opaque colours, under everything else, which is
    // painted over it. An export then needs no alpha channel.
    bool paintsEveryPixel(const scene::FrameSpec& spec) const;

    // The theme called `name` (its canonical name), else the first; nullptr without themes.
    const scene::Theme* themeFor(const std::string& name) const;

    const std::vector<scene::LayerDef>& layers() const { return m_layers; }
    const std::vector<std::unique_ptr<GpuLayer>>& gpuLayers() const { return m_gpu; }
    const std::unique_ptr<Program>& polygonProgram() const { return m_polygonProgram; }

private:
    BaseMapPass() = default;
    void applyTheme(const std::string& theme);
    // The line runs' composite program for this vertex shader and these defines, made on first
    // use; nullptr when it does not compile.
    const Program* composite(const char* vert, const std::string& defines);
    // The fill drawn before the sea for spec's view (see draw()), or SIZE_MAX when none may be.
    size_t occluderFor(const scene::FrameSpec& spec, const std::vector<char>& visible) const;

    std::unique_ptr<Program> m_polygonProgram, m_lineProgram, m_pointProgram;
    std::unique_ptr<Program> m_edgeProgram;  // the polygon fills' antialiased rims
    // The line runs' composite programs, one per run shape (render/line_runs.h).
    std::map<std::string, std::unique_ptr<Program>> m_composites;
    gl::VertexArrayHandle m_emptyVao;  // for the full-frame passes, which take no attributes
    std::vector<scene::LayerDef> m_layers;
    std::vector<std::unique_ptr<GpuLayer>> m_gpu;
    std::vector<scene::LayerGeometry> m_featureKeys;  // features only: what styling needs
    std::vector<double> m_fillArea;  // per layer: its full fill's area (map-plane m²)
    std::vector<char> m_opaqueFill;  // per layer: every feature's fill opaque in the theme
    std::vector<scene::Theme> m_themes;
    glm::dvec2 m_originWorld{0.0};
    std::string m_appliedTheme;
    uint64_t m_generation = 0;
    bool m_frontToBack = true;
};

}  // namespace render
