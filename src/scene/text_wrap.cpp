#include "scene/text_wrap.h"

namespace scene {

namespace {

// True for a UTF-8 lead byte of a CJK character (U+2E80..U+9FFF, U+F900..U+FFEF): Chinese has
// no spaces, so a line may break after any of its characters.
bool cjkLead(const std::string& s, size_t i) {
    const auto c = static_cast<unsigned char>(s[i]);
    if (c < 0xE2 || c > 0xEF || i + 1 >= s.size()) return false;
    const auto c1 = static_cast<unsigned char>(s[i + 1]);
    return (c == 0xE2 && c1 >= 0xBA) || (c >= 0xE3 && c <= 0xE9) || (c == 0xEF && c1 <= 0xBF);
}

}  // namespace

std::vector<std::string> wrapText(const std::string& textIn, const TextMetrics& metrics,
                                  float sizePx, bool bold, float maxWidthPx) {
    std::vector<std::string> lines;
    std::string line, word;
    bool glued = false;  // the word touches a CJK character: no space between them
    auto flushWord = [&] {
        if (word.empty()) return;
        const std::string candidate = line.empty() || glued ? line + word : line + " " + word;
        if (!line.empty() && metrics.widthPx(candidate, sizePx, bold) > maxWidthPx) {
            lines.push_back(line);
            line = word;
        } else {
            line = candidate;
        }
        word.clear();
        glued = false;
    };
    for (size_t i = 0; i < textIn.size(); ++i) {
        const char c = textIn[i];
        if (c == ' ' || c == '\n') {
            flushWord();
            glued = false;
            if (c == '\n' && !line.empty()) {
                lines.push_back(line);
                line.clear();
            }
        } else if (cjkLead(textIn, i)) {
            // The character is a word of its own, glued to what stands right before and after.
            if (!word.empty()) {
                flushWord();
                glued = true;
            }
            word = textIn.substr(i, 3);
            flushWord();
            glued = true;
            i += 2;
        } else {
            word += c;
        }
    }
    flushWord();
    if (!line.empty()) lines.push_back(line);
    return lines;
}

}  // namespace scene
