#include "app/window_app.h"

#include "app/fonts.h"
#include "app/load_messages.h"
#include "app/renderer_setup.h"
#include "ui/flow_card.h"

#include <backends/imgui_impl_opengl3.h>
#include <backends/imgui_impl_sdl.h>
#include <imgui.h>

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace app {

double WindowApp::pixelScale() const {
    int w = 0, h = 0;
    SDL_GetWindowSize(m_window->window(), &w, &h);
    return w > 0 ? static_cast<double>(m_drawableW) / w : 1.0;
}

void WindowApp::relayoutView() {
    // A framed view (home, or a story step) is framed again for the new size; a view the user
    // moved keeps its centre and shows about the same area.
    if (m_viewFramed) {
        if (m_panel.currentStep >= 0 &&
            m_panel.currentStep < static_cast<int>(m_story.steps.size())) {
            const scene::StepTarget t = resolveWindowStep(m_panel.currentStep);
            if (t.camera) {
                m_view.target = m_view.current = *t.camera;
                m_flight.to = *t.camera;
                clampTarget();
                return;
            }
        }
        resetView();
        m_view.current = m_view.target;
        return;
    }
    const glm::dvec2 vp = viewportPx();
    if (m_layoutSize.x > 0 && m_layoutSize.y > 0) {
        const double f = std::sqrt((m_layoutSize.x * m_layoutSize.y) / (vp.x * vp.y));
        m_view.target.metresPerPx *= f;
        m_view.current.metresPerPx *= f;
    }
    clampTarget();
}

void WindowApp::resetView() {
    m_viewFramed = true;
    const double panelPx = panelCoverPx();
    const glm::dvec2 vp = viewportPx();
    const glm::dvec2 free(std::max(vp.x - panelPx, vp.x * 0.5), vp.y);
    m_view.target = cameraForView(m_session.map, m_options.view.value_or(m_session.map.home), free);
    // Shift so the view's centre sits in the middle of the area right of the panel.
    m_view.target.centerWorld.x -= 0.5 * (vp.x - free.x) * m_view.target.metresPerPx;
    clampTarget();
}

void WindowApp::clampTarget() {
    m_view.target = scene::clampCamera(m_view.target, m_session.map.boundsMin,
                                       m_session.map.boundsMax, viewportPx(), kMinMetresPerPx);
}

void WindowApp::handleEvent(const SDL_Event& e) {
    // A black screen (B or '.') comes back with any key or click, which does nothing else.
    if (m_blackout && (e.type == SDL_KEYDOWN || e.type == SDL_MOUSEBUTTONDOWN)) {
        m_blackout = false;
        return;
    }
    // Two windows: closing the map's window quits (SDL sends no quit event while another is
    // open), closing the presenter's closes it; its mouse is its own, its keys drive the map.
    if (e.type == SDL_WINDOWEVENT && e.window.event == SDL_WINDOWEVENT_CLOSE) {
        if (m_presenter && e.window.windowID == m_presenter->windowId())
            m_presenter.reset();
        else
            m_quit = true;
        return;
    }
    // (Mouse and window events keep their window id where SDL_WindowEvent has it.)
    const bool pointer = e.type == SDL_MOUSEMOTION || e.type == SDL_MOUSEBUTTONDOWN ||
                         e.type == SDL_MOUSEBUTTONUP || e.type == SDL_MOUSEWHEEL ||
                         e.type == SDL_WINDOWEVENT;
    if (m_presenter && pointer && e.window.windowID == m_presenter->windowId()) return;
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
            m_lastPointerMove = SDL_GetPerformanceCounter();
            m_mousePx = glm::dvec2(e.motion.x, e.motion.y) * scale;
            if (!m_dragging) {
                // Markers sit on top of the arcs' ends, so they win.
                const int marker =
                    io.WantCaptureMouse || !m_panel.showMarkers
                        ? -1
                        : scene::pickMarker(m_picks.timeline(), pickView(), m_mousePx);
                const int flow = io.WantCaptureMouse || !m_panel.showArcs || marker >= 0
                                     ? -1
                                     : scene::pickFlow(m_picks.timeline(), pickView(), m_mousePx);
                pointerMoved(m_hover, flow, marker);
            }
            if (m_dragging) {
                m_dragMoved += std::abs(e.motion.xrel) + std::abs(e.motion.yrel);
                const glm::dvec2 d(e.motion.xrel * scale, e.motion.yrel * scale);
                // Dragging moves the map immediately, without smoothing.
                m_view.current = scene::pan(m_view.current, d);
                m_view.target = scene::pan(m_view.target, d);
                m_viewFramed = false;
                clampTarget();
                m_view.current =
                    scene::clampCamera(m_view.current, m_session.map.boundsMin,
                                       m_session.map.boundsMax, viewportPx(), kMinMetresPerPx);
            }
            break;
        case SDL_MOUSEWHEEL: {
            if (io.WantCaptureMouse) break;
            int mx = 0, my = 0;
            SDL_GetMouseState(&mx, &my);
            const double wheel = e.wheel.preciseY != 0.f ? e.wheel.preciseY : e.wheel.y;
            const double factor = std::pow(1.25, wheel);
            m_view.target =
                scene::zoomAt(m_view.target, factor, glm::dvec2(mx, my) * scale, viewportPx());
            m_viewFramed = false;
            clampTarget();
            break;
        }
        case SDL_KEYDOWN: {
            // The shortcut overlay closes with Esc even while ImGui has the keyboard.
            if (io.WantCaptureKeyboard && !(m_showHelp && e.key.keysym.sym == SDLK_ESCAPE)) break;
            // A clicker's key: the presenter is not pointing at the map.
            if (isClickerKey(e.key.keysym.sym)) pointerLeft(m_hover);
            handleKey(withArrowsSetting(actionForKey(e.key.keysym.sym, e.key.keysym.mod),
                                        m_panel.arrowsStepStory, !m_story.steps.empty()));
            break;
        }
        default:
            break;
    }
}

