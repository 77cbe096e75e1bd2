// Finding system fonts with fontconfig (Noto Sans, else DejaVu Sans, else whatever the system
// matches), for the panel.
#pragma once

#include <string>

namespace app {

// The file of the best installed match for `family` (e.g. "Noto Sans"), or "" if fontconfig
// finds no scalable font at all.
std::string findFontFile(const std::string& family);

// The file of the best installed font for `family` that has the glyph `codepoint` (e.g. a CJK
// fallback: "Noto Sans CJK SC" with U+4E2D), or "" if the best match lacks it.
std::string findFontFileWithChar(const std::string& family, unsigned codepoint);

// The map labels' fonts: Noto Sans regular, bold and italic (else DejaVu Sans), and a Chinese
// fallback (Noto Sans CJK, else Droid Sans Fallback) when one is installed. regular is "" when
// no font was found at all.
struct LabelFontFiles {
    std::string regular, bold, italic, cjk;
};
LabelFontFiles findLabelFonts();

}  // namespace app
