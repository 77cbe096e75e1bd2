#include "scene/describe.h"

#include <cmath>
#include <cstdio>

namespace scene {

namespace {

// Up to three significant figures, dropping a trailing ".0".
std::string sig3(double v) {
    char buf[32];
    if (v >= 100.0) {
        std::snprintf(buf, sizeof buf, "%.0f", v);
    } else if (v >= 10.0) {
        std::snprintf(buf, sizeof buf, "%.1f", v);
    } else {
        std::snprintf(buf, sizeof buf, "%.2f", v);
    }
    std::string s = buf;
    if (s.find('.') != std::string::npos) {
        while (!s.empty() && s.back() == '0') s.pop_back();
        if (!s.empty() && s.back() == '.') s.pop_back();
    }
    return s;
}

}  // namespace

std::string formatUsd(double usd) {
    const double a = std::abs(usd);
    const std::string sign = usd < 0 ? "-" : "";
    if (a >= 1e9) return sign + "$" + sig3(a / 1e9) + " bn";
    if (a >= 1e6) return sign + "$" + sig3(a / 1e6) + " M";
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.0f", a);
    std::string digits = buf;
    for (int i = static_cast<int>(digits.size()) - 3; i > 0; i -= 3)
        digits.insert(static_cast<size_t>(i), ",");
    return sign + "$" + digits;
}

std::string describe(data::AmountKind kind) {
    switch (kind) {
        case data::AmountKind::TotalCost:
            return "total cost";
        case data::AmountKind::Loan:
            return "loan";
        case data::AmountKind::Contract:
            return "contract value";
        case data::AmountKind::AgreementValue:
            return "agreement value";
        case data::AmountKind::Equity:
            return "equity";
    }
    return "amount";
}

std::string describe(data::ProjectStatus status) {
    switch (status) {
        case data::ProjectStatus::Announced:
            return "announced";
        case data::ProjectStatus::UnderConstruction:
            return "under construction";
        case data::ProjectStatus::Operating:
            return "operating";
        case data::ProjectStatus::Completed:
            return "completed";
        case data::ProjectStatus::Suspended:
            return "suspended";
        case data::ProjectStatus::Cancelled:
            return "cancelled";
    }
    return "";
}

std::string describe(data::ChineseRole role) {
    switch (role) {
        case data::ChineseRole::Investor:
            return "investor";
        case data::ChineseRole::Lender:
            return "lender";
        case data::ChineseRole::Contractor:
            return "contractor";
    }
    return "";
}

std::string describe(data::Sector sector) {
    switch (sector) {
        case data::Sector::TransportLogistics:
            return "Transport & logistics";
        case data::Sector::OilGasEnergy:
            return "Oil, gas & energy";
        case data::Sector::OtherEconomic:
            return "Other economic";
    }
    return "";
}

std::string describe(data::Confidence confidence) {
    switch (confidence) {
        case data::Confidence::High:
            return "high (official, or two sources agree)";
        case data::Confidence::Medium:
            return "medium (one reputable source)";
        case data::Confidence::Low:
            return "low (sources conflict or are weak, or the figure is derived)";
    }
    return "";
}

std::string describeAmount(const data::Flow& flow) {
    if (!flow.amountUsd) return "amount not sourced";
    std::string s = formatUsd(*flow.amountUsd);
    if (flow.amountKind) s += " " + describe(*flow.amountKind);
    // Confidence L is about the sources, not a claim that the figure is an estimate.
    if (flow.confidence == data::Confidence::Low) s += " (sources weak or conflicting)";
    if (flow.status == data::ProjectStatus::Suspended ||
        flow.status == data::ProjectStatus::Cancelled) {
        s += ", not spent: the project is " + describe(flow.status);
    } else if (!data::isRealised(flow.status)) {
        s += ", announced or agreed, not spent";
    }
    return s;
}

std::string describeShare(const data::Flow& flow) {
    if (!flow.chineseSharePct) return "";
    char pct[16];
    std::snprintf(pct, sizeof pct, "%.0f%%", *flow.chineseSharePct);
    std::string s = std::string("joint venture: China's share ") + pct;
    if (flow.amountUsd) {
        s += " (" + formatUsd(*flow.amountUsd * *flow.chineseSharePct / 100.0) + " of the " +
             formatUsd(*flow.amountUsd) + ", derived)";
    }
    return s;
}

std::string describeYears(const data::Flow& flow) {
    if (!flow.yearEnd) return "since " + std::to_string(flow.yearStart);
    if (*flow.yearEnd == flow.yearStart) return std::to_string(flow.yearStart);
    return std::to_string(flow.yearStart) + "\u2013" + std::to_string(*flow.yearEnd);
}

std::string describeDate(const data::EventDate& date) {
    static const char* kMonths[] = {"January",   "February", "March",    "April",
                                    "May",       "June",     "July",     "August",
                                    "September", "October",  "November", "December"};
    std::string out;
    if (date.month >= 1 && date.month <= 12) {
        if (date.day >= 1) out = std::to_string(date.day) + " ";
        out += std::string(kMonths[date.month - 1]) + " ";
    }
    return out + std::to_string(date.year);
}

}  // namespace scene
