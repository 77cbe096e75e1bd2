// Parsers for corridor_segments.csv, corridor_volumes.csv, trade.csv and events.csv.
#include <algorithm>
#include <map>
#include <optional>
#include <tuple>

#include "data/csv_reader.h"
#include "data/field_parse.h"
#include "data/parsers.h"
#include "data/table_reader.h"

namespace data {
namespace {

void warnIfNoConfidenceColumn(const TableReader& reader, std::vector<Message>& messages) {
    if (reader.usable() && !reader.hasColumn("confidence")) {
        addMessage(messages, Severity::Warning, reader.fileName(), 0, "confidence",
                   "no confidence column; every row is marked L");
    }
}

std::vector<std::string> splitIds(const std::string& text) {
    std::vector<std::string> ids;
    std::size_t start = 0;
    while (start <= text.size()) {
        const std::size_t end = std::min(text.find(';', start), text.size());
        ids.emplace_back(trimView(std::string_view(text).substr(start, end - start)));
        start = end + 1;
    }
    return ids;
}

// The `shape` cell: "lon lat; lon lat; ..." in WGS84 degrees. Each problem is an error naming the
// point; the row is then skipped, so a half-read shape is never drawn.
std::vector<ShapePoint> parseShape(const std::string& text, TableReader& reader) {
    std::vector<ShapePoint> points;
    if (text.empty()) return points;
    // Counted before anything is parsed, like the vias: a cell of thousands of points would
    // make the spline and its sampling slow for nothing a map can show.
    const auto count = static_cast<std::size_t>(std::count(text.begin(), text.end(), ';')) + 1;
    if (count > kMaxShapePoints) {
        reader.error("shape", std::to_string(count) + " points; at most " +
                                  std::to_string(kMaxShapePoints) + " are allowed");
        return points;
    }
    std::size_t start = 0;
    for (std::size_t n = 1; n <= count; ++n) {
        const std::size_t end = std::min(text.find(';', start), text.size());
        const std::string_view part = trimView(std::string_view(text).substr(start, end - start));
        start = end + 1;
        const std::string name = "point " + std::to_string(n);
        const std::size_t gap = part.find_first_of(" \t");
        const std::string_view lonText = part.substr(0, gap);
        const std::string_view latText =
            gap == std::string_view::npos ? std::string_view() : trimView(part.substr(gap));
        const std::optional<double> lon = parseNumber(lonText);
        const std::optional<double> lat = parseNumber(latText);
        if (!lon || !lat) {
            reader.error("shape", name + " '" + std::string(part) +
                                      "' is not 'lon lat' (two numbers, WGS84 degrees)");
        } else if (*lon < -180.0 || *lon > 180.0) {
            reader.error("shape",
                         name + ": longitude " + std::string(lonText) + " is outside -180..180");
        } else if (*lat < -90.0 || *lat > 90.0) {
            reader.error("shape",
                         name + ": latitude " + std::string(latText) + " is outside -90..90");
        } else {
            points.push_back(ShapePoint{*lon, *lat});
        }
    }
    return points;
}

}  // namespace

std::vector<CorridorSegment> parseSegments(std::string_view text, const std::string& fileName,
                                           const std::vector<Place>& places,
                                           std::vector<Message>& messages,
                                           const PlaceIndex* placeIndex) {
    const CsvTable table = parseCsv(text, fileName, messages);
    TableReader reader(table, fileName,
                       {{"id", true},
                        {"from", true},
                        {"to", true},
                        {"via", false},
                        {"shape", false},
                        {"mode", true},
                        {"length_km", true},
                        {"year_open", true},
                        {"year_upgraded", false},
                        {"year_closed", false},
                        {"start", false},
                        {"carries_volume", false},
                        {"status", false},
                        {"confidence", false},
                        {"source", true},
                        {"source_url", false},
                        {"note", false}},
                       messages);
    std::vector<CorridorSegment> segments;
    if (!reader.usable()) return segments;
    warnIfNoConfidenceColumn(reader, messages);
    PlaceIndex ownIndex;
    if (!placeIndex) ownIndex = indexPlaces(places);
    const PlaceIndex& index = placeIndex ? *placeIndex : ownIndex;
    auto checkRef = [&](std::string_view column, const std::string& id) {
        if (!id.empty() && index.find(id) == index.end()) {
            reader.error(column, "unknown place id '" + id + "'");
        }
    };
    std::map<std::string, int> seen;
    for (const CsvRecord& record : table.records) {
        reader.beginRow(record);
        CorridorSegment segment;
        segment.line = record.line;
        segment.id = reader.requiredText("id");
        bool idOk = !segment.id.empty();
        if (idOk && !isValidId(segment.id)) {
            reader.error(
                "id", "'" + segment.id + "' is not a valid id (lower-case letters, digits and _)");
            idOk = false;
        } else if (idOk && seen.count(segment.id) != 0) {
            reader.error("id", "duplicate id '" + segment.id + "' (first on line " +
                                   std::to_string(seen[segment.id]) + ")");
            idOk = false;
        }
        segment.fromId = reader.requiredText("from");
        segment.toId = reader.requiredText("to");
        checkRef("from", segment.fromId);
        checkRef("to", segment.toId);
        if (!segment.fromId.empty() && segment.fromId == segment.toId) {
            reader.error("to", "is the same place as from");
        }
        const std::string via = reader.text("via");
        const std::vector<std::string> viaIds =
            via.empty() ? std::vector<std::string>{} : splitIds(via);
        if (viaIds.size() > kMaxViaPlaces) {
            // A route leg is shaped by a handful of places; tens of thousands make the spline
            // and node build take minutes and gigabytes for nothing a map can show.
            reader.error("via", std::to_string(viaIds.size()) + " place ids; at most " +
                                    std::to_string(kMaxViaPlaces) + " are allowed");
        } else {
            for (const std::string& id : viaIds) {
                if (id.empty()) {
                    reader.error("via", "has an empty place id between ';' separators");
                } else {
                    checkRef("via", id);
                    segment.viaIds.push_back(id);
                }
            }
        }
        segment.shape = parseShape(reader.text("shape"), reader);
        segment.mode = reader.enumValue<TransportMode>("mode", true, parseTransportMode)
                           .value_or(TransportMode::Rail);
        segment.lengthKm = reader.number("length_km", false, true);
        segment.yearOpen = reader.year("year_open", false);
        segment.yearUpgraded = reader.year("year_upgraded", false);
        if (segment.yearOpen && segment.yearUpgraded && *segment.yearUpgraded < *segment.yearOpen) {
            reader.error("year_upgraded", std::to_string(*segment.yearUpgraded) +
                                              " is before year_open " +
                                              std::to_string(*segment.yearOpen));
        }
        segment.yearClosed = reader.year("year_closed", false);
        if (segment.yearOpen && segment.yearClosed && *segment.yearClosed < *segment.yearOpen) {
            reader.error("year_closed", std::to_string(*segment.yearClosed) +
                                            " is before year_open " +
                                            std::to_string(*segment.yearOpen));
        }
        if (reader.hasColumn("status") && !reader.text("status").empty()) {
            segment.status = reader.enumValue<SegmentStatus>("status", true, parseSegmentStatus)
                                 .value_or(SegmentStatus::Operating);
        }
        if (segment.status != SegmentStatus::Operating && segment.yearOpen) {
            reader.warning("year_open",
                           "is given for a segment that is not operating; the "
                           "segment is not shown as open");
        }
        if (!reader.text("start").empty()) {
            if (const auto date = reader.date("start")) segment.start = toFractionalYear(*date);
        } else if (segment.status != SegmentStatus::Operating) {
            // Without it the line would be drawn on every map of the timeline, years before
            // anything was built or agreed.
            reader.error("start",
                         "is empty; a segment that is not operating needs the date its "
                         "works began or it was agreed (YYYY, YYYY-MM or YYYY-MM-DD)");
        }
        const std::string carries = reader.text("carries_volume");
        if (carries == "yes") {
            segment.carriesVolume = true;
        } else if (!carries.empty() && carries != "no") {
            reader.error("carries_volume", "'" + carries + "' is not yes or no");
        }
        segment.confidence = reader.confidence().value_or(Confidence::Low);
        segment.source = reader.source();
        segment.sourceUrl = reader.sourceUrl();
        segment.note = reader.text("note");
        if (!reader.rowOk() || !idOk) continue;
        seen.emplace(segment.id, record.line);
        segments.push_back(std::move(segment));
    }
    return segments;
}

std::vector<CorridorVolume> parseVolumes(std::string_view text, const std::string& fileName,
                                         std::vector<Message>& messages) {
    const CsvTable table = parseCsv(text, fileName, messages);
    TableReader reader(table, fileName,
                       {{"year", true},
                        {"tonnes", true},
                        {"teu", true},
                        {"teu_scope", false},
                        {"basis", true},
                        {"confidence", false},
                        {"source", true},
                        {"source_url", false},
                        {"note", false}},
                       messages);
    std::vector<CorridorVolume> volumes;
    if (!reader.usable()) return volumes;
    warnIfNoConfidenceColumn(reader, messages);
    std::map<int, int> seenYears;
    for (const CsvRecord& record : table.records) {
        reader.beginRow(record);
        CorridorVolume volume;
        volume.line = record.line;
        const auto year = reader.year("year", true);
        if (year && seenYears.count(*year) != 0) {
            reader.error("year", "duplicate year " + std::to_string(*year) + " (first on line " +
                                     std::to_string(seenYears[*year]) + ")");
        }
        volume.year = year.value_or(0);
        volume.tonnes = reader.number("tonnes", true, true).value_or(0.0);
        volume.teu = reader.number("teu", false, true);
        volume.teuScope = reader.text("teu_scope");
        if (volume.teu && volume.teuScope != "route" && volume.teuScope != "kz_az_seaports") {
            // Sources count containers over different scopes; two years of different scopes
            // must never read as a change in traffic.
            reader.error("teu_scope", (volume.teuScope.empty() ? std::string("is empty")
                                                               : "'" + volume.teuScope + "'") +
                                          "; a TEU figure needs its scope: route or "
                                          "kz_az_seaports");
        }
        volume.basis = reader.requiredText("basis");
        volume.confidence = reader.confidence().value_or(Confidence::Low);
        volume.source = reader.source();
        volume.sourceUrl = reader.sourceUrl();
        volume.note = reader.text("note");
        if (!reader.rowOk()) continue;
        seenYears.emplace(volume.year, record.line);
        volumes.push_back(std::move(volume));
    }
    return volumes;
}

std::vector<TradeRow> parseTrade(std::string_view text, const std::string& fileName,
                                 std::vector<Message>& messages) {
    const CsvTable table = parseCsv(text, fileName, messages);
    TableReader reader(table, fileName,
                       {{"year", true},
                        {"reporter", true},
                        {"partner", true},
                        {"value_usd", true},
                        {"basis", true},
                        {"confidence", false},
                        {"source", true},
                        {"source_url", false},
                        {"note", false}},
                       messages);
    std::vector<TradeRow> rows;
    if (!reader.usable()) return rows;
    warnIfNoConfidenceColumn(reader, messages);
    using Key = std::tuple<int, std::string, std::string, TradeBasis>;
    std::map<Key, int> seen;
    for (const CsvRecord& record : table.records) {
        reader.beginRow(record);
        TradeRow row;
        row.line = record.line;
        row.year = reader.year("year", true).value_or(0);
        row.reporter = reader.iso3("reporter", true).value_or("");
        row.partner = reader.iso3("partner", true).value_or("");
        if (!row.reporter.empty() && row.reporter == row.partner) {
            reader.error("partner", "is the same as reporter");
        }
        row.valueUsd = reader.number("value_usd", true, true).value_or(0.0);
        const auto basis = reader.enumValue<TradeBasis>("basis", true, parseTradeBasis);
        row.basis = basis.value_or(TradeBasis::ChinaCustoms);
        row.confidence = reader.confidence().value_or(Confidence::Low);
        row.source = reader.source();
        row.sourceUrl = reader.sourceUrl();
        row.note = reader.text("note");
        const Key key{row.year, row.reporter, row.partner, row.basis};
        if (reader.rowOk() && seen.count(key) != 0) {
            reader.error("year", "duplicate row for " + std::to_string(row.year) + " " +
                                     row.reporter + "-" + row.partner + " on basis " +
                                     std::string(toString(row.basis)) + " (first on line " +
                                     std::to_string(seen[key]) + ")");
        }
        if (!reader.rowOk()) continue;
        seen.emplace(key, record.line);
        rows.push_back(std::move(row));
    }
    return rows;
}

std::vector<Event> parseEvents(std::string_view text, const std::string& fileName,
                               const std::vector<Place>& places, std::vector<Message>& messages,
                               const PlaceIndex* placeIndex) {
    const CsvTable table = parseCsv(text, fileName, messages);
    TableReader reader(table, fileName,
                       {{"date", true},
                        {"title", true},
                        {"description", false},
                        {"place", false},
                        {"kind", true},
                        {"confidence", false},
                        {"source", true},
                        {"source_url", false},
                        {"note", false}},
                       messages);
    std::vector<Event> events;
    if (!reader.usable()) return events;
    warnIfNoConfidenceColumn(reader, messages);
    PlaceIndex ownIndex;
    if (!placeIndex) ownIndex = indexPlaces(places);
    const PlaceIndex& index = placeIndex ? *placeIndex : ownIndex;
    for (const CsvRecord& record : table.records) {
        reader.beginRow(record);
        Event event;
        event.line = record.line;
        event.date = reader.date("date").value_or(EventDate{});
        event.title = reader.requiredText("title");
        event.description = reader.text("description");
        event.placeId = reader.text("place");
        if (!event.placeId.empty() && index.find(event.placeId) == index.end()) {
            reader.error("place", "unknown place id '" + event.placeId + "'");
        }
        event.kind = reader.enumValue<EventKind>("kind", true, parseEventKind)
                         .value_or(EventKind::Milestone);
        event.confidence = reader.confidence().value_or(Confidence::Low);
        event.source = reader.source();
        event.sourceUrl = reader.sourceUrl();
        event.note = reader.text("note");
        if (!reader.rowOk()) continue;
        events.push_back(std::move(event));
    }
    return events;
}

}  // namespace data
