#include "data/dataset.h"

#include <algorithm>
#include <filesystem>

#include "data/file_read.h"

namespace data {
namespace {

// The file's text; nullopt when it is absent, or (with the reason in `unreadable`) when it is not
// a regular file or is over the size limit.
std::optional<std::string> readOptional(const std::filesystem::path& path, const char* name,
                                        std::map<std::string, std::string>& unreadable) {
    FileText file = readFileLimited(path.string(), kMaxCsvBytes);
    if (file.ok()) return std::move(file.text);
    if (file.status != FileStatus::Missing) unreadable[name] = file.problem;
    return std::nullopt;
}

constexpr std::uint64_t kFnvOffset = 1469598103934665603ull;
constexpr std::uint64_t kFnvPrime = 1099511628211ull;

void hashBytes(std::uint64_t& hash, std::string_view bytes) {
    for (unsigned char c : bytes) {
        hash ^= c;
        hash *= kFnvPrime;
    }
}

void hashFile(std::uint64_t& hash, std::string_view name, const std::optional<std::string>& text) {
    hashBytes(hash, name);
    hashBytes(hash, text ? std::string_view("\1") : std::string_view("\0", 1));
    if (text) {
        hashBytes(hash, std::to_string(text->size()));
        hashBytes(hash, *text);
    }
}

}  // namespace

Dataset::Dataset(DatasetTables tables, std::uint64_t contentHash)
    : m_tables(std::move(tables)), m_contentHash(contentHash) {
    std::stable_sort(
        m_tables.volumes.begin(), m_tables.volumes.end(),
        [](const CorridorVolume& a, const CorridorVolume& b) { return a.year < b.year; });
    std::stable_sort(m_tables.events.begin(), m_tables.events.end(),
                     [](const Event& a, const Event& b) {
                         return toFractionalYear(a.date) < toFractionalYear(b.date);
                     });
    m_placeIndex = indexPlaces(m_tables.places);
}

const Place* Dataset::findPlace(std::string_view id) const {
    const auto found = m_placeIndex.find(std::string(id));
    return found == m_placeIndex.end() ? nullptr : &m_tables.places[found->second];
}

std::string Dataset::destinationCountry(const Flow& flow) const {
    const Place* place = findPlace(flow.destinationId);
    return place ? place->country : std::string();
}

DatasetTexts readDatasetTexts(const std::string& folder) {
    const std::filesystem::path root(folder);
    DatasetTexts texts;
    std::map<std::string, std::string>& bad = texts.unreadable;
    texts.places = readOptional(root / kPlacesFile, kPlacesFile, bad);
    texts.investments = readOptional(root / kInvestmentsFile, kInvestmentsFile, bad);
    texts.segments = readOptional(root / kSegmentsFile, kSegmentsFile, bad);
    texts.volumes = readOptional(root / kVolumesFile, kVolumesFile, bad);
    texts.trade = readOptional(root / kTradeFile, kTradeFile, bad);
    texts.events = readOptional(root / kEventsFile, kEventsFile, bad);
    return texts;
}

std::uint64_t hashDatasetTexts(const DatasetTexts& texts) {
    std::uint64_t hash = kFnvOffset;
    hashFile(hash, kPlacesFile, texts.places);
    hashFile(hash, kInvestmentsFile, texts.investments);
    hashFile(hash, kSegmentsFile, texts.segments);
    hashFile(hash, kVolumesFile, texts.volumes);
    hashFile(hash, kTradeFile, texts.trade);
    hashFile(hash, kEventsFile, texts.events);
    for (const auto& [name, why] : texts.unreadable) {
        hashBytes(hash, name);
        hashBytes(hash, why);
    }
    return hash;
}

std::uint64_t hashDataFolder(const std::string& folder) {
    return hashDatasetTexts(readDatasetTexts(folder));
}

LoadResult loadDatasetFromTexts(const DatasetTexts& texts, const std::string& prefix) {
    LoadResult result;
    std::vector<Message>& messages = result.messages;
    DatasetTables tables;
    auto absent = [&](const char* file, Severity severity, const char* what) {
        const auto bad = texts.unreadable.find(file);
        if (bad != texts.unreadable.end()) {
            addMessage(messages, Severity::Error, prefix + file, 0, "",
                       bad->second + "; no " + what + " loaded");
            return;
        }
        addMessage(messages, severity, prefix + file, 0, "",
                   std::string("file not found; no ") + what + " loaded");
    };
    if (texts.places) {
        tables.places = parsePlaces(*texts.places, prefix + kPlacesFile, messages);
    } else {
        absent(kPlacesFile, Severity::Error, "places");
    }
    // Built once for the three parsers that check place ids (a million places took seconds).
    const PlaceIndex placeIndex = indexPlaces(tables.places);
    if (texts.investments) {
        tables.flows = parseFlows(*texts.investments, prefix + kInvestmentsFile, tables.places,
                                  messages, &placeIndex);
    } else {
        absent(kInvestmentsFile, Severity::Error, "investments");
    }
    if (texts.segments) {
        tables.segments = parseSegments(*texts.segments, prefix + kSegmentsFile, tables.places,
                                        messages, &placeIndex);
    } else {
        absent(kSegmentsFile, Severity::Warning, "corridor segments");
    }
    if (texts.volumes) {
        tables.volumes = parseVolumes(*texts.volumes, prefix + kVolumesFile, messages);
    } else {
        absent(kVolumesFile, Severity::Warning, "corridor volumes");
    }
    if (texts.trade) {
        tables.trade = parseTrade(*texts.trade, prefix + kTradeFile, messages);
    } else {
        absent(kTradeFile, Severity::Warning, "trade rows");
    }
    if (texts.events) {
        tables.events =
            parseEvents(*texts.events, prefix + kEventsFile, tables.places, messages, &placeIndex);
    } else {
        absent(kEventsFile, Severity::Warning, "events");
    }
    result.dataset = Dataset(std::move(tables), hashDatasetTexts(texts));
    return result;
}

LoadResult loadDataset(const std::string& folder) {
    std::error_code ec;
    if (!std::filesystem::is_directory(folder, ec)) {
        LoadResult result;
        addMessage(result.messages, Severity::Error, folder, 0, "",
                   "data folder not found or not a folder");
        return result;
    }
    std::string prefix = folder;
    if (!prefix.empty() && prefix.back() != '/') prefix += '/';
    return loadDatasetFromTexts(readDatasetTexts(folder), prefix);
}

}  // namespace data
