// The card that describes one investment flow: in the hover tooltip and the pinned window.
// ImGui calls only; it never calls GL.
#pragma once

#include "data/dataset.h"

#include <cstdint>

namespace ui {

// Draws the flow's name, amount with its kind, years, status, confidence, Chinese role, places
// and source into the current ImGui window or tooltip.
void showFlowCard(const data::Dataset& dataset, const data::Flow& flow);

// The flow's card in a hover tooltip, or pinned in a small window of its own.
void flowCardPopup(const data::Dataset& dataset, int flowIndex, bool pinned);
// The destination's card (place index into dataset.places()) the same way.
void placeCardPopup(const data::Dataset& dataset, uint32_t placeIndex, double year, bool pinned);

// Draws a destination's card: the place, what has arrived there by `year` per amount kind (kinds
// are never added together) and the flows, largest first.
void showPlaceCard(const data::Dataset& dataset, const data::Place& place, double year);

}  // namespace ui
