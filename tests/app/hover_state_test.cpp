// The hover and pinned cards' rules (app/hover_state.h): a card never outlives the moment it was
// asked for. Before, a card hovered before a step change stayed through later steps, with its
// arc emphasised instead of the step's highlighted flows, because hover was only picked again
// when the mouse moved.
#include "app/hover_state.h"

#include <gtest/gtest.h>

namespace {

TEST(HoverState, PointerPicksAndMarkersWin) {
    app::HoverState h;
    app::pointerMoved(h, 4, -1);
    EXPECT_EQ(h.shownFlow(true), 4);
    EXPECT_EQ(h.shownMarker(true), -1);
    app::pointerMoved(h, 4, 2);  // a disc on the arc's end
    EXPECT_EQ(h.shownFlow(true), -1);
    EXPECT_EQ(h.shownMarker(true), 2);
    app::pointerMoved(h, -1, -1);
    EXPECT_TRUE(h.empty());
}

TEST(HoverState, StepChangeClearsHoverAndPins) {
    app::HoverState h;
    app::pointerMoved(h, 7, -1);
    app::clicked(h);
    EXPECT_EQ(h.pinnedFlow, 7);
    app::pointerMoved(h, 3, -1);
    app::stepChanged(h);
    EXPECT_TRUE(h.empty());
    EXPECT_EQ(h.shownFlow(true), -1);  // the step's highlighted flows show, not a stale arc
}

TEST(HoverState, ClickerKeysAndHiddenCursorClearTheHoverOnly) {
    app::HoverState h;
    app::pointerMoved(h, 5, -1);
    app::clicked(h);
    app::pointerMoved(h, 6, -1);
    app::pointerLeft(h);  // PgDn, an arrow, B, '.', or the cursor hiding after 2.5 s
    EXPECT_EQ(h.flow, -1);
    EXPECT_EQ(h.marker, -1);
    EXPECT_EQ(h.pinnedFlow, 5);  // a pin is the presenter's choice: it stays until the step
    EXPECT_EQ(h.shownFlow(true), 5);
    app::HoverState hoverOnly;
    app::pointerMoved(hoverOnly, 6, 1);
    app::pointerLeft(hoverOnly);
    EXPECT_TRUE(hoverOnly.empty());
}

TEST(HoverState, HiddenLayersShowNoCard) {
    app::HoverState h;
    app::pointerMoved(h, 5, -1);
    EXPECT_EQ(h.shownFlow(false), -1);  // flows off: no arc emphasised, no card
    app::pointerMoved(h, -1, 3);
    EXPECT_EQ(h.shownMarker(false), -1);
}

TEST(HoverState, ClickPinsWhatIsHoveredOrUnpins) {
    app::HoverState h;
    app::pointerMoved(h, -1, 2);
    app::clicked(h);
    EXPECT_EQ(h.pinnedMarker, 2);
    EXPECT_EQ(h.pinnedFlow, -1);
    app::pointerMoved(h, 9, -1);
    EXPECT_EQ(h.shownMarker(true), 2);  // the pin wins over a later hover
    EXPECT_EQ(h.shownFlow(true), -1);
    app::pointerMoved(h, -1, -1);
    app::clicked(h);  // a click on empty map unpins
    EXPECT_TRUE(h.empty());
}

}  // namespace
