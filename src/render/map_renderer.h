// Draws a FrameSpec of the base map into a RenderTarget: the one path both the window and the
// headless export use. Owns every GL object of the map; the GL context must outlive it.
#pragma once

#include "data/dataset.h"
#include "render/arc_layer.h"
#include "render/label_layer.h"
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
#include "scene/base_cache_view.h"
#include "scene/edge_indicators.h"
#include "scene/flow_aggregate.h"
#include "scene/frame_spec.h"
#include "scene/furniture_plan.h"
#include "scene/label_placement.h"
#include "scene/label_placement_key.h"
#include "scene/manifest.h"
#include "scene/map_data.h"
#include "scene/timeline_geometry.h"
#include "scene/volume_series.h"

#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace render {

struct FrameStats {
    int layersDrawn = 0;
    int drawCalls = 0;
    int baseRedraws = 0;    // 1 when the cached base map had to be drawn again
    int baseFromCache = 0;  // 1 when the base map was the cache moved and scaled (drawMoving)
    int labelsDrawn = 0;
};

class MapRenderer {
public:
    // Compiles the programs; nullptr with *error naming the program and its log on failure.
    static std::unique_ptr<MapRenderer> create(std::string* error);

    // Uploads the map's geometry once (per data set and projection).
    void setMap(const scene::MapData& map, const std::vector<scene::Theme>& themes);

    // Uploads the timeline layers (corridor, arcs, markers) once per data set and projection.
    // `sectorOfArc[i]` gives arc i's sector, so a theme change can recolour the arcs.
    // With `dataset` (copied), frames can filter, change the time mode and highlight flows
    // (FrameSpec::timeline.view); without it the view is ignored.
    void setTimeline(const scene::TimelineGeometry& timeline, const scene::VolumeSeries& volumes,
                     std::vector<data::Sector> sectorOfArc = {},
                     const data::Dataset* dataset = nullptr);
    // More than scene::kAggregateMinArcs flows are drawn aggregated between clusters of places
    // (scene/flow_aggregate.h), again when the zoom level or the view changes; off draws every
    // flow (the bench's before/after). Takes effect at the next setTimeline.
    void setAggregateFlows(bool on) { m_aggregateFlows = on; }

    // Fonts for the legend and overlays; without them no text is drawn. False with *error when
    // the font cannot be read.
    bool setFonts(const std::string& regularFile, const std::string& boldFile, std::string* error);

    // Map labels (map_renderer_labels.cpp). The SDF fonts: false with *error when a font cannot
    // be read (then no labels are drawn). The labels: once per data set and projection.
    bool setLabelFonts(const SdfFontFiles& fonts, std::string* error);
    void setLabels(scene::LabelSet labels);
    const scene::LabelSet& labels() const { return m_labels; }
    uint64_t labelsGeneration() const { return m_labelsGeneration; }  // bumped by setLabels
    // Places the labels for the whole frame of `spec` (all its tiles), with hysteresis against
    // `previous` (the window's last placement; nullptr for exports). Empty when labels are off
    // or there are no fonts.
    scene::LabelPlacement placeLabels(const scene::FrameSpec& spec,
                                      const scene::LabelPlacement* previous = nullptr) const;

    // How many times the timeline's instance buffers were uploaded (they must not be re-uploaded
    // when only the year or the animation time changes).
    size_t timelineUploads() const;

    // Draws the frame into target's multisampled buffer and resolves it. The target must have
    // the spec's size. `labels`: a placement from placeLabels (the window's, with its fades);
    // nullptr places them here fully shown, once per frame however many tiles draw it.
    FrameStats draw(const scene::FrameSpec& spec, const RenderTarget& target,
                    const scene::LabelPlacement* labels = nullptr);
    // The window's frame while the view moves (map_renderer_base.cpp): like draw(), but the base
    // map is the cache of the last full-quality view moved and scaled to the spec's camera
    // (linear filtering, the sea under what the cache does not cover) when
    // scene::placeCachedBase allows it, else drawn again. The timeline, labels and overlays are
    // drawn for the spec's camera as in draw(). Exports and screenshots use draw() only.
    FrameStats drawMoving(const scene::FrameSpec& spec, const RenderTarget& target,
                          const scene::LabelPlacement* labels = nullptr);
    // At rest, after draw() or drawMoving() of `spec`: draws the next strip of the margin round
    // the cached base map (scene/base_cache_view.h), so later moving frames find the map there.
    // True when a strip was drawn; false when the margin is whole or the cache is not spec's view.
    bool extendBaseCache(const scene::FrameSpec& spec, FrameStats* stats = nullptr);

