#include "scene/label_sources.h"

#include "data/csv_reader.h"
#include "geo/shapefile.h"
#include "scene/label_point.h"
#include "scene/map_data.h"

#include <glm/geometric.hpp>

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <map>

namespace scene {

namespace {

using Lang = LabelLanguage;

double number(const std::string& s, double fallback) {
    if (s.empty()) return fallback;
    char* end = nullptr;
    const double v = std::strtod(s.c_str(), &end);
    return end != s.c_str() && std::isfinite(v) ? v : fallback;
}

// The name field that holds a country's own language, where Natural Earth carries it; the
// local name falls back to NE's NAME (mostly the English short form) elsewhere.
const char* localNameField(const std::string& adm0) {
    static const std::map<std::string, const char*> kFields = {
        {"CHN", "NAME_ZH"}, {"TWN", "NAME_ZHT"}, {"RUS", "NAME_RU"}, {"KAZ", "NAME_RU"},
        {"KGZ", "NAME_RU"}, {"BLR", "NAME_RU"},  {"UKR", "NAME_UK"}, {"TUR", "NAME_TR"},
        {"IRN", "NAME_FA"}, {"AFG", "NAME_FA"},  {"IRQ", "NAME_AR"}, {"SYR", "NAME_AR"},
        {"SAU", "NAME_AR"}, {"JOR", "NAME_AR"},  {"KWT", "NAME_AR"}, {"GRC", "NAME_EL"},
        {"PAK", "NAME_UR"}, {"IND", "NAME_HI"},  {"HUN", "NAME_HU"}, {"POL", "NAME_PL"}};
    const auto it = kFields.find(adm0);
    return it == kFields.end() ? "NAME" : it->second;
}

struct Fields {
    const geo::FeatureSet& set;
    const std::string& get(const geo::Feature& f, const char* name) const {
        return set.attribute(f, set.fieldIndex(name));
    }
};

bool readLayer(const std::string& dir, const char* file, geo::ShapefileResult* out,
               LabelSet* labels) {
    *out = geo::readShapefile(resolveLayerFile(file, dir));
    if (!out->ok) {
        labels->warnings.push_back(std::string(file) + ": cannot be read; its labels are left out");
        return false;
    }
    return true;
}

std::vector<geo::Polygon> project(const std::vector<geo::Polygon>& polys,
                                  const geo::Projection& projection) {
    std::vector<geo::Polygon> out = polys;
    for (auto& p : out) {
        projection.forward(p.outer);
        for (auto& h : p.holes) projection.forward(h);
    }
    return out;
}

void addCountries(const LabelSourceOptions& o, const geo::Projection& projection, LabelSet* set) {
    geo::ShapefileResult r;
    if (!readLayer(o.naturalEarthDir, "ne_10m_admin_0_countries.shp", &r, set)) return;
    const Fields f{r.layer};
    for (const auto& feature : r.layer.features) {
        const geo::LonLat at{number(f.get(feature, "LABEL_X"), NAN),
                             number(f.get(feature, "LABEL_Y"), NAN)};
        if (!std::isfinite(at.lon) || !o.clip.contains(at)) continue;
        Label l;
        l.kind = LabelKind::Country;
        const std::string en = f.get(feature, "NAME_EN");
        l.text[0] = upperCase(en.empty() ? f.get(feature, "NAME") : en);
        l.text[1] = upperCase(f.get(feature, "NAME_RU"));
        l.text[2] = f.get(feature, "NAME_ZH");
        l.text[3] = upperCase(f.get(feature, localNameField(f.get(feature, "ADM0_A3"))));
        if (l.text[0].empty()) continue;
        l.world = projection.forward(at);
        l.priority = 20 + static_cast<int>(number(f.get(feature, "LABELRANK"), 9));
        l.minZoom = number(f.get(feature, "MIN_LABEL"), 0.0);
        l.maxZoom = number(f.get(feature, "MAX_LABEL"), 10.0) + 2.0;  // NE's hint is for screens
        set->labels.push_back(std::move(l));
    }
}

// Kazakhstan's regions from the generalized admin-1 layer (names only; see README on its
// licence): NE transliterations, the same in every language.
void addRegions(const LabelSourceOptions& o, const geo::Projection& projection, LabelSet* set) {
    geo::ShapefileResult r;
    if (!readLayer(o.naturalEarthDir, "ne_10m_admin_1_states_provinces_qgis_generalized.shp", &r,
                   set))
        return;
    const Fields f{r.layer};
    for (const auto& feature : r.layer.features) {
        if (f.get(feature, "adm0_a3") != "KAZ") continue;
        const std::string& name = f.get(feature, "name");
        if (name.empty()) continue;
        const auto point = polygonLabelPoint(project(feature.polygons, projection));
        if (!point) continue;
        Label l;
        l.kind = LabelKind::Region;
        l.text[0] = upperCase(name);
        l.world = *point;
        l.priority = 90;
        l.minZoom = kRegionMinZoom;
        set->labels.push_back(std::move(l));
    }
}

void addPlaces(const LabelSourceOptions& o, const geo::Projection& projection, LabelSet* set) {
    geo::ShapefileResult r;
    if (!readLayer(o.naturalEarthDir, "ne_10m_populated_places.shp", &r, set)) return;
    const Fields f{r.layer};
    for (const auto& feature : r.layer.features) {
        if (feature.points.empty()) continue;
        const geo::LonLat at{feature.points[0].x, feature.points[0].y};
        if (!o.clip.contains(at)) continue;
        const int scalerank = static_cast<int>(number(f.get(feature, "SCALERANK"), 10));
        const int labelrank = static_cast<int>(number(f.get(feature, "LABELRANK"), 10));
        if (scalerank > 8) continue;  // towns that never make an atlas page at this scale
        const bool capital = f.get(feature, "FEATURECLA") == "Admin-0 capital";
        Label l;
        l.kind = capital ? LabelKind::Capital : LabelKind::City;
        const std::string& en = f.get(feature, "NAME_EN");
        l.text[0] = en.empty() ? f.get(feature, "NAME") : en;
        l.text[1] = f.get(feature, "NAME_RU");
        l.text[2] = f.get(feature, "NAME_ZH");
        const char* local = localNameField(f.get(feature, "ADM0_A3"));
        l.text[3] = f.set.fieldIndex(local) >= 0 ? f.get(feature, local) : f.get(feature, "NAME");
        if (l.text[0].empty()) continue;
        l.world = projection.forward(at);
        l.priority = capital ? 30 + labelrank : 40 + 2 * scalerank + labelrank;
        l.minZoom = number(f.get(feature, "min_zoom"), 5.0);
        l.pointLabel = true;
        l.symbolRadiusPt = capital ? 3.5f : 2.5f;
        l.drawDot = !capital;  // the base map's capitals layer draws capitals
        l.symbolNeedsRoom = true;
        set->labels.push_back(std::move(l));
    }
}

void addWater(const LabelSourceOptions& o, const geo::Projection& projection, LabelSet* set) {
    if (o.waterTable.empty()) return;
    std::string text;
    if (!data::readTextFile(o.waterTable, text)) {
        set->warnings.push_back(o.waterTable + ": cannot be read; no water labels");
        return;
    }
    std::vector<data::Message> messages;
    const data::CsvTable table = data::parseCsv(text, o.waterTable, messages);
    auto column = [&](const char* name) {
        const auto it = std::find(table.header.begin(), table.header.end(), name);
        return it == table.header.end() ? -1 : static_cast<int>(it - table.header.begin());
    };
    const int cName = column("name"), cRu = column("name_ru"), cZh = column("name_zh"),
              cLayer = column("ne_layer"), cNe = column("ne_name"), cBox = column("select_lon_min");
    if (cName < 0 || cLayer < 0 || cNe < 0 || cBox < 0 || cRu < 0 || cZh < 0) {
        set->warnings.push_back(o.waterTable + ": missing columns; no water labels");
        return;
    }
    std::map<std::string, geo::ShapefileResult> layers;
    for (const auto& rec : table.records) {
        const std::string& file = rec.fields[static_cast<size_t>(cLayer)];
        auto it = layers.find(file);
        if (it == layers.end()) {
            it = layers.emplace(file, geo::ShapefileResult{}).first;
            readLayer(o.naturalEarthDir, file.c_str(), &it->second, set);
        }
        if (!it->second.ok) continue;
        const Fields f{it->second.layer};
        const std::string& neName = rec.fields[static_cast<size_t>(cNe)];
        std::vector<geo::Polygon> polys;
        for (const auto& feature : it->second.layer.features) {
            if (!neName.empty() && f.get(feature, "name") != neName) continue;
            polys.insert(polys.end(), feature.polygons.begin(), feature.polygons.end());
        }
        const geo::LonLatBox box{number(rec.fields[static_cast<size_t>(cBox)], NAN),
                                 number(rec.fields[static_cast<size_t>(cBox + 1)], NAN),
                                 number(rec.fields[static_cast<size_t>(cBox + 2)], NAN),
                                 number(rec.fields[static_cast<size_t>(cBox + 3)], NAN)};
        if (box.valid()) polys = clipToBox(polys, box);
        const auto point = polygonLabelPoint(project(polys, projection));
        if (!point) {
            set->warnings.push_back(o.waterTable + ":" + std::to_string(rec.line) + ": no " + file +
                                    " polygon for '" + rec.fields[size_t(cName)] + "'");
            continue;
        }
        if (!o.clip.contains(projection.inverse(*point))) continue;
        Label l;
        l.kind = LabelKind::Water;
        l.text[0] = rec.fields[static_cast<size_t>(cName)];
        l.text[1] = rec.fields[static_cast<size_t>(cRu)];
        l.text[2] = rec.fields[static_cast<size_t>(cZh)];
        l.world = *point;
        l.priority = 26;
        set->labels.push_back(std::move(l));
    }
    for (const auto& m : messages) set->warnings.push_back(m.text);
}

// The name a map shows for a place: places.csv qualifies some ("Alat (Port of Baku)",
// "Khorgas (Horgos), China"); the qualification belongs in the card, not on the map.
std::string mapName(const std::string& name) {
    const size_t cut = std::min(name.find(" ("), name.find(", "));
    return cut == std::string::npos ? name : name.substr(0, cut);
}

}  // namespace

LabelSet naturalEarthLabels(const LabelSourceOptions& options, const geo::Projection& projection) {
    LabelSet set;
    addCountries(options, projection, &set);
    addWater(options, projection, &set);
    addPlaces(options, projection, &set);
    addRegions(options, projection, &set);
    return set;
}

LabelSet timelineLabels(const data::Dataset& dataset, const TimelineGeometry& timeline) {
    LabelSet set;
    const auto& places = dataset.places();
    for (const RouteNode& n : timeline.nodes) {
        if (n.placeIndex >= places.size()) continue;
        const data::Place& p = places[n.placeIndex];
        Label l;
        // Capitals on the corridor keep the capitals' bold type (their priority stays a node's).
        l.kind = n.kind == data::PlaceKind::Capital ? LabelKind::Capital : LabelKind::Node;
        l.text = {mapName(p.name), mapName(p.nameRu), mapName(p.nameZh), mapName(p.name)};
        if (p.country == "CHN") l.text[3] = l.text[2];
        if (p.country == "KAZ" || p.country == "RUS" || p.country == "KGZ") l.text[3] = l.text[1];
        l.world = n.world;
        l.yearFrom = n.yearFirstOpen;
        l.priority = n.kind == data::PlaceKind::City || n.kind == data::PlaceKind::Site ? 12 : 10;
        l.pointLabel = true;
        l.symbolRadiusPt = kNodeObstacleRadiusPt;
        set.labels.push_back(std::move(l));
        set.obstacles.push_back({n.world, kNodeObstacleRadiusPt, n.yearFirstOpen});
    }
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
