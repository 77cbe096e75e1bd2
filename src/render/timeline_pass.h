// The timeline over the base map: the corridor route, the investment arcs (aggregated between
// clusters of places for big data sets) and the destination markers. Uploaded once per data set
// and projection; a frame re-uploads only when its theme (arc colours), its TimelineView (filters,
// time mode, highlights) or, aggregated, its cluster level changed, and otherwise changes only
// uniforms. Apart from MapRenderer so what the timeline keeps (its data set copy, the applied
// view, the aggregation) and when it uploads are one part's job. Owns its GL layers; the GL
// context must outlive it.
#pragma once

#include "data/dataset.h"
#include "render/arc_layer.h"
#include "render/frame_stats.h"
#include "render/marker_layer.h"
#include "render/route_layer.h"
#include "scene/flow_aggregate.h"
#include "scene/frame_spec.h"
#include "scene/manifest.h"
#include "scene/timeline_geometry.h"
#include "scene/volume_series.h"

#include <memory>
#include <string>
#include <vector>

namespace render {

class TimelinePass {
public:
    // Compiles the layers' programs; nullptr with *error naming the program on failure.
    static std::unique_ptr<TimelinePass> create(std::string* error);

    // The map's origin (instances are uploaded relative to it) and themes (the arcs' and
    // markers' palettes): the next upload uses them.
    void setMapFrame(const glm::dvec2& originWorld, const std::vector<scene::Theme>& themes);
    // As MapRenderer::setTimeline.
    void setTimeline(const scene::TimelineGeometry& timeline, const scene::VolumeSeries& volumes,
                     std::vector<data::Sector> sectorOfArc, const data::Dataset* dataset);
    void setAggregateFlows(bool on) { m_aggregateFlows = on; }

    // Draws spec's timeline (what spec.timeline turns on) into the bound framebuffer, uploading
    // first what spec's theme, view or zoom changed. Nothing before setTimeline.
    void draw(const scene::FrameSpec& spec, const glm::mat4& mvp, FrameStats* stats);

    // How many times the instance buffers were uploaded.
    size_t uploads() const;

    // What the frame's furniture reads (the legend, edge indicators, the volume tag).
    bool has() const { return m_hasTimeline; }
    const scene::TimelineGeometry& geometry() const { return m_timeline; }  // as built
    const std::unique_ptr<data::Dataset>& dataset() const { return m_dataset; }
    const std::vector<scene::ArcInstance>& drawnArcs() const { return m_drawnArcs; }
    const scene::VolumeSeries& volumes() const { return m_volumes; }
    const scene::ArcScale& arcScale() const { return m_arcScale; }
    const scene::FlowAggregation& aggregation() const { return m_aggregation; }

private:
    TimelinePass() = default;
    // Re-uploads arcs and markers when the theme (arc colours) or the view changed, and the
    // aggregated arcs when the cluster level changed.
    void refresh(const std::string& theme, const scene::TimelineView& view, int clusterLevel);

    std::unique_ptr<ArcLayer> m_arcs;
    std::unique_ptr<RouteLayer> m_route;
    std::unique_ptr<MarkerLayer> m_markers;
    glm::dvec2 m_originWorld{0.0};
    std::vector<scene::Theme> m_themes;
    scene::TimelineGeometry m_timeline;  // as built: a view is applied to a copy
    std::unique_ptr<data::Dataset> m_dataset;
    scene::TimelineView m_appliedView;
    std::vector<scene::ArcInstance> m_drawnArcs;  // as last uploaded (the view applied)
    std::vector<data::Sector> m_sectorOfArc;
    scene::FlowAggregation m_aggregation;  // active for big data sets only
    bool m_aggregateFlows = true;
    std::string m_arcTheme;
    scene::ArcScale m_arcScale;
    scene::VolumeSeries m_volumes;
    bool m_hasTimeline = false;
};

}  // namespace render
