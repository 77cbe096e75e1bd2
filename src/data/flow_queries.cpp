#include "data/flow_queries.h"

#include <algorithm>
#include <cmath>

#include "data/regions.h"

namespace data {
namespace {

template <typename T>
bool allowed(const std::vector<T>& list, const T& value) {
    return list.empty() || std::find(list.begin(), list.end(), value) != list.end();
}

void addTo(AmountTotals& totals, const Flow& flow) {
    ++totals.flowCount;
    if (flow.amountUsd && flow.amountKind) {
        totals.usdByKind[*flow.amountKind] += *flow.amountUsd;
        ++totals.countByKind[*flow.amountKind];
    } else {
        ++totals.withoutAmount;
    }
}

// Calls `visit(flow)` for every flow passing the time selection and the filter.
template <typename Visit>
void forEachSelected(const Dataset& dataset, const TimeSelection& time, const FlowFilter& filter,
                     Visit visit) {
    for (const Flow& flow : dataset.flows()) {
        if (matchesTime(flow, time) && matchesFilter(dataset, flow, filter)) visit(flow);
    }
}

}  // namespace

bool FlowFilter::empty() const {
    return sectors.empty() && subsectors.empty() && countries.empty() && statuses.empty() &&
           confidences.empty() && roles.empty() && amountKinds.empty() && !minAmountUsd &&
           !maxAmountUsd;
}

bool FlowFilter::operator==(const FlowFilter& o) const {
    return sectors == o.sectors && subsectors == o.subsectors && countries == o.countries &&
           statuses == o.statuses && confidences == o.confidences && roles == o.roles &&
           amountKinds == o.amountKinds && minAmountUsd == o.minAmountUsd &&
           maxAmountUsd == o.maxAmountUsd;
}

bool matchesTime(const Flow& flow, const TimeSelection& time) {
    const double calendarYear = std::floor(time.year);
    switch (time.mode) {
        case TimeMode::All:
            return true;
        case TimeMode::Cumulative:
            return flow.yearStart <= time.year &&
                   (!flow.yearEnd || time.year < *flow.yearEnd + 1.0);
        case TimeMode::SingleYear:
            return flow.yearStart == calendarYear;
        case TimeMode::Window: {
            const int window = std::max(1, time.windowYears);
            return flow.yearStart <= calendarYear && flow.yearStart > calendarYear - window;
        }
    }
    return false;
}

bool matchesFilter(const Dataset& dataset, const Flow& flow, const FlowFilter& filter) {
    if (!allowed(filter.sectors, flow.sector)) return false;
    if (!allowed(filter.subsectors, flow.subsector)) return false;
    if (!allowed(filter.statuses, flow.status)) return false;
    if (!allowed(filter.confidences, flow.confidence)) return false;
    if (!allowed(filter.roles, flow.chineseRole)) return false;
    if (!filter.amountKinds.empty() &&
        (!flow.amountKind || !allowed(filter.amountKinds, *flow.amountKind))) {
        return false;
    }
    if (filter.minAmountUsd || filter.maxAmountUsd) {
        if (!flow.amountUsd) return false;
        if (filter.minAmountUsd && *flow.amountUsd < *filter.minAmountUsd) return false;
        if (filter.maxAmountUsd && *flow.amountUsd > *filter.maxAmountUsd) return false;
    }
    if (!filter.countries.empty() && !allowed(filter.countries, dataset.destinationCountry(flow))) {
        return false;
    }
    return true;
}

std::vector<VisibleFlow> visibleFlows(const Dataset& dataset, const TimeSelection& time,
                                      const FlowFilter& filter) {
    std::vector<VisibleFlow> visible;
    const std::vector<Flow>& flows = dataset.flows();
    for (std::size_t i = 0; i < flows.size(); ++i) {
        const Flow& flow = flows[i];
        if (!matchesTime(flow, time) || !matchesFilter(dataset, flow, filter)) continue;
        double progress = 1.0;
        if (time.mode != TimeMode::All) {
            progress = std::clamp(time.year - flow.yearStart, 0.0, 1.0);
        }
        visible.push_back(VisibleFlow{i, progress});
    }
    return visible;
}

AmountTotals totalOf(const Dataset& dataset, const TimeSelection& time, const FlowFilter& filter) {
    AmountTotals totals;
    forEachSelected(dataset, time, filter, [&](const Flow& flow) { addTo(totals, flow); });
    return totals;
}

std::map<std::string, AmountTotals> totalsByDestinationCountry(const Dataset& dataset,
                                                               const TimeSelection& time,
                                                               const FlowFilter& filter) {
    std::map<std::string, AmountTotals> totals;
    forEachSelected(dataset, time, filter, [&](const Flow& flow) {
        addTo(totals[dataset.destinationCountry(flow)], flow);
    });
    return totals;
}

std::map<std::string, AmountTotals> totalsByRegion(const Dataset& dataset,
                                                   const TimeSelection& time,
                                                   const FlowFilter& filter) {
    std::map<std::string, AmountTotals> totals;
    forEachSelected(dataset, time, filter, [&](const Flow& flow) {
        addTo(totals[std::string(regionOfCountry(dataset.destinationCountry(flow)))], flow);
    });
    return totals;
}

std::map<Sector, AmountTotals> totalsBySector(const Dataset& dataset, const TimeSelection& time,
                                              const FlowFilter& filter) {
    std::map<Sector, AmountTotals> totals;
    forEachSelected(dataset, time, filter,
                    [&](const Flow& flow) { addTo(totals[flow.sector], flow); });
    return totals;
}

std::optional<double> maxAmountUsd(const Dataset& dataset) {
    std::optional<double> best;
    for (const Flow& flow : dataset.flows()) {
        if (flow.amountUsd && (!best || *flow.amountUsd > *best)) best = flow.amountUsd;
    }
    return best;
}

std::optional<double> maxAmountUsd(const Dataset& dataset, AmountKind kind) {
    std::optional<double> best;
    for (const Flow& flow : dataset.flows()) {
        if (flow.amountUsd && flow.amountKind == kind && (!best || *flow.amountUsd > *best)) {
            best = flow.amountUsd;
        }
    }
    return best;
}

std::optional<double> maxRealisedAmountUsd(const Dataset& dataset) {
    std::optional<double> best;
    for (const Flow& flow : dataset.flows()) {
        if (flow.amountUsd && isRealised(flow.status) && (!best || *flow.amountUsd > *best)) {
            best = flow.amountUsd;
        }
    }
    return best;
}

}  // namespace data
