// The export dialog: presets (window size, HD, 4K, 8K, A4 and A3 landscape at 300 dpi), custom
// size and DPI, transparent background, which furniture to include, the folder and file name,
// every story step at once, and a progress bar while an export runs.
#include "ui/panel_sections.h"

#include <imgui.h>

#include <algorithm>
#include <cctype>
#include <cstdio>
#include <string>

namespace ui {

const std::vector<ExportPreset>& exportPresets() {
    // ISO 216 landscape at 300 dpi: A4 297 x 210 mm, A3 420 x 297 mm (mm / 25.4 * 300).
    static const std::vector<ExportPreset> kPresets = {
        {"Window size", 0, 0, 0.f},
        {"1920 x 1080 (HD)", 1920, 1080, 0.f},
        {"3840 x 2160 (4K)", 3840, 2160, 0.f},
        {"7680 x 4320 (8K)", 7680, 4320, 0.f},
        {"A4 landscape, 300 dpi", 3508, 2480, 300.f},
        {"A3 landscape, 300 dpi", 4961, 3508, 300.f},
        {"Custom", -1, -1, 0.f},
    };
    return kPresets;
}

namespace detail {

void exportSection(PanelModel& m, PanelActions& a) {
    if (!ImGui::CollapsingHeader("Export")) return;
    ExportSettings& e = m.exportSettings;
    const auto& presets = exportPresets();
    e.preset = std::clamp(e.preset, 0, static_cast<int>(presets.size()) - 1);
    ImGui::SetNextItemWidth(-1.f);
    if (ImGui::BeginCombo("##preset", presets[static_cast<size_t>(e.preset)].name)) {
        for (size_t i = 0; i < presets.size(); ++i) {
            if (ImGui::Selectable(presets[i].name, static_cast<int>(i) == e.preset)) {
                e.preset = static_cast<int>(i);
                if (presets[i].widthPx > 0) {
                    e.widthPx = presets[i].widthPx;
                    e.heightPx = presets[i].heightPx;
                    e.dpi = presets[i].dpi;
                } else if (presets[i].widthPx == 0) {
                    e.widthPx = e.heightPx = 0;
                    e.dpi = 0.f;
                }
            }
        }
        ImGui::EndCombo();
    }
    if (presets[static_cast<size_t>(e.preset)].widthPx < 0) {
        ImGui::SetNextItemWidth(ImGui::GetContentRegionAvail().x * 0.5f);
        ImGui::InputInt("width", &e.widthPx, 0);
        ImGui::SetNextItemWidth(ImGui::GetContentRegionAvail().x * 0.5f);
        ImGui::InputInt("height", &e.heightPx, 0);
        ImGui::SetNextItemWidth(ImGui::GetContentRegionAvail().x * 0.5f);
        ImGui::InputFloat("dpi (0: by size)", &e.dpi, 0.f, 0.f, "%.0f");
        e.widthPx = std::clamp(e.widthPx, 16, 100000);
        e.heightPx = std::clamp(e.heightPx, 16, 100000);
        e.dpi = std::clamp(e.dpi, 0.f, 2400.f);
    }
    ImGui::Checkbox("Transparent background", &e.transparent);
    ImGui::Checkbox("Title and caption", &e.titleAndCaption);
    ImGui::SameLine();
    ImGui::Checkbox("Legend", &e.legend);
    ImGui::Checkbox("Scale bar##export", &e.scaleBar);
    ImGui::SameLine();
    ImGui::Checkbox("Attribution##export", &e.attribution);
    ImGui::Checkbox("Locator map##export", &e.inset);
    if (ImGui::IsItemHovered())
        ImGui::SetTooltip("A small overview of the whole map with this view's frame on it");
    char text[1024];
    ImGui::TextUnformatted("Folder");
    std::snprintf(text, sizeof text, "%s", e.folder.c_str());
    ImGui::SetNextItemWidth(-1.f);
    if (ImGui::InputText("##folder", text, sizeof text)) e.folder = text;
    ImGui::TextUnformatted("File");
    std::snprintf(text, sizeof text, "%s", e.fileName.c_str());
    ImGui::SetNextItemWidth(-1.f);
    if (ImGui::InputText("##file", text, sizeof text)) e.fileName = text;
    // The format is the file name's extension: PDF and SVG are drawn as vector paths and text
    // at the same composition, the page in points (pixels / (dpi / 72)).
    static const char* const kFormats[] = {"PNG", "PDF", "SVG"};
    const size_t dot = e.fileName.rfind('.');
    std::string ext = dot == std::string::npos ? std::string() : e.fileName.substr(dot + 1);
    for (char& c : ext) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    int format = ext == "PDF" ? 1 : ext == "SVG" ? 2 : 0;
    ImGui::SetNextItemWidth(ImGui::GetContentRegionAvail().x * 0.5f);
    if (ImGui::Combo("Format", &format, kFormats, 3)) {
        const std::string stem = dot == std::string::npos ? e.fileName : e.fileName.substr(0, dot);
        e.fileName = stem + (format == 1 ? ".pdf" : format == 2 ? ".svg" : ".png");
    }
    const bool running = m.exportProgress >= 0.f;
    ImGui::BeginDisabled(running || e.fileName.empty());
    const std::string button = std::string("Export ") + kFormats[format];
    if (ImGui::Button(button.c_str())) a.exportNow = true;
    ImGui::EndDisabled();
    ImGui::SameLine();
    ImGui::BeginDisabled(running || m.stepTitles.empty());
    if (ImGui::Button("Export all steps")) a.exportSteps = true;
    ImGui::EndDisabled();
    if (ImGui::IsItemHovered(ImGuiHoveredFlags_AllowWhenDisabled))
        ImGui::SetTooltip(
            "Every story step at rest, as step_01.png, step_02.png ... in the folder");
    if (running) ImGui::ProgressBar(m.exportProgress, ImVec2(-1.f, 0.f));
    if (!m.exportMessage.empty()) ImGui::TextWrapped("%s", m.exportMessage.c_str());
}

}  // namespace detail
}  // namespace ui
