// What the timeline layers draw, as plain data built once per data set and projection: the
// Middle Corridor's segments as smoothed map-plane paths with their opening years, its nodes, and
// one arc instance per investment flow with its width, colour and years. Time is NOT applied
// here: the renderer animates these from a year uniform, so moving the time cursor changes no
// buffer. Also the CPU mirror of the arc shape (for tests and hover picking) and the legend's
// content. No GL, SDL or ImGui here.
#pragma once

#include "data/dataset.h"
#include "data/flow_queries.h"
#include "geo/projection.h"
#include "geo/types.h"
#include "scene/color.h"
#include "scene/palette.h"

#include <cstdint>
#include <limits>
#include <string>
#include <vector>

namespace scene {

// ---- colours ---------------------------------------------------------------------------------

// Okabe–Ito (colour-blind safe) sector colours, tuned per theme: transport_logistics,
// oil_gas_energy, other_economic, from the palette (scene/palette.h).
Rgba sectorColor(data::Sector sector, const Palette& palette);
// The same from the built-in palette of a theme ("dark", "light"/"print").
Rgba sectorColor(data::Sector sector, const std::string& theme);

// ---- arcs ------------------------------------------------------------------------------------

// Width in points for an amount, on a scale fixed by the data set's largest amount (so widths
// do not change as the year moves). Linear in the amount, never thinner than minWidthPt.
struct ArcScale {
    // The largest realised amount (any kind; data::maxRealisedAmountUsd): announced figures
    // and estimates for unbuilt projects never set the scale, and are capped at maxWidthPt.
    double maxAmountUsd = 1.0;
    float maxWidthPt = 18.f;     // width of the largest amount
    float minWidthPt = 1.25f;    // so small projects stay visible
    float unknownWidthPt = 1.f;  // flows without a sourced amount: thin and dotted

