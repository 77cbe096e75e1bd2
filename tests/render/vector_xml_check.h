// A minimal XML well-formedness check for the SVG export's tests (no XML library needed):
// tags nest and close in order, attributes are quoted, '&' starts an entity, one root element.
#pragma once

#include <cctype>
#include <string>
#include <vector>

namespace testing_xml {

// Empty when `xml` is well-formed, else what is wrong and where (byte offset).
inline std::string wellFormedError(const std::string& xml) {
    std::vector<std::string> open;
    int roots = 0;
    size_t i = 0;
    auto at = [](size_t p) { return " at byte " + std::to_string(p); };
    while (i < xml.size()) {
        if (xml[i] == '&') {
            const size_t semi = xml.find(';', i);
            if (semi == std::string::npos || semi - i > 10) return "bare '&'" + at(i);
            i = semi + 1;
            continue;
        }
        if (xml[i] != '<') {
            if (open.empty() && !std::isspace(static_cast<unsigned char>(xml[i])))
                return "text outside the root element" + at(i);
            ++i;
            continue;
        }
        auto skipTo = [&](const char* end) {
            const size_t e = xml.find(end, i);
            if (e == std::string::npos) return false;
            i = e + std::char_traits<char>::length(end);
            return true;
        };
        if (xml.compare(i, 4, "<!--") == 0) {
            if (!skipTo("-->")) return "unclosed comment" + at(i);
            continue;
        }
        if (xml.compare(i, 9, "<![CDATA[") == 0) {
            if (!skipTo("]]>")) return "unclosed CDATA" + at(i);
            continue;
        }
        if (xml.compare(i, 2, "<?") == 0 || xml.compare(i, 2, "<!") == 0) {
            if (!skipTo(">")) return "unclosed declaration" + at(i);
            continue;
        }
        // A tag: find its end outside quoted attribute values.
        const size_t start = i;
        char quote = 0;
        size_t j = i + 1;
        for (; j < xml.size(); ++j) {
            const char c = xml[j];
            if (quote) {
                if (c == quote)
                    quote = 0;
                else if (c == '<')
                    return "'<' in an attribute value" + at(j);
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (c == '>') {
                break;
            } else if (c == '=' && j + 1 < xml.size() && xml[j + 1] != '"' && xml[j + 1] != '\'') {
                return "unquoted attribute value" + at(j);
            }
        }
        if (j >= xml.size()) return "unclosed tag" + at(start);
        const bool closing = xml[start + 1] == '/';
        const bool selfClosing = xml[j - 1] == '/';
        size_t n = start + (closing ? 2 : 1);
        std::string name;
        while (n < j && !std::isspace(static_cast<unsigned char>(xml[n])) && xml[n] != '/' &&
               xml[n] != '>')
            name += xml[n++];
        if (name.empty()) return "tag without a name" + at(start);
        if (closing) {
            if (open.empty() || open.back() != name)
                return "</" + name + "> closes " +
                       (open.empty() ? "nothing" : "<" + open.back() + ">") + at(start);
            open.pop_back();
        } else if (!selfClosing) {
            if (open.empty()) ++roots;
            open.push_back(name);
        } else if (open.empty()) {
            ++roots;
        }
        i = j + 1;
    }
    if (!open.empty()) return "<" + open.back() + "> never closed";
    if (roots != 1) return std::to_string(roots) + " root elements";
    return {};
}

// How many times `needle` occurs in `text`.
inline size_t countOf(const std::string& text, const std::string& needle) {
    size_t n = 0;
    for (size_t p = text.find(needle); p != std::string::npos; p = text.find(needle, p + 1)) ++n;
    return n;
}

}  // namespace testing_xml
