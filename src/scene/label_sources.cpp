#include "scene/label_sources.h"

#include "data/csv_reader.h"
#include "geo/clip.h"
#include "geo/rings.h"
#include "geo/shapefile.h"
#include "scene/label_point.h"
#include "scene/map_data.h"
#include "scene/name_overrides.h"
#include "scene/simplified_chinese.h"

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

// What every Natural Earth label passes through: the override table and the conversion of
// Chinese names to Simplified characters (none when OpenCC is missing; a warning says so).
struct Naming {
    NameOverrides overrides;
    std::unique_ptr<SimplifiedChinese> chinese;

    void apply(const char* layer, const std::string& key, bool localIsChinese,
               std::array<std::string, 4>* text) const {
        if (const NameOverride* row = overrides.find(layer, key)) applyNameOverride(*row, text);
        if (!chinese) return;
        (*text)[2] = chinese->convert((*text)[2]);
        if (localIsChinese) (*text)[3] = chinese->convert((*text)[3]);
    }
};

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

// The country's larger parts, projected and simplified: enough to keep a label inside it.
std::shared_ptr<const std::vector<geo::Polygon>> countryArea(const std::vector<geo::Polygon>& polys,
                                                             const geo::Projection& projection,
                                                             geo::GeosContext& geos) {
    std::vector<geo::Polygon> projected = project(polys, projection);
    double largest = 0.0;
    for (const auto& p : projected) largest = std::max(largest, std::abs(geo::signedArea(p.outer)));
    auto area = std::make_shared<std::vector<geo::Polygon>>();
    for (const auto& p : projected) {
        if (std::abs(geo::signedArea(p.outer)) < kCountryAreaMinPartShare * largest) continue;
        for (auto& s : geo::simplifyPolygon(geos, p, kCountryAreaToleranceM))
            area->push_back(std::move(s));
    }
    if (area->empty()) return nullptr;
    return area;
}

void addCountries(const LabelSourceOptions& o, const geo::Projection& projection,
                  const Naming& naming, LabelSet* set) {
    geo::ShapefileResult r;
    if (!readLayer(o.naturalEarthDir, "ne_10m_admin_0_countries.shp", &r, set)) return;
    const Fields f{r.layer};
    geo::GeosContext geos;
    for (const auto& feature : r.layer.features) {
        const geo::LonLat at{number(f.get(feature, "LABEL_X"), NAN),
                             number(f.get(feature, "LABEL_Y"), NAN)};
        if (!std::isfinite(at.lon) || !o.clip.contains(at)) continue;
        const std::string& adm0 = f.get(feature, "ADM0_A3");
        const std::string en = f.get(feature, "NAME_EN");
        std::array<std::string, 4> text = {en.empty() ? f.get(feature, "NAME") : en,
                                           f.get(feature, "NAME_RU"), f.get(feature, "NAME_ZH"),
                                           f.get(feature, localNameField(adm0))};
        const bool localIsChinese = std::string(localNameField(adm0)) == "NAME_ZH";
        naming.apply("ne_10m_admin_0_countries.shp", adm0, localIsChinese, &text);
        if (text[0].empty()) continue;
        const int labelrank = static_cast<int>(number(f.get(feature, "LABELRANK"), 9));
        Label l;
        l.world = projection.forward(at);
        l.minZoom = number(f.get(feature, "MIN_LABEL"), 0.0);
        if (f.get(feature, "TYPE") == "Lease") {
            // A leased area (Baikonur) is drawn in its country's style; its name is not a
            // country's, so it is written like a place: regular type, title case.
            l.kind = LabelKind::City;
            l.isLease = true;
            l.text = text;
            l.priority = 40 + 2 * 6 + labelrank;  // as a city of SCALERANK 6
            set->labels.push_back(std::move(l));
            continue;
        }
        l.kind = LabelKind::Country;
        for (size_t k = 0; k < text.size(); ++k)
            l.text[k] = k == 2 || (k == 3 && localIsChinese) ? text[k] : upperCase(text[k]);
        l.maxZoom = number(f.get(feature, "MAX_LABEL"), 10.0) + 2.0;  // NE's hint is for screens
        if (isCorridorCountry(adm0)) {
            l.priority = kCorridorCountryPriority + labelrank;
            l.area = countryArea(feature.polygons, projection, geos);
        } else {
            l.priority = kCountryPriority + labelrank;
        }
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

void addPlaces(const LabelSourceOptions& o, const geo::Projection& projection, const Naming& naming,
               LabelSet* set) {
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
        const std::string& adm0 = f.get(feature, "ADM0_A3");
        const char* local = localNameField(adm0);
        const bool hasLocal = f.set.fieldIndex(local) >= 0;
        l.text[3] = hasLocal ? f.get(feature, local) : f.get(feature, "NAME");
        naming.apply("ne_10m_populated_places.shp", adm0 + "/" + f.get(feature, "NAME"),
                     hasLocal && std::string(local) == "NAME_ZH", &l.text);
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

}  // namespace

bool isCorridorCountry(const std::string& adm0) {
    // maps/layers.toml's central_asia and route classes, without the Baikonur lease.
    static const char* const kCountries[] = {"CHN", "KAZ", "KGZ", "TJK", "TKM",
                                             "UZB", "AZE", "GEO", "TUR"};
    return std::find(std::begin(kCountries), std::end(kCountries), adm0) != std::end(kCountries);
}

// A leased area (Baikonur) is named like a place; when its town of the same name is labelled
// too (a populated place a few km away), one "Baikonur" is enough: the town's, with its dot.
void dropLeasesNamedByTheirTown(LabelSet* set) {
    constexpr double kSameNameWithinM = 60e3;
    auto& labels = set->labels;
    std::vector<bool> drop(labels.size(), false);
    for (size_t i = 0; i < labels.size(); ++i) {
        if (!labels[i].isLease) continue;
        for (size_t j = 0; j < labels.size(); ++j) {
            if (j != i && !labels[j].isLease && labels[j].kind != LabelKind::Country &&
                labels[j].text[0] == labels[i].text[0] &&
                glm::length(labels[j].world - labels[i].world) < kSameNameWithinM)
                drop[i] = true;
        }
    }
    size_t k = 0;
    for (size_t i = 0; i < labels.size(); ++i) {
        if (drop[i]) continue;
        if (k != i) labels[k] = std::move(labels[i]);  // never a self-move: it may empty text
        ++k;
    }
    labels.resize(k);
}

LabelSet naturalEarthLabels(const LabelSourceOptions& options, const geo::Projection& projection) {
    LabelSet set;
    Naming naming;
    naming.overrides = readNameOverrides(options.nameOverrides);
    set.warnings = naming.overrides.warnings;
    std::string error;
    naming.chinese = SimplifiedChinese::create(&error);
    if (!naming.chinese)
        set.warnings.push_back(error + "; Chinese names are shown as Natural Earth has them");
    addCountries(options, projection, naming, &set);
    addWater(options, projection, &set);
    addPlaces(options, projection, naming, &set);
    addRegions(options, projection, &set);
    dropLeasesNamedByTheirTown(&set);
    return set;
}

}  // namespace scene
