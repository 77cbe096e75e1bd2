// The window's input: SDL events (the presenter's window, the panel first, drag, wheel,
// clicks), the keys' actions, and what the panel asked for after its frame.
#include "app/window_app.h"

#include "app/load_messages.h"
#include "app/window_session.h"

#include <backends/imgui_impl_sdl.h>
#include <imgui.h>

#include <cmath>

namespace app {

void WindowApp::handleEvent(const SDL_Event& e) {
    // A black screen (B or '.') comes back with any key or click, which does nothing else.
    if (m_modes.blackout && (e.type == SDL_KEYDOWN || e.type == SDL_MOUSEBUTTONDOWN)) {
        m_modes.blackout = false;
        return;
    }
    // Two windows: the presenter's mouse and close box are its own; its keys drive the map.
    if (m_presenter.takeEvent(e, &m_quit)) return;
    ImGui_ImplSDL2_ProcessEvent(&e);
    const ImGuiIO& io = ImGui::GetIO();
    const double scale = pixelScale();
    if (e.type == SDL_QUIT) {
        m_quit = true;
    } else if (e.type == SDL_MOUSEBUTTONDOWN && e.button.button == SDL_BUTTON_LEFT) {
        m_pointer.press(io.WantCaptureMouse);
    } else if (e.type == SDL_MOUSEBUTTONUP && e.button.button == SDL_BUTTON_LEFT) {
        if (m_pointer.release()) {
            // A click, not a drag: pin the hovered card, or unpin (and pick the country).
            clicked(m_hover);
            onMapClick();
        }
    } else if (e.type == SDL_MOUSEMOTION) {
        m_cursor.pointerMoved(nowSec());
        m_mousePx = glm::dvec2(e.motion.x, e.motion.y) * scale;
        m_pointer.moved(e.motion.xrel, e.motion.yrel);
        if (m_pointer.dragging()) {
            m_camera.drag(glm::dvec2(e.motion.xrel, e.motion.yrel) * scale);
        } else {
            const scene::PickView view{m_camera.current(), viewportPx(),
                                       scene::kScreenPixelsPerPoint * m_ui.scale, m_panel.year};
            const PointerPick p =
                io.WantCaptureMouse
                    ? PointerPick{}
                    : m_picker.at(view, m_mousePx, m_panel.showMarkers, m_panel.showArcs);
            pointerMoved(m_hover, p.flow, p.marker);
        }
    } else if (e.type == SDL_MOUSEWHEEL && !io.WantCaptureMouse) {
        int mx = 0, my = 0;
        SDL_GetMouseState(&mx, &my);
        const double wheel = e.wheel.preciseY != 0.f ? e.wheel.preciseY : e.wheel.y;
        m_camera.zoomAt(std::pow(1.25, wheel), glm::dvec2(mx, my) * scale);
    } else if (e.type == SDL_KEYDOWN) {
        // The shortcut overlay closes with Esc even while ImGui has the keyboard.
        if (io.WantCaptureKeyboard && !(m_modes.help && e.key.keysym.sym == SDLK_ESCAPE)) return;
        // A clicker's key: the presenter is not pointing at the map.
        if (isClickerKey(e.key.keysym.sym)) pointerLeft(m_hover);
        handleKey(withArrowsSetting(actionForKey(e.key.keysym.sym, e.key.keysym.mod),
                                    m_panel.arrowsStepStory, m_story.stepCount() > 0));
    }
}

void WindowApp::handleKey(const KeyResult& key) {
    const int steps = m_story.stepCount(), lastShown = m_story.shown().lastStep;
    const float autoScale = autoUiScale(m_canvas.width(), m_canvas.height(), pixelScale());
    const WindowModes before = m_modes;
    if (key.action == KeyAction::None) return;
    if (playbackKey(key.action, m_panel)) {
        m_camera.stopFlight();
    } else if (const auto scale = uiScaleKey(key.action, m_ui, autoScale)) {
        setUiScale(*scale);
    } else if (modeKey(key.action, m_modes)) {
        if (m_modes.fullscreen != before.fullscreen)
            SDL_SetWindowFullscreen(m_window->window(),
                                    m_modes.fullscreen ? SDL_WINDOW_FULLSCREEN_DESKTOP : 0);
        if (m_modes.presenting != before.presenting) {
            // Keep what the map shows centred in the space the map has.
            const double cover = panelCoverPx(),
                         coverBefore = m_ui.panelCoverPx(!before.presenting);
            m_camera.shiftX(0.5 * (cover - coverBefore), true);
            m_cursor.pointerMoved(nowSec());
        }
    } else if (key.action == KeyAction::NextStep) {
        // From the overview (Home), the story resumes after the last step shown.
        goToStep(nextStep(m_panel.currentStep, lastShown, steps));
    } else if (key.action == KeyAction::PreviousStep) {
        goToStep(previousStep(m_panel.currentStep, lastShown, steps));
    } else if (key.action == KeyAction::JumpToStep) {
        goToStep(key.arg);
    } else if (key.action == KeyAction::Overview) {
        goToOverview();
    } else if (key.action == KeyAction::PresenterView) {
        togglePresenterView();
    } else {
        cameraKey(key.action, m_camera);
    }
    m_camera.clampTarget();
}

void WindowApp::applyPanel(const ui::PanelActions& a) {
    if (a.goToStep >= 0) goToStep(a.goToStep);
    if (a.overview) goToOverview();
    if (a.addStep) addStepFromView();
    if (a.deleteStep) m_story.deleteCurrentStep(m_panel);
    if (a.saveStory) m_story.save(m_panel);
    if (a.exportNow) exportView(exportSource(), m_panel);
    if (a.exportSteps) exportAllSteps(exportSource(), m_panel);
    if (a.exportNow || a.exportSteps) m_canvas.invalidate();  // the exporter drew other views
    if (!a.openUrl.empty() && SDL_OpenURL(a.openUrl.c_str()) != 0)
        m_panel.messages.push_back("cannot open " + a.openUrl + ": " + SDL_GetError());
    if (a.themeChanged) {
        m_options.theme = m_panel.theme;
        m_ui.fontsDirty = true;  // the style is rebuilt with the fonts
    }
    if (a.projectionChanged) {
        // The same place in the middle of the screen at about the same scale.
        m_options.projection = m_panel.projection;
        const auto centre = switchProjection(m_session, *m_renderer, m_panel.projection,
                                             m_options.addFiles, m_camera.current().centerWorld);
        m_panel.messages = panelMessages(m_session.errors, m_session.warnings);
        m_placeWorld = scene::placePositions(m_session.map, m_session.dataset);
        m_camera.setBounds(m_session.map.boundsMin, m_session.map.boundsMax);
        if (centre) m_camera.centreOn(*centre);
        m_camera.clampTarget();
        m_camera.snap();
    }
    if (a.resetView) resetView();
    if (a.clearMessages) m_panel.messages.clear();
}

void WindowApp::onMapClick() {
    m_pinnedWorld = m_camera.current().worldAt(m_mousePx, viewportPx());
    if (m_hover.pinnedFlow >= 0 || m_hover.pinnedMarker >= 0) return;
    // Nothing pinned: the country under the pointer, if any, goes to the details.
    const std::string code = m_picker.countryAt(m_session.map, m_pinnedWorld);
    if (!code.empty()) m_panel.detailCountry = code;
}

void WindowApp::togglePresenterView() {
    const std::string err = m_presenter.toggle(m_window->window(), m_window->context(),
                                               m_ui.scale / static_cast<float>(pixelScale()));
    if (!err.empty()) m_panel.messages.push_back(err);
}

}  // namespace app
