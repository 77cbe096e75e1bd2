// Time queries over the corridor and the context layers of a Dataset: segments open at a year
// (with opening progress), the yearly corridor volume at a fractional year, events in a range and
// trade series. Pure functions; standard library only.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "data/dataset.h"

namespace data {

struct OpenSegment {
    std::size_t index = 0;         // into dataset.segments()
    double openingProgress = 1.0;  // 0..1 through the opening year; 1 when no year is known
    double upgradeProgress = 0.0;  // 0..1 through the upgrade year; 0 before it or without one
};

// Operating segments whose year_open is at or before `year` (fractional), or that have no
// year_open (in service before the timeline). Segments under construction or planned are left
// out. Progress is year - year_open, clamped to 0..1.
std::vector<OpenSegment> segmentsOpenAt(const Dataset& dataset, double year);

struct VolumeAt {
    double tonnes = 0.0;
    // Only when both neighbouring years have a TEU figure of the same scope.
    std::optional<double> teu;
    std::string teuScope;
};

// The yearly volume for year Y is placed at Y (its start); between two consecutive listed years
// it is interpolated linearly. Within a listed year that has no listed successor (the last year,
// or before a gap) it holds that year's value. In a year that is not listed: nullopt (no figure
// is made up for unlisted years).
std::optional<VolumeAt> corridorVolumeAt(const Dataset& dataset, double year);

// Events with fromYear <= date < toYear (dates as toFractionalYear), in date order; indices into
// dataset.events().
std::vector<std::size_t> eventsInRange(const Dataset& dataset, double fromYear, double toYear);

// Trade rows for one reporter/partner pair on one basis, in year order (never mixes bases).
std::vector<const TradeRow*> tradeSeries(const Dataset& dataset, const std::string& reporter,
                                         const std::string& partner, TradeBasis basis);

}  // namespace data
