#include "app/window_overlays.h"

#include "app/key_map.h"
#include "ui/flow_card.h"

#include <imgui.h>

namespace app {

void drawHelpOverlay(bool* open) {
    const ImGuiIO& io = ImGui::GetIO();
    ImGui::SetNextWindowPos(ImVec2(io.DisplaySize.x * 0.5f, io.DisplaySize.y * 0.5f),
                            ImGuiCond_Always, ImVec2(0.5f, 0.5f));
    ImGui::SetNextWindowBgAlpha(ui::kCardBgAlpha);  // as cards and panels: opaque enough to read
    const ImGuiWindowFlags flags = ImGuiWindowFlags_AlwaysAutoResize |
                                   ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoMove |
                                   ImGuiWindowFlags_NoCollapse;
    if (ImGui::Begin("Keyboard and clicker", open, flags)) {
        if (ImGui::BeginTable("keys", 2, ImGuiTableFlags_SizingFixedFit)) {
            for (const KeyBinding& b : keyBindings()) {
                if (!b.keys) continue;
                ImGui::TableNextRow();
                ImGui::TableNextColumn();
                ImGui::TextColored(ImGui::GetStyleColorVec4(ImGuiCol_CheckMark), "%s", b.keys);
                ImGui::TableNextColumn();
                ImGui::TextUnformatted(b.what);
            }
            ImGui::EndTable();
        }
        ImGui::TextDisabled("Mouse: drag to move, wheel to zoom, hover or click flows and totals.");
    }
    ImGui::End();
}

void drawPresentationHint(const ui::PanelModel& panel) {
    const ImGuiIO& io = ImGui::GetIO();
    ImGui::SetNextWindowPos(ImVec2(io.DisplaySize.x * 0.5f, io.DisplaySize.y - 12.f),
                            ImGuiCond_Always, ImVec2(0.5f, 1.f));
    ImGui::SetNextWindowBgAlpha(0.85f);
    const ImGuiWindowFlags flags =
        ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_AlwaysAutoResize |
        ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoFocusOnAppearing |
        ImGuiWindowFlags_NoNav | ImGuiWindowFlags_NoInputs;
    if (ImGui::Begin("##hint", nullptr, flags)) {
        if (panel.stepTitles.empty())
            ImGui::TextDisabled("H: panel   ?: keys");
        else
            ImGui::TextDisabled("Step %d of %zu   PgDn / PgUp: steps   H: panel   ?: keys",
                                panel.currentStep + 1, panel.stepTitles.size());
    }
    ImGui::End();
}

void drawBlackout() {
    const ImGuiIO& io = ImGui::GetIO();
    ImGui::GetForegroundDrawList()->AddRectFilled(ImVec2(0.f, 0.f), io.DisplaySize, IM_COL32_BLACK);
}

void drawExportProgress(const std::string& fileName, float fraction) {
    const ImGuiIO& io = ImGui::GetIO();
    ImGui::SetNextWindowPos(ImVec2(io.DisplaySize.x * 0.5f, io.DisplaySize.y * 0.5f),
                            ImGuiCond_Always, ImVec2(0.5f, 0.5f));
    ImGui::SetNextWindowSize(ImVec2(io.DisplaySize.x * 0.35f, 0.f));
    if (ImGui::Begin("Exporting", nullptr,
                     ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoCollapse |
                         ImGuiWindowFlags_NoMove | ImGuiWindowFlags_AlwaysAutoResize)) {
        ImGui::TextUnformatted(fileName.c_str());
        ImGui::ProgressBar(fraction, ImVec2(-1.f, 0.f));
        ImGui::TextDisabled("Esc cancels");
    }
    ImGui::End();
}

std::string drawMapCard(const data::Dataset& dataset, const ui::PanelModel& panel, int shownFlow,
                        bool pinned, bool dragging, const CardAnchor& at) {
    ui::CardPlacement place;
    place.anchor = ImVec2(static_cast<float>(at.anchor.x), static_cast<float>(at.anchor.y));
    place.areaMin = ImVec2(at.mapLeft, 0.f);
    place.areaMax = ImGui::GetIO().DisplaySize;
    if (dragging && !pinned) return {};
    if (shownFlow >= 0)
        return ui::flowCardPopup(dataset, shownFlow, pinned, ui::panelPalette(panel),
                                 pinned ? &place : nullptr);
    if (panel.detailPlace >= 0)
        ui::placeCardPopup(dataset, static_cast<uint32_t>(panel.detailPlace), panel.year, pinned,
                           ui::panelPalette(panel), pinned ? &place : nullptr);
    return {};
}

}  // namespace app
