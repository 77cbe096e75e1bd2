#include "data/timeline_queries.h"

#include <algorithm>
#include <cmath>

namespace data {

std::vector<OpenSegment> segmentsOpenAt(const Dataset& dataset, double year) {
    std::vector<OpenSegment> open;
    const std::vector<CorridorSegment>& segments = dataset.segments();
    for (std::size_t i = 0; i < segments.size(); ++i) {
        const CorridorSegment& segment = segments[i];
        if (segment.status != SegmentStatus::Operating) continue;
        if (segment.yearClosed && year >= *segment.yearClosed + 1) continue;
        OpenSegment entry;
        entry.index = i;
        if (segment.yearOpen) {
            if (year < *segment.yearOpen) continue;
            entry.openingProgress = std::clamp(year - *segment.yearOpen, 0.0, 1.0);
        }
        if (segment.yearUpgraded && year >= *segment.yearUpgraded) {
            entry.upgradeProgress = std::clamp(year - *segment.yearUpgraded, 0.0, 1.0);
        }
        open.push_back(entry);
    }
    return open;
}

std::optional<VolumeAt> corridorVolumeAt(const Dataset& dataset, double year) {
    const std::vector<CorridorVolume>& volumes = dataset.volumes();  // sorted by year
    if (volumes.empty() || !std::isfinite(year)) return std::nullopt;
    const double calendarYear = std::floor(year);
    const auto at = std::find_if(volumes.begin(), volumes.end(),
                                 [&](const CorridorVolume& v) { return v.year == calendarYear; });
    if (at == volumes.end()) return std::nullopt;
    const auto next = at + 1;
    if (year == calendarYear || next == volumes.end() || next->year != at->year + 1) {
        // At the year itself, or no next figure to blend.
        return VolumeAt{at->tonnes, at->teu, at->teu ? at->teuScope : std::string()};
    }
    const double t = year - calendarYear;
    VolumeAt result;
    result.tonnes = at->tonnes + (next->tonnes - at->tonnes) * t;
    if (at->teu && next->teu && at->teuScope == next->teuScope) {
        result.teu = *at->teu + (*next->teu - *at->teu) * t;
        result.teuScope = at->teuScope;
    }
    return result;
}

std::vector<std::size_t> eventsInRange(const Dataset& dataset, double fromYear, double toYear) {
    std::vector<std::size_t> found;
    const std::vector<Event>& events = dataset.events();
    for (std::size_t i = 0; i < events.size(); ++i) {
        const double when = toFractionalYear(events[i].date);
        if (when >= fromYear && when < toYear) found.push_back(i);
    }
    return found;
}

std::vector<const TradeRow*> tradeSeries(const Dataset& dataset, const std::string& reporter,
                                         const std::string& partner, TradeBasis basis) {
    std::vector<const TradeRow*> series;
    for (const TradeRow& row : dataset.trade()) {
        if (row.reporter == reporter && row.partner == partner && row.basis == basis) {
            series.push_back(&row);
        }
    }
    std::stable_sort(series.begin(), series.end(),
                     [](const TradeRow* a, const TradeRow* b) { return a->year < b->year; });
    return series;
}

}  // namespace data