    // The frame's legend and furniture (scale bar, attribution, caption, callouts) as shapes
    // and text runs, laid out exactly as draw() lays them out, for the vector export
    // (vector_record.cpp). Draws nothing; empty without fonts. The spec must not be a tile.
    OverlayRecord recordOverlays(const scene::FrameSpec& spec);

    // The frame pixels the furniture of `spec` covers whatever the view: the legend, the
    // caption card, the scale bar (at its longest), the attribution and the locator inset; not
    // the cards pinned to places nor the edge indicators, which follow the view. What a story
    // step's box is framed around (scene::fitCameraInside). Empty without fonts.
    std::vector<scene::ScreenRect> furnitureCoverPx(const scene::FrameSpec& spec) const;

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
    struct BaseKey : scene::TieKey<BaseKey> {
        int width = 0, height = 0;
        double pixelsPerPoint = 0.0;
        glm::dvec2 center{0.0};
        double metresPerPx = 0.0;
        std::string theme;
        std::vector<bool> layerOn;
        bool transparent = false;
        uint64_t generation = 0;  // of the map and its themes (setMap)
        scene::FrameSpec::Tile tile;
        // Every field but the camera's, once; tie() adds the camera (== and != via TieKey).
        auto tieButCamera() const {
            return std::tie(width, height, pixelsPerPoint, theme, layerOn, transparent, generation,
                            tile);
        }
        auto tie() const { return std::tuple_cat(tieButCamera(), std::tie(center, metresPerPx)); }
        // All but centre and scale agree: the cache can be moved and scaled to this view.
        bool sameButCamera(const BaseKey& o) const { return tieButCamera() == o.tieButCamera(); }
    };
    BaseKey baseKeyFor(const scene::FrameSpec& spec) const;
    FrameStats drawFrame(const scene::FrameSpec& spec, const RenderTarget& target,
                         const scene::LabelPlacement* labels, bool moving);
    // The base map into `frame` (map_renderer_base.cpp): from the cache moved and scaled when
    // `moving` allows it, else the cache brought up to date and copied in.
    void placeBase(const scene::FrameSpec& spec, const RenderTarget& target, GLuint frame,
                   bool moving, FrameStats& stats);
    bool drawCachedBase(const scene::FrameSpec& spec, GLuint frame, FrameStats& stats);
    // (Re)allocates the cache texture for `layout`, cleared to transparent.
    void allocateBaseCache(const scene::BaseCacheLayout& layout);
    void drawBase(const scene::FrameSpec& spec, const RenderTarget& target, FrameStats& stats);
    // Draws the base map of spec's view into the cache's core when the key changed; with
    // `margin` the cache is laid out with room for the margin strips.
    void updateBaseCache(const scene::FrameSpec& spec, const RenderTarget& target,
                         FrameStats& stats, bool margin = false);
    void drawTimeline(const scene::FrameSpec& spec, const glm::mat4& mvp, FrameStats* stats);
    void drawOverlays(const scene::FrameSpec& spec, FrameStats* stats);
    // Re-uploads arcs and markers when the theme (arc colours) or the view changed, and the
    // aggregated arcs when the cluster level changed.
    void refreshTimeline(const std::string& theme, const scene::TimelineView& view,
                         int clusterLevel);
    // The furniture (map_overlays.cpp): scene::planFurniture fed what is measured here (the
    // ground scale, the cards' places, the edge indicators, the legend's content), laid out on
    // the whole frame; drawOverlays executes it. Without `followView` no cards or edge
    // indicators (what moves with the view). Needs fonts (m_text).
    scene::FurniturePlan planFurniture(const scene::FrameSpec& spec, bool followView = true) const;
    // Edge indicators (edge_overlay.cpp): toward the off-screen origins of the drawn flows and
    // the corridor's off-screen ends; none without a data set.
    std::vector<scene::EdgeIndicator> edgeIndicatorsFor(const scene::FrameSpec& spec) const;
    // The locator inset's overview map (inset_overlay.cpp) in `rectPx` (frame pixels, from the
    // plan), then the view's frame over it.
    void drawInset(const scene::FrameSpec& spec, const scene::LabelBox& rectPx,
                   const std::vector<scene::OverlayItem>& viewFrame, FrameStats* stats);
    // The legend the frame shows (the story's title and subtitle over the default ones).
    scene::LegendSpec legendFor(const scene::FrameSpec& spec) const;
    void drawLabels(const scene::FrameSpec& spec, const scene::LabelPlacement* placed,
                    FrameStats* stats);
    // The GL context outlives every member (the app destroys the renderer first).
    std::unique_ptr<Program> m_polygonProgram, m_lineProgram, m_backgroundProgram, m_pointProgram,
        m_vignetteProgram;
    // The line runs' composite programs, one per run shape (render/line_runs.h), made on first use.
    std::map<std::string, std::unique_ptr<Program>> m_composites;
    std::unique_ptr<Program> m_edgeProgram;  // the polygon fills' antialiased rims
    gl::VertexArrayHandle m_emptyVao;        // for draws that take no attributes
    std::unique_ptr<ArcLayer> m_arcs;
    std::unique_ptr<RouteLayer> m_route;
    std::unique_ptr<MarkerLayer> m_markers;
    std::unique_ptr<OverlayBatch> m_overlay;
    std::unique_ptr<TextRenderer> m_text;
    scene::TimelineGeometry m_timeline;  // as built: a view is applied to a copy
    std::unique_ptr<data::Dataset> m_dataset;
    scene::TimelineView m_appliedView;
    std::unique_ptr<geo::Projection> m_projection;  // of the map, for the scale bar
    std::unique_ptr<LabelLayer> m_labelLayer;
    scene::LabelSet m_labels;
    uint64_t m_labelsGeneration = 0;
    // The last export placement and what it was placed for (tiles of one frame share it).
    scene::LabelPlacement m_exportLabels;
    struct ExportLabelsKey : scene::TieKey<ExportLabelsKey> {
        scene::LabelPlacementKey placement;  // of the whole frame, not the tile
        size_t timelineUploads = 0;          // the flows and markers the labels keep clear of
        auto tie() const { return std::tie(placement, timelineUploads); }
    };
    std::optional<ExportLabelsKey> m_exportLabelsKey;
    std::vector<scene::ArcInstance> m_arcInstances;       // kept to recolour on a theme change
    std::vector<scene::ArcInstance> m_drawnArcs;          // as last uploaded (the view applied)
    glm::dvec2 m_mapBoundsMin{0.0}, m_mapBoundsMax{0.0};  // the loaded map's (the inset's view)
    std::vector<data::Sector> m_sectorOfArc;
    scene::FlowAggregation m_aggregation;  // active for big data sets only
    bool m_aggregateFlows = true;
    std::string m_arcTheme;
    scene::ArcScale m_arcScale;
    scene::VolumeSeries m_volumes;
    bool m_hasTimeline = false;
    // The base map of the last full-quality view (the core), resolved, with room round it for
    // the margin drawn at rest (none until the window asks for it); what is drawn is in m_baseView.
    gl::TextureHandle m_baseTexture;
    gl::FramebufferHandle m_baseFramebuffer;
    BaseKey m_baseKey;
    scene::CachedBaseView m_baseView;
    std::vector<std::unique_ptr<RenderTarget>> m_stripTargets;  // margin strips are drawn in
    std::unique_ptr<Program> m_baseQuadProgram;                 // made on the first moving frame
    bool m_baseQuadFailed = false;
    uint64_t m_generation = 0;  // bumped by setMap
    std::vector<scene::LayerDef> m_layers;
    std::vector<std::unique_ptr<GpuLayer>> m_gpu;
    std::vector<scene::LayerGeometry> m_featureKeys;  // features only: what styling needs
    std::vector<scene::Theme> m_themes;
    glm::dvec2 m_originWorld{0.0};
    std::string m_appliedTheme;
};

}  // namespace render
