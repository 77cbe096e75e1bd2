#include "scene/label_cache.h"

#include "data/csv_reader.h"
#include "scene/cache_io.h"
#include "scene/file_hash_memo.h"
#include "scene/geometry_cache.h"

#include <algorithm>
#include <cstdio>
#include <iterator>
#include <memory>
#include <set>

namespace scene {

namespace {

// Bump when naturalEarthLabels or the layout below changes.
// 2: corridor country areas, name overrides, Chinese names in Simplified characters.
// 3: a leased area is not named where its town of the same name is.
constexpr uint32_t kLabelFormat = 3;

std::string entryPath(const std::string& dir, uint64_t key) {
    char name[40];
    std::snprintf(name, sizeof name, "%016llx.labels", static_cast<unsigned long long>(key));
    return dir + "/" + name;
}

}  // namespace

uint64_t labelCacheKey(const LabelSourceOptions& o, geo::ProjectionKind projection,
                       const std::string& memoDir) {
    Writer w;
    w.pod(kLabelFormat);
    w.pod(static_cast<int32_t>(projection));
    w.pod(o.clip);
    std::set<std::string> files = {"ne_10m_admin_0_countries.shp",
                                   "ne_10m_admin_1_states_provinces_qgis_generalized.shp",
                                   "ne_10m_populated_places.shp"};
    std::string table;
    if (!o.waterTable.empty() && readWholeFile(o.waterTable, &table)) {
        std::vector<data::Message> messages;
        const data::CsvTable csv = data::parseCsv(table, o.waterTable, messages);
        const auto it = std::find(csv.header.begin(), csv.header.end(), "ne_layer");
        if (it != csv.header.end()) {
            const auto col = static_cast<size_t>(it - csv.header.begin());
            for (const auto& rec : csv.records) {
                if (col < rec.fields.size()) files.insert(rec.fields[col]);
            }
        }
    }
    w.string(o.waterTable);
    w.string(table);
    std::string overrides;
    if (!o.nameOverrides.empty()) readWholeFile(o.nameOverrides, &overrides);
    w.string(o.nameOverrides);
    w.string(overrides);
    for (const std::string& f : files) {
        w.string(f);
        w.pod(hashShapefileSetMemo(o.naturalEarthDir + "/" + f, memoDir));
    }
    return hashBytes(w.bytes().data(), w.bytes().size(), 11);
}

std::optional<LabelSet> loadCachedLabels(const std::string& dir, uint64_t key) {
    if (dir.empty()) return std::nullopt;
    const std::optional<std::string> payload = loadCachePayload(entryPath(dir, key), key);
    if (!payload) return std::nullopt;
    Reader r(payload->data(), payload->size());
    LabelSet set;
    uint64_t n = 0;
    if (!r.pod(&n) || n > (1u << 24)) return std::nullopt;
    set.labels.resize(n);
    for (Label& l : set.labels) {
        int32_t kind = 0;
        uint8_t flags = 0;
        if (!r.pod(&kind) || kind < 0 || kind >= kLabelKinds) return std::nullopt;
        l.kind = static_cast<LabelKind>(kind);
        for (std::string& t : l.text) {
            if (!r.string(&t)) return std::nullopt;
        }
        if (!r.pod(&l.world) || !r.pod(&l.priority) || !r.pod(&l.minZoom) || !r.pod(&l.maxZoom) ||
            !r.pod(&l.yearFrom) || !r.pod(&l.symbolRadiusPt) || !r.pod(&flags))
            return std::nullopt;
        l.pointLabel = (flags & 1) != 0;
        l.drawDot = (flags & 2) != 0;
        l.symbolNeedsRoom = (flags & 4) != 0;
        if ((flags & 8) != 0) {
            uint64_t parts = 0;
            if (!r.pod(&parts) || parts > (1u << 16)) return std::nullopt;
            auto area = std::make_shared<std::vector<geo::Polygon>>(parts);
            for (geo::Polygon& p : *area) {
                std::vector<geo::Path> rings;
                if (!r.paths(&rings) || rings.empty()) return std::nullopt;
                p.outer = std::move(rings.front());
                p.holes.assign(std::make_move_iterator(rings.begin() + 1),
                               std::make_move_iterator(rings.end()));
            }
            l.area = std::move(area);
        }
    }
    if (!r.array(&set.obstacles) || !r.strings(&set.warnings) || !r.atEnd()) return std::nullopt;
    return set;
}

bool storeCachedLabels(const std::string& dir, uint64_t key, const LabelSet& set) {
    if (dir.empty()) return false;
    Writer w;
    w.pod(static_cast<uint64_t>(set.labels.size()));
    for (const Label& l : set.labels) {
        w.pod(static_cast<int32_t>(l.kind));
        for (const std::string& t : l.text) w.string(t);
        w.pod(l.world);
        w.pod(l.priority);
        w.pod(l.minZoom);
        w.pod(l.maxZoom);
        w.pod(l.yearFrom);
        w.pod(l.symbolRadiusPt);
        w.pod(static_cast<uint8_t>((l.pointLabel ? 1 : 0) | (l.drawDot ? 2 : 0) |
                                   (l.symbolNeedsRoom ? 4 : 0) | (l.area ? 8 : 0)));
        if (l.area) {
            w.pod(static_cast<uint64_t>(l.area->size()));
            for (const geo::Polygon& p : *l.area) {
                std::vector<geo::Path> rings = {p.outer};
                rings.insert(rings.end(), p.holes.begin(), p.holes.end());
                w.paths(rings);
            }
        }
    }
    w.array(set.obstacles);
    w.strings(set.warnings);
    return storeCachePayload(entryPath(dir, key), key, w.bytes());
}

}  // namespace scene
