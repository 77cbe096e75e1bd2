// Reads typed values out of CSV records by column name and records `file:line: column: problem`
// messages for bad values. Used by the per-file parsers; standard library only.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "data/csv_reader.h"
#include "data/enums.h"
#include "data/messages.h"

namespace data {

struct ColumnSpec {
    std::string_view name;
    bool required = false;  // the column must be in the header (its cells may still be empty)
};

class TableReader {
public:
    // Maps the header to `columns`: unknown header names are warnings; missing required columns
    // and duplicated names are errors that make the whole table unusable.
    TableReader(const CsvTable& table, std::string fileName, std::vector<ColumnSpec> columns,
                std::vector<Message>& messages);

    bool usable() const { return m_usable; }
    const std::string& fileName() const { return m_fileName; }

    // Starts reading one record; errors reported after this mark the row bad (skipped).
    void beginRow(const CsvRecord& record);
    bool rowOk() const { return m_rowOk; }
    int line() const { return m_record ? m_record->line : 0; }

    void error(std::string_view column, const std::string& text);
    void warning(std::string_view column, const std::string& text);

    // The trimmed cell, or "" when the column is not in the header.
    std::string text(std::string_view column) const;
    // The trimmed cell; an error when it is empty.
    std::string requiredText(std::string_view column);
    // Empty cell: nullopt, and an error when `required`. Not a number, or negative when
    // `nonNegative`: an error and nullopt.
    std::optional<double> number(std::string_view column, bool required, bool nonNegative);
    // A year within kMinYear..kMaxYear.
    std::optional<int> year(std::string_view column, bool required);
    std::optional<EventDate> date(std::string_view column);
    // Longitude (-180..180) or latitude (-90..90) in degrees.
    std::optional<double> coordinate(std::string_view column, double limit);
    std::optional<std::string> iso3(std::string_view column, bool required);

    bool hasColumn(std::string_view column) const { return indexOf(column) >= 0; }
    // The `source` cell (an error when empty) and the `source_url` cell (a warning unless it is
    // empty or starts with http:// or https://).
    std::string source();
    std::string sourceUrl();
    // The `confidence` cell (H, M or L; an error when empty or bad). When the file has no
    // confidence column at all, rows are marked L (a warning is given once per file by the caller).
    std::optional<Confidence> confidence();

    template <typename Enum>
    std::optional<Enum> enumValue(std::string_view column, bool required,
                                  std::optional<Enum> (*parse)(std::string_view)) {
        const std::string cell = text(column);
        if (cell.empty()) {
            if (required) error(column, "is empty; expected one of " + allowedNames<Enum>());
            return std::nullopt;
        }
        const std::optional<Enum> value = parse(cell);
        if (!value) {
            error(column, "'" + cell + "' is not one of " + allowedNames<Enum>());
        }
        return value;
    }

private:
    int indexOf(std::string_view column) const;

    std::string m_fileName;
    std::vector<Message>& m_messages;
    std::vector<std::string> m_header;
    bool m_usable = true;
    const CsvRecord* m_record = nullptr;
    bool m_rowOk = true;
};

}  // namespace data
