// Draws a FrameSpec of the base map into a RenderTarget: the one path both the window and the
// headless export use. Owns every GL object of the map; the GL context must outlive it.
#pragma once

#include "data/dataset.h"
#include "render/arc_layer.h"
#include "render/legend_overlay.h"
#include "render/line_layer.h"
#include "render/marker_layer.h"
#include "render/overlay_batch.h"
#include "render/point_layer.h"
#include "render/polygon_layer.h"
#include "render/render_target.h"
#include "render/route_layer.h"
#include "render/shader.h"
#include "render/text_renderer.h"
#include "scene/frame_spec.h"
#include "scene/manifest.h"
#include "scene/map_data.h"
#include "scene/timeline_geometry.h"
#include "scene/volume_series.h"

#include <memory>
#include <string>
#include <vector>

namespace render {

struct FrameStats {
    int layersDrawn = 0;
    int drawCalls = 0;
    int baseRedraws = 0;  // 1 when the cached base map had to be drawn again
};

class MapRenderer {
public:
    // Compiles the programs; nullptr with *error naming the program and its log on failure.
    static std::unique_ptr<MapRenderer> create(std::string* error);

    // Uploads the map's geometry once (per data set and projection).
    void setMap(const scene::MapData& map, const std::vector<scene::Theme>& themes);

    // Uploads the timeline layers (corridor, arcs, markers) once per data set and projection.
    // `sectorOfArc[i]` gives arc i's sector, so a theme change can recolour the arcs.
    void setTimeline(const scene::TimelineGeometry& timeline, const scene::VolumeSeries& volumes,
                     std::vector<data::Sector> sectorOfArc = {});

    // Fonts for the legend and overlays; without them no text is drawn. False with *error when
    // the font cannot be read.
    bool setFonts(const std::string& regularFile, const std::string& boldFile, std::string* error);

    // How many times the timeline's instance buffers were uploaded (they must not be re-uploaded
    // when only the year or the animation time changes).
    size_t timelineUploads() const;

    // Draws the frame into target's multisampled buffer and resolves it. The target must have
    // the spec's size.
    FrameStats draw(const scene::FrameSpec& spec, const RenderTarget& target);

private:
    MapRenderer() = default;
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
    void applyTheme(const std::string& theme);
    const scene::Theme* themeFor(const std::string& name) const;
    // What the cached base map was drawn for.
    struct BaseKey {
        int width = 0, height = 0;
        double pixelsPerPoint = 0.0;
        glm::dvec2 center{0.0};
        double metresPerPx = 0.0;
        std::string theme;
        std::vector<bool> layerOn;
        bool transparent = false;
        uint64_t generation = 0;
        scene::FrameSpec::Tile tile;
        bool operator==(const BaseKey& o) const;
    };
    void drawBase(const scene::FrameSpec& spec, const RenderTarget& target, FrameStats& stats);
    void updateBaseCache(const scene::FrameSpec& spec, const RenderTarget& target,
                         FrameStats& stats);
    void drawTimeline(const scene::FrameSpec& spec, const glm::mat4& mvp, FrameStats* stats);
    void drawOverlays(const scene::FrameSpec& spec, FrameStats* stats);
    // Line layers are drawn in batches of up to four consecutive layers with the same coverage
    // resolution: each into one channel of the coverage buffer, then one composite for all (a
    // full-frame pass per batch instead of per layer).
    struct LineBatchItem {
        const scene::LayerStyle* style = nullptr;
        const LineLayer* lines = nullptr;
    };
    static constexpr size_t kLineBatch = 4;
    void drawLineBatch(const std::vector<LineBatchItem>& batch, int divisor,
                       const scene::FrameSpec& spec, const glm::mat4& mvp,
                       const RenderTarget& target, GLuint destination, FrameStats* stats) const;

    // The GL context outlives every member (the app destroys the renderer first).
    std::unique_ptr<Program> m_polygonProgram, m_lineProgram, m_compositeProgram,
        m_backgroundProgram, m_pointProgram, m_vignetteProgram, m_copyProgram;
    gl::VertexArrayHandle m_emptyVao;  // for draws that take no attributes
    std::unique_ptr<ArcLayer> m_arcs;
    std::unique_ptr<RouteLayer> m_route;
    std::unique_ptr<MarkerLayer> m_markers;
    std::unique_ptr<OverlayBatch> m_overlay;
    std::unique_ptr<TextRenderer> m_text;
    std::vector<scene::ArcInstance> m_arcInstances;  // kept to recolour on a theme change
    std::vector<data::Sector> m_sectorOfArc;
    std::string m_arcTheme;
    scene::ArcScale m_arcScale;
    scene::VolumeSeries m_volumes;
    bool m_hasTimeline = false;
    gl::TextureHandle m_baseTexture;  // the base map, resolved, at the last frame's size
    gl::FramebufferHandle m_baseFramebuffer;
    BaseKey m_baseKey;
    uint64_t m_generation = 0;  // bumped by setMap
    std::vector<scene::LayerDef> m_layers;
    std::vector<std::unique_ptr<GpuLayer>> m_gpu;
    std::vector<scene::LayerGeometry> m_featureKeys;  // features only: what styling needs
    std::vector<scene::Theme> m_themes;
    glm::dvec2 m_originWorld{0.0};
    std::string m_appliedTheme;
};

}  // namespace render
