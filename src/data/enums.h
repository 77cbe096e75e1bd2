// Text names of the model's enums as written in the CSV files, both ways. Standard library only.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "data/model.h"

namespace data {

std::string_view toString(PlaceKind value);
std::string_view toString(Sector value);
std::string_view toString(AmountKind value);
std::string_view toString(ProjectStatus value);
std::string_view toString(ChineseRole value);
std::string_view toString(Confidence value);  // "H", "M", "L"
std::string_view toString(TransportMode value);
std::string_view toString(SegmentStatus value);
std::string_view toString(TradeBasis value);
std::string_view toString(EventKind value);

// Each returns nullopt for text that is not one of the names (exact, case-sensitive match).
std::optional<PlaceKind> parsePlaceKind(std::string_view text);
std::optional<Sector> parseSector(std::string_view text);
std::optional<AmountKind> parseAmountKind(std::string_view text);
std::optional<ProjectStatus> parseProjectStatus(std::string_view text);
std::optional<ChineseRole> parseChineseRole(std::string_view text);
std::optional<Confidence> parseConfidence(std::string_view text);
std::optional<TransportMode> parseTransportMode(std::string_view text);
std::optional<SegmentStatus> parseSegmentStatus(std::string_view text);
std::optional<TradeBasis> parseTradeBasis(std::string_view text);
std::optional<EventKind> parseEventKind(std::string_view text);

// The allowed names, comma-separated, for error messages ("expected one of ...").
template <typename Enum>
std::string allowedNames();
template <>
std::string allowedNames<PlaceKind>();
template <>
std::string allowedNames<Sector>();
template <>
std::string allowedNames<AmountKind>();
template <>
std::string allowedNames<ProjectStatus>();
template <>
std::string allowedNames<ChineseRole>();
template <>
std::string allowedNames<Confidence>();
template <>
std::string allowedNames<TransportMode>();
template <>
std::string allowedNames<SegmentStatus>();
template <>
std::string allowedNames<TradeBasis>();
template <>
std::string allowedNames<EventKind>();

}  // namespace data
