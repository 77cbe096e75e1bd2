// Draws a FrameSpec of the base map into a RenderTarget: the one path both the window and the
// headless export use. An executor: it hands what changed to its parts and draws the frame
// through them in order (the base map from its cache, BaseMapPass and BaseMapCache; the timeline,
// TimelinePass; the vignette, labels and overlays). Owns every part, and through them every GL
// object of the map; the GL context must outlive it.
#pragma once

#include "data/dataset.h"
#include "render/base_map_cache.h"
#include "render/base_map_pass.h"
#include "render/frame_stats.h"
#include "render/furniture_pass.h"
#include "render/label_layer.h"
#include "render/label_pass.h"
#include "render/legend_overlay.h"
#include "render/overlay_batch.h"
#include "render/render_target.h"
#include "render/shader.h"
#include "render/text_renderer.h"
#include "render/timeline_pass.h"
#include "scene/edge_indicators.h"
#include "scene/flow_aggregate.h"
#include "scene/frame_plan.h"
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

class MapRenderer {
public:
    // Compiles the programs; nullptr with *error naming the program and its log on failure.
    static std::unique_ptr<MapRenderer> create(std::string* error);

    // Uploads the map's geometry once (per data set and projection).
    // `vertices`: BaseMapPass::prepare(map) made beforehand, e.g. on the loading thread.
    // `linesOnFirstDraw`: BaseMapPass::setMap's (a single frame's export).
    void setMap(const scene::MapData& map, const std::vector<scene::Theme>& themes,
                BaseMapPass::Vertices* vertices = nullptr, bool linesOnFirstDraw = false);

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
    void setAggregateFlows(bool on) { m_timelinePass->setAggregateFlows(on); }

    // Fonts for the legend and overlays; without them no text is drawn. False with *error when
    // the font cannot be read.
    bool setFonts(const std::string& regularFile, const std::string& boldFile, std::string* error);

    // Map labels (render/label_pass.h). The SDF fonts: false with *error when a font cannot
    // be read (then no labels are drawn). The labels: once per data set and projection.
    bool setLabelFonts(const SdfFontFiles& fonts, std::string* error);
    // Where the label glyphs' distance fields are kept between runs (render/sdf_glyph_cache.h;
    // "" = computed every run): the map's cache folder.
    void setGlyphCacheDir(const std::string& dir) { m_labelPass.setGlyphCacheDir(dir); }
    void setLabels(scene::LabelSet labels);
    const scene::LabelSet& labels() const { return m_labelPass.labels(); }
    uint64_t labelsGeneration() const { return m_labelPass.generation(); }  // bumped by setLabels
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
    // The window's frame while the view moves (render/base_map_cache.h): like draw(), but the base
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
    // Whether draw() keeps the base map for the next frame (the default). A single-frame export
    // draws one view once: it turns this off and the base map is drawn straight into the frame,
    // with no cache texture (33 MB at 4K, allocated, cleared and copied into for nothing).
    void setKeepBaseMap(bool keep);
    // Whether every pixel of spec's frame is drawn opaque (BaseMapPass::paintsEveryPixel): an
    // export of it then leaves the alpha channel out.
    bool paintsEveryPixel(const scene::FrameSpec& spec) const {
        return m_base->paintsEveryPixel(spec);
    }

    // The frame's legend and furniture (scale bar, attribution, caption, callouts) as shapes
    // and text runs, laid out exactly as draw() lays them out, for the vector export
    // (map_overlays.cpp). Draws nothing; empty without fonts. The spec must not be a tile.
    OverlayRecord recordOverlays(const scene::FrameSpec& spec);

    // The frame pixels the furniture of `spec` covers whatever the view: the legend, the
    // caption card, the scale bar (at its longest), the attribution and the locator inset; not
    // the cards pinned to places nor the edge indicators, which follow the view. What a story
    // step's box is framed around (scene::fitCameraInside). Empty without fonts.
    std::vector<scene::ScreenRect> furnitureCoverPx(const scene::FrameSpec& spec) const;

private:
    MapRenderer(std::unique_ptr<BaseMapPass> base, std::unique_ptr<TimelinePass> timeline);
    FrameStats drawFrame(const scene::FrameSpec& spec, const RenderTarget& target,
                         const scene::LabelPlacement* labels, bool moving);
    // What the frame's plan reads (map_overlays.cpp): the loaded map and timeline through the
    // parts that hold them, and the furniture's text measurer (none without its fonts).
    scene::FrameModel frameModel() const;
    scene::FrameMetrics frameMetrics() const;
    // Draws the plan's furniture (scene::planFrame) over the frame.
    void drawOverlays(const scene::FramePlan& plan, const scene::FrameSpec& spec,
                      FrameStats* stats);
    // Places the labels clear of what `plan` reserves (label placement is its own stage).
    scene::LabelPlacement placeLabelsFor(const scene::FramePlan& plan, const scene::FrameSpec& spec,
                                         const scene::LabelPlacement* previous) const;
    // The locator inset's overview map (inset_overlay.cpp) into loPx..hiPx of the target
    // (FurniturePass::InsetMap); returns the draw calls.
    int drawInsetMap(glm::vec2 loPx, glm::vec2 hiPx, int targetHeightPx);
    // The GL context outlives every member (the app destroys the renderer first).
    // The parts that draw the frame (each owns its GL objects): the base map, drawn into its
    // cache, the timeline over it and the labels over that.
    std::unique_ptr<BaseMapPass> m_base;
    std::unique_ptr<BaseMapCache> m_baseCache;
    std::unique_ptr<TimelinePass> m_timelinePass;
    LabelPass m_labelPass;
    std::unique_ptr<Program> m_vignetteProgram;
    gl::VertexArrayHandle m_emptyVao;               // for the vignette, which takes no attributes
    std::unique_ptr<FurniturePass> m_furniture;     // draws the plan's furniture
    std::unique_ptr<geo::Projection> m_projection;  // of the map, for the scale bar
    glm::dvec2 m_mapBoundsMin{0.0}, m_mapBoundsMax{0.0};  // the loaded map's (the inset's view)
    std::vector<scene::Theme> m_themes;
    glm::dvec2 m_originWorld{0.0};
};

}  // namespace render
