#include "ui/flow_card.h"

#include "scene/describe.h"
#include "scene/timeline_geometry.h"

#include "data/flow_queries.h"

#include <imgui.h>

#include <algorithm>
#include <cmath>
#include <map>

namespace ui {

namespace {
ImVec4 toImVec4(const scene::Rgba& c) {
    return ImVec4(c.r, c.g, c.b, c.a);
}

void row(const char* label, const std::string& value) {
    ImGui::TextDisabled("%s", label);
    ImGui::SameLine(110.f);
    ImGui::TextWrapped("%s", value.c_str());
}
}  // namespace

void showFlowCard(const data::Dataset& dataset, const data::Flow& flow) {
    ImGui::TextColored(toImVec4(scene::sectorColor(flow.sector, "dark")), "%s",
                       scene::describe(flow.sector).c_str());
    ImGui::TextWrapped("%s", flow.name.c_str());
    ImGui::Separator();
    const data::Place* from = dataset.findPlace(flow.originId);
    const data::Place* to = dataset.findPlace(flow.destinationId);
    row("From", from ? from->name : flow.originId);
    row("To", to ? to->name + " (" + to->country + ")" : flow.destinationId);
    row("Amount", scene::describeAmount(flow));
    row("Years", scene::describeYears(flow));
    row("Status", scene::describe(flow.status));
    row("China as", scene::describe(flow.chineseRole));
    if (flow.chineseSharePct) row("Share", scene::describeShare(flow));
    row("Confidence", scene::describe(flow.confidence));
    if (!flow.subsector.empty()) row("Subsector", flow.subsector);
    if (!flow.note.empty()) row("Note", flow.note);
    row("Source", flow.source);
    if (!flow.sourceUrl.empty()) row("", flow.sourceUrl);
}

namespace {

// A tooltip that follows the mouse, or a pinned window that stays (same content).
template <typename Body>
void popup(const char* title, bool pinned, Body body) {
    ImGui::SetNextWindowSizeConstraints(ImVec2(0, 0), ImVec2(480.f, 10000.f));
    if (pinned) {
        ImGui::SetNextWindowBgAlpha(0.94f);
        ImGui::Begin(title, nullptr,
                     ImGuiWindowFlags_AlwaysAutoResize | ImGuiWindowFlags_NoSavedSettings |
                         ImGuiWindowFlags_NoCollapse);
    } else {
        ImGui::BeginTooltip();
    }
    ImGui::PushTextWrapPos(460.f);
    body();
    if (pinned) ImGui::TextDisabled("Click on the map to unpin");
    ImGui::PopTextWrapPos();
    if (pinned) {
        ImGui::End();
    } else {
        ImGui::EndTooltip();
    }
}

}  // namespace

void flowCardPopup(const data::Dataset& dataset, int flowIndex, bool pinned) {
    const auto& flows = dataset.flows();
    if (flowIndex < 0 || static_cast<size_t>(flowIndex) >= flows.size()) return;
    popup("Flow", pinned, [&] { showFlowCard(dataset, flows[static_cast<size_t>(flowIndex)]); });
}

void placeCardPopup(const data::Dataset& dataset, uint32_t placeIndex, double year, bool pinned) {
    const auto& places = dataset.places();
    if (placeIndex >= places.size()) return;
    popup("Destination", pinned, [&] { showPlaceCard(dataset, places[placeIndex], year); });
}

void showPlaceCard(const data::Dataset& dataset, const data::Place& place, double year) {
    ImGui::TextWrapped("%s (%s)", place.name.c_str(), place.country.c_str());
    ImGui::TextDisabled("Chinese flows arriving by %d", static_cast<int>(std::floor(year)));
    ImGui::Separator();
    data::TimeSelection time;
    time.mode = data::TimeMode::Cumulative;
    time.year = year;
    std::vector<const data::Flow*> here;
    std::map<data::AmountKind, double> byKind;
    int unknown = 0;
    for (const auto& v : data::visibleFlows(dataset, time)) {
        const data::Flow& f = dataset.flows()[v.index];
        if (f.destinationId != place.id) continue;
        here.push_back(&f);
        if (f.amountUsd && f.amountKind) {
            byKind[*f.amountKind] += *f.amountUsd;
        } else {
            ++unknown;
        }
    }
    for (const auto& [kind, usd] : byKind)
        row(scene::describe(kind).c_str(), scene::formatUsd(usd));
    if (unknown > 0)
        row("No amount", std::to_string(unknown) + (unknown == 1 ? " flow" : " flows"));
    if (byKind.size() > 1)
        ImGui::TextDisabled("Kinds of amount are shown apart: they do not add up.");
    std::sort(here.begin(), here.end(), [](const data::Flow* a, const data::Flow* b) {
        return a->amountUsd.value_or(-1.0) > b->amountUsd.value_or(-1.0);
    });
    ImGui::Separator();
    for (const data::Flow* f : here) {
        ImGui::TextColored(toImVec4(scene::sectorColor(f->sector, "dark")),
                           "\xe2\x80\xa2");  // a bullet
        ImGui::SameLine();
        ImGui::TextWrapped("%s: %s, %s", f->name.c_str(), scene::describeAmount(*f).c_str(),
                           scene::describeYears(*f).c_str());
    }
}

}  // namespace ui
