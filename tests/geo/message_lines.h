// Helpers for asserting on message lists (errors, warnings): one string to print on failure,
// and whether any line mentions something. Shared by the geo and scene tests.
#pragma once

#include <algorithm>
#include <string>
#include <vector>

namespace testutil {

inline std::string joined(const std::vector<std::string>& lines) {
    std::string s;
    for (const auto& l : lines) s += l + "\n";
    return s;
}

inline bool anyContains(const std::vector<std::string>& lines, const std::string& needle) {
    return std::any_of(lines.begin(), lines.end(),
                       [&](const std::string& l) { return l.find(needle) != std::string::npos; });
}

}  // namespace testutil
