// Parsers for places.csv and investments.csv.
#include <algorithm>

#include "data/csv_reader.h"
#include "data/field_parse.h"
#include "data/parsers.h"
#include "data/table_reader.h"

namespace data {
namespace {

// Checks that `id` is well formed and not seen before; records it on success.
bool checkNewId(TableReader& reader, const std::string& id,
                std::unordered_map<std::string, int>& seen) {
    if (id.empty()) return false;  // already reported as empty
    if (!isValidId(id)) {
        reader.error("id", "'" + id + "' is not a valid id (lower-case letters, digits and _)");
        return false;
    }
    const auto found = seen.find(id);
    if (found != seen.end()) {
        reader.error("id", "duplicate id '" + id + "' (first on line " +
                               std::to_string(found->second) + ")");
        return false;
    }
    return true;
}

void checkPlaceRef(TableReader& reader, std::string_view column, const std::string& id,
                   const PlaceIndex& index) {
    if (!id.empty() && index.find(id) == index.end()) {
        reader.error(column, "unknown place id '" + id + "'");
    }
}

}  // namespace

PlaceIndex indexPlaces(const std::vector<Place>& places) {
    PlaceIndex index;
    index.reserve(places.size());
    for (std::size_t i = 0; i < places.size(); ++i) index.emplace(places[i].id, i);
    return index;
}

const std::vector<SubsectorInfo>& subsectors() {
    static const std::vector<SubsectorInfo> kList = {
        {"rail", Sector::TransportLogistics},
        {"road", Sector::TransportLogistics},
        {"port", Sector::TransportLogistics},
        {"logistics_hub", Sector::TransportLogistics},
        {"urban_transit", Sector::TransportLogistics},
        {"pipeline", Sector::OilGasEnergy},
        {"oil_gas_upstream", Sector::OilGasEnergy},
        {"refinery", Sector::OilGasEnergy},
        {"petrochemical", Sector::OilGasEnergy},
        {"power_thermal", Sector::OilGasEnergy},
        {"power_hydro", Sector::OilGasEnergy},
        {"power_renewable", Sector::OilGasEnergy},
        {"power_grid", Sector::OilGasEnergy},
        {"mining", Sector::OtherEconomic},
        {"metallurgy", Sector::OtherEconomic},
        {"agriculture", Sector::OtherEconomic},
        {"manufacturing", Sector::OtherEconomic},
        {"finance", Sector::OtherEconomic},
        {"education", Sector::OtherEconomic},
    };
    return kList;
}

std::vector<Place> parsePlaces(std::string_view text, const std::string& fileName,
                               std::vector<Message>& messages) {
    const CsvTable table = parseCsv(text, fileName, messages);
    TableReader reader(table, fileName,
                       {{"id", true},
                        {"name", true},
                        {"name_ru", false},
                        {"name_zh", false},
                        {"country", true},
                        {"lon", true},
                        {"lat", true},
                        {"kind", true},
                        {"coord_source", true},
                        {"note", false}},
                       messages);
    std::vector<Place> places;
    if (!reader.usable()) return places;
    std::unordered_map<std::string, int> seen;
    seen.reserve(table.records.size());
    for (const CsvRecord& record : table.records) {
        reader.beginRow(record);
        Place place;
        place.line = record.line;
        place.id = reader.requiredText("id");
        const bool idOk = checkNewId(reader, place.id, seen);
        place.name = reader.requiredText("name");
        place.nameRu = reader.text("name_ru");
        place.nameZh = reader.text("name_zh");
        place.country = reader.iso3("country", true).value_or("");
        place.lon = reader.coordinate("lon", 180.0).value_or(0.0);
        place.lat = reader.coordinate("lat", 90.0).value_or(0.0);
        place.kind =
            reader.enumValue<PlaceKind>("kind", true, parsePlaceKind).value_or(PlaceKind::City);
        place.coordSource = reader.requiredText("coord_source");
        place.note = reader.text("note");
        if (!reader.rowOk() || !idOk) continue;
        seen.emplace(place.id, record.line);
        places.push_back(std::move(place));
    }
    return places;
}

std::vector<Flow> parseFlows(std::string_view text, const std::string& fileName,
                             const std::vector<Place>& places, std::vector<Message>& messages,
                             const PlaceIndex* placeIndex) {
    const CsvTable table = parseCsv(text, fileName, messages);
    TableReader reader(table, fileName,
                       {{"id", true},
                        {"name", true},
                        {"sector", true},
                        {"subsector", true},
                        {"origin", true},
                        {"destination", true},
                        {"amount_usd", true},
                        {"amount_kind", true},
                        {"year_start", true},
                        {"year_end", false},
                        {"status", true},
                        {"chinese_role", true},
                        {"chinese_share", false},
                        {"confidence", true},
                        {"source", true},
                        {"source_url", false},
                        {"note", false}},
                       messages);
    std::vector<Flow> flows;
    if (!reader.usable()) return flows;
    PlaceIndex ownIndex;
    if (!placeIndex) ownIndex = indexPlaces(places);
    const PlaceIndex& index = placeIndex ? *placeIndex : ownIndex;
    std::unordered_map<std::string, int> seen;
    seen.reserve(table.records.size());
    for (const CsvRecord& record : table.records) {
        reader.beginRow(record);
        Flow flow;
        flow.line = record.line;
        flow.id = reader.requiredText("id");
        const bool idOk = checkNewId(reader, flow.id, seen);
        flow.name = reader.requiredText("name");
        const auto sector = reader.enumValue<Sector>("sector", true, parseSector);
        flow.sector = sector.value_or(Sector::OtherEconomic);
        flow.subsector = reader.requiredText("subsector");
        const auto& known = subsectors();
        const auto info = std::find_if(known.begin(), known.end(), [&](const SubsectorInfo& s) {
            return s.name == flow.subsector;
        });
        if (!flow.subsector.empty() && info == known.end()) {
            std::string names;
            for (const SubsectorInfo& s : known)
                names += (names.empty() ? "" : ", ") + std::string(s.name);
            reader.error("subsector", "'" + flow.subsector + "' is not one of " + names);
        } else if (info != known.end() && sector && info->sector != *sector) {
            reader.warning("subsector", "'" + flow.subsector + "' usually belongs to sector " +
                                            std::string(toString(info->sector)));
        }
        flow.originId = reader.requiredText("origin");
        flow.destinationId = reader.requiredText("destination");
        checkPlaceRef(reader, "origin", flow.originId, index);
        checkPlaceRef(reader, "destination", flow.destinationId, index);
        if (!flow.originId.empty() && flow.originId == flow.destinationId) {
            reader.error("destination", "is the same place as origin");
        }
        const auto origin = index.find(flow.originId);
        if (origin != index.end() && places[origin->second].country != "CHN") {
            reader.warning("origin", "'" + flow.originId + "' is not in China");
        }
        flow.amountUsd = reader.number("amount_usd", false, true);
        flow.amountKind = reader.enumValue<AmountKind>("amount_kind", false, parseAmountKind);
        if (flow.amountUsd && !flow.amountKind && reader.text("amount_kind").empty()) {
            reader.error("amount_kind", "is empty but amount_usd is given; say what it measures");
        }
        if (!flow.amountUsd && flow.amountKind && reader.text("amount_usd").empty()) {
            // A kind with no figure reads as a sourced amount of that kind in cards and totals.
            reader.error("amount_kind", "'" + reader.text("amount_kind") +
                                            "' is given but amount_usd is empty; leave both "
                                            "empty when no sourced figure exists");
        }
        if (flow.amountUsd && *flow.amountUsd > kMaxPlausibleAmountUsd) {
            reader.warning("amount_usd", reader.text("amount_usd") +
                                             " is more than $1 trillion; check the figure (one "
                                             "such arc or disc would cover the map)");
        }
        flow.yearStart = reader.year("year_start", true).value_or(0);
        flow.yearEnd = reader.year("year_end", false);
        if (flow.yearEnd && flow.yearStart != 0 && *flow.yearEnd < flow.yearStart) {
            reader.error("year_end", std::to_string(*flow.yearEnd) + " is before year_start " +
                                         std::to_string(flow.yearStart));
        }
        flow.status = reader.enumValue<ProjectStatus>("status", true, parseProjectStatus)
                          .value_or(ProjectStatus::Announced);
        flow.chineseRole = reader.enumValue<ChineseRole>("chinese_role", true, parseChineseRole)
                               .value_or(ChineseRole::Investor);
        if (!reader.text("chinese_share").empty()) {
            flow.chineseSharePct = reader.number("chinese_share", false, true);
            if (flow.chineseSharePct &&
                !(*flow.chineseSharePct > 0.0 && *flow.chineseSharePct < 100.0)) {
                reader.error("chinese_share", reader.text("chinese_share") +
                                                  " is not a joint venture's share (a percent "
                                                  "above 0 and below 100; empty = all Chinese)");
                flow.chineseSharePct.reset();
            }
        }
        flow.confidence = reader.confidence().value_or(Confidence::Low);
        flow.source = reader.source();
        flow.sourceUrl = reader.sourceUrl();
        flow.note = reader.text("note");
        if (!reader.rowOk() || !idOk) continue;
        seen.emplace(flow.id, record.line);
        flows.push_back(std::move(flow));
    }
    return flows;
}

}  // namespace data
