#include "scene/label_set.h"

#include <cstdint>

namespace scene {

std::optional<LabelLanguage> parseLabelLanguage(const std::string& code) {
    if (code == "en") return LabelLanguage::English;
    if (code == "ru") return LabelLanguage::Russian;
    if (code == "zh") return LabelLanguage::Chinese;
    if (code == "local") return LabelLanguage::Local;
    return std::nullopt;
}

const char* toString(LabelLanguage language) {
    switch (language) {
        case LabelLanguage::English:
            return "en";
        case LabelLanguage::Russian:
            return "ru";
        case LabelLanguage::Chinese:
            return "zh";
        case LabelLanguage::Local:
            return "local";
    }
    return "en";
}

LabelStyle labelStyle(LabelKind kind) {
    switch (kind) {
        case LabelKind::Country:
            return {11.f, LabelFace::Bold, 0.14f, 1.6f};
        case LabelKind::Region:
            return {8.5f, LabelFace::Regular, 0.08f, 1.3f};
        case LabelKind::Water:
            return {10.f, LabelFace::Italic, 0.04f, 1.3f};
        case LabelKind::Capital:
            return {10.f, LabelFace::Bold, 0.f, 1.5f};
        case LabelKind::City:
            return {8.5f, LabelFace::Regular, 0.f, 1.4f};
        case LabelKind::Node:
            return {9.f, LabelFace::Regular, 0.f, 1.5f};
        case LabelKind::Project:
            return {8.f, LabelFace::Italic, 0.f, 1.4f};
    }
    return {};
}

const std::string& Label::textFor(LabelLanguage language) const {
    const std::string& t = text[static_cast<size_t>(language)];
    return t.empty() ? text[0] : t;
}

namespace {

void appendUtf8(uint32_t cp, std::string* out) {
    if (cp < 0x80) {
        out->push_back(static_cast<char>(cp));
    } else if (cp < 0x800) {
        out->push_back(static_cast<char>(0xc0 | (cp >> 6)));
        out->push_back(static_cast<char>(0x80 | (cp & 0x3f)));
    } else if (cp < 0x10000) {
        out->push_back(static_cast<char>(0xe0 | (cp >> 12)));
        out->push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3f)));
        out->push_back(static_cast<char>(0x80 | (cp & 0x3f)));
    } else {
        out->push_back(static_cast<char>(0xf0 | (cp >> 18)));
        out->push_back(static_cast<char>(0x80 | ((cp >> 12) & 0x3f)));
        out->push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3f)));
        out->push_back(static_cast<char>(0x80 | (cp & 0x3f)));
    }
}

uint32_t upper(uint32_t cp) {
    if (cp >= 'a' && cp <= 'z') return cp - 32;
    if ((cp >= 0xe0 && cp <= 0xfe && cp != 0xf7)) return cp - 32;  // Latin-1
    if (cp >= 0x100 && cp <= 0x17f && (cp & 1) && cp != 0x131 && cp != 0x138 && cp != 0x149)
        return cp - 1;                               // Latin Extended-A pairs (odd = lower)
    if (cp >= 0x430 && cp <= 0x44f) return cp - 32;  // Cyrillic а..я
    if (cp >= 0x450 && cp <= 0x45f) return cp - 80;  // ѐ..џ (ё, є, і, ї, ў ...)
    if (cp >= 0x4d0 && cp <= 0x4ff && (cp & 1)) return cp - 1;  // Kazakh ә, ө ... pairs
    if (cp >= 0x490 && cp <= 0x4bf && (cp & 1)) return cp - 1;  // ғ, қ, ң, ү, ұ, һ ...
    return cp;
}

}  // namespace

std::string upperCase(const std::string& utf8) {
    std::string out;
    out.reserve(utf8.size());
    size_t i = 0;
    while (i < utf8.size()) {
        const auto b0 = static_cast<unsigned char>(utf8[i]);
        const int len = b0 < 0x80 ? 1 : (b0 & 0xe0) == 0xc0 ? 2 : (b0 & 0xf0) == 0xe0 ? 3 : 4;
        if (i + static_cast<size_t>(len) > utf8.size() || len == 4 || (len > 1 && b0 >= 0xf8)) {
            out.append(utf8, i, std::string::npos);  // leave what we do not decode as it is
            break;
        }
        uint32_t cp = len == 1 ? b0 : len == 2 ? (b0 & 0x1fu) : (b0 & 0x0fu);
        for (int k = 1; k < len; ++k)
            cp = (cp << 6) | (static_cast<unsigned char>(utf8[i + k]) & 0x3fu);
        appendUtf8(upper(cp), &out);
        i += static_cast<size_t>(len);
    }
    return out;
}

}  // namespace scene
