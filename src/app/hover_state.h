// What the pointer points at on the map (a flow or a destination disc) and what a click pinned,
// with the rules that clear it, as pure functions: a card must never outlive the moment it was
// asked for. The hover is only picked when the pointer moves, so whatever changes the map under
// a still pointer (a story step, a clicker key, the cursor hiding in presentation mode) clears it.
#pragma once

namespace app {

struct HoverState {
    int flow = -1;          // flow under the pointer (index into dataset.flows()), or -1
    int marker = -1;        // destination marker under the pointer, or -1
    int pinnedFlow = -1;    // flow whose card a click pinned, or -1
    int pinnedMarker = -1;  // destination whose card a click pinned, or -1

    // What the map emphasises and the card shows: a pin wins over the hover, a destination over
    // a flow. -1 when nothing (or when that layer is hidden).
    int shownFlow(bool flowsShown) const;
    int shownMarker(bool markersShown) const;
    bool empty() const { return flow < 0 && marker < 0 && pinnedFlow < 0 && pinnedMarker < 0; }
};

// The pointer moved; picking found this flow and marker under it (-1: none, or the pointer is
// over the panel). Markers sit on top of the arcs' ends, so a marker wins.
void pointerMoved(HoverState& h, int flow, int marker);
// A click on the map (not a drag): pin what is hovered, or unpin when nothing is.
void clicked(HoverState& h);
// A story step was entered (or the overview, Home): hover and pins clear.
void stepChanged(HoverState& h);
// A clicker key (PgDn/PgUp, arrows, B, .) or the cursor hiding: the hover clears, pins stay.
void pointerLeft(HoverState& h);
// The data were reloaded: indices may point at other flows.
void dataChanged(HoverState& h);

}  // namespace app
