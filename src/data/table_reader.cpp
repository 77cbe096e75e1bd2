#include "data/table_reader.h"

#include <algorithm>

#include "data/field_parse.h"

namespace data {
namespace {

std::string formatNumber(int value) {
    return std::to_string(value);
}

}  // namespace

TableReader::TableReader(const CsvTable& table, std::string fileName,
                         std::vector<ColumnSpec> columns, std::vector<Message>& messages)
    : m_fileName(std::move(fileName)), m_messages(messages), m_header(table.header) {
    const int headerLine = table.headerLine;
    if (m_header.empty()) {
        m_usable = false;
        return;
    }
    for (std::size_t i = 0; i < m_header.size(); ++i) {
        const std::string& name = m_header[i];
        if (std::find(m_header.begin(), m_header.begin() + static_cast<std::ptrdiff_t>(i), name) !=
            m_header.begin() + static_cast<std::ptrdiff_t>(i)) {
            addMessage(m_messages, Severity::Error, m_fileName, headerLine, name,
                       "column appears more than once in the header");
            m_usable = false;
            continue;
        }
        const bool known = std::any_of(columns.begin(), columns.end(),
                                       [&](const ColumnSpec& spec) { return spec.name == name; });
        if (!known) {
            addMessage(m_messages, Severity::Warning, m_fileName, headerLine, name,
                       "unknown column is ignored");
        }
    }
    for (const ColumnSpec& spec : columns) {
        if (spec.required && indexOf(spec.name) < 0) {
            addMessage(m_messages, Severity::Error, m_fileName, headerLine, std::string(spec.name),
                       "required column is missing; no rows loaded from this file");
            m_usable = false;
        }
    }
}

int TableReader::indexOf(std::string_view column) const {
    for (std::size_t i = 0; i < m_header.size(); ++i) {
        if (m_header[i] == column) return static_cast<int>(i);
    }
    return -1;
}

void TableReader::beginRow(const CsvRecord& record) {
    m_record = &record;
    m_rowOk = true;
}

void TableReader::error(std::string_view column, const std::string& text) {
    addMessage(m_messages, Severity::Error, m_fileName, line(), std::string(column), text);
    m_rowOk = false;
}

void TableReader::warning(std::string_view column, const std::string& text) {
    addMessage(m_messages, Severity::Warning, m_fileName, line(), std::string(column), text);
}

std::string TableReader::text(std::string_view column) const {
    const int index = indexOf(column);
    if (index < 0 || m_record == nullptr) return {};
    return std::string(trimView(m_record->fields[static_cast<std::size_t>(index)]));
}

std::string TableReader::requiredText(std::string_view column) {
    std::string cell = text(column);
    if (cell.empty()) error(column, "is empty");
    return cell;
}

std::optional<double> TableReader::number(std::string_view column, bool required,
                                          bool nonNegative) {
    const std::string cell = text(column);
    if (cell.empty()) {
        if (required) error(column, "is empty; expected a number");
        return std::nullopt;
    }
    const std::optional<double> value = parseNumber(cell);
    if (!value) {
        error(column, "'" + cell + "' is not a number");
        return std::nullopt;
    }
    if (nonNegative && *value < 0.0) {
        error(column, cell + " is negative");
        return std::nullopt;
    }
    return value;
}

std::optional<int> TableReader::year(std::string_view column, bool required) {
    const std::string cell = text(column);
    if (cell.empty()) {
        if (required) error(column, "is empty; expected a year");
        return std::nullopt;
    }
    const std::optional<int> value = parseInteger(cell);
    if (!value) {
        error(column, "'" + cell + "' is not a year");
        return std::nullopt;
    }
    if (*value < kMinYear || *value > kMaxYear) {
        error(column,
              cell + " is outside " + formatNumber(kMinYear) + "-" + formatNumber(kMaxYear));
        return std::nullopt;
    }
    return value;
}

std::optional<EventDate> TableReader::date(std::string_view column) {
    const std::string cell = text(column);
    if (cell.empty()) {
        error(column, "is empty; expected YYYY, YYYY-MM or YYYY-MM-DD");
        return std::nullopt;
    }
    const std::optional<EventDate> value = parseDate(cell);
    if (!value) {
        error(column, "'" + cell + "' is not a date (YYYY, YYYY-MM or YYYY-MM-DD)");
        return std::nullopt;
    }
    if (value->year < kMinYear || value->year > kMaxYear) {
        error(column,
              cell + " is outside " + formatNumber(kMinYear) + "-" + formatNumber(kMaxYear));
        return std::nullopt;
    }
    return value;
}

std::optional<double> TableReader::coordinate(std::string_view column, double limit) {
    const std::optional<double> value = number(column, true, false);
    if (!value) return std::nullopt;
    if (*value < -limit || *value > limit) {
        error(column, text(column) + " is outside -" + formatNumber(static_cast<int>(limit)) +
                          ".." + formatNumber(static_cast<int>(limit)));
        return std::nullopt;
    }
    return value;
}

std::optional<std::string> TableReader::iso3(std::string_view column, bool required) {
    const std::string cell = text(column);
    if (cell.empty()) {
        if (required) error(column, "is empty; expected an ISO 3166-1 alpha-3 code");
        return std::nullopt;
    }
    if (!isIso3Code(cell)) {
        error(column, "'" + cell + "' is not an ISO 3166-1 alpha-3 code (three capital letters)");
        return std::nullopt;
    }
    return cell;
}

std::string TableReader::source() {
    return requiredText("source");
}

std::string TableReader::sourceUrl() {
    std::string cell = text("source_url");
    if (!cell.empty() && cell.rfind("http://", 0) != 0 && cell.rfind("https://", 0) != 0) {
        warning("source_url", "'" + cell + "' does not start with http:// or https://");
    }
    return cell;
}

std::optional<Confidence> TableReader::confidence() {
    if (!hasColumn("confidence")) return Confidence::Low;
    return enumValue<Confidence>("confidence", true, parseConfidence);
}

}  // namespace data
