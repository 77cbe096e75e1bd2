#include "app/window_overlays.h"

#include "app/key_map.h"
#include "render/gl.h"
#include "ui/flow_card.h"

#include <imgui.h>

namespace app {

ui::PanelActions drawSidePanel(ui::PanelModel& panel, const data::Dataset& dataset, float width,
                               float height, bool* timelineChanged) {
    ui::PanelModel edited = panel;
    const ui::PanelActions actions = ui::drawPanel(edited, dataset, width, height);
    *timelineChanged = edited.year != panel.year || edited.playing != panel.playing;
    panel = std::move(edited);
    return actions;
}

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

bool exportProgressFrame(ImGuiFrame& imgui, const MapCanvas& canvas, SDL_Window* window,
                         const std::string& fileName, float fraction, bool* quit) {
    bool cancel = false;
    SDL_Event e;
    while (SDL_PollEvent(&e)) {
        if ((e.type == SDL_KEYDOWN && e.key.keysym.sym == SDLK_ESCAPE) || e.type == SDL_QUIT)
            cancel = true;
        if (e.type == SDL_QUIT) *quit = true;
    }
    glBindFramebuffer(GL_FRAMEBUFFER, 0);
    glViewport(0, 0, canvas.width(), canvas.height());
    glClearColor(0.f, 0.f, 0.f, 1.f);
    glClear(GL_COLOR_BUFFER_BIT);
    // The screen's own target is untouched by the exporter: show the map under the box.
    if (canvas.hasPicture()) canvas.blitToScreen();
    imgui.begin();
    drawExportProgress(fileName, fraction);
    imgui.end(canvas.width(), canvas.height());
    SDL_GL_SwapWindow(window);
    return !cancel;
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
