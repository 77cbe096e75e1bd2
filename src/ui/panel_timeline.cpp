// The timeline section: the year slider with the data's events as ticks under it (hover shows
// the event, a click jumps to it), time mode, playback, speed and loop.
#include "ui/panel_sections.h"

#include <imgui.h>

#include <algorithm>
#include <cmath>

namespace ui::detail {

data::TimeSelection timeSelection(const PanelModel& m) {
    data::TimeSelection t;
    t.mode = m.mode;
    t.year = m.year;
    t.windowYears = m.mode == data::TimeMode::SingleYear ? 1 : m.windowYears;
    return t;
}

std::string yearLabel(double year) {
    static const char* kMonths[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                    "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    const double whole = std::floor(year);
    const int month = std::clamp(static_cast<int>((year - whole) * 12.0), 0, 11);
    std::string s = std::to_string(static_cast<int>(whole));
    if (year - whole > 1e-6) s += std::string(" \xC2\xB7 ") + kMonths[month];
    return s;
}

namespace {

// Ticks for the events in a strip under the slider, aligned with the slider's grab centre.
void eventStrip(PanelModel& m, ImVec2 sliderMin, ImVec2 sliderMax) {
    const ImGuiStyle& style = ImGui::GetStyle();
    const float stripH = 0.7f * ImGui::GetFontSize();
    ImGui::InvisibleButton("##events", ImVec2(sliderMax.x - sliderMin.x, stripH * 0.9f));
    const ImVec2 stripMin = ImGui::GetItemRectMin();
    // ImGui's slider leaves 2 px of padding and centres the grab on the value.
    const float grab = style.GrabMinSize;
    const float x0 = sliderMin.x + 2.f + 0.5f * grab;
    const float usable = (sliderMax.x - sliderMin.x) - 4.f - grab;
    const double span = std::max(1e-9, m.yearMax - m.yearMin);
    ImDrawList* draw = ImGui::GetWindowDrawList();
    const ImVec2 mouse = ImGui::GetIO().MousePos;
    const bool hovered = ImGui::IsItemHovered();
    int best = -1;
    float bestDist = 5.f;
    for (size_t i = 0; i < m.events.size(); ++i) {
        const double y = m.events[i].year;
        if (y < m.yearMin || y > m.yearMax) continue;
        const float x = x0 + static_cast<float>((y - m.yearMin) / span) * usable;
        const bool passed = y <= m.year;
        draw->AddLine(ImVec2(x, stripMin.y + 1.f), ImVec2(x, stripMin.y + stripH * 0.8f),
                      ImGui::GetColorU32(passed ? ImGuiCol_CheckMark : ImGuiCol_TextDisabled),
                      1.5f);
        if (hovered && std::abs(mouse.x - x) < bestDist) {
            bestDist = std::abs(mouse.x - x);
            best = static_cast<int>(i);
        }
    }
    if (best < 0) return;
    const PanelEvent& e = m.events[static_cast<size_t>(best)];
    ImGui::BeginTooltip();
    ImGui::PushTextWrapPos(ImGui::GetFontSize() * 22.f);
    ImGui::TextDisabled("%s", e.date.c_str());
    ImGui::TextWrapped("%s", e.title.c_str());
    ImGui::TextDisabled("click to jump there");
    ImGui::PopTextWrapPos();
    ImGui::EndTooltip();
    if (ImGui::IsItemClicked()) {
        // Just after the event, so its card shows.
        m.year = std::min(m.yearMax, e.year + 0.01);
        m.playing = false;
    }
}

}  // namespace

void timelineSection(PanelModel& m) {
    if (!ImGui::CollapsingHeader("Timeline", ImGuiTreeNodeFlags_DefaultOpen)) return;
    float year = static_cast<float>(m.year);
    ImGui::SetNextItemWidth(-1.f);
    const std::string label = yearLabel(m.year);
    if (ImGui::SliderFloat("##year", &year, static_cast<float>(m.yearMin),
                           static_cast<float>(m.yearMax), label.c_str())) {
        m.year = year;
        m.playing = false;
    }
    // Snap to the whole year when the slider is let go, so a still frame shows a calendar
    // year (its end for the last one, so its projects have grown in).
    if (ImGui::IsItemDeactivatedAfterEdit())
        m.year = std::min(m.yearMax, std::max(m.yearMin, std::round(m.year)));
    const ImVec2 sliderMin = ImGui::GetItemRectMin(), sliderMax = ImGui::GetItemRectMax();
    eventStrip(m, sliderMin, sliderMax);

    if (ImGui::Button(m.playing ? "Pause" : "Play")) {
        if (!m.playing && m.year >= m.yearMax) m.year = m.yearMin;
        m.playing = !m.playing;
    }
    ImGui::SameLine();
    if (ImGui::ArrowButton("##back", ImGuiDir_Left))
        m.year = std::max(m.yearMin, std::ceil(m.year) - 1.0);
    ImGui::SameLine();
    if (ImGui::ArrowButton("##forward", ImGuiDir_Right))
        m.year = std::min(m.yearMax, std::floor(m.year) + 1.0);
    ImGui::SameLine();
    ImGui::Checkbox("Loop", &m.loop);
    ImGui::SetNextItemWidth(-1.f);
    ImGui::SliderFloat("##speed", &m.yearsPerSecond, 0.25f, 4.f, "%.2f years/s",
                       ImGuiSliderFlags_Logarithmic);

    int mode = m.mode == data::TimeMode::SingleYear ? 1 : m.mode == data::TimeMode::Window ? 2 : 0;
    ImGui::TextDisabled("Flows shown");
    if (ImGui::RadioButton("Cumulative", &mode, 0)) m.mode = data::TimeMode::Cumulative;
    ImGui::SameLine();
    if (ImGui::RadioButton("Year", &mode, 1)) m.mode = data::TimeMode::SingleYear;
    ImGui::SameLine();
    if (ImGui::RadioButton("Window", &mode, 2)) m.mode = data::TimeMode::Window;
    if (m.mode == data::TimeMode::Window) {
        ImGui::SetNextItemWidth(-1.f);
        ImGui::SliderInt("##window", &m.windowYears, 2, 10, "last %d years");
    }
    ImGui::Checkbox("Corridor", &m.showRoute);
    ImGui::SameLine();
    ImGui::Checkbox("Flows", &m.showArcs);
    ImGui::Checkbox("Totals", &m.showMarkers);
    ImGui::SameLine();
    ImGui::Checkbox("Legend", &m.showLegend);
}

}  // namespace ui::detail
