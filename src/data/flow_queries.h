// Queries over investment flows of a Dataset: which flows are visible at a (fractional) year,
// filters, totals per destination country / region / sector keyed by amount kind (kinds are never
// added together), and the largest amount for fixed scales. Pure functions; standard library only.
#pragma once

#include <cstddef>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "data/dataset.h"

namespace data {

enum class TimeMode {
    All,         // every flow, whatever the year
    Cumulative,  // started by `year` and not ended: yearStart <= year < yearEnd + 1
    SingleYear,  // started in the calendar year floor(year)
    Window,      // started in the `windowYears` calendar years ending with floor(year)
};

struct TimeSelection {
    TimeMode mode = TimeMode::Cumulative;
    double year = 0.0;    // fractional year, e.g. 2017.5 is mid-2017
    int windowYears = 1;  // Window mode only; values below 1 count as 1
};

// Empty lists mean "no restriction". Country is the destination place's ISO alpha-3 code.
struct FlowFilter {
    std::vector<Sector> sectors;
    std::vector<std::string> subsectors;
    std::vector<std::string> countries;
    std::vector<ProjectStatus> statuses;
    std::vector<Confidence> confidences;
    std::vector<ChineseRole> roles;
    std::vector<AmountKind> amountKinds;  // flows without an amount kind fail a non-empty list
    // Amount range in USD, inclusive. A flow without an amount fails any range that is set.
    std::optional<double> minAmountUsd;
    std::optional<double> maxAmountUsd;

    bool empty() const;
    bool operator==(const FlowFilter& o) const;
    bool operator!=(const FlowFilter& o) const { return !(*this == o); }
};

bool matchesTime(const Flow& flow, const TimeSelection& time);
bool matchesFilter(const Dataset& dataset, const Flow& flow, const FlowFilter& filter);

struct VisibleFlow {
    std::size_t index = 0;  // into dataset.flows()
    double progress = 1.0;  // 0..1 through the flow's start year (for growing arcs); 1 in All mode
};

// Flows passing both the time selection and the filter, in file order.
std::vector<VisibleFlow> visibleFlows(const Dataset& dataset, const TimeSelection& time,
                                      const FlowFilter& filter = {});

struct AmountTotals {
    std::map<AmountKind, double> usdByKind;  // sum of amountUsd per kind, only flows with amounts
    std::map<AmountKind, int> countByKind;   // flows contributing to each kind
    int flowCount = 0;                       // all flows counted, with or without an amount
    int withoutAmount = 0;                   // flows with no amount (not in usdByKind)
};

AmountTotals totalOf(const Dataset& dataset, const TimeSelection& time,
                     const FlowFilter& filter = {});
std::map<std::string, AmountTotals> totalsByDestinationCountry(const Dataset& dataset,
                                                               const TimeSelection& time,
                                                               const FlowFilter& filter = {});
// Keys are regionOfCountry() names of the destination countries.
std::map<std::string, AmountTotals> totalsByRegion(const Dataset& dataset,
                                                   const TimeSelection& time,
                                                   const FlowFilter& filter = {});
std::map<Sector, AmountTotals> totalsBySector(const Dataset& dataset, const TimeSelection& time,
                                              const FlowFilter& filter = {});

// The largest amountUsd over every flow of the data set (any year, any filter), so scales stay
// fixed while the time cursor moves; nullopt when no flow has an amount.
std::optional<double> maxAmountUsd(const Dataset& dataset);
// The same, for one amount kind only.
std::optional<double> maxAmountUsd(const Dataset& dataset, AmountKind kind);
// The largest amount of a realised flow (under construction, operating or completed): the arc
// width scale's maximum, so an announced figure or an unbuilt project's estimate never sets how
// wide money that arrived is drawn. nullopt when no realised flow has an amount.
std::optional<double> maxRealisedAmountUsd(const Dataset& dataset);

}  // namespace data
