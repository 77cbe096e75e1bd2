#include "app/hover_state.h"

namespace app {

int HoverState::shownFlow(bool flowsShown) const {
    if (!flowsShown) return -1;
    if (pinnedFlow >= 0 || pinnedMarker >= 0) return pinnedFlow;
    return marker >= 0 ? -1 : flow;
}

int HoverState::shownMarker(bool markersShown) const {
    if (!markersShown) return -1;
    if (pinnedFlow >= 0 || pinnedMarker >= 0) return pinnedMarker;
    return marker;
}

void pointerMoved(HoverState& h, int flow, int marker) {
    h.marker = marker;
    h.flow = marker >= 0 ? -1 : flow;
}

void clicked(HoverState& h) {
    h.pinnedFlow = h.flow;
    h.pinnedMarker = h.flow >= 0 ? -1 : h.marker;
}

void stepChanged(HoverState& h) {
    h = {};
}

void pointerLeft(HoverState& h) {
    h.flow = h.marker = -1;
}

void dataChanged(HoverState& h) {
    h = {};
}

}  // namespace app
