// The window's input: SDL events (the presenter's window, the panel first, drag, wheel,
// clicks), the keys' actions, and what the panel asked for after its frame.
#include "app/window_app.h"

#include "app/load_messages.h"
#include "app/renderer_setup.h"

#include <backends/imgui_impl_sdl.h>
#include <imgui.h>

#include <cmath>

namespace app {

namespace {
double nowSec() {
    return static_cast<double>(SDL_GetPerformanceCounter()) /
           static_cast<double>(SDL_GetPerformanceFrequency());
}
}  // namespace

void WindowApp::handleEvent(const SDL_Event& e) {
    // A black screen (B or '.') comes back with any key or click, which does nothing else.
    if (m_blackout && (e.type == SDL_KEYDOWN || e.type == SDL_MOUSEBUTTONDOWN)) {
        m_blackout = false;
        return;
    }
    // Two windows: closing the map's window quits (SDL sends no quit event while another is
    // open), closing the presenter's closes it; its mouse is its own, its keys drive the map.
    if (e.type == SDL_WINDOWEVENT && e.window.event == SDL_WINDOWEVENT_CLOSE) {
        if (m_presenter.ownsWindow(e.window.windowID))
            m_presenter.close();
        else
            m_quit = true;
        return;
    }
    // (Mouse and window events keep their window id where SDL_WindowEvent has it.)
    const bool pointer = e.type == SDL_MOUSEMOTION || e.type == SDL_MOUSEBUTTONDOWN ||
                         e.type == SDL_MOUSEBUTTONUP || e.type == SDL_MOUSEWHEEL ||
                         e.type == SDL_WINDOWEVENT;
    if (pointer && m_presenter.ownsWindow(e.window.windowID)) return;
    ImGui_ImplSDL2_ProcessEvent(&e);
    const ImGuiIO& io = ImGui::GetIO();
    const double scale = pixelScale();
    switch (e.type) {
        case SDL_QUIT:
            m_quit = true;
            break;
        case SDL_MOUSEBUTTONDOWN:
            if (!io.WantCaptureMouse && e.button.button == SDL_BUTTON_LEFT) {
                m_dragging = true;
                m_dragMoved = 0.0;
            }
            break;
        case SDL_MOUSEBUTTONUP:
            if (e.button.button == SDL_BUTTON_LEFT && m_dragging && m_dragMoved < 4.0) {
                // A click, not a drag: pin the hovered card, or unpin (and pick the country).
                clicked(m_hover);
                onMapClick();
            }
            if (e.button.button == SDL_BUTTON_LEFT) m_dragging = false;
            break;
        case SDL_MOUSEMOTION:
            m_cursor.pointerMoved(nowSec());
            m_mousePx = glm::dvec2(e.motion.x, e.motion.y) * scale;
            if (m_dragging) {
                m_dragMoved += std::abs(e.motion.xrel) + std::abs(e.motion.yrel);
                m_camera.drag(glm::dvec2(e.motion.xrel, e.motion.yrel) * scale);
            } else {
                const PointerPick p =
                    io.WantCaptureMouse
                        ? PointerPick{}
                        : m_picker.at(pickView(), m_mousePx, m_panel.showMarkers, m_panel.showArcs);
                pointerMoved(m_hover, p.flow, p.marker);
            }
            break;
        case SDL_MOUSEWHEEL: {
            if (io.WantCaptureMouse) break;
            int mx = 0, my = 0;
            SDL_GetMouseState(&mx, &my);
            const double wheel = e.wheel.preciseY != 0.f ? e.wheel.preciseY : e.wheel.y;
            m_camera.zoomAt(std::pow(1.25, wheel), glm::dvec2(mx, my) * scale);
            break;
        }
        case SDL_KEYDOWN: {
            // The shortcut overlay closes with Esc even while ImGui has the keyboard.
            if (io.WantCaptureKeyboard && !(m_showHelp && e.key.keysym.sym == SDLK_ESCAPE)) break;
            // A clicker's key: the presenter is not pointing at the map.
            if (isClickerKey(e.key.keysym.sym)) pointerLeft(m_hover);
            handleKey(withArrowsSetting(actionForKey(e.key.keysym.sym, e.key.keysym.mod),
                                        m_panel.arrowsStepStory, m_story.stepCount() > 0));
            break;
        }
        default:
            break;
    }
}

void WindowApp::handleKey(const KeyResult& key) {
    const glm::dvec2 vp = viewportPx();
    const int steps = m_story.stepCount();
    const int lastShown = m_story.shown().lastStep;
    switch (key.action) {
        case KeyAction::None:
            return;
        case KeyAction::PlayPause:
            m_camera.stopFlight();
            playPause(m_panel);
            break;
        case KeyAction::YearBack:
            m_camera.stopFlight();
            yearBack(m_panel);
            break;
        case KeyAction::YearForward:
            m_camera.stopFlight();
            yearForward(m_panel);
            break;
        case KeyAction::NextStep:
            // From the overview (Home), the story resumes after the last step shown.
            goToStep(nextStep(m_panel.currentStep, lastShown, steps));
            break;
        case KeyAction::PreviousStep:
            goToStep(previousStep(m_panel.currentStep, lastShown, steps));
            break;
        case KeyAction::JumpToStep:
            goToStep(key.arg);
            break;
        case KeyAction::Overview:
            goToOverview();
            break;
        case KeyAction::Blackout:
            m_blackout = true;
            break;
        case KeyAction::Fullscreen:
            m_fullscreen = !m_fullscreen;
            SDL_SetWindowFullscreen(m_window->window(),
                                    m_fullscreen ? SDL_WINDOW_FULLSCREEN_DESKTOP : 0);
            break;
        case KeyAction::LeaveFullscreen:
            if (m_showHelp) {
                m_showHelp = false;
            } else if (m_fullscreen) {
                m_fullscreen = false;
                SDL_SetWindowFullscreen(m_window->window(), 0);
            }
            break;
        case KeyAction::TogglePanel: {
            // Keep what the map shows centred in the space the map has.
            const double before = panelCoverPx();
            m_presenting = !m_presenting;
            m_camera.shiftX(0.5 * (panelCoverPx() - before), true);
            m_cursor.pointerMoved(nowSec());
            break;
        }
        case KeyAction::ToggleHelp:
            m_showHelp = !m_showHelp;
            break;
        case KeyAction::UiScaleUp:
            m_ui.automatic = false;
            setUiScale(m_ui.scale * 1.15f);
            break;
        case KeyAction::UiScaleDown:
            m_ui.automatic = false;
            setUiScale(m_ui.scale / 1.15f);
            break;
        case KeyAction::UiScaleReset:
            m_ui.automatic = true;
            setUiScale(autoUiScale(m_canvas.width(), m_canvas.height(), pixelScale()));
            break;
        case KeyAction::ZoomIn:
            m_camera.zoomAt(1.5, vp * 0.5);
            break;
        case KeyAction::ZoomOut:
            m_camera.zoomAt(1.0 / 1.5, vp * 0.5);
            break;
        case KeyAction::PanLeft:
            m_camera.pan({vp.x * 0.15, 0});
            break;
        case KeyAction::PanRight:
            m_camera.pan({-vp.x * 0.15, 0});
            break;
        case KeyAction::PanUp:
            m_camera.pan({0, vp.y * 0.15});
            break;
        case KeyAction::PanDown:
            m_camera.pan({0, -vp.y * 0.15});
            break;
        case KeyAction::Screenshot:
            m_screenshotRequested = true;
            break;
        case KeyAction::PresenterView:
            togglePresenterView();
            break;
    }
    m_camera.clampTarget();
}

void WindowApp::applyPanel(const ui::PanelActions& a) {
    if (a.goToStep >= 0) goToStep(a.goToStep);
    if (a.overview) goToOverview();
    if (a.addStep) addStepFromView();
    if (a.deleteStep) m_story.deleteCurrentStep(m_panel);
    if (a.saveStory) m_story.save(m_panel);
    if (a.exportNow || a.exportSteps) {
        if (a.exportNow) exportView(exportSource(), m_panel);
        if (a.exportSteps) exportAllSteps(exportSource(), m_panel);
        m_canvas.invalidate();  // the exporter drew other views: redraw the screen's frame
    }
    if (!a.openUrl.empty() && SDL_OpenURL(a.openUrl.c_str()) != 0)
        m_panel.messages.push_back("cannot open " + a.openUrl + ": " + SDL_GetError());
    if (a.themeChanged) {
        m_options.theme = m_panel.theme;
        m_ui.fontsDirty = true;  // the style is rebuilt with the fonts
    }
    if (a.projectionChanged) changeProjection();
    if (a.resetView) resetView();
    if (a.clearMessages) m_panel.messages.clear();
}

void WindowApp::changeProjection() {
    // Keep the same place in the middle of the screen at about the same scale.
    std::string err;
    auto oldProj = geo::Projection::create(m_session.map.projection, &err);
    const geo::LonLat centre =
        oldProj ? oldProj->inverse(m_camera.current().centerWorld) : geo::LonLat{};
    m_options.projection = m_panel.projection;
    m_session.errors.clear();
    rebuildMap(m_session, m_panel.projection, m_options.addFiles);
    m_renderer->setMap(m_session.map, m_session.manifest->themes);
    uploadTimeline(*m_renderer, m_session);
    m_panel.messages = panelMessages(m_session.errors, m_session.warnings);
    m_placeWorld = scene::placePositions(m_session.map, m_session.dataset);
    m_camera.setBounds(m_session.map.boundsMin, m_session.map.boundsMax);
    auto newProj = geo::Projection::create(m_panel.projection, &err);
    if (newProj) m_camera.centreOn(newProj->forward(centre));
    m_camera.clampTarget();
    m_camera.snap();
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
