#include "data/check.h"

#include <algorithm>
#include <cstdio>
#include <iomanip>
#include <limits>
#include <sstream>

#include "data/enums.h"
#include "data/flow_queries.h"

namespace data {
namespace {

struct YearRange {
    int first = std::numeric_limits<int>::max();
    int last = std::numeric_limits<int>::min();
    void add(int year) {
        first = std::min(first, year);
        last = std::max(last, year);
    }
    std::string text() const {
        if (first > last) return "none";
        return first == last ? std::to_string(first)
                             : std::to_string(first) + "-" + std::to_string(last);
    }
};

void writeRow(std::ostream& out, const std::string& label, const std::string& value) {
    out << "  " << std::left << std::setw(24) << label << value << '\n';
}

std::string hex(std::uint64_t value) {
    std::ostringstream text;
    text << "0x" << std::hex << std::setw(16) << std::setfill('0') << value;
    return text.str();
}

}  // namespace

std::string formatUsd(double amountUsd) {
    char buffer[64];
    if (amountUsd >= 1e9) {
        std::snprintf(buffer, sizeof buffer, "$%.2f bn", amountUsd / 1e9);
    } else {
        std::snprintf(buffer, sizeof buffer, "$%.1f m", amountUsd / 1e6);
    }
    return buffer;
}

void writeSummary(const LoadResult& result, const std::string& dataDir, std::ostream& out) {
    const Dataset& dataset = result.dataset;
    out << "Corridor data check: " << dataDir << '\n';
    out << "Rows loaded (rows with errors are skipped):\n";
    writeRow(out, kPlacesFile, std::to_string(dataset.places().size()));
    writeRow(out, kInvestmentsFile, std::to_string(dataset.flows().size()));
    writeRow(out, kSegmentsFile, std::to_string(dataset.segments().size()));
    writeRow(out, kVolumesFile, std::to_string(dataset.volumes().size()));
    writeRow(out, kTradeFile, std::to_string(dataset.trade().size()));
    writeRow(out, kEventsFile, std::to_string(dataset.events().size()));

    YearRange flowYears, segmentYears, volumeYears, tradeYears, eventYears;
    for (const Flow& flow : dataset.flows()) {
        flowYears.add(flow.yearStart);
        if (flow.yearEnd) flowYears.add(*flow.yearEnd);
    }
    for (const CorridorSegment& segment : dataset.segments()) {
        if (segment.yearOpen) segmentYears.add(*segment.yearOpen);
        if (segment.yearUpgraded) segmentYears.add(*segment.yearUpgraded);
    }
    for (const CorridorVolume& volume : dataset.volumes()) volumeYears.add(volume.year);
    for (const TradeRow& row : dataset.trade()) tradeYears.add(row.year);
    for (const Event& event : dataset.events()) eventYears.add(event.date.year);
    out << "Years covered:\n";
    writeRow(out, "investments", flowYears.text());
    writeRow(out, "segments (open/upgrade)", segmentYears.text());
    writeRow(out, "corridor volumes", volumeYears.text());
    writeRow(out, "trade", tradeYears.text());
    writeRow(out, "events", eventYears.text());

    out << "Investment totals by sector, all years, nominal USD.\n"
        << "  Each amount kind is summed separately; kinds are never added together.\n";
    const TimeSelection all{TimeMode::All, 0.0, 1};
    const std::map<Sector, AmountTotals> bySector = totalsBySector(dataset, all);
    for (Sector sector :
         {Sector::TransportLogistics, Sector::OilGasEnergy, Sector::OtherEconomic}) {
        const auto found = bySector.find(sector);
        const AmountTotals totals = found == bySector.end() ? AmountTotals{} : found->second;
        out << "  " << toString(sector) << ": " << totals.flowCount << " rows, "
            << totals.withoutAmount << " without an amount\n";
        for (const auto& [kind, usd] : totals.usdByKind) {
            std::string label = std::string(toString(kind)) + " (" +
                                std::to_string(totals.countByKind.at(kind)) + ")";
            out << "    " << std::left << std::setw(22) << label << formatUsd(usd) << '\n';
        }
    }

    int high = 0, medium = 0, low = 0;
    for (const Flow& flow : dataset.flows()) {
        (flow.confidence == Confidence::High     ? high
         : flow.confidence == Confidence::Medium ? medium
                                                 : low)++;
    }
    out << "Investment confidence: H " << high << ", M " << medium << ", L " << low << '\n';
    if (const auto largest = maxAmountUsd(dataset)) {
        out << "Largest single amount: " << formatUsd(*largest) << '\n';
    }
    if (const auto realised = maxRealisedAmountUsd(dataset)) {
        out << "Largest realised amount (fixes the arc scale): " << formatUsd(*realised) << '\n';
    }
    out << "Content hash: " << hex(dataset.contentHash()) << '\n';
}

int runCheck(const std::string& dataDir, std::ostream& out) {
    const LoadResult result = loadDataset(dataDir);
    writeSummary(result, dataDir, out);
    const int errors = countErrors(result.messages);
    const int warnings = countWarnings(result.messages);
    for (const Message& message : result.messages) {
        out << (message.severity == Severity::Error ? "error: " : "warning: ")
            << formatMessage(message) << '\n';
    }
    out << warnings << (warnings == 1 ? " warning, " : " warnings, ") << errors
        << (errors == 1 ? " error" : " errors") << '\n';
    if (errors > 0) {
        out << "FAILED: fix the errors above; rows with errors were skipped\n";
        return kCheckInputError;
    }
    out << "OK\n";
    return kCheckOk;
}

}  // namespace data
