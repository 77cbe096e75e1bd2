#include "app/key_effects.h"

#include "app/playback_clock.h"

#include <cmath>

namespace app {

bool playbackKey(KeyAction action, ui::PanelModel& panel) {
    switch (action) {
        case KeyAction::PlayPause:
            playPause(panel);
            return true;
        case KeyAction::YearBack:
            yearBack(panel);
            return true;
        case KeyAction::YearForward:
            yearForward(panel);
            return true;
        default:
            return false;
    }
}

bool cameraKey(KeyAction action, CameraAnimator& camera) {
    const glm::dvec2 vp = camera.viewport();
    switch (action) {
        case KeyAction::ZoomIn:
            camera.zoomAt(1.5, vp * 0.5);
            return true;
        case KeyAction::ZoomOut:
            camera.zoomAt(1.0 / 1.5, vp * 0.5);
            return true;
        case KeyAction::PanLeft:
            camera.pan({vp.x * 0.15, 0});
            return true;
        case KeyAction::PanRight:
            camera.pan({-vp.x * 0.15, 0});
            return true;
        case KeyAction::PanUp:
            camera.pan({0, vp.y * 0.15});
            return true;
        case KeyAction::PanDown:
            camera.pan({0, -vp.y * 0.15});
            return true;
        default:
            return false;
    }
}

std::optional<float> uiScaleKey(KeyAction action, UiScale& ui, float autoScale) {
    switch (action) {
        case KeyAction::UiScaleUp:
            ui.automatic = false;
            return ui.scale * 1.15f;
        case KeyAction::UiScaleDown:
            ui.automatic = false;
            return ui.scale / 1.15f;
        case KeyAction::UiScaleReset:
            ui.automatic = true;
            return autoScale;
        default:
            return std::nullopt;
    }
}

bool modeKey(KeyAction action, WindowModes& modes) {
    switch (action) {
        case KeyAction::Blackout:
            modes.blackout = true;
            return true;
        case KeyAction::ToggleHelp:
            modes.help = !modes.help;
            return true;
        case KeyAction::Fullscreen:
            modes.fullscreen = !modes.fullscreen;
            return true;
        case KeyAction::LeaveFullscreen:
            if (modes.help)
                modes.help = false;
            else
                modes.fullscreen = false;
            return true;
        case KeyAction::TogglePanel:
            modes.presenting = !modes.presenting;
            return true;
        case KeyAction::Screenshot:
            modes.screenshot = true;
            return true;
        default:
            return false;
    }
}

void MapPointer::moved(double dxPx, double dyPx) {
    if (m_dragging) m_movedPx += std::abs(dxPx) + std::abs(dyPx);
}

bool MapPointer::release() {
    const bool click = m_dragging && m_movedPx < kClickSlopPx;
    m_dragging = false;
    return click;
}

}  // namespace app
