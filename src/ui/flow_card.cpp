#include "ui/flow_card.h"

#include "scene/describe.h"
#include "scene/timeline_geometry.h"

#include <imgui.h>

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
    row("Confidence", scene::describe(flow.confidence));
    if (!flow.subsector.empty()) row("Subsector", flow.subsector);
    if (!flow.note.empty()) row("Note", flow.note);
    row("Source", flow.source);
    if (!flow.sourceUrl.empty()) row("", flow.sourceUrl);
}

}  // namespace ui
