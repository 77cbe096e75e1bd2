#include "ui/panel.h"

#include "data/timeline_queries.h"
#include "scene/describe.h"
#include "ui/flow_card.h"
#include "ui/panel_sections.h"

#include <imgui.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <set>

namespace ui {

namespace {

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
    ImGui::TextUnformatted("Flow width");
    ImGui::SetNextItemWidth(-1.f);
    ImGui::SliderFloat("##arcwidth", &m.arcWidthScale, 0.5f, 3.f, "%.2fx",
                       ImGuiSliderFlags_Logarithmic);
    ImGui::Checkbox("Scale bar", &m.showScaleBar);
    ImGui::SameLine();
    ImGui::Checkbox("Attribution", &m.showAttribution);
    ImGui::Checkbox("Projector text", &m.projectorText);
    if (ImGui::IsItemHovered())
        ImGui::SetTooltip("Caption, cards and map labels large enough to read on a projector");
    if (ImGui::Button("Reset view")) a.resetView = true;
}

void statusSection(PanelModel& m, PanelActions& a) {
    if (!ImGui::CollapsingHeader("Status", ImGuiTreeNodeFlags_DefaultOpen)) return;
    ImGui::Text("%.0f FPS", m.fps);
    ImGui::SameLine();
    ImGui::TextDisabled("(waits for input when nothing moves)");
    ImGui::Text("Map redraw %.1f ms", m.frameMs);
    ImGui::Text("Zoom %.2f, interface scale %.2f", m.zoom, m.uiScale);
    if (!m.renderer.empty()) ImGui::TextWrapped("%s", m.renderer.c_str());
    if (m.messages.empty()) return;
    ImGui::Separator();
    const scene::Rgba warn = panelPalette(m).uiWarning;
    ImGui::TextColored(ImVec4(warn.r, warn.g, warn.b, warn.a), "%zu load message%s",
                       m.messages.size(), m.messages.size() == 1 ? "" : "s");
    ImGui::BeginChild("messages", ImVec2(0, 160), true, ImGuiWindowFlags_HorizontalScrollbar);
    for (const auto& msg : m.messages) ImGui::TextUnformatted(msg.c_str());
    ImGui::EndChild();
    if (ImGui::Button("Dismiss")) a.clearMessages = true;
}

}  // namespace

PanelActions drawPanel(PanelModel& model, const data::Dataset& dataset, float widthPx,
                       float heightPx) {
    PanelActions actions;
    ImGui::SetNextWindowPos(ImVec2(0, 0), ImGuiCond_Always);
    ImGui::SetNextWindowSize(ImVec2(widthPx, heightPx), ImGuiCond_Always);
    const ImGuiWindowFlags flags = ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoResize |
                                   ImGuiWindowFlags_NoCollapse | ImGuiWindowFlags_NoSavedSettings;
    if (ImGui::Begin("Corridor", nullptr, flags)) {
        detail::timelineSection(model);
        detail::storySection(model, actions);
        detail::filterSection(model, dataset);
        detail::detailsSection(model, dataset, actions);
        styleSection(model, actions);
        drawLabelControls(model.labels);
        layerSection(model, actions);
        detail::exportSection(model, actions);
        statusSection(model, actions);
        ImGui::Spacing();
        ImGui::TextDisabled("H or Tab hides this panel; ? lists the keys");
    }
    ImGui::End();
    return actions;
}

scene::Palette panelPalette(const PanelModel& model) {
    return scene::paletteFor(model.themes, model.theme);
}

void applyPanelStyle(const scene::Palette& palette, float scale) {
    auto im = [](const scene::Rgba& c) { return ImVec4(c.r, c.g, c.b, c.a); };
    ImGuiStyle style;
    const scene::Rgba& bg = palette.uiWindowBg;
    if (0.2126f * bg.r + 0.7152f * bg.g + 0.0722f * bg.b < 0.5f)
        ImGui::StyleColorsDark(&style);
    else
        ImGui::StyleColorsLight(&style);
    style.Colors[ImGuiCol_WindowBg] = im(palette.uiWindowBg);
    style.Colors[ImGuiCol_PopupBg] = im(palette.uiPopupBg);
    style.Colors[ImGuiCol_Header] = im(palette.uiHeader);
    style.Colors[ImGuiCol_HeaderHovered] = im(palette.uiHeaderHovered);
    style.Colors[ImGuiCol_CheckMark] = im(palette.uiCheckMark);
    style.Colors[ImGuiCol_FrameBg] = im(palette.uiFrameBg);
    style.Colors[ImGuiCol_TitleBg] = im(palette.uiTitleBg);
    style.Colors[ImGuiCol_TitleBgActive] = im(palette.uiTitleBgActive);
    style.Colors[ImGuiCol_Button] = im(palette.uiButton);
    style.Colors[ImGuiCol_ButtonHovered] = im(palette.uiButtonHovered);
    style.WindowRounding = 0.f;
    style.FrameRounding = 3.f;
    style.WindowBorderSize = 0.f;
    style.ScaleAllSizes(scale);
    ImGui::GetStyle() = style;
}

void setPanelData(PanelModel& model, const data::Dataset& dataset) {
    std::set<std::string> subsectors, countries;
    double lo = 0.0, hi = 0.0;
    int lastYear = 0;
    for (const data::Flow& f : dataset.flows()) {
        if (!f.subsector.empty()) subsectors.insert(f.subsector);
        const std::string c = dataset.destinationCountry(f);
        if (!c.empty()) countries.insert(c);
        if (f.amountUsd && *f.amountUsd > 0.0) {
            lo = lo > 0.0 ? std::min(lo, *f.amountUsd) : *f.amountUsd;
            hi = std::max(hi, *f.amountUsd);
        }
        lastYear = std::max(lastYear, f.yearStart);
    }
    model.subsectors.assign(subsectors.begin(), subsectors.end());
    model.countries.assign(countries.begin(), countries.end());
    if (hi > 0.0) {
        // Whole powers of ten around the data, so the log slider's ends are round numbers.
        model.amountMinUsd = std::pow(10.0, std::floor(std::log10(lo)));
        model.amountMaxUsd = std::pow(10.0, std::ceil(std::log10(hi)));
    }
    model.events.clear();
    for (const data::Event& e : dataset.events()) {
        PanelEvent pe;
        pe.year = data::toFractionalYear(e.date);
        pe.title = e.title;
        pe.date = scene::describeDate(e.date);
        model.events.push_back(std::move(pe));
        lastYear = std::max(lastYear, e.date.year);
    }
    // The slider ends with the data's last year, at its end (so its projects have grown in).
    if (lastYear > 0) model.yearMax = std::min(lastYear, 2035) + 0.99;
    model.year = std::min(model.year, model.yearMax);
}

}  // namespace ui
