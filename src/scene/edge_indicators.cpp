#include "scene/edge_indicators.h"

#include "scene/describe.h"
#include "scene/scale_bar.h"

#include <glm/common.hpp>
#include <glm/geometric.hpp>

#include <algorithm>
#include <array>
#include <cmath>
#include <map>
#include <set>

namespace scene {

namespace {

constexpr int kArcSamples = 64;

bool inFrame(glm::dvec2 p, glm::dvec2 frame) {
    return p.x >= 0.0 && p.y >= 0.0 && p.x <= frame.x && p.y <= frame.y;
}

struct Crossing {
    glm::dvec2 px{0.0};
    FrameEdge edge = FrameEdge::Right;
};

// Where the segment from `out` (outside the frame) to `in` (inside) enters it: the largest
// entry parameter over the frame's four sides (Liang-Barsky), and that side.
Crossing entry(glm::dvec2 out, glm::dvec2 in, glm::dvec2 frame) {
    const glm::dvec2 d = in - out;
    double t = 0.0;
    FrameEdge edge = FrameEdge::Right;
    auto consider = [&](bool violated, double tSide, FrameEdge side) {
        if (violated && tSide > t) {
            t = tSide;
            edge = side;
        }
    };
    if (d.x != 0.0) {
        consider(out.x < 0.0, -out.x / d.x, FrameEdge::Left);
        consider(out.x > frame.x, (frame.x - out.x) / d.x, FrameEdge::Right);
    }
    if (d.y != 0.0) {
        consider(out.y < 0.0, -out.y / d.y, FrameEdge::Top);
        consider(out.y > frame.y, (frame.y - out.y) / d.y, FrameEdge::Bottom);
    }
    glm::dvec2 p = out + std::min(t, 1.0) * d;
    p = glm::clamp(p, glm::dvec2(0.0), frame);
    return {p, edge};
}

// The mean crossing on the edge most of them cross, snapped onto that edge.
Crossing meanCrossing(const std::vector<Crossing>& crossings, glm::dvec2 frame) {
    std::array<int, 4> count{};
    for (const Crossing& c : crossings) ++count[static_cast<size_t>(c.edge)];
    const auto edge =
        static_cast<FrameEdge>(std::max_element(count.begin(), count.end()) - count.begin());
    glm::dvec2 sum(0.0);
    int n = 0;
    for (const Crossing& c : crossings) {
        if (c.edge != edge) continue;
        sum += c.px;
        ++n;
    }
    glm::dvec2 p = sum / static_cast<double>(std::max(n, 1));
    switch (edge) {
        case FrameEdge::Left:
            p.x = 0.0;
            break;
        case FrameEdge::Right:
            p.x = frame.x;
            break;
        case FrameEdge::Top:
            p.y = 0.0;
            break;
        case FrameEdge::Bottom:
            p.y = frame.y;
            break;
    }
    return {p, edge};
}

void finish(EdgeIndicator& ind, const std::vector<Crossing>& crossings,
            const EdgeIndicatorInput& in) {
    const Crossing c = meanCrossing(crossings, in.frameSizePx);
    ind.edge = c.edge;
    ind.edgePx = c.px;
    const glm::dvec2 toward = in.camera.pxOf(ind.placeWorld, in.frameSizePx) - c.px;
    const double len = glm::length(toward);
    ind.directionPx = len > 0.0 ? toward / len : glm::dvec2(1.0, 0.0);
    if (in.projection) {
        const data::Place& p = in.dataset->places()[ind.placeIndex];
        const geo::LonLat at = in.projection->inverse(in.camera.worldAt(c.px, in.frameSizePx));
        if (std::isfinite(at.lon) && std::isfinite(at.lat))
            ind.distanceKm = greatCircleMetres(at, geo::LonLat{p.lon, p.lat}) / 1000.0;
    }
}

int placeIndexOf(const data::Dataset& dataset, const std::string& id) {
    const data::Place* p = dataset.findPlace(id);
    return p ? static_cast<int>(p - dataset.places().data()) : -1;
}

void flowIndicators(const EdgeIndicatorInput& in, std::map<int, EdgeIndicator>& out) {
    const data::Dataset& dataset = *in.dataset;
    std::map<int, std::vector<Crossing>> crossings;
    for (const ArcInstance& arc : *in.arcs) {
        if (arc.widthPt <= 0.f || in.year < arc.yearStart || in.year >= arc.yearEnd) continue;
        if (arc.flowIndex >= dataset.flows().size()) continue;
        if (inFrame(in.camera.pxOf(arc.originWorld, in.frameSizePx), in.frameSizePx)) continue;
        // The part drawn so far (an arc grows from its origin over its first months, except in
        // single-year and window modes, which draw it whole: kArcWhole, as arc.vert does).
        const double grown =
            (arc.flags & kArcWhole)
                ? 1.0
                : std::clamp((in.year - arc.yearStart) / static_cast<double>(kArcGrowYears), 0.0,
                             1.0);
        glm::dvec2 prev = in.camera.pxOf(arc.originWorld, in.frameSizePx);
        bool entered = false;
        Crossing where;
        for (int i = 1; i <= kArcSamples && !entered; ++i) {
            const double t = grown * i / kArcSamples;
            const glm::dvec2 px = in.camera.pxOf(arcPoint(arc, t), in.frameSizePx);
            if (inFrame(px, in.frameSizePx)) {
                where = entry(prev, px, in.frameSizePx);
                entered = true;
            }
            prev = px;
        }
        if (!entered) continue;  // not on screen: nothing points to it
        const data::Flow& flow = dataset.flows()[arc.flowIndex];
        const int place = placeIndexOf(dataset, flow.originId);
        if (place < 0) continue;
        EdgeIndicator& ind = out[place];
        ind.kind = EdgeIndicator::Kind::FlowOrigin;
        ind.placeIndex = static_cast<uint32_t>(place);
        ind.name = dataset.places()[static_cast<size_t>(place)].name;
        ind.nameRu = dataset.places()[static_cast<size_t>(place)].nameRu;
        ind.nameZh = dataset.places()[static_cast<size_t>(place)].nameZh;
        ind.placeWorld = arc.originWorld;
        ++ind.flowCount;
        if (!data::isRealised(flow.status)) {
            ++ind.notSpent;  // a promise or an estimate: never summed with money spent
        } else {
            ++ind.totals.flowCount;
            if (flow.amountUsd && flow.amountKind) {
                ind.totals.usdByKind[*flow.amountKind] += *flow.amountUsd;
                ++ind.totals.countByKind[*flow.amountKind];
            } else {
                ++ind.totals.withoutAmount;
            }
        }
        crossings[place].push_back(where);
    }
    for (auto& [place, ind] : out) finish(ind, crossings[place], in);
}

void routeIndicators(const EdgeIndicatorInput& in, std::map<int, EdgeIndicator>& out) {
    const data::Dataset& dataset = *in.dataset;
    const glm::dvec2 frame = in.frameSizePx;
    const glm::dvec2 centre = 0.5 * frame;
    // The drawn graph: place -> neighbours, and each place's position on screen.
    struct Edge {
        int from, to;
        const RouteSegmentGeometry* seg;
    };
    std::vector<Edge> edges;
    std::map<int, glm::dvec2> world;
    std::map<int, std::set<int>> next;
    for (const RouteSegmentGeometry& seg : *in.route) {
        if (!routeDrawnAt(seg, in.year) || seg.path.size() < 2) continue;
        if (seg.segmentIndex >= dataset.segments().size()) continue;
        const data::CorridorSegment& s = dataset.segments()[seg.segmentIndex];
        const int a = placeIndexOf(dataset, s.fromId), b = placeIndexOf(dataset, s.toId);
        if (a < 0 || b < 0) continue;
        edges.push_back({a, b, &seg});
        world[a] = seg.path.front();
        world[b] = seg.path.back();
        next[a].insert(b);
        next[b].insert(a);
    }
    auto farFromCentre = [&](int place) {
        return glm::length(in.camera.pxOf(world[place], frame) - centre);
    };
    std::map<int, std::vector<Crossing>> crossings;
    for (const Edge& e : edges) {
        const geo::Path& path = e.seg->path;
        for (const bool atEnd : {false, true}) {
            const int endPlace = atEnd ? e.to : e.from;
            if (inFrame(in.camera.pxOf(world[endPlace], frame), frame)) continue;
            // Walk in from the outer end to the first vertex on screen.
            const size_t n = path.size();
            glm::dvec2 prev = in.camera.pxOf(path[atEnd ? n - 1 : 0], frame);
            bool entered = false;
            Crossing where;
            for (size_t k = 1; k < n && !entered; ++k) {
                const glm::dvec2 px = in.camera.pxOf(path[atEnd ? n - 1 - k : k], frame);
                if (inFrame(px, frame)) {
                    where = entry(prev, px, frame);
                    entered = true;
                }
                prev = px;
            }
            if (!entered) continue;
            // Onward, away from the frame, to the corridor's last place that way.
            int at = endPlace;
            std::set<int> seen{e.from, e.to};
            for (;;) {
                int best = -1;
                double bestFar = farFromCentre(at);
                for (int nb : next[at]) {
                    if (seen.count(nb)) continue;
                    const double far = farFromCentre(nb);
                    if (far > bestFar) {
                        best = nb;
                        bestFar = far;
                    }
                }
                if (best < 0) break;
                seen.insert(best);
                at = best;
            }
            crossings[at].push_back(where);
        }
    }
    for (auto& [place, list] : crossings) {
        if (out.count(place)) continue;  // the flows' indicator names the place already
        EdgeIndicator ind;
        ind.kind = EdgeIndicator::Kind::RouteEnd;
        ind.placeIndex = static_cast<uint32_t>(place);
        ind.name = dataset.places()[static_cast<size_t>(place)].name;
        ind.nameRu = dataset.places()[static_cast<size_t>(place)].nameRu;
        ind.nameZh = dataset.places()[static_cast<size_t>(place)].nameZh;
        ind.placeWorld = world[place];
        finish(ind, list, in);
        out[place] = ind;
    }
}

std::string thousands(long long v) {
    std::string digits = std::to_string(v);
    for (int i = static_cast<int>(digits.size()) - 3; i > 0; i -= 3)
        digits.insert(static_cast<size_t>(i), ",");
    return digits;
}

}  // namespace

std::vector<EdgeIndicator> edgeIndicators(const EdgeIndicatorInput& in) {
    std::vector<EdgeIndicator> result;
    if (!in.dataset || !(in.frameSizePx.x > 0.0) || !(in.frameSizePx.y > 0.0) ||
        !(in.camera.metresPerPx > 0.0))
        return result;
    std::map<int, EdgeIndicator> byPlace;
    if (in.arcs) flowIndicators(in, byPlace);
    if (in.route) routeIndicators(in, byPlace);
    for (auto& [place, ind] : byPlace) result.push_back(std::move(ind));
    return result;
}

namespace {

// "41 flows", "41 поток", "41笔投资": Russian counts take one of three forms.
std::string flowsText(int n, UiLanguage language) {
    const std::string count = std::to_string(n);
    switch (language) {
        case UiLanguage::Ru: {
            const int mod10 = n % 10, mod100 = n % 100;
            if (mod10 == 1 && mod100 != 11) return count + " поток";
            if (mod10 >= 2 && mod10 <= 4 && (mod100 < 12 || mod100 > 14)) return count + " потока";
            return count + " потоков";
        }
        case UiLanguage::Zh:
            return count + "笔投资";
        case UiLanguage::En:
            break;
    }
    return count + (n == 1 ? " flow" : " flows");
}

}  // namespace

std::vector<std::string> edgeIndicatorLines(const EdgeIndicator& ind, UiLanguage language) {
    std::vector<std::string> lines;
    const std::string& local = language == UiLanguage::Ru   ? ind.nameRu
                               : language == UiLanguage::Zh ? ind.nameZh
                                                            : ind.name;
    std::string head = local.empty() ? ind.name : local;
    if (ind.distanceKm > 0.0) {
        // Two significant figures: how far, not a survey.
        const double step = ind.distanceKm >= 1000.0 ? 100.0 : 10.0;
        const auto km = static_cast<long long>(std::round(ind.distanceKm / step) * step);
        const std::string unit = language == UiLanguage::Ru   ? " км"
                                 : language == UiLanguage::Zh ? "公里"
                                                              : " km";
        head += "  \xC2\xB7  " + thousands(km) + unit;
    }
    lines.push_back(head);
    if (ind.kind != EdgeIndicator::Kind::FlowOrigin) return lines;
    lines.push_back(flowsText(ind.flowCount, language));
    std::vector<std::pair<double, data::AmountKind>> kinds;
    for (const auto& [kind, usd] : ind.totals.usdByKind) kinds.push_back({usd, kind});
    std::stable_sort(kinds.begin(), kinds.end(),
                     [](const auto& a, const auto& b) { return a.first > b.first; });
    for (const auto& [usd, kind] : kinds) {
        lines.push_back(language == UiLanguage::En ? formatUsd(usd) + " " + describe(kind)
                                                   : formatAmountShort(usd, language) + " " +
                                                         uiText(describe(kind), language));
    }
    // Chinese sets no space between a count and its measure word.
    const std::string gap = language == UiLanguage::Zh ? "" : " ";
    if (ind.totals.withoutAmount > 0) {
        lines.push_back(std::to_string(ind.totals.withoutAmount) + gap +
                        uiText("without a sourced amount", language));
    }
    if (ind.notSpent > 0) {
        lines.push_back(std::to_string(ind.notSpent) + gap +
                        uiText("announced or halted, not spent", language));
    }
    return lines;
}

}  // namespace scene
