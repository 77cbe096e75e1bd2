// The window's interface scale (the panel, its fonts, and the map's text and line widths follow
// one scale against a 1920x1080 screen) and the cursor's hiding in presentation mode. Pure
// state and arithmetic: the window applies them (fonts rebuilt, SDL_ShowCursor).
#pragma once

namespace app {

// The side panel's width in points; the home view is framed in the space beside it.
inline constexpr float kPanelWidthPt = 300.f;
inline constexpr float kMinUiScale = 0.75f, kMaxUiScale = 4.f;
// In presentation mode the cursor hides after this long without moving.
inline constexpr double kCursorHideSec = 2.5;

// The display's density, or the window's size against a 1920x1080 screen, whichever is larger,
// within 1 .. kMaxUiScale: a 4K projector at 100% gets the same layout as a 1080p one, only
// sharper. `pixelScale`: device pixels per window unit.
float autoUiScale(int drawableW, int drawableH, double pixelScale);

struct UiScale {
    float scale = 1.f;       // device pixels per point unit relative to a 1080p screen
    bool automatic = true;   // follows autoUiScale (Ctrl+0), else the user's Ctrl +/-
    bool fontsDirty = true;  // the fonts must be rasterised again before the next frame

    // Sets the scale, clamped to kMinUiScale .. kMaxUiScale; false (and nothing changes) when it
    // is the same within 1e-3.
    bool set(float value);
    // Device pixels of map the panel covers (0 when it is hidden).
    double panelCoverPx(bool panelShown) const {
        return panelShown ? static_cast<double>(kPanelWidthPt * scale) : 0.0;
    }
};

class CursorHider {
public:
    void pointerMoved(double nowSec) { m_lastMoveSec = nowSec; }
    // Whether the cursor should be hidden at `nowSec`: presenting, still for kCursorHideSec,
    // not dragging. Returns true when that changed since the last call (the caller shows or
    // hides it, and on hiding drops the hover: no card under a cursor nobody sees).
    bool update(double nowSec, bool presenting, bool dragging);
    bool hidden() const { return m_hidden; }

private:
    double m_lastMoveSec = 0.0;
    bool m_hidden = false;
};

}  // namespace app
