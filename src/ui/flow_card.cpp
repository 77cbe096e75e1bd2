#include "ui/flow_card.h"

#include "scene/describe.h"
#include "scene/timeline_geometry.h"
#include "scene/ui_text.h"

#include "data/flow_queries.h"

#include <imgui.h>
#include <imgui_internal.h>

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

// The source link, decoded for reading, in the link colour; true when clicked.
bool linkRow(const std::string& url, const scene::Palette& palette) {
    ImGui::TextDisabled("%s", "");
    ImGui::SameLine(110.f);
    const std::string shown = scene::decodeUrlForDisplay(url);
    ImGui::PushStyleColor(ImGuiCol_Text, toImVec4(palette.uiLink));
    ImGui::TextWrapped("%s", shown.c_str());
    ImGui::PopStyleColor();
    if (!ImGui::IsItemHovered()) return false;
    ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);
    ImGui::SetTooltip("Open in the browser");
    return ImGui::IsMouseClicked(ImGuiMouseButton_Left);
}
}  // namespace

ImVec2 pinnedCardPos(const CardPlacement& p, ImVec2 size) {
    constexpr float kGap = 18.f;  // clear of the pointer and the arc's highlight
    ImVec2 at(p.anchor.x + kGap, p.anchor.y + kGap);
    if (at.x + size.x > p.areaMax.x) at.x = p.anchor.x - kGap - size.x;
    if (at.y + size.y > p.areaMax.y) at.y = p.anchor.y - kGap - size.y;
    at.x = std::max(p.areaMin.x, std::min(at.x, p.areaMax.x - size.x));
    at.y = std::max(p.areaMin.y, std::min(at.y, p.areaMax.y - size.y));
    return ImVec2(std::max(at.x, p.areaMin.x), std::max(at.y, p.areaMin.y));
}

std::string showFlowCard(const data::Dataset& dataset, const data::Flow& flow,
                         const scene::Palette& palette) {
    ImGui::TextColored(toImVec4(scene::sectorColor(flow.sector, palette)), "%s",
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
    if (!flow.sourceUrl.empty() && linkRow(flow.sourceUrl, palette)) return flow.sourceUrl;
    return {};
}

namespace {

// A tooltip that follows the mouse, or a pinned window that stays (same content).
template <typename Body>
void popup(const char* title, bool pinned, const CardPlacement* placement, Body body) {
    ImGui::SetNextWindowSizeConstraints(ImVec2(0, 0), ImVec2(480.f, 10000.f));
    if (pinned) {
        ImGui::SetNextWindowBgAlpha(kCardBgAlpha);
        if (placement) {
            // Beside the clicked point, by last frame's size (a new card measures itself first).
            ImGuiWindow* last = ImGui::FindWindowByName(title);
            const ImVec2 size = last ? last->Size : ImVec2(360.f, 240.f);
            ImGui::SetNextWindowPos(pinnedCardPos(*placement, size), ImGuiCond_Always);
        }
        ImGui::Begin(title, nullptr,
                     ImGuiWindowFlags_AlwaysAutoResize | ImGuiWindowFlags_NoSavedSettings |
                         ImGuiWindowFlags_NoCollapse | ImGuiWindowFlags_NoMove);
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

std::string flowCardPopup(const data::Dataset& dataset, int flowIndex, bool pinned,
                          const scene::Palette& palette, const CardPlacement* placement) {
    const auto& flows = dataset.flows();
    if (flowIndex < 0 || static_cast<size_t>(flowIndex) >= flows.size()) return {};
    std::string clicked;
    popup("Flow", pinned, placement,
          [&] { clicked = showFlowCard(dataset, flows[static_cast<size_t>(flowIndex)], palette); });
    return clicked;
}

void placeCardPopup(const data::Dataset& dataset, uint32_t placeIndex, double year, bool pinned,
                    const scene::Palette& palette, const CardPlacement* placement) {
    const auto& places = dataset.places();
    if (placeIndex >= places.size()) return;
    popup("Destination", pinned, placement,
          [&] { showPlaceCard(dataset, places[placeIndex], year, palette); });
}

void showPlaceCard(const data::Dataset& dataset, const data::Place& place, double year,
                   const scene::Palette& palette) {
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
        ImGui::TextColored(toImVec4(scene::sectorColor(f->sector, palette)),
                           "\xe2\x80\xa2");  // a bullet
        ImGui::SameLine();
        ImGui::TextWrapped("%s: %s, %s", f->name.c_str(), scene::describeAmount(*f).c_str(),
                           scene::describeYears(*f).c_str());
    }
}

}  // namespace ui
