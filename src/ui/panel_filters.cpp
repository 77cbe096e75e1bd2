// The filters section: sectors (with their legend colours), subsectors, destination countries,
// status, confidence, amount range (log scale) and China's role. An empty list in the filter
// means "everything", so the check boxes show all ticked until one is cleared; the last ticked
// box of a group stays ticked.
#include "ui/panel_sections.h"

#include "data/enums.h"
#include "scene/describe.h"
#include "scene/timeline_geometry.h"

#include <imgui.h>

#include <algorithm>
#include <cmath>

namespace ui::detail {

namespace {

// One check box per value of `all`; `chosen` empty = all chosen. Returns true on a change.
template <typename T, typename Label>
bool checkList(const char* id, const std::vector<T>& all, std::vector<T>& chosen, Label label,
               bool sameLine = false) {
    bool changed = false;
    ImGui::PushID(id);
    std::vector<T> next;
    for (size_t i = 0; i < all.size(); ++i) {
        bool on = chosen.empty() || std::find(chosen.begin(), chosen.end(), all[i]) != chosen.end();
        ImGui::PushID(static_cast<int>(i));
        if (sameLine && i % 3 != 0) ImGui::SameLine();
        if (ImGui::Checkbox(label(all[i]).c_str(), &on)) changed = true;
        ImGui::PopID();
        if (on) next.push_back(all[i]);
    }
    ImGui::PopID();
    // Everything ticked is no restriction. The last box cannot be cleared: an empty list
    // would mean "everything" again, the opposite of what the click asked for.
    if (!changed || next.empty()) return false;
    if (next.size() == all.size()) next.clear();
    chosen = next;
    return true;
}

std::string usdLabel(double usd) {
    return scene::formatUsd(usd);
}

}  // namespace

void filterSection(PanelModel& m, const data::Dataset& dataset) {
    if (!ImGui::CollapsingHeader("Filters")) return;
    data::FlowFilter& f = m.filter;
    const std::vector<data::Sector> sectors = {
        data::Sector::TransportLogistics, data::Sector::OilGasEnergy, data::Sector::OtherEconomic};
    ImGui::TextDisabled("Sector");
    {
        std::vector<data::Sector> next;
        bool changed = false;
        const scene::Palette palette = panelPalette(m);
        for (data::Sector s : sectors) {
            const scene::Rgba c = scene::sectorColor(s, palette);
            ImGui::ColorButton(("##c" + std::to_string(static_cast<int>(s))).c_str(),
                               ImVec4(c.r, c.g, c.b, 1.f),
                               ImGuiColorEditFlags_NoTooltip | ImGuiColorEditFlags_NoDragDrop,
                               ImVec2(ImGui::GetFontSize() * 1.4f, ImGui::GetFontSize() * 0.7f));
            ImGui::SameLine();
            bool on = f.sectors.empty() ||
                      std::find(f.sectors.begin(), f.sectors.end(), s) != f.sectors.end();
            if (ImGui::Checkbox(scene::describe(s).c_str(), &on)) changed = true;
            if (on) next.push_back(s);
        }
        if (changed && !next.empty())
            f.sectors = next.size() == sectors.size() ? std::vector<data::Sector>{} : next;
    }
    if (!m.subsectors.empty() && ImGui::TreeNode("Subsectors")) {
        checkList("sub", m.subsectors, f.subsectors, [](const std::string& s) { return s; });
        ImGui::TreePop();
    }
    if (!m.countries.empty() && ImGui::TreeNode("Destination countries")) {
        checkList(
            "cty", m.countries, f.countries, [](const std::string& s) { return s; }, true);
        ImGui::TreePop();
    }
    if (ImGui::TreeNode("Status")) {
        const std::vector<data::ProjectStatus> all = {
            data::ProjectStatus::Announced, data::ProjectStatus::UnderConstruction,
            data::ProjectStatus::Operating, data::ProjectStatus::Completed,
            data::ProjectStatus::Suspended, data::ProjectStatus::Cancelled};
        checkList("st", all, f.statuses, [](data::ProjectStatus s) { return scene::describe(s); });
        ImGui::TreePop();
    }
    ImGui::TextDisabled("Confidence");
    checkList(
        "conf",
        std::vector<data::Confidence>{data::Confidence::High, data::Confidence::Medium,
                                      data::Confidence::Low},
        f.confidences, [](data::Confidence c) { return std::string(data::toString(c)); }, true);
    ImGui::TextDisabled("China as");
    checkList(
        "role",
        std::vector<data::ChineseRole>{data::ChineseRole::Investor, data::ChineseRole::Lender,
                                       data::ChineseRole::Contractor},
        f.roles, [](data::ChineseRole r) { return scene::describe(r); }, true);

    bool limit = f.minAmountUsd.has_value() || f.maxAmountUsd.has_value();
    if (ImGui::Checkbox("Amount range", &limit)) {
        if (limit) {
            f.minAmountUsd = m.amountMinUsd;
            f.maxAmountUsd = m.amountMaxUsd;
        } else {
            f.minAmountUsd.reset();
            f.maxAmountUsd.reset();
        }
    }
    if (limit) {
        // In millions on a log scale: $1 M and $5 bn are both easy to pick.
        float lo = static_cast<float>(f.minAmountUsd.value_or(m.amountMinUsd) / 1e6);
        float hi = static_cast<float>(f.maxAmountUsd.value_or(m.amountMaxUsd) / 1e6);
        const float a = static_cast<float>(m.amountMinUsd / 1e6);
        const float b = static_cast<float>(m.amountMaxUsd / 1e6);
        ImGui::SetNextItemWidth(-1.f);
        if (ImGui::SliderFloat("##min", &lo, a, b, "from $%.0f M", ImGuiSliderFlags_Logarithmic))
            f.minAmountUsd = std::min(static_cast<double>(lo) * 1e6, f.maxAmountUsd.value_or(1e13));
        ImGui::SetNextItemWidth(-1.f);
        if (ImGui::SliderFloat("##max", &hi, a, b, "to $%.0f M", ImGuiSliderFlags_Logarithmic))
            f.maxAmountUsd = std::max(static_cast<double>(hi) * 1e6, f.minAmountUsd.value_or(0.0));
        ImGui::TextDisabled("Flows without a sourced amount are hidden.");
    }
    if (!f.empty() && ImGui::Button("Show everything")) f = {};

    // What the filters leave, at the current year: amounts by kind, never added across kinds.
    const data::AmountTotals t = data::totalOf(dataset, timeSelection(m), f);
    ImGui::Separator();
    ImGui::Text("%d flow%s shown", t.flowCount, t.flowCount == 1 ? "" : "s");
    for (const auto& [kind, usd] : t.usdByKind)
        ImGui::BulletText("%s: %s", scene::describe(kind).c_str(), usdLabel(usd).c_str());
    if (t.withoutAmount > 0) ImGui::BulletText("%d without a sourced amount", t.withoutAmount);
}

}  // namespace ui::detail
