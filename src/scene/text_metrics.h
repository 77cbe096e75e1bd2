// What laying out furniture needs to know of a font, without the font: render's TextRenderer
// answers it from the real faces, tests from a fixed advance per character.
#pragma once

#include <string>

namespace scene {

struct TextMetrics {
    virtual ~TextMetrics() = default;
    // The advance width of a UTF-8 line at em size sizePx, in pixels (kerning included).
    virtual float widthPx(const std::string& utf8, float sizePx, bool bold) const = 0;
    // Baseline to the bottom of the descenders at em size sizePx (positive).
    virtual float descentPx(float sizePx, bool bold) const = 0;
};

}  // namespace scene
