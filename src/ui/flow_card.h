// The card that describes one investment flow: in the hover tooltip and the pinned window.
// ImGui calls only; it never calls GL.
#pragma once

#include "data/dataset.h"
#include "scene/palette.h"

#include <imgui.h>

#include <cstdint>
#include <string>

namespace ui {

// Where a pinned card goes: beside `anchor` (the clicked point of the arc or destination, in
// ImGui's window coordinates), inside the map's area [areaMin, areaMax] (beside the panel).
struct CardPlacement {
    ImVec2 anchor;
    ImVec2 areaMin, areaMax;
};

// Top-left corner for a card of `size` pinned at placement.anchor: below and to the right of it,
// else to its left or above where that side has no room, and never outside the area (a card
// larger than the area sits at its top-left corner).
ImVec2 pinnedCardPos(const CardPlacement& placement, ImVec2 size);

// Draws the flow's name, amount with its kind, years, status, confidence, Chinese role, places
// and source into the current ImGui window or tooltip. The source link shows decoded
// (percent-escapes as the characters they stand for); returns the link (as written in the data)
// when it was clicked, else "". Colours (the sector, the link) from the theme's `palette`.
std::string showFlowCard(const data::Dataset& dataset, const data::Flow& flow,
                         const scene::Palette& palette);

// The flow's card in a hover tooltip, or pinned in a small window of its own, placed by
// `placement` when given. Returns a clicked source link, else "".
std::string flowCardPopup(const data::Dataset& dataset, int flowIndex, bool pinned,
                          const scene::Palette& palette, const CardPlacement* placement = nullptr);
// The destination's card (place index into dataset.places()) the same way.
void placeCardPopup(const data::Dataset& dataset, uint32_t placeIndex, double year, bool pinned,
                    const scene::Palette& palette, const CardPlacement* placement = nullptr);

// Draws a destination's card: the place, what has arrived there by `year` per amount kind (kinds
// are never added together) and the flows, largest first.
void showPlaceCard(const data::Dataset& dataset, const data::Place& place, double year,
                   const scene::Palette& palette);

// Opacity of the panel, cards, menus and overlays: opaque enough to read over a busy map.
inline constexpr float kCardBgAlpha = 0.97f;

}  // namespace ui
