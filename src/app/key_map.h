// The window's keyboard map, as a table: what each key does, and the text of the shortcut
// overlay (?). Presentation clickers send PgDn/PgUp (and sometimes arrows, B or F5), so those
// drive the story. Pure: a key and its modifiers in, an action out.
#pragma once

#include <SDL_keycode.h>

#include <vector>

namespace app {

enum class KeyAction {
    None,
    PlayPause,
    YearBack,
    YearForward,
    NextStep,
    PreviousStep,
    JumpToStep,  // arg: 0-based step
    Overview,    // Home: leave the story for the overview (PgDn resumes it)
    Blackout,    // B or '.': a black screen until any key or click
    Fullscreen,
    LeaveFullscreen,
    TogglePanel,  // presentation mode
    ToggleHelp,
    UiScaleUp,
    UiScaleDown,
    UiScaleReset,
    ZoomIn,
    ZoomOut,
    PanLeft,
    PanRight,
    PanUp,
    PanDown,
    Screenshot,
    PresenterView,  // P: the presenter's window (notes, next step, clock)
};

struct KeyBinding {
    SDL_Keycode key;
    bool ctrl;   // needs Ctrl (Cmd on macOS counts as Ctrl)
    bool shift;  // needs Shift
    KeyAction action;
    int arg;
    const char* keys;  // for the overlay, e.g. "PgDn"; nullptr = listed under another binding
    const char* what;
};

// Every binding, in the order the shortcut overlay lists them.
const std::vector<KeyBinding>& keyBindings();

struct KeyResult {
    KeyAction action = KeyAction::None;
    int arg = 0;
};

// The action for a key press. `mods` are SDL_Keymod bits; Alt and GUI-only combinations are left
// to the system.
KeyResult actionForKey(SDL_Keycode key, Uint16 mods);

// With "arrows step the story" on and a story open, Left / Right (what some clickers send) go to
// the previous / next step instead of a year back / forward; anything else is unchanged.
KeyResult withArrowsSetting(KeyResult key, bool arrowsStepStory, bool storyOpen);

// Keys a presentation clicker sends (PgDn/PgUp, arrows, B, '.'): pressing one means the
// presenter is not pointing at the map, so a hover card left under the still cursor goes.
bool isClickerKey(SDL_Keycode key);

}  // namespace app
