// A small RFC 4180 style CSV reader: quoted fields with commas, doubled quotes and newlines, a
// UTF-8 byte order mark, CRLF or LF line ends, blank lines ignored. Standard library only; never
// throws.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "data/messages.h"

namespace data {

struct CsvRecord {
    int line = 0;  // 1-based physical line where the record starts
    std::vector<std::string> fields;
};

struct CsvTable {
    std::vector<std::string> header;  // column names, trimmed; empty when the text had no header
    int headerLine = 0;
    std::vector<CsvRecord> records;  // only records with as many fields as the header
};

// Parses `text` (the whole file). Problems are appended to `messages` with `fileName` as context:
// a record whose field count differs from the header's is an error and is left out; an
// unterminated quote is an error and drops the record it starts; stray quotes inside an unquoted
// field are kept as text with a warning, and so are NUL bytes (one warning, at the first). Blank
// lines (anywhere, including trailing) are skipped.
CsvTable parseCsv(std::string_view text, const std::string& fileName,
                  std::vector<Message>& messages);

// Reads a whole regular file of at most kMaxCsvBytes in binary mode (data/file_read.h). Returns
// false (and leaves `out` empty) when it cannot be read.
bool readTextFile(const std::string& path, std::string& out);

// Removes ASCII spaces and tabs at both ends.
std::string_view trimView(std::string_view text);

}  // namespace data
