#include "data/field_parse.h"

#include <charconv>
#include <cmath>
#include <system_error>

namespace data {
namespace {

bool isDigit(char c) {
    return c >= '0' && c <= '9';
}

bool allDigits(std::string_view text) {
    if (text.empty()) return false;
    for (char c : text) {
        if (!isDigit(c)) return false;
    }
    return true;
}

int daysInMonth(int year, int month) {
    static constexpr int kDays[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    return month == 2 && leap ? 29 : kDays[month - 1];
}

}  // namespace

std::optional<double> parseNumber(std::string_view text) {
    if (!text.empty() && text.front() == '+') text.remove_prefix(1);
    if (text.empty()) return std::nullopt;
    for (char c : text) {
        if (!isDigit(c) && c != '.' && c != '-' && c != 'e' && c != 'E' && c != '+') {
            return std::nullopt;
        }
    }
    double value = 0.0;
    const char* end = text.data() + text.size();
    const auto result = std::from_chars(text.data(), end, value, std::chars_format::general);
    if (result.ec != std::errc() || result.ptr != end || !std::isfinite(value)) {
        return std::nullopt;
    }
    return value;
}

std::optional<int> parseInteger(std::string_view text) {
    if (!text.empty() && text.front() == '+') text.remove_prefix(1);
    if (text.empty()) return std::nullopt;
    int value = 0;
    const char* end = text.data() + text.size();
    const auto result = std::from_chars(text.data(), end, value);
    if (result.ec != std::errc() || result.ptr != end) return std::nullopt;
    return value;
}

std::optional<EventDate> parseDate(std::string_view text) {
    EventDate date;
    if (text.size() < 4 || !allDigits(text.substr(0, 4))) return std::nullopt;
    date.year = *parseInteger(text.substr(0, 4));
    if (text.size() == 4) return date;
    if (text.size() < 7 || text[4] != '-' || !allDigits(text.substr(5, 2))) return std::nullopt;
    date.month = *parseInteger(text.substr(5, 2));
    if (date.month < 1 || date.month > 12) return std::nullopt;
    if (text.size() == 7) return date;
    if (text.size() != 10 || text[7] != '-' || !allDigits(text.substr(8, 2))) return std::nullopt;
    date.day = *parseInteger(text.substr(8, 2));
    if (date.day < 1 || date.day > daysInMonth(date.year, date.month)) return std::nullopt;
    return date;
}

bool isIso3Code(std::string_view text) {
    if (text.size() != 3) return false;
    for (char c : text) {
        if (c < 'A' || c > 'Z') return false;
    }
    return true;
}

bool isValidId(std::string_view text) {
    if (text.empty() || text.front() < 'a' || text.front() > 'z') return false;
    for (char c : text) {
        if (!((c >= 'a' && c <= 'z') || isDigit(c) || c == '_')) return false;
    }
    return true;
}

bool isRealised(ProjectStatus status) {
    return status == ProjectStatus::UnderConstruction || status == ProjectStatus::Operating ||
           status == ProjectStatus::Completed;
}

double toFractionalYear(const EventDate& date) {
    if (date.month == 0) return date.year;
    const bool leap = (date.year % 4 == 0 && date.year % 100 != 0) || date.year % 400 == 0;
    const double daysInYear = leap ? 366.0 : 365.0;
    int dayOfYear = 0;  // days before the date
    for (int m = 1; m < date.month; ++m) dayOfYear += daysInMonth(date.year, m);
    if (date.day > 0) dayOfYear += date.day - 1;
    return date.year + dayOfYear / daysInYear;
}

}  // namespace data
