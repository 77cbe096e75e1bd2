#include "app/fonts.h"

#include <fontconfig/fontconfig.h>

namespace app {

namespace {

// fontconfig's best scalable match for `family`; with `codepoint` != 0 only if it has that glyph.
std::string matchFont(const std::string& family, unsigned codepoint) {
    FcConfig* config = FcInitLoadConfigAndFonts();
    if (!config) return {};
    std::string path;
    FcPattern* pattern = FcNameParse(reinterpret_cast<const FcChar8*>(family.c_str()));
    FcPatternAddBool(pattern, FC_SCALABLE, FcTrue);
    FcConfigSubstitute(config, pattern, FcMatchPattern);
    FcDefaultSubstitute(pattern);
    FcResult result = FcResultNoMatch;
    FcPattern* found = FcFontMatch(config, pattern, &result);
    if (found) {
        FcChar8* file = nullptr;
        FcCharSet* chars = nullptr;
        const bool hasChar =
            codepoint == 0 || (FcPatternGetCharSet(found, FC_CHARSET, 0, &chars) == FcResultMatch &&
                               chars && FcCharSetHasChar(chars, codepoint));
        if (hasChar && FcPatternGetString(found, FC_FILE, 0, &file) == FcResultMatch && file) {
            path = reinterpret_cast<const char*>(file);
        }
        FcPatternDestroy(found);
    }
    FcPatternDestroy(pattern);
    FcConfigDestroy(config);
    return path;
}

}  // namespace

std::string findFontFile(const std::string& family) {
    return matchFont(family, 0);
}

std::string findFontFileWithChar(const std::string& family, unsigned codepoint) {
    return matchFont(family, codepoint);
}

LabelFontFiles findLabelFonts() {
    LabelFontFiles f;
    // fontconfig falls back to DejaVu Sans (or the closest installed) when Noto is missing.
    f.regular = findFontFile("Noto Sans");
    if (f.regular.empty()) f.regular = findFontFile("DejaVu Sans");
    f.bold = findFontFile("Noto Sans:bold");
    f.italic = findFontFile("Noto Sans:italic");
    constexpr unsigned kZhong = 0x4e2d;  // 中
    for (const char* family : {"Noto Sans CJK SC", "Droid Sans Fallback", ":lang=zh-cn"}) {
        f.cjk = findFontFileWithChar(family, kZhong);
        if (!f.cjk.empty()) break;
    }
    return f;
}

}  // namespace app
