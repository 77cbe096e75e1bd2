#include "app/load_messages.h"

#include <unordered_set>

namespace app {

namespace {

std::vector<std::string> unique(const std::vector<std::string>& messages) {
    std::vector<std::string> out;
    std::unordered_set<std::string> seen;
    for (const auto& m : messages) {
        if (seen.insert(m).second) out.push_back(m);
    }
    return out;
}

}  // namespace

std::vector<std::string> cappedMessages(const std::vector<std::string>& messages, size_t max) {
    std::vector<std::string> out = unique(messages);
    if (out.size() > max) {
        const size_t rest = out.size() - max;
        out.resize(max);
        out.push_back("... and " + std::to_string(rest) + " more");
    }
    return out;
}

void printMessages(std::FILE* out, const char* severity, const std::vector<std::string>& messages,
                   size_t max) {
    const std::vector<std::string> all = unique(messages);
    const size_t shown = all.size() < max ? all.size() : max;
    for (size_t i = 0; i < shown; ++i) std::fprintf(out, "%s: %s\n", severity, all[i].c_str());
    if (all.size() > shown)
        std::fprintf(out, "%s: ... and %zu more %ss\n", severity, all.size() - shown, severity);
}

std::vector<std::string> panelMessages(const std::vector<std::string>& errors,
                                       const std::vector<std::string>& warnings) {
    std::vector<std::string> out = cappedMessages(errors);
    for (const auto& w : cappedMessages(warnings)) out.push_back("warning: " + w);
    return out;
}

}  // namespace app
