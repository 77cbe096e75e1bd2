#include "app/key_map.h"

namespace app {

const std::vector<KeyBinding>& keyBindings() {
    using A = KeyAction;
    static const std::vector<KeyBinding> kBindings = {
        {SDLK_SPACE, false, false, A::PlayPause, 0, "Space", "play / pause the timeline"},
        {SDLK_LEFT, false, false, A::YearBack, 0, "Left / Right",
         "a year back / forward (story steps with \"Arrows step the story\")"},
        {SDLK_RIGHT, false, false, A::YearForward, 0, nullptr, nullptr},
        {SDLK_PAGEDOWN, false, false, A::NextStep, 0, "PgDn / PgUp",
         "next / previous story step (clicker)"},
        {SDLK_PAGEUP, false, false, A::PreviousStep, 0, nullptr, nullptr},
        {SDLK_1, false, false, A::JumpToStep, 0, "1 \xE2\x80\xA6 9", "jump to story step 1 to 9"},
        {SDLK_2, false, false, A::JumpToStep, 1, nullptr, nullptr},
        {SDLK_3, false, false, A::JumpToStep, 2, nullptr, nullptr},
        {SDLK_4, false, false, A::JumpToStep, 3, nullptr, nullptr},
        {SDLK_5, false, false, A::JumpToStep, 4, nullptr, nullptr},
        {SDLK_6, false, false, A::JumpToStep, 5, nullptr, nullptr},
        {SDLK_7, false, false, A::JumpToStep, 6, nullptr, nullptr},
        {SDLK_8, false, false, A::JumpToStep, 7, nullptr, nullptr},
        {SDLK_9, false, false, A::JumpToStep, 8, nullptr, nullptr},
        {SDLK_h, false, false, A::TogglePanel, 0, "H / Tab",
         "presentation mode: hide / show the panel"},
        {SDLK_TAB, false, false, A::TogglePanel, 0, nullptr, nullptr},
        {SDLK_SLASH, false, true, A::ToggleHelp, 0, "?", "this list of shortcuts"},
        {SDLK_QUESTION, false, false, A::ToggleHelp, 0, nullptr, nullptr},
        {SDLK_HOME, false, false, A::Overview, 0, "Home",
         "the overview: everything shown, no step (PgDn resumes the story)"},
        {SDLK_b, false, false, A::Blackout, 0, "B / .",
         "black screen (clicker); any key or click brings the map back"},
        {SDLK_PERIOD, false, false, A::Blackout, 0, nullptr, nullptr},
        {SDLK_p, false, false, A::PresenterView, 0, "P",
         "presenter view: notes, next step and clock in a second window"},
        {SDLK_F11, false, false, A::Fullscreen, 0, "F11", "fullscreen"},
        {SDLK_ESCAPE, false, false, A::LeaveFullscreen, 0, "Esc",
         "leave fullscreen, close this list"},
        {SDLK_EQUALS, true, false, A::UiScaleUp, 0, "Ctrl + = / Ctrl + -",
         "larger / smaller interface and map text"},
        {SDLK_PLUS, true, false, A::UiScaleUp, 0, nullptr, nullptr},
        {SDLK_KP_PLUS, true, false, A::UiScaleUp, 0, nullptr, nullptr},
        {SDLK_MINUS, true, false, A::UiScaleDown, 0, nullptr, nullptr},
        {SDLK_KP_MINUS, true, false, A::UiScaleDown, 0, nullptr, nullptr},
        {SDLK_0, true, false, A::UiScaleReset, 0, "Ctrl + 0", "interface scale for this screen"},
        {SDLK_EQUALS, false, false, A::ZoomIn, 0, "+ / -, wheel", "zoom the map"},
        {SDLK_PLUS, false, false, A::ZoomIn, 0, nullptr, nullptr},
        {SDLK_KP_PLUS, false, false, A::ZoomIn, 0, nullptr, nullptr},
        {SDLK_MINUS, false, false, A::ZoomOut, 0, nullptr, nullptr},
        {SDLK_KP_MINUS, false, false, A::ZoomOut, 0, nullptr, nullptr},
        {SDLK_LEFT, false, true, A::PanLeft, 0, "Shift + arrows, drag", "move the map"},
        {SDLK_RIGHT, false, true, A::PanRight, 0, nullptr, nullptr},
        {SDLK_UP, false, false, A::PanUp, 0, nullptr, nullptr},
        {SDLK_DOWN, false, false, A::PanDown, 0, nullptr, nullptr},
        {SDLK_UP, false, true, A::PanUp, 0, nullptr, nullptr},
        {SDLK_DOWN, false, true, A::PanDown, 0, nullptr, nullptr},
        {SDLK_F12, false, false, A::Screenshot, 0, "F12",
         "save a screenshot (PNG, without the panel)"},
    };
    return kBindings;
}

KeyResult actionForKey(SDL_Keycode key, Uint16 mods) {
    const bool ctrl = (mods & (KMOD_CTRL | KMOD_GUI)) != 0;
    const bool shift = (mods & KMOD_SHIFT) != 0;
    if ((mods & KMOD_ALT) != 0) return {};
    // An exact match of the modifiers first; Shift alone may be ignored when no binding wants
    // it (so '+' typed as Shift+= still zooms).
    for (int pass = 0; pass < 2; ++pass) {
        for (const KeyBinding& b : keyBindings()) {
            if (b.key != key || b.ctrl != ctrl) continue;
            if (pass == 0 ? b.shift != shift : b.shift) continue;
            return {b.action, b.arg};
        }
    }
    return {};
}

KeyResult withArrowsSetting(KeyResult key, bool arrowsStepStory, bool storyOpen) {
    if (!arrowsStepStory || !storyOpen) return key;
    if (key.action == KeyAction::YearBack) return {KeyAction::PreviousStep, 0};
    if (key.action == KeyAction::YearForward) return {KeyAction::NextStep, 0};
    return key;
}

bool isClickerKey(SDL_Keycode key) {
    switch (key) {
        case SDLK_PAGEDOWN:
        case SDLK_PAGEUP:
        case SDLK_LEFT:
        case SDLK_RIGHT:
        case SDLK_UP:
        case SDLK_DOWN:
        case SDLK_b:
        case SDLK_PERIOD:
            return true;
        default:
            return false;
    }
}

}  // namespace app
