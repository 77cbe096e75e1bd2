#include "scene/timeline_geometry.h"

#include "data/flow_queries.h"

#include <glm/geometric.hpp>

#include <algorithm>
#include <array>
#include <cmath>
#include <cstddef>
#include <map>
#include <utility>

namespace scene {

namespace detail {
// Defined in route_geometry.cpp; declared here rather than in a header because the module's
// file list is fixed while the timeline layers are being written in parallel.
void buildRouteGeometry(const data::Dataset& dataset, const geo::Projection& projection,
                        TimelineGeometry& out);
}  // namespace detail

float ArcScale::widthPt(double amountUsd) const {
    // NaN, negative amounts and a degenerate scale all fall back to the minimum so a bad row
    // can never produce an invisible or giant arc.
    if (!(amountUsd > 0.0) || !(maxAmountUsd > 0.0)) return minWidthPt;
    const double w = static_cast<double>(maxWidthPt) * amountUsd / maxAmountUsd;
    return std::clamp(static_cast<float>(w), minWidthPt, maxWidthPt);
}

double ArcScale::clampAmountUsd() const {
    if (!(maxWidthPt > 0.f)) return 0.0;
    return maxAmountUsd * static_cast<double>(minWidthPt) / static_cast<double>(maxWidthPt);
}

uint32_t arcFlagsFor(const data::Flow& flow) {
    uint32_t flags = 0;
    if (!flow.amountUsd) flags |= kArcUnknownAmount;
    if (flow.confidence == data::Confidence::Low) flags |= kArcLowConfidence;
    if (flow.yearEnd) flags |= kArcEnded;
    if (flow.status == data::ProjectStatus::Suspended ||
        flow.status == data::ProjectStatus::Cancelled) {
        flags |= kArcHalted;
    } else if (!data::isRealised(flow.status)) {
        flags |= kArcUnrealised;
    }
    if (flow.chineseSharePct) {
        const long share = std::lround(std::clamp(*flow.chineseSharePct, 1.0, 99.0));
        flags |= kArcJointVenture | (static_cast<uint32_t>(share) << kArcShareShift);
    }
    return flags;
}

glm::dvec2 arcPoint(const ArcInstance& arc, double t) {
    const glm::dvec2 chord = arc.destWorld - arc.originWorld;
    // (-y, x) is the chord turned a quarter left and already scaled by its length, so no
    // division is needed and a zero-length chord stays a point instead of producing NaN.
    const glm::dvec2 left(-chord.y, chord.x);
    const glm::dvec2 mid = 0.5 * (arc.originWorld + arc.destWorld);
    const glm::dvec2 control = mid + left * (2.0 * static_cast<double>(arc.bend));
    const double u = 1.0 - t;
    // Written as the Bernstein sum so t = 0 and t = 1 give the endpoints bit-exactly.
    return (u * u) * arc.originWorld + (2.0 * u * t) * control + (t * t) * arc.destWorld;
}

namespace {

double distanceToSegment(glm::dvec2 p, glm::dvec2 a, glm::dvec2 b) {
    const glm::dvec2 ab = b - a;
    const double len2 = glm::dot(ab, ab);
    const double s = len2 > 0.0 ? std::clamp(glm::dot(p - a, ab) / len2, 0.0, 1.0) : 0.0;
    return glm::length(p - (a + s * ab));
}

// Index 5 collects amounts whose kind is missing, so they are never added to a known kind.
constexpr std::size_t kKindBuckets = 6;

std::size_t kindBucket(const data::Flow& flow) {
    return flow.amountKind ? static_cast<std::size_t>(*flow.amountKind) : kKindBuckets - 1;
}

// In float, as the shader computes it: 0.05f is not 0.05, and only float rounding brings
// sample 400 back to exactly 2010, so a flow starting in 2010 is at zero there, not at a sliver.
double markerSampleYear(int i) {
    return static_cast<double>(kMarkerYear0 + static_cast<float>(i) * kMarkerYearStep);
}

// The first sample whose year is >= year (kMarkerSamples when none). Computed from the same
// sample-year formula the per-sample test uses, so boundaries agree exactly.
int firstSampleAtOrAfter(double year) {
    if (!(year > markerSampleYear(0))) return 0;
    if (year > markerSampleYear(kMarkerSamples - 1)) return kMarkerSamples;
    int i = static_cast<int>(std::ceil((year - kMarkerYear0) / kMarkerYearStep));
    i = std::clamp(i, 0, kMarkerSamples);
    while (i > 0 && markerSampleYear(i - 1) >= year) --i;
    while (i < kMarkerSamples && markerSampleYear(i) < year) ++i;
    return i;
}

// A destination disc shows money that arrived: a realised project's amount, and of a joint
// venture China's share. Announced, agreed, suspended and cancelled amounts are drawn as
// outlined arcs only.
bool countsAsArrived(const data::Flow& flow) {
    return flow.amountUsd.has_value() && data::isRealised(flow.status);
}

double arrivedAmountUsd(const data::Flow& flow) {
    const double share = flow.chineseSharePct ? *flow.chineseSharePct / 100.0 : 1.0;
    return *flow.amountUsd * share;
}

struct MarkerAccumulator {
    uint32_t placeIndex = 0;
    glm::dvec2 world{0.0};
    // Per kind: amounts fully grown in, as a difference array over samples (O(1) per flow)...
    std::array<std::vector<double>, kKindBuckets> steps;
    // ...plus the few samples inside a flow's entry growth, added directly.
    std::array<std::vector<double>, kKindBuckets> ramps;
};

void addFlowToMarker(MarkerAccumulator& acc, const data::Flow& flow, const ArcInstance& arc) {
    const std::size_t k = kindBucket(flow);
    if (acc.steps[k].empty()) {
        acc.steps[k].assign(kMarkerSamples + 1, 0.0);
        acc.ramps[k].assign(kMarkerSamples, 0.0);
    }
    const double amount = arrivedAmountUsd(flow);
    const double start = arc.yearStart;
    const int first = firstSampleAtOrAfter(start);
    const int end = firstSampleAtOrAfter(arc.yearEnd);  // exclusive
    int i = first;
    for (; i < end && !(arc.flags & kArcWhole); ++i) {
        const double grow = (markerSampleYear(i) - start) / static_cast<double>(kArcGrowYears);
        if (grow >= 1.0) break;
        acc.ramps[k][static_cast<std::size_t>(i)] += amount * grow;
    }
    if (i < end) {
        acc.steps[k][static_cast<std::size_t>(i)] += amount;
        acc.steps[k][static_cast<std::size_t>(end)] -= amount;
    }
}

DestinationMarker finishMarker(const MarkerAccumulator& acc) {
    DestinationMarker m;
    m.placeIndex = acc.placeIndex;
    m.world = acc.world;
    m.amountUsdAt.assign(kMarkerSamples, 0.f);
    for (std::size_t k = 0; k < kKindBuckets; ++k) {
        if (acc.steps[k].empty()) continue;
        double running = 0.0;
        for (std::size_t i = 0; i < static_cast<std::size_t>(kMarkerSamples); ++i) {
            running += acc.steps[k][i];
            // Kinds are never summed: the marker shows the largest single-kind total.
            const double total = std::max(0.0, running + acc.ramps[k][i]);
            m.amountUsdAt[i] = std::max(m.amountUsdAt[i], static_cast<float>(total));
        }
    }
    return m;
}

std::string flowWhere(const data::Flow& flow) {
    return std::string(data::kInvestmentsFile) + ":" + std::to_string(flow.line) + ": flow '" +
           flow.id + "'";
}

// False when the place is unknown or does not project (e.g. outside the projection's domain);
// the caller words the warning because only it knows which role the place plays.
bool projectPlace(const data::Dataset& dataset, const geo::Projection& projection,
                  const std::string& id, uint32_t* index, glm::dvec2* world) {
    const data::Place* place = dataset.findPlace(id);
    if (!place) return false;
    const glm::dvec2 w = projection.forward(geo::LonLat{place->lon, place->lat});
    if (!std::isfinite(w.x) || !std::isfinite(w.y)) return false;
    *index = static_cast<uint32_t>(place - dataset.places().data());
    *world = w;
    return true;
}

}  // namespace

double distanceToArc(const ArcInstance& arc, glm::dvec2 world, int samples) {
    samples = std::max(samples, 1);
    double best = glm::length(world - arc.originWorld);
    int bestSegment = 0;
    glm::dvec2 prev = arc.originWorld;
    for (int i = 1; i <= samples; ++i) {
        const glm::dvec2 p = arcPoint(arc, static_cast<double>(i) / samples);
        const double d = distanceToSegment(world, prev, p);
        if (d < best) {
            best = d;
            bestSegment = i - 1;
        }
        prev = p;
    }
    // The chords cut the curve's corners by up to ~5e-5 of its length (tens of metres on a
    // long arc); a short search on the curve itself around the best chord removes that, so a
    // point on the curve reads as on it at any zoom.
    double lo = std::max(0, bestSegment - 1) / static_cast<double>(samples);
    double hi = std::min(samples, bestSegment + 2) / static_cast<double>(samples);
    auto dist = [&](double t) { return glm::length(world - arcPoint(arc, t)); };
    for (int iter = 0; iter < 40; ++iter) {
        const double a = lo + (hi - lo) / 3.0, b = hi - (hi - lo) / 3.0;
        if (dist(a) < dist(b)) {
            hi = b;
        } else {
            lo = a;
        }
    }
    return std::min(best, dist(0.5 * (lo + hi)));
}

float markerAmountAt(const DestinationMarker& marker, double year) {
    if (marker.amountUsdAt.empty() || std::isnan(year)) return 0.f;
    const double pos = (year - kMarkerYear0) / kMarkerYearStep;
    const double last = static_cast<double>(marker.amountUsdAt.size() - 1);
    const auto i = static_cast<std::size_t>(std::lround(std::clamp(pos, 0.0, last)));
    return marker.amountUsdAt[i];
}

TimelineGeometry buildTimelineGeometry(const data::Dataset& dataset,
                                       const geo::Projection& projection) {
    TimelineGeometry g;
    g.scale.maxAmountUsd =
        data::maxRealisedAmountUsd(dataset).value_or(data::maxAmountUsd(dataset).value_or(1.0));

    // Arcs between the same ordered pair fan out by their rank in file order; the reverse pair
    // already bows to the other side (left of its own travel), so it keeps its own count.
    std::map<std::pair<uint32_t, uint32_t>, int> pairCount;
    std::map<uint32_t, MarkerAccumulator> markers;
    const auto& flows = dataset.flows();
    for (std::size_t fi = 0; fi < flows.size(); ++fi) {
        const data::Flow& flow = flows[fi];
        uint32_t originIndex = 0, destIndex = 0;
        ArcInstance arc;
        const bool originOk =
            projectPlace(dataset, projection, flow.originId, &originIndex, &arc.originWorld);
        const bool destOk =
            projectPlace(dataset, projection, flow.destinationId, &destIndex, &arc.destWorld);
        if (!originOk) {
            g.warnings.push_back(flowWhere(flow) + ": origin place '" + flow.originId +
                                 "' is unknown or has no usable coordinates; no arc");
        }
        if (!destOk) {
            g.warnings.push_back(flowWhere(flow) + ": destination place '" + flow.destinationId +
                                 "' is unknown or has no usable coordinates; no arc or marker");
            continue;
        }
        arc.widthPt = flow.amountUsd ? g.scale.widthPt(*flow.amountUsd) : g.scale.unknownWidthPt;
        // Stored for the dark theme; the renderer recolours from flows()[flowIndex].sector.
        arc.color = sectorColor(flow.sector, "dark");
        arc.yearStart = static_cast<float>(flow.yearStart);
        if (flow.yearEnd) arc.yearEnd = static_cast<float>(*flow.yearEnd + 1);
        arc.flags = arcFlagsFor(flow);
        arc.flowIndex = static_cast<uint32_t>(fi);
        arc.sector = flow.sector;
        if (flow.amountKind) arc.amountKind = static_cast<int8_t>(*flow.amountKind);
        if (flow.amountUsd) arc.amountUsd = *flow.amountUsd;

        if (countsAsArrived(flow)) {
            MarkerAccumulator& acc = markers[destIndex];
            acc.placeIndex = destIndex;
            acc.world = arc.destWorld;
            addFlowToMarker(acc, flow, arc);
        } else {
            // Still a destination: it gets a marker that stays empty until amounts arrive.
            MarkerAccumulator& acc = markers[destIndex];
            acc.placeIndex = destIndex;
            acc.world = arc.destWorld;
        }

        if (!originOk) continue;
        const int k = pairCount[{originIndex, destIndex}]++;
        arc.bend = kArcBaseBend + static_cast<float>(k) * kArcPairStep;
        g.arcs.push_back(arc);
    }

    float maxMarker = 0.f;
    g.markers.reserve(markers.size());
    for (const auto& [place, acc] : markers) {
        g.markers.push_back(finishMarker(acc));
        for (float v : g.markers.back().amountUsdAt) maxMarker = std::max(maxMarker, v);
    }
    // Stays at 1 when nothing has an amount, so a renderer dividing by it never divides by 0.
    g.markerMaxAmountUsd = maxMarker > 0.f ? maxMarker : 1.f;

    detail::buildRouteGeometry(dataset, projection, g);
    return g;
}

}  // namespace scene

