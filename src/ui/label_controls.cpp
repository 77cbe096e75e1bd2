#include "ui/label_controls.h"

#include <imgui.h>

namespace ui {

bool drawLabelControls(LabelControlsModel& m) {
    if (!ImGui::CollapsingHeader("Labels", ImGuiTreeNodeFlags_DefaultOpen)) return false;
    bool changed = ImGui::Checkbox("Show labels", &m.show);
    // ASCII names: the panel's font may lack Cyrillic and Chinese glyphs.
    static const char* const kNames[] = {"English", "Russian", "Chinese", "Local names"};
    static const char* const kCodes[] = {"en", "ru", "zh", "local"};
    int current = 0;
    for (int i = 0; i < 4; ++i)
        if (m.language == kCodes[i]) current = i;
    ImGui::SetNextItemWidth(-1.f);
    if (ImGui::Combo("##language", &current, kNames, 4) && m.language != kCodes[current]) {
        m.language = kCodes[current];
        changed = true;
    }
    ImGui::SetNextItemWidth(-1.f);
    // Logarithmic: 0.5 and 2 are as far from the default 1 as each other.
    changed |= ImGui::SliderFloat("##density", &m.density, 0.25f, 4.f, "density %.2f",
                                  ImGuiSliderFlags_Logarithmic);
    return changed;
}

}  // namespace ui
