#include "app/key_map.h"

#include <gtest/gtest.h>

#include <set>
#include <tuple>

namespace {

using app::KeyAction;

KeyAction act(SDL_Keycode k, Uint16 mods = KMOD_NONE) {
    return app::actionForKey(k, mods).action;
}

TEST(KeyMap, PresenterKeys) {
    EXPECT_EQ(act(SDLK_SPACE), KeyAction::PlayPause);
    EXPECT_EQ(act(SDLK_LEFT), KeyAction::YearBack);
    EXPECT_EQ(act(SDLK_RIGHT), KeyAction::YearForward);
    EXPECT_EQ(act(SDLK_PAGEDOWN), KeyAction::NextStep);
    EXPECT_EQ(act(SDLK_PAGEUP), KeyAction::PreviousStep);
    EXPECT_EQ(act(SDLK_HOME), KeyAction::ResetView);
    EXPECT_EQ(act(SDLK_F11), KeyAction::Fullscreen);
    EXPECT_EQ(act(SDLK_h), KeyAction::TogglePanel);
    EXPECT_EQ(act(SDLK_TAB), KeyAction::TogglePanel);
    EXPECT_EQ(act(SDLK_SLASH, KMOD_LSHIFT), KeyAction::ToggleHelp);
    EXPECT_EQ(act(SDLK_F12), KeyAction::Screenshot);
}

TEST(KeyMap, DigitsJumpToSteps) {
    for (int i = 0; i < 9; ++i) {
        const app::KeyResult r = app::actionForKey(SDLK_1 + i, KMOD_NONE);
        EXPECT_EQ(r.action, KeyAction::JumpToStep);
        EXPECT_EQ(r.arg, i);
    }
    EXPECT_EQ(act(SDLK_0), KeyAction::None);
}

TEST(KeyMap, ModifiersSelectTheBinding) {
    EXPECT_EQ(act(SDLK_EQUALS, KMOD_LCTRL), KeyAction::UiScaleUp);
    EXPECT_EQ(act(SDLK_MINUS, KMOD_RCTRL), KeyAction::UiScaleDown);
    EXPECT_EQ(act(SDLK_0, KMOD_LCTRL), KeyAction::UiScaleReset);
    EXPECT_EQ(act(SDLK_EQUALS), KeyAction::ZoomIn);
    EXPECT_EQ(act(SDLK_EQUALS, KMOD_LSHIFT), KeyAction::ZoomIn);  // '+' on a US keyboard
    EXPECT_EQ(act(SDLK_MINUS), KeyAction::ZoomOut);
    EXPECT_EQ(act(SDLK_RIGHT, KMOD_LSHIFT), KeyAction::PanRight);
    EXPECT_EQ(act(SDLK_LEFT, KMOD_RSHIFT), KeyAction::PanLeft);
    EXPECT_EQ(act(SDLK_UP), KeyAction::PanUp);
    EXPECT_EQ(act(SDLK_SPACE, KMOD_LALT), KeyAction::None);  // left to the system
    EXPECT_EQ(act(SDLK_q), KeyAction::None);
}

TEST(KeyMap, TableIsConsistent) {
    std::set<std::tuple<SDL_Keycode, bool, bool>> seen;
    int listed = 0;
    for (const app::KeyBinding& b : app::keyBindings()) {
        EXPECT_TRUE(seen.insert({b.key, b.ctrl, b.shift}).second)
            << "key " << b.key << " is bound twice with the same modifiers";
        EXPECT_EQ(b.keys == nullptr, b.what == nullptr);
        if (b.keys) ++listed;
        // Each binding is what actionForKey returns for its key.
        Uint16 mods = (b.ctrl ? KMOD_LCTRL : 0) | (b.shift ? KMOD_LSHIFT : 0);
        EXPECT_EQ(app::actionForKey(b.key, mods).action, b.action);
    }
    EXPECT_GE(listed, 12);  // the ? overlay lists every kind of action
}

}  // namespace
