// Parsers for the six timeline CSV files (text in, model rows and messages out) and the subsector
// list. A row with an error is skipped; the rest loads. Standard library only; never throws.
#pragma once

#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "data/messages.h"
#include "data/model.h"

namespace data {

// Amounts above this are warned about: no single project comes near it.
constexpr double kMaxPlausibleAmountUsd = 1e12;

// The most via places one corridor segment may list.
constexpr std::size_t kMaxViaPlaces = 64;
// The most drawing waypoints (the `shape` column) one corridor segment may list.
constexpr std::size_t kMaxShapePoints = 64;

// Place id -> index into the places vector.
using PlaceIndex = std::unordered_map<std::string, std::size_t>;
PlaceIndex indexPlaces(const std::vector<Place>& places);

struct SubsectorInfo {
    std::string_view name;
    Sector sector;  // the seed category the subsector belongs to
};
// Allowed values of investments.csv `subsector`.
const std::vector<SubsectorInfo>& subsectors();

// Each parser takes the whole file text; `fileName` is used only in messages. Parsers that check
// place ids index `places` themselves unless given `placeIndex` (indexPlaces(places)).
std::vector<Place> parsePlaces(std::string_view text, const std::string& fileName,
                               std::vector<Message>& messages);
std::vector<Flow> parseFlows(std::string_view text, const std::string& fileName,
                             const std::vector<Place>& places, std::vector<Message>& messages,
                             const PlaceIndex* placeIndex = nullptr);
std::vector<CorridorSegment> parseSegments(std::string_view text, const std::string& fileName,
                                           const std::vector<Place>& places,
                                           std::vector<Message>& messages,
                                           const PlaceIndex* placeIndex = nullptr);
std::vector<CorridorVolume> parseVolumes(std::string_view text, const std::string& fileName,
                                         std::vector<Message>& messages);
std::vector<TradeRow> parseTrade(std::string_view text, const std::string& fileName,
                                 std::vector<Message>& messages);
std::vector<Event> parseEvents(std::string_view text, const std::string& fileName,
                               const std::vector<Place>& places, std::vector<Message>& messages,
                               const PlaceIndex* placeIndex = nullptr);

}  // namespace data
