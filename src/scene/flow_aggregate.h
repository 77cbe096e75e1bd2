// Many investment flows drawn as few: above kAggregateMinArcs flows, the flows between the same
// two clusters of places (flow_clusters.h, at the view's zoom level) and of the same sector
// become one arc whose width counts its flows, and only the kAggregateTopArcs largest at any
// year are drawn; the rest are summed up in one legend line. Amounts are never added across
// kinds: each aggregated arc and the summary keep a total per amount kind. Time stays a
// uniform: the arcs come in one run per time slot (the years between two starts or ends of
// flows), the renderer draws the run of the year shown. Computed again only when the zoom level,
// the filters or the mode change, never per frame. No GL, SDL or ImGui here.
#pragma once

#include "scene/flow_clusters.h"
#include "scene/timeline_geometry.h"
#include "scene/ui_text.h"

#include <array>
#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

namespace scene {

constexpr std::size_t kAggregateMinArcs = 5000;  // more arcs than this are aggregated
// Aggregated arcs drawn at any one year, and the widest: on a software renderer (llvmpipe)
// arcs are fill-bound, and 300 arcs of at most 4 pt crossing a 1080p frame cost about 20 ms
// (measured in README, Performance).
constexpr std::size_t kAggregateTopArcs = 300;
constexpr float kAggregateMaxWidthPt = 4.f;
constexpr float kAggregateMinWidthPt = 1.25f;
// Aggregated arcs have no single flow: their flowIndex never matches a hovered flow.
constexpr uint32_t kAggregateFlowIndex = 0x7fffffffu;
// Amount kinds (data::AmountKind) and, last, amounts whose kind is not given.
constexpr std::size_t kAmountKindBuckets = 6;
// At most this many distinct start and end years; more are merged (only hostile data has them).
constexpr std::size_t kAggregateMaxSlots = 256;

// What one aggregated arc holds: its flows, and their sourced amounts per kind.
struct AggregateContent {
    uint32_t flows = 0;
    std::array<double, kAmountKindBuckets> amountUsd{};
    bool operator==(const AggregateContent& o) const {
        return flows == o.flows && amountUsd == o.amountUsd;
    }
};

// From yearStart until the next slot's yearStart (the last: for ever), what the view shows and
// what no drawn arc holds.
struct AggregateSlot {
    float yearStart = 0.f;
    uint64_t visibleFlows = 0;   // flows the view shows at these years
    uint64_t notDrawnFlows = 0;  // of them, in no drawn arc: smaller groups, or local ones
    uint64_t localFlows = 0;     // of those, within one cluster (no arc to draw)
    std::array<double, kAmountKindBuckets> notDrawnAmountUsd{};  // sourced amounts, per kind
    uint32_t firstArc = 0, arcCount = 0;  // the slot's arcs: FlowAggregate::arcs[first, +count)
};

struct FlowAggregate {
    int level = -1;
    std::vector<ArcInstance> arcs;           // to upload (each arc's sector set)
    std::vector<AggregateContent> contents;  // parallel to arcs
    std::vector<AggregateSlot> slots;        // in time order
    uint32_t maxFlowsPerArc = 0;             // the widest arc's flows
};

// The width of an aggregated arc of `flows` flows: linear, the most at kAggregateMaxWidthPt.
float aggregateWidthPt(uint32_t flows, uint32_t maxFlows);

// Aggregates `viewedArcs` (the arcs `clusters` was built from, in the same order, with the view
// applied: a width of 0 is filtered out; years per the mode) at `level`, drawing at most `topN`
// arcs at any year, coloured with `palette`.
FlowAggregate aggregateFlows(const std::vector<ArcInstance>& viewedArcs,
                             const FlowClusters& clusters, int level, const Palette& palette,
                             std::size_t topN = kAggregateTopArcs);
// The same coloured with the built-in palette of `theme`.
FlowAggregate aggregateFlows(const std::vector<ArcInstance>& viewedArcs,
                             const FlowClusters& clusters, int level, const std::string& theme,
                             std::size_t topN = kAggregateTopArcs);

// The slot showing at a fractional year (nullptr before the first or when there is none).
const AggregateSlot* aggregateSlotAt(const FlowAggregate& aggregate, double year);

// The legend's note on aggregation at a year (maxFlowsPerArc 0 when nothing is aggregated).
AggregateNote aggregateNoteAt(const FlowAggregate& aggregate, double year);

// Rewrites a legend for aggregated arcs: the width samples count flows (1, and the widest arc's
// flows), the samples of single-flow styles (unsourced, weak, announced, halted, joint venture)
// go, and a line says what is not drawn: "+12,340 smaller flows, $41 bn (loan)".
void addAggregateLegend(LegendSpec* legend, const AggregateNote& note, Rgba ink,
                        UiLanguage language);

// When to aggregate again, and the result: on a new set of arcs, zoom level or view (filters,
// mode, highlights), never on panning, a zoom within the level, a new year or animation time.
class FlowAggregation {
public:
    // Takes a new set of arcs: clustered when `enabled` and there are more than
    // kAggregateMinArcs of them, else the aggregation is off.
    void reset(const std::vector<ArcInstance>& arcs, bool enabled);
    bool active() const { return m_active; }
    // Whether a frame at `level` with `view` must aggregate again.
    bool stale(int level, const TimelineView& view) const;
    void aggregate(const std::vector<ArcInstance>& viewedArcs, int level, const TimelineView& view,
                   const Palette& palette);
    // Colours the aggregated arcs for another theme (no new aggregation).
    void recolour(const Palette& palette);
    const FlowAggregate& result() const { return m_result; }
    int aggregations() const { return m_aggregations; }

private:
    bool m_active = false;
    FlowClusters m_clusters;
    FlowAggregate m_result;
    TimelineView m_view;
    int m_aggregations = 0;
};

}  // namespace scene