void WindowApp::handleKey(const KeyResult& key) {
    const glm::dvec2 vp = viewportPx();
    const int steps = static_cast<int>(m_story.steps.size());
    switch (key.action) {
        case KeyAction::None:
            return;
        case KeyAction::PlayPause:
            m_flight = {};
            if (!m_panel.playing && m_panel.year >= m_panel.yearMax) m_panel.year = m_panel.yearMin;
            m_panel.playing = !m_panel.playing;
            break;
        case KeyAction::YearBack:
            m_flight = {};
            m_panel.playing = false;
            m_panel.year = std::max(m_panel.yearMin, std::ceil(m_panel.year) - 1.0);
            break;
        case KeyAction::YearForward:
            m_flight = {};
            m_panel.playing = false;
            m_panel.year = std::min(m_panel.yearMax, std::floor(m_panel.year) + 1.0);
            break;
        case KeyAction::NextStep:
            // From the overview (Home), the story resumes after the last step shown.
            goToStep(nextStep(m_panel.currentStep, m_storyShown.lastStep, steps));
            break;
        case KeyAction::PreviousStep:
            goToStep(previousStep(m_panel.currentStep, m_storyShown.lastStep, steps));
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
            const double shift = 0.5 * (panelCoverPx() - before);
            m_view.target.centerWorld.x -= shift * m_view.target.metresPerPx;
            m_view.current.centerWorld.x -= shift * m_view.current.metresPerPx;
            m_flight.from.centerWorld.x -= shift * m_flight.from.metresPerPx;
            m_flight.to.centerWorld.x -= shift * m_flight.to.metresPerPx;
            m_lastPointerMove = SDL_GetPerformanceCounter();
            break;
        }
        case KeyAction::ToggleHelp:
            m_showHelp = !m_showHelp;
            break;
        case KeyAction::UiScaleUp:
            m_uiScaleAuto = false;
            setUiScale(m_uiScale * 1.15f);
            break;
        case KeyAction::UiScaleDown:
            m_uiScaleAuto = false;
            setUiScale(m_uiScale / 1.15f);
            break;
        case KeyAction::UiScaleReset:
            m_uiScaleAuto = true;
            setUiScale(autoUiScale());
            break;
        case KeyAction::ZoomIn:
            m_viewFramed = false;
            m_view.target = scene::zoomAt(m_view.target, 1.5, vp * 0.5, vp);
            break;
        case KeyAction::ZoomOut:
            m_viewFramed = false;
            m_view.target = scene::zoomAt(m_view.target, 1.0 / 1.5, vp * 0.5, vp);
            break;
        case KeyAction::PanLeft:
            m_viewFramed = false;
            m_view.target = scene::pan(m_view.target, {vp.x * 0.15, 0});
            break;
        case KeyAction::PanRight:
            m_viewFramed = false;
            m_view.target = scene::pan(m_view.target, {-vp.x * 0.15, 0});
            break;
        case KeyAction::PanUp:
            m_viewFramed = false;
            m_view.target = scene::pan(m_view.target, {0, vp.y * 0.15});
            break;
        case KeyAction::PanDown:
            m_viewFramed = false;
            m_view.target = scene::pan(m_view.target, {0, -vp.y * 0.15});
            break;
        case KeyAction::Screenshot:
            m_screenshotRequested = true;
            break;
        case KeyAction::PresenterView:
            togglePresenterView();
            break;
    }
    clampTarget();
}

void WindowApp::applyPanel(const ui::PanelActions& a) {
    if (a.goToStep >= 0) goToStep(a.goToStep);
    if (a.overview) goToOverview();
    if (a.addStep) addStepFromView();
    if (a.deleteStep) deleteCurrentStep();
    if (a.saveStory) saveStoryFile();
    if (a.exportNow) exportFromPanel();
    if (a.exportSteps) exportAllSteps();
    if (!a.openUrl.empty()) openUrl(a.openUrl);
    if (a.themeChanged) {
        m_options.theme = m_panel.theme;
        m_fontsDirty = true;  // the style is rebuilt with the fonts
    }
    if (a.projectionChanged) {
        // Keep the same place in the middle of the screen at about the same scale.
        std::string err;
        auto oldProj = geo::Projection::create(m_session.map.projection, &err);
        const geo::LonLat centre =
            oldProj ? oldProj->inverse(m_view.current.centerWorld) : geo::LonLat{};
        m_options.projection = m_panel.projection;
        m_session.errors.clear();
        rebuildMap(m_session, m_panel.projection, m_options.addFiles);
        m_renderer->setMap(m_session.map, m_session.manifest->themes);
        uploadTimeline(*m_renderer, m_session);
        m_panel.messages = panelMessages(m_session.errors, m_session.warnings);
        m_placeWorld = scene::placePositions(m_session.map, m_session.dataset);
        auto newProj = geo::Projection::create(m_panel.projection, &err);
        if (newProj) {
            m_view.target.centerWorld = newProj->forward(centre);
            m_view.current = m_view.target;
        }
        clampTarget();
        m_view.current = m_view.target;
    }
    if (a.resetView) resetView();
    if (a.clearMessages) m_panel.messages.clear();
}

bool WindowApp::animating() const {
    // Flows and the corridor's particles move with animation time; nothing else does.
    return m_panel.playing || m_panel.showArcs || m_panel.showRoute;
}

scene::PickView WindowApp::pickView() const {
    return {m_view.current, viewportPx(), scene::kScreenPixelsPerPoint * m_uiScale, m_panel.year};
}

}  // namespace app
