#include "data/csv_reader.h"

#include <algorithm>

#include "data/file_read.h"

namespace data {
namespace {

// Splits the text into raw records. Each record keeps the line it started on.
struct RawRecord {
    int line = 0;
    std::vector<std::string> fields;
    bool blank = true;  // a line with nothing on it (not even a quoted empty field)
};

class Tokenizer {
public:
    Tokenizer(std::string_view text, const std::string& fileName, std::vector<Message>& messages)
        : m_text(text), m_fileName(fileName), m_messages(messages) {}

    // Reads the next record; returns false at the end of the text.
    bool next(RawRecord& record) {
        if (m_pos >= m_text.size()) return false;
        record = RawRecord{};
        record.line = m_line;
        std::string field;
        bool fieldQuoted = false;
        bool strayQuoteWarned = false;
        while (m_pos < m_text.size()) {
            const char c = m_text[m_pos];
            if (c == '"' && !fieldQuoted && trimView(field).empty()) {
                field.clear();  // spaces before an opening quote are not part of the field
                if (!readQuoted(field, record.line)) {
                    record.fields.clear();
                    record.blank = true;
                    return true;  // the unterminated record is dropped; the text is used up
                }
                fieldQuoted = true;
                record.blank = false;
                continue;
            }
            if (c == ',') {
                record.fields.push_back(std::move(field));
                field.clear();
                fieldQuoted = false;
                record.blank = false;
                ++m_pos;
                continue;
            }
            if (c == '\r' || c == '\n') {
                consumeLineEnd();
                break;
            }
            if (fieldQuoted && (c == ' ' || c == '\t')) {
                ++m_pos;  // spaces after a closing quote are dropped
                continue;
            }
            if (fieldQuoted || c == '"') {
                if (!strayQuoteWarned) {
                    addMessage(m_messages, Severity::Warning, m_fileName, m_line, "",
                               fieldQuoted ? "text after a closing quote is kept as is"
                                           : "stray quote inside an unquoted field is kept as is");
                    strayQuoteWarned = true;
                }
            }
            if (c != ' ' && c != '\t') record.blank = false;
            field.push_back(c);
            ++m_pos;
        }
        record.fields.push_back(std::move(field));
        return true;
    }

private:
    // At an opening quote. Reads through the closing quote; "" is a literal quote.
    bool readQuoted(std::string& field, int recordLine) {
        ++m_pos;
        while (m_pos < m_text.size()) {
            const char c = m_text[m_pos];
            if (c == '"') {
                if (m_pos + 1 < m_text.size() && m_text[m_pos + 1] == '"') {
                    field.push_back('"');
                    m_pos += 2;
                    continue;
                }
                ++m_pos;
                return true;
            }
            if (c == '\r' || c == '\n') {
                consumeLineEnd();
                field.push_back('\n');  // line ends inside fields are normalised to LF
                continue;
            }
            field.push_back(c);
            ++m_pos;
        }
        addMessage(m_messages, Severity::Error, m_fileName, recordLine, "",
                   "quoted field is not closed before the end of the file; record skipped");
        return false;
    }

    void consumeLineEnd() {
        if (m_text[m_pos] == '\r' && m_pos + 1 < m_text.size() && m_text[m_pos + 1] == '\n') {
            ++m_pos;
        }
        ++m_pos;
        ++m_line;
    }

    std::string_view m_text;
    const std::string& m_fileName;
    std::vector<Message>& m_messages;
    std::size_t m_pos = 0;
    int m_line = 1;
};

}  // namespace

std::string_view trimView(std::string_view text) {
    std::size_t begin = 0;
    std::size_t end = text.size();
    while (begin < end && (text[begin] == ' ' || text[begin] == '\t')) ++begin;
    while (end > begin && (text[end - 1] == ' ' || text[end - 1] == '\t')) --end;
    return text.substr(begin, end - begin);
}

CsvTable parseCsv(std::string_view text, const std::string& fileName,
                  std::vector<Message>& messages) {
    static constexpr std::string_view kBom = "\xEF\xBB\xBF";
    if (text.substr(0, kBom.size()) == kBom) text.remove_prefix(kBom.size());

    // NUL bytes are kept in the fields, but say where the first one is: a NUL usually means a
    // UTF-16 or binary file, whose other rows then fail for reasons that are hard to see.
    if (const std::size_t nul = text.find('\0'); nul != std::string_view::npos) {
        const auto line =
            1 + std::count(text.begin(), text.begin() + static_cast<std::ptrdiff_t>(nul), '\n');
        addMessage(messages, Severity::Warning, fileName, static_cast<int>(line), "",
                   "contains a NUL byte (a UTF-16 or binary file? save it as UTF-8 CSV)");
    }
    CsvTable table;
    Tokenizer tokenizer(text, fileName, messages);
    RawRecord record;
    bool haveHeader = false;
    while (tokenizer.next(record)) {
        if (record.blank && record.fields.size() <= 1) continue;
        if (!haveHeader) {
            for (const std::string& name : record.fields) {
                table.header.emplace_back(trimView(name));
            }
            table.headerLine = record.line;
            haveHeader = true;
            continue;
        }
        if (record.fields.size() != table.header.size()) {
            addMessage(messages, Severity::Error, fileName, record.line, "",
                       "record has " + std::to_string(record.fields.size()) +
                           " fields but the header has " + std::to_string(table.header.size()) +
                           "; record skipped");
            continue;
        }
        table.records.push_back(CsvRecord{record.line, std::move(record.fields)});
    }
    if (!haveHeader)
        addMessage(messages, Severity::Error, fileName, 0, "", "file has no header row");
    return table;
}

bool readTextFile(const std::string& path, std::string& out) {
    FileText file = readFileLimited(path, kMaxCsvBytes);
    out = std::move(file.text);
    return file.ok();
}

}  // namespace data
