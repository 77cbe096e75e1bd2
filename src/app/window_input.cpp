#include "app/window_app.h"

#include "app/fonts.h"
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

void WindowApp::resetView() {
    const double panelPx = kPanelWidthPt * pixelScale();
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
                // A click, not a drag: pin the hovered card, or unpin.
                m_pinnedFlow = m_hoverFlow;
                m_pinnedMarker = m_hoverFlow >= 0 ? -1 : m_hoverMarker;
            }
            if (e.button.button == SDL_BUTTON_LEFT) m_dragging = false;
            break;
        case SDL_MOUSEMOTION:
            m_mousePx = glm::dvec2(e.motion.x, e.motion.y) * scale;
            if (!m_dragging) {
                // Markers sit on top of the arcs' ends, so they win.
                m_hoverMarker = io.WantCaptureMouse || !m_panel.showMarkers
                                    ? -1
                                    : scene::pickMarker(m_session.timeline, pickView(), m_mousePx);
                m_hoverFlow = io.WantCaptureMouse || !m_panel.showArcs || m_hoverMarker >= 0
                                  ? -1
                                  : scene::pickFlow(m_session.timeline, pickView(), m_mousePx);
            }
            if (m_dragging) {
                m_dragMoved += std::abs(e.motion.xrel) + std::abs(e.motion.yrel);
                const glm::dvec2 d(e.motion.xrel * scale, e.motion.yrel * scale);
                // Dragging moves the map immediately, without smoothing.
                m_view.current = scene::pan(m_view.current, d);
                m_view.target = scene::pan(m_view.target, d);
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
            clampTarget();
            break;
        }
        case SDL_KEYDOWN: {
            if (io.WantCaptureKeyboard) break;
            const glm::dvec2 vp = viewportPx();
            const SDL_Keycode k = e.key.keysym.sym;
            if (k == SDLK_HOME)
                resetView();
            else if (k == SDLK_SPACE) {
                if (!m_panel.playing && m_panel.year >= m_panel.yearMax)
                    m_panel.year = m_panel.yearMin;
                m_panel.playing = !m_panel.playing;
            } else if (k == SDLK_LEFT)
                m_view.target = scene::pan(m_view.target, {vp.x * 0.15, 0});
            else if (k == SDLK_RIGHT)
                m_view.target = scene::pan(m_view.target, {-vp.x * 0.15, 0});
            else if (k == SDLK_UP)
                m_view.target = scene::pan(m_view.target, {0, vp.y * 0.15});
            else if (k == SDLK_DOWN)
                m_view.target = scene::pan(m_view.target, {0, -vp.y * 0.15});
            else if (k == SDLK_PLUS || k == SDLK_EQUALS || k == SDLK_KP_PLUS)
                m_view.target = scene::zoomAt(m_view.target, 1.5, vp * 0.5, vp);
            else if (k == SDLK_MINUS || k == SDLK_KP_MINUS)
                m_view.target = scene::zoomAt(m_view.target, 1.0 / 1.5, vp * 0.5, vp);
            else if (k == SDLK_F12)
                m_screenshotRequested = true;
            else if (k == SDLK_F11) {
                m_fullscreen = !m_fullscreen;
                SDL_SetWindowFullscreen(m_window->window(),
                                        m_fullscreen ? SDL_WINDOW_FULLSCREEN_DESKTOP : 0);
            } else if (k == SDLK_ESCAPE && m_fullscreen) {
                m_fullscreen = false;
                SDL_SetWindowFullscreen(m_window->window(), 0);
            }
            clampTarget();
            break;
        }
        default:
            break;
    }
}

void WindowApp::applyPanel(const ui::PanelActions& a) {
    if (a.themeChanged) {
        m_options.theme = m_panel.theme;
        ui::applyPanelStyle(m_panel.theme, static_cast<float>(pixelScale()));
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
        m_panel.messages = m_session.errors;
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
    return {m_view.current, viewportPx(), scene::kScreenPixelsPerPoint * pixelScale(),
            m_panel.year};
}

}  // namespace app
