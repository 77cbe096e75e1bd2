// The card that describes one investment flow: in the hover tooltip and the pinned window.
// ImGui calls only; it never calls GL.
#pragma once

#include "data/dataset.h"

namespace ui {

// Draws the flow's name, amount with its kind, years, status, confidence, Chinese role, places
// and source into the current ImGui window or tooltip.
void showFlowCard(const data::Dataset& dataset, const data::Flow& flow);

// Draws a destination's card: the place, what has arrived there by `year` per amount kind (kinds
// are never added together) and the flows, largest first.
void showPlaceCard(const data::Dataset& dataset, const data::Place& place, double year);

}  // namespace ui
