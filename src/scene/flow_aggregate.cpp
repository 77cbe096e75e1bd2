#include "scene/flow_aggregate.h"

#include "data/enums.h"

#include <algorithm>
#include <bitset>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <functional>
#include <limits>
#include <map>
#include <queue>

namespace scene {

namespace {

constexpr float kForever = std::numeric_limits<float>::infinity();

bool shown(const ArcInstance& a) {
    return a.widthPt > 0.f && a.yearStart < a.yearEnd;  // false for NaN too
}

std::size_t kindBucket(const ArcInstance& a) {
    return a.amountKind >= 0 && static_cast<std::size_t>(a.amountKind) < kAmountKindBuckets - 1
               ? static_cast<std::size_t>(a.amountKind)
               : kAmountKindBuckets - 1;
}

bool hasAmount(const ArcInstance& a) {
    return std::isfinite(a.amountUsd) && a.amountUsd >= 0.0;
}

uint32_t floatBits(float f) {
    uint32_t u = 0;
    std::memcpy(&u, &f, sizeof u);
    return u;
}

// The years where what is shown can change: every finite start and end of a shown arc, sorted.
// Hostile data with more than kAggregateMaxSlots of them is merged to whole years, then thinned.
std::vector<float> slotStarts(const std::vector<ArcInstance>& arcs, std::size_t n) {
    DenseIds seen(64);
    std::vector<float> years;
    auto note = [&](float y) {
        if (!std::isfinite(y)) return;
        if (y == 0.f) y = 0.f;  // one zero, not two
        if (seen.idOf(floatBits(y)) == years.size()) years.push_back(y);
    };
    for (std::size_t i = 0; i < n; ++i) {
        if (!shown(arcs[i])) continue;
        note(arcs[i].yearStart);
        note(arcs[i].yearEnd);
    }
    std::sort(years.begin(), years.end());
    if (years.size() > kAggregateMaxSlots) {
        for (float& y : years) y = std::floor(y);
        years.erase(std::unique(years.begin(), years.end()), years.end());
    }
    if (years.size() > kAggregateMaxSlots) {
        std::vector<float> thin;
        const std::size_t step = (years.size() + kAggregateMaxSlots - 1) / kAggregateMaxSlots;
        for (std::size_t i = 0; i < years.size(); i += step) thin.push_back(years[i]);
        years.swap(thin);
    }
    return years;
}

// The slot a start year falls in, and the first slot at or after an end year (size: never).
uint16_t slotOfStart(const std::vector<float>& starts, float y) {
    const auto it = std::upper_bound(starts.begin(), starts.end(), y);
    return static_cast<uint16_t>(std::max<std::ptrdiff_t>(0, it - starts.begin() - 1));
}
uint16_t slotOfEnd(const std::vector<float>& starts, float y) {
    return static_cast<uint16_t>(std::lower_bound(starts.begin(), starts.end(), y) -
                                 starts.begin());
}

struct FlowRecord {
    uint32_t arc;
    uint32_t group;
    uint16_t s0, s1;  // shown in slots [s0, s1)
};

struct Group {
    uint32_t origin, dest;
    data::Sector sector;
};

// Per slot, the content of one group's flows (prefix sums of its starts and ends).
void groupContents(const std::vector<ArcInstance>& arcs, const FlowRecord* first,
                   const FlowRecord* last, std::size_t slots, std::vector<AggregateContent>* out) {
    std::vector<int64_t> count(slots + 1, 0);
    std::vector<std::array<double, kAmountKindBuckets>> amount(
        slots + 1, std::array<double, kAmountKindBuckets>{});
    for (const FlowRecord* r = first; r != last; ++r) {
        ++count[r->s0];
        --count[r->s1];
        const ArcInstance& a = arcs[r->arc];
        if (!hasAmount(a)) continue;
        amount[r->s0][kindBucket(a)] += a.amountUsd;
        amount[r->s1][kindBucket(a)] -= a.amountUsd;
    }
    out->assign(slots, AggregateContent{});
    int64_t run = 0;
    std::array<double, kAmountKindBuckets> runAmount{};
    for (std::size_t s = 0; s < slots; ++s) {
        run += count[s];
        for (std::size_t k = 0; k < kAmountKindBuckets; ++k) runAmount[k] += amount[s][k];
        (*out)[s].flows = static_cast<uint32_t>(run);
        (*out)[s].amountUsd = runAmount;
    }
}

}  // namespace

float aggregateWidthPt(uint32_t flows, uint32_t maxFlows) {
    if (flows == 0 || maxFlows == 0) return kAggregateMinWidthPt;
    const float w = kAggregateMaxWidthPt * static_cast<float>(flows) / static_cast<float>(maxFlows);
    return std::clamp(w, kAggregateMinWidthPt, kAggregateMaxWidthPt);
}

FlowAggregate aggregateFlows(const std::vector<ArcInstance>& arcs, const FlowClusters& clusters,
                             int level, const std::string& theme, std::size_t topN) {
    return aggregateFlows(arcs, clusters, level, builtinPalette(theme), topN);
}

FlowAggregate aggregateFlows(const std::vector<ArcInstance>& arcs, const FlowClusters& clusters,
                             int level, const Palette& palette, std::size_t topN) {
    FlowAggregate out;
    if (clusters.levels.empty()) return out;
    level = std::clamp(level, 0, static_cast<int>(clusters.levels.size()) - 1);
    out.level = level;
    const std::size_t n = std::min(arcs.size(), clusters.originCell.size());
    const std::vector<float> starts = slotStarts(arcs, n);
    const std::size_t slots = starts.size();
    if (slots == 0) return out;
    const std::vector<uint32_t> at = clusters.clustersAt(level);
    const std::vector<glm::dvec2>& centroid =
        clusters.levels[static_cast<std::size_t>(level)].centroid;

    // Everything shown, per slot (difference arrays), and each flow's group.
    std::vector<int64_t> visible(slots + 1, 0), local(slots + 1, 0);
    std::vector<std::array<double, kAmountKindBuckets>> total(
        slots + 1, std::array<double, kAmountKindBuckets>{});
    std::vector<FlowRecord> records;
    records.reserve(n);
    std::vector<Group> groups;
    DenseIds groupIds(1024);
    bool whole = false;  // single-year and window modes draw arcs whole
    for (std::size_t i = 0; i < n; ++i) {
        const ArcInstance& a = arcs[i];
        if (!shown(a)) continue;
        const uint16_t s0 = slotOfStart(starts, a.yearStart);
        const uint16_t s1 = slotOfEnd(starts, a.yearEnd);
        if (s1 <= s0) continue;
        whole = whole || (a.flags & kArcWhole);
        ++visible[s0];
        --visible[s1];
        if (hasAmount(a)) {
            total[s0][kindBucket(a)] += a.amountUsd;
            total[s1][kindBucket(a)] -= a.amountUsd;
        }
        const uint32_t oc =
            clusters.originCell[i] == kNoCluster ? kNoCluster : at[clusters.originCell[i]];
        const uint32_t dc =
            clusters.destCell[i] == kNoCluster ? kNoCluster : at[clusters.destCell[i]];
        if (oc == kNoCluster || dc == kNoCluster || oc == dc) {
            ++local[s0];
            --local[s1];
            continue;
        }
        const uint64_t key = (static_cast<uint64_t>(oc) << 34) | (static_cast<uint64_t>(dc) << 2) |
                             static_cast<uint64_t>(a.sector);
        const uint32_t g = groupIds.idOf(key);
        if (g == groups.size()) groups.push_back({oc, dc, a.sector});
        records.push_back({static_cast<uint32_t>(i), g, s0, s1});
    }

    // Flows ordered by group (counting sort), so each group's flows are one run.
    std::vector<uint32_t> begin(groups.size() + 1, 0);
    for (const FlowRecord& r : records) ++begin[r.group + 1];
    for (std::size_t g = 0; g < groups.size(); ++g) begin[g + 1] += begin[g];
    std::vector<FlowRecord> byGroup(records.size());
    {
        std::vector<uint32_t> next(begin.begin(), begin.end() - 1);
        for (const FlowRecord& r : records) byGroup[next[r.group]++] = r;
    }
    records.clear();
    records.shrink_to_fit();

    // The topN groups with the most flows in each slot: a min-heap per slot of (flows, group),
    // ties going to the group met first in the data.
    using Ranked = uint64_t;  // flows << 32 | ~group: larger is better
    std::vector<std::priority_queue<Ranked, std::vector<Ranked>, std::greater<Ranked>>> best(slots);
    {
        std::vector<int64_t> diff(slots + 1);
        for (uint32_t g = 0; g < groups.size(); ++g) {
            std::fill(diff.begin(), diff.end(), 0);
            for (uint32_t r = begin[g]; r < begin[g + 1]; ++r) {
                ++diff[byGroup[r].s0];
                --diff[byGroup[r].s1];
            }
            int64_t run = 0;
            for (std::size_t s = 0; s < slots; ++s) {
                run += diff[s];
                if (run <= 0 || topN == 0) continue;
                const Ranked rank = (static_cast<uint64_t>(run) << 32) | (~g & 0xffffffffu);
                auto& heap = best[s];
                if (heap.size() < topN) {
                    heap.push(rank);
                } else if (rank > heap.top()) {
                    heap.pop();
                    heap.push(rank);
                }
            }
        }
    }
    std::vector<uint64_t> drawn;  // group << 16 | slot
    for (std::size_t s = 0; s < slots; ++s) {
        while (!best[s].empty()) {
            const uint32_t g = ~static_cast<uint32_t>(best[s].top() & 0xffffffffu);
            drawn.push_back((static_cast<uint64_t>(g) << 16) | s);
            best[s].pop();
        }
    }
    std::sort(drawn.begin(), drawn.end());

    // Arcs between the same two clusters fan out by sector, in the same order at every year.
    std::map<uint64_t, unsigned> sectorsOfPair;
    for (uint64_t d : drawn) {
        const Group& grp = groups[d >> 16];
        sectorsOfPair[(static_cast<uint64_t>(grp.origin) << 32) | grp.dest] |=
            1u << static_cast<unsigned>(grp.sector);
    }

    // One arc per drawn group and slot, then ordered by slot: each slot's arcs are one run that
    // the renderer draws alone at the slot's years (so the vertex work is topN arcs, however
    // many years there are). An arc drawn in the slot before continues whole; a new one grows.
    std::vector<AggregateContent> drawnPerSlot(slots);
    std::vector<AggregateContent> content;
    std::vector<ArcInstance> pieces;
    std::vector<AggregateContent> pieceContents;
    std::vector<uint16_t> pieceSlot;
    std::vector<uint32_t> perSlot(slots + 1, 0);
    for (std::size_t i = 0; i < drawn.size();) {
        const uint32_t g = static_cast<uint32_t>(drawn[i] >> 16);
        std::size_t end = i;
        while (end < drawn.size() && (drawn[end] >> 16) == g) ++end;
        groupContents(arcs, byGroup.data() + begin[g], byGroup.data() + begin[g + 1], slots,
                      &content);
        const Group& grp = groups[g];
        const unsigned sectors =
            sectorsOfPair[(static_cast<uint64_t>(grp.origin) << 32) | grp.dest];
        const auto rank =
            std::bitset<32>(sectors & ((1u << static_cast<unsigned>(grp.sector)) - 1u)).count();
        for (std::size_t j = i; j < end; ++j) {
            const std::size_t s = drawn[j] & 0xffffu;
            ArcInstance a;
            a.originWorld = centroid[grp.origin];
            a.destWorld = centroid[grp.dest];
            a.sector = grp.sector;
            a.color = sectorColor(grp.sector, palette);
            a.yearStart = starts[s];
            a.yearEnd = s + 1 < slots ? starts[s + 1] : kForever;
            a.bend = kArcBaseBend + static_cast<float>(rank) * kArcPairStep;
            if (whole || (j > i && (drawn[j - 1] & 0xffffu) + 1 == s)) a.flags |= kArcWhole;
            a.flowIndex = kAggregateFlowIndex;
            pieces.push_back(a);
            pieceContents.push_back(content[s]);
            pieceSlot.push_back(static_cast<uint16_t>(s));
            ++perSlot[s + 1];
            out.maxFlowsPerArc = std::max(out.maxFlowsPerArc, content[s].flows);
            drawnPerSlot[s].flows += content[s].flows;
            for (std::size_t k = 0; k < kAmountKindBuckets; ++k)
                drawnPerSlot[s].amountUsd[k] += content[s].amountUsd[k];
        }
        i = end;
    }
    for (std::size_t s = 0; s < slots; ++s) perSlot[s + 1] += perSlot[s];
    out.arcs.resize(pieces.size());
    out.contents.resize(pieces.size());
    {
        std::vector<uint32_t> next(perSlot.begin(), perSlot.end() - 1);
        for (std::size_t k = 0; k < pieces.size(); ++k) {
            const uint32_t to = next[pieceSlot[k]]++;
            out.arcs[to] = pieces[k];
            out.arcs[to].widthPt = aggregateWidthPt(pieceContents[k].flows, out.maxFlowsPerArc);
            out.contents[to] = pieceContents[k];
        }
    }

    // What each slot shows and what no drawn arc holds.
    out.slots.resize(slots);
    int64_t runVisible = 0, runLocal = 0;
    std::array<double, kAmountKindBuckets> runTotal{};
    for (std::size_t s = 0; s < slots; ++s) {
        runVisible += visible[s];
        runLocal += local[s];
        AggregateSlot& slot = out.slots[s];
        slot.yearStart = starts[s];
        slot.firstArc = perSlot[s];
        slot.arcCount = perSlot[s + 1] - perSlot[s];
        slot.visibleFlows = static_cast<uint64_t>(runVisible);
        slot.localFlows = static_cast<uint64_t>(runLocal);
        slot.notDrawnFlows = slot.visibleFlows - drawnPerSlot[s].flows;
        for (std::size_t k = 0; k < kAmountKindBuckets; ++k) {
            runTotal[k] += total[s][k];
            // Rounding can leave a few dollars either way of nothing.
            slot.notDrawnAmountUsd[k] = std::max(0.0, runTotal[k] - drawnPerSlot[s].amountUsd[k]);
        }
    }
    return out;
}

const AggregateSlot* aggregateSlotAt(const FlowAggregate& aggregate, double year) {
    const auto& slots = aggregate.slots;
    if (slots.empty() || !(year >= static_cast<double>(slots.front().yearStart))) return nullptr;
    const auto it = std::upper_bound(
        slots.begin(), slots.end(), year,
        [](double y, const AggregateSlot& s) { return y < static_cast<double>(s.yearStart); });
    return &*(it - 1);
}

AggregateNote aggregateNoteAt(const FlowAggregate& aggregate, double year) {
    AggregateNote note;
    if (aggregate.level < 0) return note;
    note.maxFlowsPerArc = std::max<uint32_t>(1, aggregate.maxFlowsPerArc);
    const AggregateSlot* slot = aggregateSlotAt(aggregate, year);
    if (!slot) return note;
    note.flowsNotDrawn = slot->notDrawnFlows;
    note.localFlows = slot->localFlows;
    for (std::size_t k = 0; k < kAmountKindBuckets; ++k) {
        const double usd = slot->notDrawnAmountUsd[k];
        if (!(usd > 0.0)) continue;
        if (usd > note.notDrawnAmountUsd) {
            note.otherKinds = note.otherKinds || note.notDrawnAmountUsd > 0.0;
            note.notDrawnAmountUsd = usd;
            note.notDrawnKind = k + 1 < kAmountKindBuckets ? static_cast<int>(k) : -1;
        } else {
            note.otherKinds = true;
        }
    }
    return note;
}

namespace {

// 12340 -> "12,340" (the legend's other numbers are English-formatted too).
std::string groupedCount(uint64_t n) {
    std::string digits = std::to_string(n), out;
    for (std::size_t i = 0; i < digits.size(); ++i) {
        if (i > 0 && (digits.size() - i) % 3 == 0) out += ',';
        out += digits[i];
    }
    return out;
}

std::string flowsLabel(uint64_t n, UiLanguage language) {
    return groupedCount(n) + " " + uiText(n == 1 ? "flow" : "flows", language);
}

// Sums of many flows can pass a trillion, which the short format would write in billions.
std::string sumText(double usd, UiLanguage language) {
    if (usd < 1e12 || language != UiLanguage::En) return formatAmountShort(usd, language);
    char buf[32];
    std::snprintf(buf, sizeof buf, "$%.1f tn", usd / 1e12);
    return buf;
}

bool singleFlowStyle(const LegendEntry& e) {
    using Mark = LegendEntry::Mark;
    return e.kind == LegendEntry::Kind::Note &&
           (e.mark == Mark::Dotted || e.mark == Mark::Hatched || e.mark == Mark::Outlined ||
            e.mark == Mark::Halted || e.mark == Mark::JointVenture);
}

}  // namespace

void addAggregateLegend(LegendSpec* legend, const AggregateNote& note, Rgba ink,
                        UiLanguage language) {
    if (note.maxFlowsPerArc == 0) return;
    auto& entries = legend->entries;
    auto first = std::find_if(entries.begin(), entries.end(), [](const LegendEntry& e) {
        return e.kind == LegendEntry::Kind::WidthSample;
    });
    const std::size_t at = static_cast<std::size_t>(first - entries.begin());
    entries.erase(std::remove_if(entries.begin(), entries.end(),
                                 [](const LegendEntry& e) {
                                     return e.kind == LegendEntry::Kind::WidthSample ||
                                            singleFlowStyle(e);
                                 }),
                  entries.end());
    std::vector<LegendEntry> added;
    auto add = [&](LegendEntry::Kind kind, std::string label, float widthPt) {
        LegendEntry e;
        e.kind = kind;
        e.label = std::move(label);
        e.color = ink;
        e.widthPt = widthPt;
        added.push_back(std::move(e));
    };
    // The widths: every arc of up to `clamp` flows is drawn at the minimum width.
    const uint32_t most = note.maxFlowsPerArc;
    const auto clamp = static_cast<uint32_t>(
        std::floor(static_cast<double>(most) * kAggregateMinWidthPt / kAggregateMaxWidthPt));
    add(LegendEntry::Kind::WidthSample,
        clamp > 1 ? uiText("up to", language) + " " + flowsLabel(clamp, language)
                  : flowsLabel(1, language),
        kAggregateMinWidthPt);
    if (most > std::max<uint32_t>(clamp, 1)) {
        add(LegendEntry::Kind::WidthSample, flowsLabel(most, language), kAggregateMaxWidthPt);
    }
    add(LegendEntry::Kind::Note, uiText("Flows summed between nearby places", language), 0.f);
    if (note.flowsNotDrawn > 0) {
        std::string line =
            "+" + groupedCount(note.flowsNotDrawn) + " " +
            uiText(note.localFlows > 0 ? "smaller or local flows" : "smaller flows", language);
        if (note.notDrawnAmountUsd > 0.0) {
            line += ", " + sumText(note.notDrawnAmountUsd, language);
            if (note.notDrawnKind >= 0) {
                std::string kind(data::toString(static_cast<data::AmountKind>(note.notDrawnKind)));
                std::replace(kind.begin(), kind.end(), '_', ' ');
                line += " (" + uiText(kind, language) + ")";
            }
            if (note.otherKinds) line += " " + uiText("and other kinds", language);
        }
        add(LegendEntry::Kind::Note, std::move(line), 0.f);
    }
    entries.insert(entries.begin() + static_cast<std::ptrdiff_t>(std::min(at, entries.size())),
                   added.begin(), added.end());
}

void FlowAggregation::reset(const std::vector<ArcInstance>& arcs, bool enabled) {
    m_active = enabled && arcs.size() > kAggregateMinArcs;
    m_clusters = m_active ? buildFlowClusters(arcs) : FlowClusters{};
    m_result = {};
    m_view = {};
    m_aggregations = 0;
}

bool FlowAggregation::stale(int level, const TimelineView& view) const {
    return m_active && (m_aggregations == 0 || level != m_result.level || view != m_view);
}

void FlowAggregation::aggregate(const std::vector<ArcInstance>& viewedArcs, int level,
                                const TimelineView& view, const Palette& palette) {
    if (!m_active) return;
    m_result = aggregateFlows(viewedArcs, m_clusters, level, palette);
    m_result.level = level;
    m_view = view;
    ++m_aggregations;
}

void FlowAggregation::recolour(const Palette& palette) {
    for (ArcInstance& a : m_result.arcs) a.color = sectorColor(a.sector, palette);
}

}  // namespace scene
