#include "ui/panel.h"

#include <imgui.h>

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace ui {

namespace {

void timelineSection(PanelModel& m) {
    if (!ImGui::CollapsingHeader("Timeline", ImGuiTreeNodeFlags_DefaultOpen)) return;
    float year = static_cast<float>(m.year);
    ImGui::SetNextItemWidth(-1.f);
    if (ImGui::SliderFloat("##year", &year, static_cast<float>(m.yearMin),
                           static_cast<float>(m.yearMax), "%.1f")) {
        m.year = year;
        m.playing = false;
    }
    // Snap to the whole year when the slider is let go, so a still frame shows a calendar year.
    if (ImGui::IsItemDeactivatedAfterEdit()) m.year = std::round(m.year);
    if (ImGui::Button(m.playing ? "Pause" : "Play")) {
        if (!m.playing && m.year >= m.yearMax) m.year = m.yearMin;
        m.playing = !m.playing;
    }
    ImGui::SameLine();
    if (ImGui::Button("<")) m.year = std::max(m.yearMin, std::ceil(m.year) - 1.0);
    ImGui::SameLine();
    if (ImGui::Button(">")) m.year = std::min(m.yearMax, std::floor(m.year) + 1.0);
    ImGui::SameLine();
    ImGui::Checkbox("Loop", &m.loop);
    ImGui::SetNextItemWidth(-1.f);
    ImGui::SliderFloat("##speed", &m.yearsPerSecond, 0.25f, 4.f, "%.2f years/s",
                       ImGuiSliderFlags_Logarithmic);
    ImGui::Checkbox("Corridor", &m.showRoute);
    ImGui::SameLine();
    ImGui::Checkbox("Flows", &m.showArcs);
    ImGui::Checkbox("Totals", &m.showMarkers);
    ImGui::SameLine();
    ImGui::Checkbox("Legend", &m.showLegend);
}

void layerSection(PanelModel& m, PanelActions& a) {
    if (!ImGui::CollapsingHeader("Map layers")) return;
    for (size_t i = 0; i < m.layerTitles.size(); ++i) {
        bool on = m.layerOn[i];
        ImGui::PushID(static_cast<int>(i));
        if (ImGui::Checkbox(m.layerTitles[i].c_str(), &on)) {
            m.layerOn[i] = on;
            a.layersChanged = true;
        }
        ImGui::PopID();
    }
}

void styleSection(PanelModel& m, PanelActions& a) {
    if (!ImGui::CollapsingHeader("Style", ImGuiTreeNodeFlags_DefaultOpen)) return;
    int theme = m.theme == "dark" ? 0 : 1;
    ImGui::TextUnformatted("Theme");
    if (ImGui::RadioButton("Dark (presentation)", &theme, 0) |
        ImGui::RadioButton("Light (print)", &theme, 1)) {
        const std::string t = theme == 0 ? "dark" : "light";
        if (t != m.theme) {
            m.theme = t;
            a.themeChanged = true;
        }
    }
    static const char* kNames[] = {"Lambert conformal conic", "Albers equal-area", "Web Mercator",
                                   "Equirectangular"};
    static const geo::ProjectionKind kKinds[] = {
        geo::ProjectionKind::Lcc, geo::ProjectionKind::Albers, geo::ProjectionKind::Mercator,
        geo::ProjectionKind::Equirect};
    int current = 0;
    for (int i = 0; i < 4; ++i) {
        if (kKinds[i] == m.projection) current = i;
    }
    ImGui::TextUnformatted("Projection");
    if (ImGui::Combo("##projection", &current, kNames, 4) && kKinds[current] != m.projection) {
        m.projection = kKinds[current];
        a.projectionChanged = true;
    }
    if (ImGui::Button("Reset view (Home)")) a.resetView = true;
}

void statusSection(PanelModel& m, PanelActions& a) {
    if (!ImGui::CollapsingHeader("Status", ImGuiTreeNodeFlags_DefaultOpen)) return;
    ImGui::Text("%.0f FPS", m.fps);
    ImGui::SameLine();
    ImGui::TextDisabled("(waits for input when nothing moves)");
    ImGui::Text("Map redraw %.1f ms", m.frameMs);
    ImGui::Text("Zoom %.2f", m.zoom);
    if (!m.renderer.empty()) ImGui::TextWrapped("%s", m.renderer.c_str());
    if (m.messages.empty()) return;
    ImGui::Separator();
    ImGui::TextColored(ImVec4(1.f, 0.6f, 0.3f, 1.f), "%zu load message%s", m.messages.size(),
                       m.messages.size() == 1 ? "" : "s");
    ImGui::BeginChild("messages", ImVec2(0, 160), true, ImGuiWindowFlags_HorizontalScrollbar);
    for (const auto& msg : m.messages) ImGui::TextUnformatted(msg.c_str());
    ImGui::EndChild();
    if (ImGui::Button("Dismiss")) a.clearMessages = true;
}

}  // namespace

PanelActions drawPanel(PanelModel& model, float widthPx, float heightPx) {
    PanelActions actions;
    ImGui::SetNextWindowPos(ImVec2(0, 0), ImGuiCond_Always);
    ImGui::SetNextWindowSize(ImVec2(widthPx, heightPx), ImGuiCond_Always);
    const ImGuiWindowFlags flags = ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoResize |
                                   ImGuiWindowFlags_NoCollapse | ImGuiWindowFlags_NoSavedSettings;
    if (ImGui::Begin("Corridor", nullptr, flags)) {
        timelineSection(model);
        layerSection(model, actions);
        styleSection(model, actions);
        drawLabelControls(model.labels);
        statusSection(model, actions);
        ImGui::Spacing();
        ImGui::TextDisabled("Drag to pan, wheel to zoom, Home to reset, F11 fullscreen");
    }
    ImGui::End();
    return actions;
}

void applyPanelStyle(const std::string& theme, float scale) {
    ImGuiStyle style;
    if (theme == "dark") {
        ImGui::StyleColorsDark(&style);
        style.Colors[ImGuiCol_WindowBg] = ImVec4(0.05f, 0.08f, 0.11f, 0.88f);
        style.Colors[ImGuiCol_Header] = ImVec4(0.62f, 0.47f, 0.24f, 0.35f);
        style.Colors[ImGuiCol_HeaderHovered] = ImVec4(0.62f, 0.47f, 0.24f, 0.55f);
        style.Colors[ImGuiCol_CheckMark] = ImVec4(0.93f, 0.74f, 0.42f, 1.f);
        style.Colors[ImGuiCol_FrameBg] = ImVec4(0.16f, 0.2f, 0.25f, 0.8f);
        style.Colors[ImGuiCol_TitleBg] = ImVec4(0.05f, 0.08f, 0.11f, 0.95f);
        style.Colors[ImGuiCol_TitleBgActive] = ImVec4(0.09f, 0.13f, 0.17f, 0.95f);
        style.Colors[ImGuiCol_Button] = ImVec4(0.62f, 0.47f, 0.24f, 0.45f);
        style.Colors[ImGuiCol_ButtonHovered] = ImVec4(0.62f, 0.47f, 0.24f, 0.7f);
    } else {
        ImGui::StyleColorsLight(&style);
        style.Colors[ImGuiCol_WindowBg] = ImVec4(0.97f, 0.96f, 0.93f, 0.92f);
        style.Colors[ImGuiCol_Header] = ImVec4(0.75f, 0.62f, 0.4f, 0.35f);
        style.Colors[ImGuiCol_CheckMark] = ImVec4(0.55f, 0.38f, 0.12f, 1.f);
        style.Colors[ImGuiCol_TitleBg] = ImVec4(0.9f, 0.87f, 0.8f, 0.95f);
        style.Colors[ImGuiCol_TitleBgActive] = ImVec4(0.86f, 0.81f, 0.72f, 0.95f);
        style.Colors[ImGuiCol_Button] = ImVec4(0.75f, 0.62f, 0.4f, 0.45f);
    }
    style.WindowRounding = 0.f;
    style.FrameRounding = 3.f;
    style.WindowBorderSize = 0.f;
    style.ScaleAllSizes(scale);
    ImGui::GetStyle() = style;
}

}  // namespace ui
