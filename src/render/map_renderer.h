// Draws a FrameSpec of the base map into a RenderTarget: the one path both the window and the
// headless export use. Owns every GL object of the map; the GL context must outlive it.
#pragma once

#include "render/line_layer.h"
#include "render/point_layer.h"
#include "render/polygon_layer.h"
#include "render/render_target.h"
#include "render/shader.h"
#include "scene/frame_spec.h"
#include "scene/manifest.h"
#include "scene/map_data.h"

#include <memory>
#include <string>
#include <vector>

namespace render {

struct FrameStats {
    int layersDrawn = 0;
    int drawCalls = 0;
};

class MapRenderer {
public:
    // Compiles the programs; nullptr with *error naming the program and its log on failure.
    static std::unique_ptr<MapRenderer> create(std::string* error);

    // Uploads the map's geometry once (per data set and projection).
    void setMap(const scene::MapData& map, const std::vector<scene::Theme>& themes);

    // Draws the frame into target's multisampled buffer and resolves it. The target must have
    // the spec's size.
    FrameStats draw(const scene::FrameSpec& spec, const RenderTarget& target);

private:
    MapRenderer() = default;
    struct GpuLayer {
        PolygonLayer fill;
        LineLayer lines;                   // full resolution
        std::vector<LineLayer> lineBands;  // simplified, per scene::kLineBandToleranceM
        PointLayer points;
        // The finest lines that look the same at this scale (simplification under half a pixel).
        const LineLayer& linesFor(double metresPerPx) const;
    };
    void applyTheme(const std::string& theme);
    void drawLines(const scene::LayerStyle& style, const LineLayer& lines,
                   const scene::FrameSpec& spec, const glm::mat4& mvp, const RenderTarget& target,
                   FrameStats* stats) const;

    // The GL context outlives every member (the app destroys the renderer first).
    std::unique_ptr<Program> m_polygonProgram, m_lineProgram, m_compositeProgram,
        m_backgroundProgram, m_pointProgram, m_vignetteProgram;
    gl::VertexArrayHandle m_emptyVao;  // for draws that take no attributes
    std::vector<scene::LayerDef> m_layers;
    std::vector<std::unique_ptr<GpuLayer>> m_gpu;
    std::vector<scene::LayerGeometry> m_featureKeys;  // features only: what styling needs
    std::vector<scene::Theme> m_themes;
    glm::dvec2 m_originWorld{0.0};
    std::string m_appliedTheme;
};

}  // namespace render
