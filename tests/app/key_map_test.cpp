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
    EXPECT_EQ(act(SDLK_HOME), KeyAction::Overview);
    EXPECT_EQ(act(SDLK_b), KeyAction::Blackout);
    EXPECT_EQ(act(SDLK_PERIOD), KeyAction::Blackout);
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

TEST(KeyMap, ArrowsStepTheStoryWhenSetAndAStoryIsOpen) {
    const app::KeyResult left = app::actionForKey(SDLK_LEFT, KMOD_NONE);
    const app::KeyResult right = app::actionForKey(SDLK_RIGHT, KMOD_NONE);
    EXPECT_EQ(app::withArrowsSetting(left, true, true).action, KeyAction::PreviousStep);
    EXPECT_EQ(app::withArrowsSetting(right, true, true).action, KeyAction::NextStep);
    // The setting off, or no story: a year back / forward as before.
    EXPECT_EQ(app::withArrowsSetting(right, false, true).action, KeyAction::YearForward);
    EXPECT_EQ(app::withArrowsSetting(right, true, false).action, KeyAction::YearForward);
    // Shift + arrows still pan; other keys are untouched.
    const app::KeyResult pan = app::actionForKey(SDLK_RIGHT, KMOD_LSHIFT);
    EXPECT_EQ(app::withArrowsSetting(pan, true, true).action, KeyAction::PanRight);
    const app::KeyResult space = app::actionForKey(SDLK_SPACE, KMOD_NONE);
    EXPECT_EQ(app::withArrowsSetting(space, true, true).action, KeyAction::PlayPause);
}

TEST(KeyMap, ClickerKeys) {
    for (SDL_Keycode k : {SDLK_PAGEDOWN, SDLK_PAGEUP, SDLK_LEFT, SDLK_RIGHT, SDLK_b, SDLK_PERIOD})
        EXPECT_TRUE(app::isClickerKey(k)) << k;
    EXPECT_FALSE(app::isClickerKey(SDLK_h));
    EXPECT_FALSE(app::isClickerKey(SDLK_F11));
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
