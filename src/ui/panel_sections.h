// The side panel's sections, one function each (panel_*.cpp); drawPanel calls them in order.
// Internal to the ui module.
#pragma once

#include "ui/panel.h"

namespace ui::detail {

void timelineSection(PanelModel& m);
void filterSection(PanelModel& m, const data::Dataset& dataset);
void detailsSection(PanelModel& m, const data::Dataset& dataset, PanelActions& a);
void storySection(PanelModel& m, PanelActions& a);
void exportSection(PanelModel& m, PanelActions& a);

// The time selection the panel's mode and year stand for.
data::TimeSelection timeSelection(const PanelModel& m);

// "2013", or "2013 · Sep" inside a year (the slider's label).
std::string yearLabel(double year);

}  // namespace ui::detail
