// The font file fontconfig matches for a pattern, for the render tests (fonts-noto-core and
// fonts-droid-fallback are installed by scripts/setup.sh).
#pragma once

#include <fontconfig/fontconfig.h>

#include <string>

namespace testing_fonts {

// The matched file; empty when nothing matches or, with `wantFamily`, when fontconfig fell back
// to another family (so a test can skip or fail clearly instead of comparing another font).
inline std::string findFont(const char* pattern, const char* wantFamily = nullptr) {
    FcInit();
    FcPattern* pat = FcNameParse(reinterpret_cast<const FcChar8*>(pattern));
    FcConfigSubstitute(nullptr, pat, FcMatchPattern);
    FcDefaultSubstitute(pat);
    FcResult result = FcResultNoMatch;
    FcPattern* match = FcFontMatch(nullptr, pat, &result);
    std::string path;
    FcChar8* file = nullptr;
    FcChar8* family = nullptr;
    if (match && FcPatternGetString(match, FC_FILE, 0, &file) == FcResultMatch &&
        (!wantFamily || (FcPatternGetString(match, FC_FAMILY, 0, &family) == FcResultMatch &&
                         std::string(reinterpret_cast<const char*>(family)) == wantFamily)))
        path = reinterpret_cast<const char*>(file);
    if (match) FcPatternDestroy(match);
    FcPatternDestroy(pat);
    return path;
}

}  // namespace testing_fonts
