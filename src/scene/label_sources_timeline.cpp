// Labels from the timeline data: corridor nodes (twin border crossings once), selected projects,
// node markers as obstacles; and the merge with the Natural Earth labels.
#include "scene/label_sources.h"

#include "scene/camera.h"

#include <glm/geometric.hpp>

#include <algorithm>
#include <cctype>
#include <map>

namespace scene {

namespace {

// The name a map shows for a place: places.csv qualifies some ("Alat (Port of Baku)",
// "Khorgas (Horgos), China"); the qualification belongs in the card, not on the map.
std::string mapName(const std::string& name) {
    const size_t cut = std::min(name.find(" ("), name.find(", "));
    return cut == std::string::npos ? name : name.substr(0, cut);
}

// Edit distance of two short ASCII names, ignoring case.
size_t editDistance(const std::string& a, const std::string& b) {
    std::vector<size_t> row(b.size() + 1);
    for (size_t j = 0; j <= b.size(); ++j) row[j] = j;
    for (size_t i = 1; i <= a.size(); ++i) {
        size_t diagonal = row[0];
        row[0] = i;
        for (size_t j = 1; j <= b.size(); ++j) {
            const size_t up = row[j];
            const bool same = std::tolower(static_cast<unsigned char>(a[i - 1])) ==
                              std::tolower(static_cast<unsigned char>(b[j - 1]));
            row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (same ? 0 : 1)});
            diagonal = up;
        }
    }
    return row[b.size()];
}

Label nodeLabel(const data::Place& p, const RouteNode& n) {
    Label l;
    // Capitals on the corridor keep the capitals' bold type (their priority stays a node's).
    l.kind = n.kind == data::PlaceKind::Capital ? LabelKind::Capital : LabelKind::Node;
    l.text = {mapName(p.name), mapName(p.nameRu), mapName(p.nameZh), mapName(p.name)};
    if (p.country == "CHN") l.text[3] = l.text[2];
    if (p.country == "KAZ" || p.country == "RUS" || p.country == "KGZ") l.text[3] = l.text[1];
    l.world = n.world;
    l.yearFrom = n.yearFirstOpen;
    l.priority = n.kind == data::PlaceKind::City || n.kind == data::PlaceKind::Site
                     ? kCityNodePriority
                     : kNodePriority;
    l.pointLabel = true;
    l.symbolRadiusPt = kNodeObstacleRadiusPt;
    return l;
}

// One label for the two sides of a border crossing: the name once where both sides spell it
// nearly alike (Khorgos / Khorgas: the hub's, not the crossing's), else both, west first.
Label twinLabel(const Label& a, const data::PlaceKind kindA, const Label& b,
                const data::PlaceKind kindB) {
    const bool aWest = a.world.x <= b.world.x;
    const Label& west = aWest ? a : b;
    const Label& east = aWest ? b : a;
    Label l = a;
    l.world = 0.5 * (a.world + b.world);
    l.yearFrom = std::min(a.yearFrom, b.yearFrom);
    l.priority = std::min(a.priority, b.priority);
    l.kind = LabelKind::Node;
    // Beside both markers, not only the middle one would cover.
    l.symbolRadiusPt = kNodeObstacleRadiusPt + 0.25f * static_cast<float>(kTwinSplitPt);
    if (editDistance(a.text[0], b.text[0]) <= 2) {
        const bool aFirst = kindA != data::PlaceKind::BorderCrossing ||
                            (kindB == data::PlaceKind::BorderCrossing && aWest);
        const Label& first = aFirst ? a : b;
        const Label& other = aFirst ? b : a;
        for (size_t k = 0; k < l.text.size(); ++k)
            l.text[k] = first.text[k].empty() ? other.text[k] : first.text[k];
        return l;
    }
    for (size_t k = 0; k < l.text.size(); ++k) {
        const std::string& w = west.text[k].empty() ? west.text[0] : west.text[k];
        const std::string& e = east.text[k].empty() ? east.text[0] : east.text[k];
        l.text[k] = w + " / " + e;
    }
    return l;
}

// The zoom at which two points `distanceM` apart stand kTwinSplitPt apart on the map.
double splitZoom(double distanceM) {
    Camera c;
    c.metresPerPx = distanceM / (kTwinSplitPt * kScreenPixelsPerPoint);
    return c.zoom(kScreenPixelsPerPoint);
}

}  // namespace