    float widthPt(double amountUsd) const;
    // The largest amount drawn at minWidthPt (the linear scale's clamp), for the legend.
    double clampAmountUsd() const;
};

enum ArcFlags : uint32_t {
    kArcUnknownAmount = 1u << 0,  // no sourced amount: drawn thin and dotted
    kArcLowConfidence = 1u << 1,  // confidence L: drawn visibly weaker (hatched, lower opacity)
    kArcEnded = 1u << 2,          // has a year_end (halted, cancelled, completed and shown until)
    kArcHighlighted = 1u << 3,    // one of the view's highlighted flows (the rest are dimmed)
    // Status: announced or agreed money is drawn as an outline (not spent); a suspended or
    // cancelled project as a fainter outline, ended at its year_end. Neither pulses.
    kArcUnrealised = 1u << 4,
    kArcHalted = 1u << 5,
    // A joint venture: only China's share of the width is filled (share in bits 8..15, percent).
    kArcJointVenture = 1u << 6,
    // Drawn whole from yearStart, without the entry growth: single-year and window modes show
    // the flows of the years they name, fully there from the first day of the year.
    kArcWhole = 1u << 7,
};
constexpr uint32_t kArcShareShift = 8;

// The flags a flow's status, confidence, amount and share give its arc.
uint32_t arcFlagsFor(const data::Flow& flow);

// One flow, static for a data set. The shader decides visibility and entry animation from the
// year uniform: visible while yearStart <= year < yearEnd; grows from origin to destination over
// the first kArcGrowYears after yearStart (unless flagged kArcWhole).
struct ArcInstance {
    glm::dvec2 originWorld{0.0};  // map plane
    glm::dvec2 destWorld{0.0};
    float widthPt = 1.f;
    Rgba color;  // sector colour (straight alpha)
    float yearStart = 0.f;
    float yearEnd = std::numeric_limits<float>::infinity();  // exclusive: data year_end + 1
    float bend = 0.f;  // signed height of the curve's middle over the chord length
    uint32_t flags = 0;
    uint32_t flowIndex = 0;  // into dataset.flows()
    // What aggregating many flows sums (flow_aggregate.h): the sector, the sourced amount (NaN
    // when there is none) and its data::AmountKind (-1 when not given).
    data::Sector sector = data::Sector::TransportLogistics;
    int8_t amountKind = -1;
    double amountUsd = std::numeric_limits<double>::quiet_NaN();
};

constexpr float kArcGrowYears = 0.35f;

// Base height of an arc's middle, as a share of its chord length, and the extra height each
// further arc between the same pair of places gets (so they fan out instead of overlapping).
constexpr float kArcBaseBend = 0.22f;
constexpr float kArcPairStep = 0.09f;

// The arc curve: a quadratic Bézier from origin to destination whose control point sits on the
// chord's perpendicular bisector, at 2 * bend * chord length (so the curve's middle is at
// bend * chord length), on the left of the direction of travel. t in 0..1. The shader computes
// the same formula; keep them in step.
glm::dvec2 arcPoint(const ArcInstance& arc, double t);

// Distance in map-plane units from `world` to the arc (sampled), for hover picking.
double distanceToArc(const ArcInstance& arc, glm::dvec2 world, int samples = 48);

// ---- destination markers --------------------------------------------------------------------

// A marker at each destination: circle area proportional to the amount arriving there by the
// current year. Amounts of different kinds are never added together: the marker shows the
// largest per-kind total of the flows visible there (cumulative mode), and the tooltip lists the
// kinds. Sampled over time so the renderer looks it up from the year uniform (no per-frame CPU).
constexpr float kMarkerYear0 = 1990.f;
constexpr float kMarkerYearStep = 0.05f;
constexpr int kMarkerSamples = 921;  // 1990 .. 2036

struct DestinationMarker {
    uint32_t placeIndex = 0;
    glm::dvec2 world{0.0};
    std::vector<float> amountUsdAt;  // kMarkerSamples values, at kMarkerYear0 + i * step
};

// The marker value at a fractional year (CPU mirror of the shader's lookup: nearest sample).
float markerAmountAt(const DestinationMarker& marker, double year);

// Marker radius in points: area proportional to the amount, the largest at kMarkerMaxRadiusPt,
// tiny non-zero amounts at least kMarkerMinRadiusPt; 0 when nothing has arrived.
constexpr float kMarkerMaxRadiusPt = 24.f;
constexpr float kMarkerMinRadiusPt = 1.5f;
float markerRadiusPt(float amountUsd, float maxAmountUsd);

// ---- the corridor ----------------------------------------------------------------------------

struct RouteSegmentGeometry {
    uint32_t segmentIndex = 0;  // into dataset.segments()
    data::TransportMode mode = data::TransportMode::Rail;
    data::SegmentStatus status = data::SegmentStatus::Operating;
    geo::Path path;            // map plane, from `from` to `to` (China -> Europe)
    std::vector<float> along;  // per vertex: distance from the start / total, 0..1
    double lengthWorld = 0.0;  // map-plane length of the path
    // Opening: grows over [yearOpen, yearOpen + 1); -inf when in service before the timeline.
    // Not operating: yearOpen is the start of works (drawn faint from then), +inf if unknown.
    float yearOpen = -std::numeric_limits<float>::infinity();
    float yearUpgraded = std::numeric_limits<float>::infinity();  // heavier from then on
    float yearClosed = std::numeric_limits<float>::infinity();    // exclusive: not drawn from then
    // The yearly TITR volume measures cargo here: only these carry particles and the figure.
    bool carriesVolume = false;
};

// Whether any of a segment is drawn at a fractional year (CPU mirror of route.vert): from
// yearOpen (growing over its first year) until yearClosed.
bool routeDrawnAt(const RouteSegmentGeometry& segment, double year);

struct RouteNode {
    uint32_t placeIndex = 0;  // into dataset.places()
    glm::dvec2 world{0.0};
    data::PlaceKind kind = data::PlaceKind::City;
    // The first year a segment touching this node is open (nodes appear with their segments).
    float yearFirstOpen = -std::numeric_limits<float>::infinity();
};

// Segments go through their via places and their shape's drawing waypoints (merged in travel
// order, the shortest way) as a centripetal Catmull–Rom spline sampled about every kRouteStepM
// metres; the waypoints keep sea legs at sea and land legs on land. A sea segment with neither
// bows gently to the left of travel (kSeaBend of its length).
constexpr double kRouteStepM = 8000.0;
constexpr double kSeaBend = 0.12;

struct TimelineGeometry {
    std::vector<ArcInstance> arcs;  // one per flow whose origin and destination are known
    std::vector<RouteSegmentGeometry> route;
    std::vector<RouteNode> nodes;  // places that are segment ends or vias
    std::vector<DestinationMarker> markers;
    float markerMaxAmountUsd = 1.f;  // the largest marker value at any year (fixed scale)
    ArcScale scale;
    std::vector<std::string> warnings;  // e.g. a flow whose place has no coordinates
};

TimelineGeometry buildTimelineGeometry(const data::Dataset& dataset,
                                       const geo::Projection& projection);

// ---- what the timeline shows -----------------------------------------------------------------
// The presenter's choices over the static geometry: time mode, filters, highlighted flows.
struct TimelineView {
    data::TimeMode mode = data::TimeMode::Cumulative;
    int windowYears = 3;                   // Window mode (SingleYear is a window of 1)
    data::FlowFilter filter;               // flows failing it are not drawn nor counted
    std::vector<uint32_t> highlightFlows;  // flow indices emphasised; the others are dimmed
    bool operator==(const TimelineView& o) const {
        return mode == o.mode && windowYears == o.windowYears && filter == o.filter &&
               highlightFlows == o.highlightFlows;
    }
    bool operator!=(const TimelineView& o) const { return !(*this == o); }
};

// The arcs and markers to upload for a view (applied on a change of view, never per frame):
// arcs failing the filter get width 0 (the shader drops them); in single-year and window modes
// an arc shows for the window's years after its start; highlighted arcs get kArcHighlighted.
// Marker values count only the flows that pass, shown as long as their arcs; the marker scale
// (base.markerMaxAmountUsd) stays fixed so sizes compare across filters.
void applyTimelineView(const data::Dataset& dataset, const TimelineGeometry& base,
                       const TimelineView& view, std::vector<ArcInstance>* arcs,
                       std::vector<DestinationMarker>* markers);

// ---- legend ----------------------------------------------------------------------------------

struct LegendEntry {
    enum class Kind { SectorSwatch, WidthSample, RouteMode, NodeKind, Note, CircleSample };
    // How a Note's sample is drawn (the other kinds draw their own sample).
    enum class Mark { None, Dotted, Hatched, Outlined, Halted, JointVenture, Particles };
    Kind kind = Kind::Note;
    std::string label;  // e.g. "Transport & logistics", "$1 bn", "Rail", "Port"
    Rgba color;
    float widthPt = 0.f;   // WidthSample and arc-like notes: the arc width
    float radiusPt = 0.f;  // CircleSample: the destination disc's radius for that amount
    Mark mark = Mark::None;
    data::TransportMode mode = data::TransportMode::Rail;
    data::PlaceKind nodeKind = data::PlaceKind::City;
};

struct LegendSpec {
    std::string title;                 // "Chinese investment, 2005–2025"
    std::string subtitle;              // a smaller line under the title; may be empty
    std::string yearText;              // the current year in large type, e.g. "2017"
    std::vector<LegendEntry> entries;  // in display order, grouped by kind
};

// What the legend says beyond the arc scale: the destination discs' scale (0 = no discs) and
// whether cargo particles are drawn.
// Arcs drawn aggregated between clusters of places (flow_aggregate.h): their width counts
// flows, and one line sums up the flows the year shows that no arc draws.
struct AggregateNote {
    uint32_t maxFlowsPerArc = 0;   // the widest arc's flows; 0: not aggregated
    uint64_t flowsNotDrawn = 0;    // smaller groups, and flows within one cluster...
    uint64_t localFlows = 0;       // ...of which these
    double notDrawnAmountUsd = 0;  // their largest per-kind total (kinds are never summed)
    int notDrawnKind = -1;         // its data::AmountKind, -1 when the kind is not given
    bool otherKinds = false;       // amounts of other kinds too
};

struct LegendContext {
    float markerMaxAmountUsd = 0.f;
    bool cargoParticles = false;
    std::string language = "en";  // the label language: "ru" and "zh" translate, else English
    AggregateNote aggregate;
};

// "$347 m", "$1 bn", "$1.2 bn": an amount for the legend and map text (never a sum of kinds).
std::string formatAmountShort(double amountUsd);

// The legend for a theme and year: sector colours; the width scale (the amount under which
// arcs sit at the minimum width, $1 bn and $5 bn where under the widest, and the widest);
// how unsourced amounts, conflicting or weak sources, announced and halted projects and joint
// ventures are drawn; the destination discs' area scale; the cargo particles; route modes and
// node kinds.
LegendSpec buildLegend(const ArcScale& scale, const Palette& palette, double year,
                       const LegendContext& context = {});
// The same in the built-in palette of a theme.
LegendSpec buildLegend(const ArcScale& scale, const std::string& theme, double year,
                       const LegendContext& context = {});

}  // namespace scene
