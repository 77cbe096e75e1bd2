// The keys whose effect belongs to one part of the window: the year and playback (the panel),
// the camera's zoom and pan, and the interface scale. Pure; the window routes the other keys.
#pragma once

#include "app/camera_animator.h"
#include "app/key_map.h"
#include "app/ui_scale.h"
#include "ui/panel.h"

#include <optional>

namespace app {

// Space, Left / Right (years): plays, pauses, steps a year. False for any other action.
bool playbackKey(KeyAction action, ui::PanelModel& panel);
// + / -, Shift + arrows, Up / Down: zoom at the centre by 1.5, pan by 15% of the view. False
// for any other action.
bool cameraKey(KeyAction action, CameraAnimator& camera);
// Ctrl + = / - / 0: the interface scale to go to, 15% up or down from `ui.scale` (no longer
// automatic), or back to `autoScale` (automatic again). None for any other action.
std::optional<float> uiScaleKey(KeyAction action, UiScale& ui, float autoScale);

// The window's modes that keys switch: the black screen, the shortcut overlay, fullscreen,
// presentation mode (panel hidden), and a screenshot asked for.
struct WindowModes {
    bool blackout = false;  // B or '.': a black screen until any key or click
    bool help = false;      // ?: the shortcut overlay
    bool fullscreen = false;
    bool presenting = false;  // H or Tab: the panel hidden
    bool screenshot = false;  // F12, taken after the next map frame
};
// B, '.', ?, F11, Esc (the overlay first, then fullscreen), H / Tab, F12: switches `modes`.
// False for any other action. The window applies a fullscreen change and the panel's.
bool modeKey(KeyAction action, WindowModes& modes);

// The left button on the map: a drag moves it, a press and release closer than kClickSlopPx
// window pixels (summed) is a click. Presses the panel takes are not the map's.
inline constexpr double kClickSlopPx = 4.0;
class MapPointer {
public:
    void press(bool panelHasPointer) {
        if (panelHasPointer) return;
        m_dragging = true;
        m_movedPx = 0.0;
    }
    void moved(double dxPx, double dyPx);
    // The button went up: true when that ends a click on the map (not a drag).
    bool release();
    bool dragging() const { return m_dragging; }

private:
    bool m_dragging = false;
    double m_movedPx = 0.0;  // window pixels moved since the button went down
};

}  // namespace app