LabelSet timelineLabels(const data::Dataset& dataset, const TimelineGeometry& timeline) {
    LabelSet set;
    const auto& places = dataset.places();
    std::vector<const RouteNode*> nodes;
    for (const RouteNode& n : timeline.nodes)
        if (n.placeIndex < places.size()) nodes.push_back(&n);
    std::vector<Label> labels;
    for (const RouteNode* n : nodes) {
        labels.push_back(nodeLabel(places[n->placeIndex], *n));
        set.obstacles.push_back({n->world, kNodeObstacleRadiusPt, n->yearFirstOpen});
    }
    std::vector<bool> paired(nodes.size(), false);
    for (size_t i = 0; i < nodes.size(); ++i) {
        for (size_t j = i + 1; j < nodes.size() && !paired[i]; ++j) {
            const data::Place& a = places[nodes[i]->placeIndex];
            const data::Place& b = places[nodes[j]->placeIndex];
            const double d = glm::length(nodes[i]->world - nodes[j]->world);
            if (paired[j] || a.country == b.country || d >= kTwinDistanceM) continue;
            paired[i] = paired[j] = true;
            Label twin = twinLabel(labels[i], nodes[i]->kind, labels[j], nodes[j]->kind);
            twin.maxZoom = splitZoom(d);
            labels[i].minZoom = labels[j].minZoom = twin.maxZoom;
            labels.push_back(std::move(twin));
        }
    }
    set.labels = std::move(labels);
    // Selected projects: the largest sourced flow into each destination, from $1 bn.
    const auto& flows = dataset.flows();
    std::map<uint32_t, size_t> largest;  // destination place -> arc index
    for (size_t i = 0; i < timeline.arcs.size(); ++i) {
        const ArcInstance& a = timeline.arcs[i];
        if (a.flowIndex >= flows.size()) continue;
        const data::Flow& flow = flows[a.flowIndex];
        if (!flow.amountUsd || *flow.amountUsd < kProjectMinAmountUsd) continue;
        const auto place = std::find_if(places.begin(), places.end(), [&](const data::Place& p) {
            return p.id == flow.destinationId;
        });
        if (place == places.end()) continue;
        const auto key = static_cast<uint32_t>(place - places.begin());
        auto it = largest.find(key);
        if (it == largest.end() ||
            *flows[timeline.arcs[it->second].flowIndex].amountUsd < *flow.amountUsd)
            largest[key] = i;
    }
    for (const auto& [place, arcIndex] : largest) {
        const ArcInstance& a = timeline.arcs[arcIndex];
        Label l;
        l.kind = LabelKind::Project;
        l.text[0] = flows[a.flowIndex].name;
        l.world = a.destWorld;
        l.yearFrom = a.yearStart;
        l.priority = 60;
        l.minZoom = kProjectMinZoom;
        l.pointLabel = true;
        l.symbolRadiusPt = 8.f;
        set.labels.push_back(std::move(l));
    }
    return set;
}

LabelSet mergeLabelSets(const LabelSet& base, const LabelSet& timeline) {
    LabelSet out;
    out.warnings = base.warnings;
    out.warnings.insert(out.warnings.end(), timeline.warnings.begin(), timeline.warnings.end());
    std::vector<Label> nodes = timeline.labels;
    for (const Label& l : base.labels) {
        bool duplicate = false;
        if (l.kind == LabelKind::City || l.kind == LabelKind::Capital) {
            for (Label& n : nodes) {
                if (n.kind == LabelKind::Project ||
                    glm::length(n.world - l.world) >= kNodeMergeDistanceM)
                    continue;
                duplicate = true;
                // The same place by name too: Natural Earth's names fill the languages that
                // places.csv leaves empty.
                if (n.text[0].find(l.text[0]) != std::string::npos) {
                    for (size_t k = 1; k < n.text.size(); ++k)
                        if (n.text[k].empty() || n.text[k] == n.text[0]) n.text[k] = l.text[k];
                }
                break;
            }
        }
        if (!duplicate) out.labels.push_back(l);
    }
    out.labels.insert(out.labels.end(), nodes.begin(), nodes.end());
    out.obstacles = timeline.obstacles;
    return out;
}

}  // namespace scene