namespace scene {

float markerRadiusPt(float amountUsd, float maxAmountUsd) {
    if (!(amountUsd > 0.f) || !(maxAmountUsd > 0.f)) return 0.f;
    return std::max(kMarkerMaxRadiusPt * std::sqrt(std::min(amountUsd / maxAmountUsd, 1.f)),
                    kMarkerMinRadiusPt);
}

namespace {

// When an arc shows in a mode: single-year and window modes show the flows that started in
// the years they name (data::matchesTime, what the panel counts), for `window` years after the
// start even past the flow's own end (a project suspended in the window still started in it), and
// draw them whole from their first day: the map never shows fewer flows than the panel counts.
void applyMode(ArcInstance& arc, const TimelineView& view) {
    if (view.mode == data::TimeMode::All) {
        arc.yearStart = kMarkerYear0;
        arc.yearEnd = std::numeric_limits<float>::infinity();
        return;
    }
    if (view.mode == data::TimeMode::Cumulative) return;
    const int window = view.mode == data::TimeMode::SingleYear ? 1 : std::max(1, view.windowYears);
    arc.yearEnd = arc.yearStart + static_cast<float>(window);
    arc.flags |= kArcWhole;
}

}  // namespace

void applyTimelineView(const data::Dataset& dataset, const TimelineGeometry& base,
                       const TimelineView& view, std::vector<ArcInstance>* arcs,
                       std::vector<DestinationMarker>* markers) {
    const auto& flows = dataset.flows();
    std::vector<char> passes(flows.size(), 1);
    if (!view.filter.empty()) {
        for (std::size_t i = 0; i < flows.size(); ++i)
            passes[i] = data::matchesFilter(dataset, flows[i], view.filter) ? 1 : 0;
    }
    std::vector<char> highlighted(flows.size(), 0);
    for (uint32_t f : view.highlightFlows) {
        if (f < highlighted.size()) highlighted[f] = 1;
    }
    if (arcs) {
        *arcs = base.arcs;
        for (ArcInstance& arc : *arcs) {
            applyMode(arc, view);
            const bool known = arc.flowIndex < flows.size();
            if (known && !passes[arc.flowIndex]) arc.widthPt = 0.f;
            if (known && highlighted[arc.flowIndex]) arc.flags |= kArcHighlighted;
        }
    }
    if (!markers) return;
    std::map<uint32_t, MarkerAccumulator> acc;
    for (const DestinationMarker& m : base.markers) {
        MarkerAccumulator& a = acc[m.placeIndex];
        a.placeIndex = m.placeIndex;
        a.world = m.world;
    }
    const data::Place* firstPlace = dataset.places().empty() ? nullptr : &dataset.places()[0];
    for (std::size_t i = 0; i < flows.size(); ++i) {
        const data::Flow& flow = flows[i];
        if (!passes[i] || !countsAsArrived(flow)) continue;
        const data::Place* dest = dataset.findPlace(flow.destinationId);
        if (!dest || !firstPlace) continue;
        auto it = acc.find(static_cast<uint32_t>(dest - firstPlace));
        if (it == acc.end()) continue;
        ArcInstance span;
        span.yearStart = static_cast<float>(flow.yearStart);
        if (flow.yearEnd) span.yearEnd = static_cast<float>(*flow.yearEnd + 1);
        applyMode(span, view);
        addFlowToMarker(it->second, flow, span);
    }
    markers->clear();
    for (const DestinationMarker& m : base.markers)
        markers->push_back(finishMarker(acc[m.placeIndex]));
}

}  // namespace scene
