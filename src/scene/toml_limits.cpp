#include "scene/toml_limits.h"

#include "data/file_read.h"

#include <vector>

namespace scene {

namespace {

// A light scan of TOML's structure: where keys start, which quotes open strings, which brackets
// open arrays and inline tables. It does not validate anything (toml++ does, right after); it only
// finds the deepest nesting, and stops at the first line that is too deep.
class DepthScan {
public:
    explicit DepthScan(std::string_view text) : m_s(text) {}

    // The line where the nesting first goes past kMaxTomlDepth; 0 when it never does.
    int tooDeepLine() {
        while (m_i < m_s.size()) {
            const bool deep = m_keyPosition ? keyStep() : valueStep();
            if (deep) return m_line;
        }
        return 0;
    }

private:
    struct Open {
        char bracket;  // '[' or '{'
        int outer;     // the depth around it
    };

    char at(size_t i) const { return i < m_s.size() ? m_s[i] : '\0'; }

    void skipComment() {
        while (m_i < m_s.size() && m_s[m_i] != '\n') ++m_i;
    }

    // At a quote: past the string, counting the lines of a multi-line one. An unclosed one-line
    // string stops before its line end (toml++ reports it).
    void skipString() {
        const char q = m_s[m_i];
        const bool basic = q == '"';
        if (at(m_i + 1) == q && at(m_i + 2) == q) {
            m_i += 3;
            while (m_i < m_s.size()) {
                const char c = m_s[m_i];
                if (basic && c == '\\') {
                    if (at(m_i + 1) == '\n') ++m_line;
                    m_i += 2;
                    continue;
                }
                if (c == '\n') ++m_line;
                if (c == q && at(m_i + 1) == q && at(m_i + 2) == q) {
                    m_i += 3;
                    for (int extra = 0; extra < 2 && at(m_i) == q; ++extra) ++m_i;  // """a""""
                    return;
                }
                ++m_i;
            }
            return;
        }
        ++m_i;
        while (m_i < m_s.size()) {
            const char c = m_s[m_i];
            if (c == '\n') return;
            ++m_i;
            if (c == q) return;
            if (basic && c == '\\' && at(m_i) != '\n') ++m_i;
        }
    }

    bool tooDeep(int depth) const { return depth > kMaxTomlDepth; }

    void lineEnd() {
        ++m_line;
        ++m_i;
        if (m_open.empty()) {
            m_keyPosition = true;
            m_depth = m_tableDepth;
        }
    }

    // `[a.b.c]` or `[[a.b]]`: sets the depth that the keys below it start from.
    bool header() {
        ++m_i;
        const bool arrayOfTables = at(m_i) == '[';
        if (arrayOfTables) ++m_i;
        int segments = 1;
        while (m_i < m_s.size() && m_s[m_i] != ']' && m_s[m_i] != '\n') {
            if (m_s[m_i] == '"' || m_s[m_i] == '\'') {
                skipString();
                continue;
            }
            if (m_s[m_i] == '.') ++segments;
            ++m_i;
        }
        m_tableDepth = segments + (arrayOfTables ? 1 : 0);
        m_depth = m_tableDepth;
        if (tooDeep(m_tableDepth)) return true;
        while (m_i < m_s.size() && m_s[m_i] != '\n' && m_s[m_i] != '#') ++m_i;
        return false;
    }

    bool keyStep() {
        const char c = m_s[m_i];
        if (c == ' ' || c == '\t' || c == '\r') {
            ++m_i;
            return false;
        }
        if (c == '\n') {
            lineEnd();
            return false;
        }
        if (c == '#') {
            skipComment();
            return false;
        }
        if (c == '[' && m_open.empty()) return header();
        if (c == '}' && !m_open.empty()) {  // `{}` or a trailing comma
            m_keyPosition = false;
            return valueStep();
        }
        // A key, plain or dotted (`a.b."c.d"`), up to its '='.
        int segments = 1;
        while (m_i < m_s.size() && m_s[m_i] != '=' && m_s[m_i] != '\n') {
            if (m_s[m_i] == '"' || m_s[m_i] == '\'') {
                skipString();
                continue;
            }
            if (m_s[m_i] == '.') ++segments;
            ++m_i;
        }
        if (tooDeep(m_depth + segments)) return true;
        if (at(m_i) == '=') {
            ++m_i;
            m_depth += segments;
            m_keyPosition = false;
        }
        return false;
    }

    bool valueStep() {
        const char c = m_s[m_i];
        switch (c) {
            case '"':
            case '\'':
                skipString();
                return false;
            case '#':
                skipComment();
                return false;
            case '\n':
                lineEnd();
                return false;
            case '[':
            case '{':
                if (tooDeep(m_depth + 1)) return true;
                m_open.push_back(Open{c, m_depth});
                ++m_depth;
                m_keyPosition = c == '{';
                ++m_i;
                return false;
            case ']':
            case '}':
                if (!m_open.empty()) {
                    m_depth = m_open.back().outer;
                    m_open.pop_back();
                }
                ++m_i;
                return false;
            case ',':
                if (!m_open.empty()) {
                    m_depth = m_open.back().outer + 1;
                    m_keyPosition = m_open.back().bracket == '{';
                }
                ++m_i;
                return false;
            default:
                ++m_i;
                return false;
        }
    }

    std::string_view m_s;
    size_t m_i = 0;
    int m_line = 1;
    bool m_keyPosition = true;
    int m_tableDepth = 0;      // segments of the last table header
    int m_depth = 0;           // at the current position
    std::vector<Open> m_open;  // at most kMaxTomlDepth long: deeper is reported before a push
};

}  // namespace

std::optional<std::string> tomlLimitError(std::string_view text, const std::string& fileName) {
    if (text.size() > data::kMaxTomlBytes) {
        return fileName + ": is " + data::formatByteSize(text.size()) + ", over the limit of " +
               data::formatByteSize(data::kMaxTomlBytes) + " for a TOML file; not read";
    }
    if (const int line = DepthScan(text).tooDeepLine()) {
        return fileName + ":" + std::to_string(line) + ": keys or values nest more than " +
               std::to_string(kMaxTomlDepth) +
               " levels deep (dotted keys, table headers, arrays and inline tables together); "
               "not read";
    }
    return std::nullopt;
}

bool readTomlFile(const std::string& path, const std::string& what, std::string* text,
                  std::string* error) {
    data::FileText file = data::readFileLimited(path, data::kMaxTomlBytes);
    if (file.ok()) {
        *text = std::move(file.text);
        return true;
    }
    if (file.status == data::FileStatus::Missing)
        *error = path + ": " + what;
    else if (file.status == data::FileStatus::Unreadable)
        *error = path + ": " + what + " (" + file.problem + ")";
    else
        *error = path + ": " + file.problem;
    return false;
}

}  // namespace scene
