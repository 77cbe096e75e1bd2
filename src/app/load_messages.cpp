#include "app/load_messages.h"

#include <unordered_set>

namespace app {

namespace {

// Loaders cap their own lists with a line "... and N more ..." (a story's 100,000 warnings keep
// 100): such a line stands for N messages, not one, so the totals below stay true.
size_t summarisedCount(const std::string& message) {
    const size_t at = message.find("... and ");
    if (at == std::string::npos) return 0;
    size_t i = at + 8, n = 0;
    bool digits = false;
    for (; i < message.size() && message[i] >= '0' && message[i] <= '9'; ++i) {
        n = n * 10 + static_cast<size_t>(message[i] - '0');
        digits = true;
    }
    return digits && message.compare(i, 6, " more ") == 0 ? n : 0;
}

// The distinct messages, without the loaders' own summary lines, and how many those stood for.
std::vector<std::string> unique(const std::vector<std::string>& messages, size_t* summarised) {
    std::vector<std::string> out;
    std::unordered_set<std::string> seen;
    for (const auto& m : messages) {
        if (const size_t n = summarisedCount(m)) {
            *summarised += n;
        } else if (seen.insert(m).second) {
            out.push_back(m);
        }
    }
    return out;
}

}  // namespace

std::vector<std::string> cappedMessages(const std::vector<std::string>& messages, size_t max) {
    size_t summarised = 0;
    std::vector<std::string> out = unique(messages, &summarised);
    size_t rest = summarised;
    if (out.size() > max) {
        rest += out.size() - max;
        out.resize(max);
    }
    if (rest > 0) out.push_back("... and " + std::to_string(rest) + " more");
    return out;
}

void printMessages(std::FILE* out, const char* severity, const std::vector<std::string>& messages,
                   size_t max) {
    size_t summarised = 0;
    const std::vector<std::string> all = unique(messages, &summarised);
    const size_t shown = all.size() < max ? all.size() : max;
    for (size_t i = 0; i < shown; ++i) std::fprintf(out, "%s: %s\n", severity, all[i].c_str());
    const size_t rest = all.size() - shown + summarised;
    if (rest > 0) std::fprintf(out, "%s: ... and %zu more %ss\n", severity, rest, severity);
}

std::vector<std::string> panelMessages(const std::vector<std::string>& errors,
                                       const std::vector<std::string>& warnings) {
    std::vector<std::string> out = cappedMessages(errors);
    for (const auto& w : cappedMessages(warnings)) out.push_back("warning: " + w);
    return out;
}

}  // namespace app
