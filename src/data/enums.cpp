#include "data/enums.h"

#include <array>
#include <utility>

namespace data {
namespace {

template <typename Enum, std::size_t N>
using NameTable = std::array<std::pair<Enum, std::string_view>, N>;

constexpr NameTable<PlaceKind, 6> kPlaceKinds{{{PlaceKind::City, "city"},
                                               {PlaceKind::Port, "port"},
                                               {PlaceKind::BorderCrossing, "border_crossing"},
                                               {PlaceKind::DryPort, "dry_port"},
                                               {PlaceKind::Site, "site"},
                                               {PlaceKind::Capital, "capital"}}};
constexpr NameTable<Sector, 3> kSectors{{{Sector::TransportLogistics, "transport_logistics"},
                                         {Sector::OilGasEnergy, "oil_gas_energy"},
                                         {Sector::OtherEconomic, "other_economic"}}};
constexpr NameTable<AmountKind, 5> kAmountKinds{{{AmountKind::TotalCost, "total_cost"},
                                                 {AmountKind::Loan, "loan"},
                                                 {AmountKind::Contract, "contract"},
                                                 {AmountKind::AgreementValue, "agreement_value"},
                                                 {AmountKind::Equity, "equity"}}};
constexpr NameTable<ProjectStatus, 6> kStatuses{
    {{ProjectStatus::Announced, "announced"},
     {ProjectStatus::UnderConstruction, "under_construction"},
     {ProjectStatus::Operating, "operating"},
     {ProjectStatus::Completed, "completed"},
     {ProjectStatus::Suspended, "suspended"},
     {ProjectStatus::Cancelled, "cancelled"}}};
constexpr NameTable<ChineseRole, 3> kRoles{{{ChineseRole::Investor, "investor"},
                                            {ChineseRole::Lender, "lender"},
                                            {ChineseRole::Contractor, "contractor"}}};
constexpr NameTable<Confidence, 3> kConfidences{
    {{Confidence::High, "H"}, {Confidence::Medium, "M"}, {Confidence::Low, "L"}}};
constexpr NameTable<TransportMode, 3> kModes{
    {{TransportMode::Rail, "rail"}, {TransportMode::Sea, "sea"}, {TransportMode::Road, "road"}}};
constexpr NameTable<SegmentStatus, 3> kSegmentStatuses{
    {{SegmentStatus::Operating, "operating"},
     {SegmentStatus::UnderConstruction, "under_construction"},
     {SegmentStatus::Planned, "planned"}}};
constexpr NameTable<TradeBasis, 3> kBases{{{TradeBasis::ChinaCustoms, "china_customs"},
                                           {TradeBasis::National, "national"},
                                           {TradeBasis::Unstated, "unstated"}}};
constexpr NameTable<EventKind, 4> kEventKinds{{{EventKind::Milestone, "milestone"},
                                               {EventKind::Summit, "summit"},
                                               {EventKind::Agreement, "agreement"},
                                               {EventKind::Opening, "opening"}}};

template <typename Enum, std::size_t N>
std::string_view nameOf(const NameTable<Enum, N>& table, Enum value) {
    for (const auto& [item, name] : table) {
        if (item == value) return name;
    }
    return "?";
}

template <typename Enum, std::size_t N>
std::optional<Enum> valueOf(const NameTable<Enum, N>& table, std::string_view text) {
    for (const auto& [item, name] : table) {
        if (name == text) return item;
    }
    return std::nullopt;
}

template <typename Enum, std::size_t N>
std::string joinNames(const NameTable<Enum, N>& table) {
    std::string out;
    for (const auto& entry : table) {
        if (!out.empty()) out += ", ";
        out += entry.second;
    }
    return out;
}

}  // namespace

std::string_view toString(PlaceKind value) {
    return nameOf(kPlaceKinds, value);
}
std::string_view toString(Sector value) {
    return nameOf(kSectors, value);
}
std::string_view toString(AmountKind value) {
    return nameOf(kAmountKinds, value);
}
std::string_view toString(ProjectStatus value) {
    return nameOf(kStatuses, value);
}
std::string_view toString(ChineseRole value) {
    return nameOf(kRoles, value);
}
std::string_view toString(Confidence value) {
    return nameOf(kConfidences, value);
}
std::string_view toString(TransportMode value) {
    return nameOf(kModes, value);
}
std::string_view toString(SegmentStatus value) {
    return nameOf(kSegmentStatuses, value);
}
std::string_view toString(TradeBasis value) {
    return nameOf(kBases, value);
}
std::string_view toString(EventKind value) {
    return nameOf(kEventKinds, value);
}

std::optional<PlaceKind> parsePlaceKind(std::string_view t) {
    return valueOf(kPlaceKinds, t);
}
std::optional<Sector> parseSector(std::string_view t) {
    return valueOf(kSectors, t);
}
std::optional<AmountKind> parseAmountKind(std::string_view t) {
    return valueOf(kAmountKinds, t);
}
std::optional<ProjectStatus> parseProjectStatus(std::string_view t) {
    return valueOf(kStatuses, t);
}
std::optional<ChineseRole> parseChineseRole(std::string_view t) {
    return valueOf(kRoles, t);
}
std::optional<Confidence> parseConfidence(std::string_view t) {
    return valueOf(kConfidences, t);
}
std::optional<TransportMode> parseTransportMode(std::string_view t) {
    return valueOf(kModes, t);
}
std::optional<SegmentStatus> parseSegmentStatus(std::string_view t) {
    return valueOf(kSegmentStatuses, t);
}
std::optional<TradeBasis> parseTradeBasis(std::string_view t) {
    return valueOf(kBases, t);
}
std::optional<EventKind> parseEventKind(std::string_view t) {
    return valueOf(kEventKinds, t);
}

template <>
std::string allowedNames<PlaceKind>() {
    return joinNames(kPlaceKinds);
}
template <>
std::string allowedNames<Sector>() {
    return joinNames(kSectors);
}
template <>
std::string allowedNames<AmountKind>() {
    return joinNames(kAmountKinds);
}
template <>
std::string allowedNames<ProjectStatus>() {
    return joinNames(kStatuses);
}
template <>
std::string allowedNames<ChineseRole>() {
    return joinNames(kRoles);
}
template <>
std::string allowedNames<Confidence>() {
    return joinNames(kConfidences);
}
template <>
std::string allowedNames<TransportMode>() {
    return joinNames(kModes);
}
template <>
std::string allowedNames<SegmentStatus>() {
    return joinNames(kSegmentStatuses);
}
template <>
std::string allowedNames<TradeBasis>() {
    return joinNames(kBases);
}
template <>
std::string allowedNames<EventKind>() {
    return joinNames(kEventKinds);
}

}  // namespace data
