// The details section (the hovered or selected flow, place or country: totals at the current
// year by sector and amount kind, trade, the flows with their sources) and the story section
// (its steps, go to one, add the current view, save).
#include "ui/panel_sections.h"

#include "data/timeline_queries.h"
#include "scene/describe.h"
#include "scene/timeline_geometry.h"
#include "ui/flow_card.h"

#include <imgui.h>

#include <algorithm>
#include <cmath>
#include <set>

namespace ui::detail {

namespace {

// "Kazakhstan", or the code itself where no name is known.
const std::string& countryName(const PanelModel& m, const std::string& code) {
    const auto it = m.countryNames.find(code);
    return it == m.countryNames.end() || it->second.empty() ? code : it->second;
}

void countryDetails(const PanelModel& m, const data::Dataset& dataset) {
    const scene::Palette palette = panelPalette(m);
    data::FlowFilter f = m.filter;
    f.countries = {m.detailCountry};
    const data::TimeSelection time = timeSelection(m);
    ImGui::TextWrapped("Chinese flows to %s, %s", countryName(m, m.detailCountry).c_str(),
                       yearLabel(m.year).c_str());
    const auto bySector = data::totalsBySector(dataset, time, f);
    if (bySector.empty()) ImGui::TextDisabled("none with the current filters");
    for (const auto& [sector, t] : bySector) {
        const scene::Rgba c = scene::sectorColor(sector, palette);
        ImGui::TextColored(ImVec4(c.r, c.g, c.b, 1.f), "%s (%d)", scene::describe(sector).c_str(),
                           t.flowCount);
        for (const auto& [kind, usd] : t.usdByKind)
            ImGui::BulletText("%s %s", scene::formatUsd(usd).c_str(),
                              scene::describe(kind).c_str());
        if (t.withoutAmount > 0) ImGui::BulletText("%d without a sourced amount", t.withoutAmount);
    }
    if (bySector.size() > 0)
        ImGui::TextDisabled("Kinds of amount are shown apart: they do not add up.");
    // Trade with China as China's customs report it (the series the data set has most of).
    const auto trade =
        data::tradeSeries(dataset, "CHN", m.detailCountry, data::TradeBasis::ChinaCustoms);
    const data::TradeRow* latest = nullptr;
    for (const data::TradeRow* r : trade) {
        if (r->year <= static_cast<int>(std::floor(m.year))) latest = r;
    }
    if (latest) {
        ImGui::Separator();
        ImGui::Text("Trade with China, %d: %s", latest->year,
                    scene::formatUsd(latest->valueUsd).c_str());
        ImGui::TextDisabled("China customs; %s (%s)", latest->source.c_str(),
                            scene::describe(latest->confidence).c_str());
    }
    ImGui::Separator();
    for (const auto& v : data::visibleFlows(dataset, time, f)) {
        const data::Flow& flow = dataset.flows()[v.index];
        ImGui::PushID(static_cast<int>(v.index));
        const scene::Rgba c = scene::sectorColor(flow.sector, palette);
        ImGui::TextColored(ImVec4(c.r, c.g, c.b, 1.f), "\xe2\x80\xa2");
        ImGui::SameLine();
        ImGui::TextWrapped("%s: %s, %s", flow.name.c_str(), scene::describeAmount(flow).c_str(),
                           scene::describeYears(flow).c_str());
        ImGui::TextDisabled("  %s", flow.source.c_str());
        ImGui::PopID();
    }
}

}  // namespace

void detailsSection(PanelModel& m, const data::Dataset& dataset, PanelActions& a) {
    if (!ImGui::CollapsingHeader("Details", ImGuiTreeNodeFlags_DefaultOpen)) return;
    // A country to look at: the destination countries of the data set, by name (or a click on
    // a country on the map).
    ImGui::SetNextItemWidth(-1.f);
    const std::string preview =
        m.detailCountry.empty() ? "Choose a country..." : countryName(m, m.detailCountry);
    if (ImGui::BeginCombo("##country", preview.c_str())) {
        if (ImGui::Selectable("(none)", m.detailCountry.empty())) m.detailCountry.clear();
        for (const std::string& c : m.countries) {
            ImGui::PushID(c.c_str());
            if (ImGui::Selectable(countryName(m, c).c_str(), c == m.detailCountry))
                m.detailCountry = c;
            ImGui::PopID();
        }
        ImGui::EndCombo();
    }
    const auto& flows = dataset.flows();
    const auto& places = dataset.places();
    if (m.detailFlow >= 0 && static_cast<size_t>(m.detailFlow) < flows.size()) {
        const std::string url =
            showFlowCard(dataset, flows[static_cast<size_t>(m.detailFlow)], panelPalette(m));
        if (!url.empty()) a.openUrl = url;
    } else if (m.detailPlace >= 0 && static_cast<size_t>(m.detailPlace) < places.size()) {
        showPlaceCard(dataset, places[static_cast<size_t>(m.detailPlace)], m.year, panelPalette(m));
    } else if (!m.detailCountry.empty()) {
        countryDetails(m, dataset);
    } else {
        ImGui::TextDisabled("Hover or click a flow or a destination,");
        ImGui::TextDisabled("or click or choose a country.");
    }
}

void storySection(PanelModel& m, PanelActions& a) {
    if (!ImGui::CollapsingHeader("Story", ImGuiTreeNodeFlags_DefaultOpen)) return;
    if (m.storyPath.empty()) {
        ImGui::TextDisabled("No story loaded (corridor --scene FILE).");
    } else {
        ImGui::TextWrapped("%s", m.storyTitle.c_str());
        ImGui::TextDisabled("%s", m.storyPath.c_str());
    }
    for (size_t i = 0; i < m.stepTitles.size(); ++i) {
        ImGui::PushID(static_cast<int>(i));
        const std::string label = std::to_string(i + 1) + ". " + m.stepTitles[i];
        if (ImGui::Selectable(label.c_str(), static_cast<int>(i) == m.currentStep))
            a.goToStep = static_cast<int>(i);
        ImGui::PopID();
    }
    if (ImGui::Button("Add this view")) a.addStep = true;
    if (ImGui::IsItemHovered())
        ImGui::SetTooltip("The current view, year, mode, filters and layers as a new step");
    ImGui::SameLine();
    ImGui::BeginDisabled(m.currentStep < 0);
    if (ImGui::Button("Delete step")) a.deleteStep = true;
    ImGui::EndDisabled();
    ImGui::SameLine();
    ImGui::BeginDisabled(m.storyPath.empty() || m.stepTitles.empty());
    if (ImGui::Button("Save")) a.saveStory = true;
    ImGui::EndDisabled();
    if (!m.storyMessage.empty()) ImGui::TextWrapped("%s", m.storyMessage.c_str());
    if (ImGui::Button("Overview (Home)")) a.overview = true;
    if (ImGui::IsItemHovered())
        ImGui::SetTooltip(
            "Everything shown, no step: no filters, caption or highlights; "
            "PgDn resumes the story");
    ImGui::Checkbox("Arrows step the story", &m.arrowsStepStory);
    if (ImGui::IsItemHovered())
        ImGui::SetTooltip(
            "Left / Right go to the previous / next step while a story is open "
            "(clickers that send arrows), instead of a year back / forward");
    ImGui::TextDisabled("PgDn / PgUp or 1-9 step through it.");
}

}  // namespace ui::detail
