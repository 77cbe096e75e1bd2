// The immutable timeline data set and its loader: read the six CSV files of a folder, validate,
// keep the good rows, collect messages, and hash the raw bytes so a reload can be skipped when
// nothing changed. Standard library only (no geo, no GL); nothing here throws.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "data/messages.h"
#include "data/model.h"
#include "data/parsers.h"

namespace data {

constexpr const char* kPlacesFile = "places.csv";
constexpr const char* kInvestmentsFile = "investments.csv";
constexpr const char* kSegmentsFile = "corridor_segments.csv";
constexpr const char* kVolumesFile = "corridor_volumes.csv";
constexpr const char* kTradeFile = "trade.csv";
constexpr const char* kEventsFile = "events.csv";

struct DatasetTables {
    std::vector<Place> places;
    std::vector<Flow> flows;
    std::vector<CorridorSegment> segments;
    std::vector<CorridorVolume> volumes;  // sorted by year when held by a Dataset
    std::vector<TradeRow> trade;
    std::vector<Event> events;  // sorted by date when held by a Dataset
};

// Read-only after construction; cheap to move, safe to share between threads for reading.
class Dataset {
public:
    Dataset() = default;
    Dataset(DatasetTables tables, std::uint64_t contentHash);

    const std::vector<Place>& places() const { return m_tables.places; }
    const std::vector<Flow>& flows() const { return m_tables.flows; }
    const std::vector<CorridorSegment>& segments() const { return m_tables.segments; }
    const std::vector<CorridorVolume>& volumes() const { return m_tables.volumes; }
    const std::vector<TradeRow>& trade() const { return m_tables.trade; }
    const std::vector<Event>& events() const { return m_tables.events; }

    // nullptr when no place has this id.
    const Place* findPlace(std::string_view id) const;
    // Destination country (ISO alpha-3) of a flow; "" when its place is unknown.
    std::string destinationCountry(const Flow& flow) const;

    // Hash of the raw file bytes the data set was loaded from (see hashDataFolder); 0 if built
    // in code.
    std::uint64_t contentHash() const { return m_contentHash; }

private:
    DatasetTables m_tables;
    PlaceIndex m_placeIndex;
    std::uint64_t m_contentHash = 0;
};

struct LoadResult {
    Dataset dataset;
    std::vector<Message> messages;  // in file order: places, investments, segments, ...
    bool ok() const { return countErrors(messages) == 0; }
};

// The raw text of each file; nullopt when the file is absent.
struct DatasetTexts {
    std::optional<std::string> places;
    std::optional<std::string> investments;
    std::optional<std::string> segments;
    std::optional<std::string> volumes;
    std::optional<std::string> trade;
    std::optional<std::string> events;
    // Files that are there but were not read, file name -> why: "not a regular file (a named
    // pipe)", "is 80.0 MB, over the limit of 64 MB ..." (data/file_read.h). Their text is nullopt.
    std::map<std::string, std::string> unreadable;
};

// Reads the six files of `folder` (absent ones stay nullopt; files that are not regular files or
// are over kMaxCsvBytes stay nullopt and are listed in `unreadable`).
DatasetTexts readDatasetTexts(const std::string& folder);

// FNV-1a 64 over each file's name, presence and bytes, in a fixed order. Equal folders give equal
// hashes; any changed byte almost surely changes it. Reads the files but parses nothing.
std::uint64_t hashDatasetTexts(const DatasetTexts& texts);
std::uint64_t hashDataFolder(const std::string& folder);

// Parses and validates. Messages name files as `prefix + file name` (prefix is usually the
// folder with a trailing '/'). An absent places.csv or investments.csv is an error; the other
// files are optional (a warning each). An unreadable file is an error. Rows with errors are
// skipped; the rest loads. Each file keeps its first kMaxMessagesPerFile warnings and errors
// (data/messages.h); the rest are counted in one line.
LoadResult loadDatasetFromTexts(const DatasetTexts& texts, const std::string& prefix = "");

// readDatasetTexts + loadDatasetFromTexts with prefix "folder/". A missing folder is an error.
LoadResult loadDataset(const std::string& folder);

}  // namespace data
