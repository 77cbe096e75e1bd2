// Strict, locale-independent parsing of single CSV field values: numbers, years, dates, ISO codes
// and ids. Standard library only; returns nullopt (or false) instead of throwing.
#pragma once

#include <optional>
#include <string_view>

#include "data/model.h"

namespace data {

// Years the data may mention at all; anything else is a typo.
constexpr int kMinYear = 1990;
constexpr int kMaxYear = 2035;

// A plain decimal number ("12", "-3.5", "4.2e9"); no thousands separators, no "inf" or "nan".
std::optional<double> parseNumber(std::string_view text);
// A plain integer ("2013", "-4").
std::optional<int> parseInteger(std::string_view text);
// YYYY, YYYY-MM or YYYY-MM-DD with a real month and day; the year range is not checked here.
std::optional<EventDate> parseDate(std::string_view text);
// Three upper-case ASCII letters (ISO 3166-1 alpha-3 shape; XAA..XZZ are user-assigned codes).
bool isIso3Code(std::string_view text);
// Lower-case ASCII letters, digits and '_', starting with a letter.
bool isValidId(std::string_view text);

}  // namespace data
