// Words for the data, as presenters say them: amounts ("$1.2 bn"), amount kinds, statuses,
// roles and confidence. Shared by the tooltip, the panel and overlays. No GL, SDL or ImGui here.
#pragma once

#include "data/model.h"

#include <string>

namespace scene {

// "$650 M", "$1.2 bn", "$25 bn", "$40,000": three significant figures at most, no trailing ".0".
std::string formatUsd(double usd);

std::string describe(data::AmountKind kind);       // "total cost", "loan", ...
std::string describe(data::ProjectStatus status);  // "under construction", ...
std::string describe(data::ChineseRole role);      // "investor", ...
std::string describe(data::Sector sector);         // "Transport & logistics", ...
// "high (official or two sources)", "medium (one reputable source)", "low (estimate or weak
// source)"
std::string describe(data::Confidence confidence);

// "$3 bn total cost", or "amount not sourced".
std::string describeAmount(const data::Flow& flow);
// "joint venture: China's share 50% ($1.80 bn of the $3.60 bn, derived)"; "" when not one.
std::string describeShare(const data::Flow& flow);
// "2013–2018", "since 2019".
std::string describeYears(const data::Flow& flow);

// "7 September 2013", "September 2013" or "2013".
std::string describeDate(const data::EventDate& date);

}  // namespace scene
