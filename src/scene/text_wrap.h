// Greedy word wrap of furniture text (caption cards, event cards) to a width in pixels.
#pragma once

#include "scene/text_metrics.h"

#include <string>
#include <vector>

namespace scene {

// Lines of `text` no wider than maxWidthPx where the words allow: a single word longer than
// the width gets a line of its own; '\n' starts a new line. A CJK character (Chinese has no
// spaces) is a word of its own, joined to its neighbours without a space.
std::vector<std::string> wrapText(const std::string& text, const TextMetrics& metrics, float sizePx,
                                  bool bold, float maxWidthPx);

}  // namespace scene
