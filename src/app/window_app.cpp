#include "app/window_app.h"

#include "app/renderer_setup.h"
#include "app/window_overlays.h"
#include "app/window_session.h"
#include "app/window_start.h"
#include "render/gl.h"

#include <algorithm>
#include <cstdio>

namespace app {

double WindowApp::nowSec() {
    return static_cast<double>(SDL_GetPerformanceCounter()) /
           static_cast<double>(SDL_GetPerformanceFrequency());
}

int WindowApp::start() {
    OpenedWindow opened = openWindow(m_options, m_argv0);
    m_window = std::move(opened.window);
    m_renderer = std::move(opened.renderer);
    m_session = std::move(opened.session);
    if (opened.exitCode != kExitOk) return opened.exitCode;
    m_modes.fullscreen = m_modes.presenting = m_options.present;
    m_imgui = std::make_unique<ImGuiFrame>(m_window->window(), m_window->context());
    std::string err;
    if (!layout(&err)) {
        std::fprintf(stderr, "error: %s\n", err.c_str());
        return kExitRender;
    }
    m_camera.setBounds(m_session.map.boundsMin, m_session.map.boundsMax);
    m_rendererName = m_window->rendererName();
    m_software = isSoftwareRenderer(m_rendererName);
    initPanel(m_panel, m_options, m_session, m_rendererName);
    m_ui.fontsDirty = true;  // in the theme's style
    rebuildFonts();
    m_story.overview() = {m_panel.layerOn, !m_options.noLabels};
    m_placeWorld = scene::placePositions(m_session.map, m_session.dataset);
    m_panel.countryNames = m_picker.loadCountries(m_session);
    if (m_options.presenterView) togglePresenterView();
    resetView();
    m_camera.snap();
    if (!m_options.scene.empty()) {
        m_story.load(m_options.scene, m_panel, !m_options.textSize.empty());
        const int step = m_story.startStep(m_options.step, m_panel);
        if (step >= 0) goToStep(step, false);
    }
    m_cursor.pointerMoved(nowSec());
    return kExitOk;
}

int WindowApp::run() {
    if (const int started = start(); started != kExitOk) return started;
    double last = nowSec();
    m_stats.start(last);
    while (!m_quit) {
        // Sleep until input arrives while nothing is moving; poll at frame rate while it is.
        const bool moving = m_pointer.dragging() || m_camera.easing() || m_camera.flying() ||
                            m_canvas.busy() || PlaybackClock::animating(m_panel) ||
                            m_callouts.active();
        SDL_Event e;
        if (!moving && SDL_WaitEventTimeout(&e, 250)) handleEvent(e);
        while (SDL_PollEvent(&e)) handleEvent(e);
        std::string err;
        if (!layout(&err)) {
            std::fprintf(stderr, "error: %s\n", err.c_str());
            return kExitRender;
        }
        const double now = nowSec();
        advance(now, now - last);
        drawFrame(now, std::min(0.1, now - last));
        last = now;
        if (++m_frame == 1 && m_options.frames > 0) {
            glFinish();
            const std::chrono::duration<double> sec =
                std::chrono::steady_clock::now() - m_processStart;
            std::fputs(m_stats.firstFrame(sec.count()).c_str(), stderr);
        }
        if (m_options.frames > 0 && m_frame >= m_options.frames) m_quit = true;
    }
    const double totalSec =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - m_processStart).count();
    if (m_options.frames > 0)
        std::fputs(m_stats.report(m_frame, totalSec, m_rendererName).c_str(), stderr);
    return kExitOk;
}

bool WindowApp::layout(std::string* error) {
    int w = 0, h = 0;
    bool resized = false;
    SDL_GL_GetDrawableSize(m_window->window(), &w, &h);
    if (!m_canvas.resize(w, h, &resized, error)) return false;
    if (resized) {
        m_camera.setViewport(viewportPx());
        m_camera.clampTarget();  // keeps the scale; re-fits if the window grew past the map
    }
    if (m_ui.automatic) setUiScale(autoUiScale(w, h, pixelScale()));
    if (viewportPx() != m_layoutSize) {
        if (m_layoutSize != glm::dvec2(0.0)) relayoutView();
        m_layoutSize = viewportPx();
    }
    rebuildFonts();  // between frames: never while ImGui is building one
    return true;
}

void WindowApp::advance(double now, double elapsed) {
    const double dt = std::min(0.1, elapsed);
    // A flight gets the real time step (at most 0.5 s): at a few frames per second it jumps
    // rather than keep the presenter waiting.
    const bool snap = m_software && !m_pointer.dragging();
    if (const auto year = m_camera.update(dt, std::min(0.5, elapsed), now, snap))
        m_panel.year = *year;
    if (m_cursor.update(now, m_modes.presenting, m_pointer.dragging())) {
        SDL_ShowCursor(m_cursor.hidden() ? SDL_DISABLE : SDL_ENABLE);
        if (m_cursor.hidden()) pointerLeft(m_hover);  // no card under a cursor nobody sees
    }
    m_playback.step(m_panel, dt);
    // Broken files keep the last good data on screen, with the errors in the panel.
    std::vector<std::string> messages;
    const ReloadResult r = m_reload.poll(m_session, now, &messages);
    if (r == ReloadResult::Reloaded) onDataReloaded();
    if (r == ReloadResult::Rejected)
        for (auto& msg : messages) m_panel.messages.push_back(std::move(msg));
}

void WindowApp::onDataReloaded() {
    uploadTimeline(*m_renderer, m_session);
    dataChanged(m_hover);
    m_callouts.clear();
    ui::setPanelData(m_panel, m_session.dataset);
    m_placeWorld = scene::placePositions(m_session.map, m_session.dataset);
    m_panel.messages.push_back("reloaded " + m_session.dataDir);
}

void WindowApp::drawFrame(double now, double dt) {
    const scene::FrameSpec spec = buildSpec(now);
    m_picker.refresh(m_session, spec.timeline.view);  // hover sees what is drawn
    const bool settling = m_software && m_camera.settling(nowSec(), m_pointer.dragging());
    const MapCanvas::Drawn drawn = m_canvas.draw(*m_renderer, spec, settling, m_software, dt);
    if (drawn.redrawn)
        m_stats.mapDrawn(drawn.ms, drawn.fromCache,
                         drawn.sharpAfterDraft
                             ? std::optional<double>(1000.0 * m_camera.stillSec(nowSec()))
                             : std::nullopt);
    if (m_modes.screenshot) {
        m_modes.screenshot = false;
        saveScreenshot(*m_renderer, m_canvas.target(), spec, m_panel);
        m_canvas.invalidate();  // drawn without the window's labels: the next frame redraws
    }
    m_canvas.blitToScreen();
    const ui::PanelActions actions = drawUi(spec);
    SDL_GL_SwapWindow(m_window->window());
    drawPresenter();
    applyPanel(actions);
    if (const auto fps = m_stats.framePresented(nowSec())) m_panel.fps = *fps;
}

ui::PanelActions WindowApp::drawUi(const scene::FrameSpec& spec) {
    m_imgui->begin();
    m_panel.zoom = spec.camera.zoom(spec.pixelsPerPoint);
    m_panel.frameMs = m_stats.lastDrawMs();
    // Details follow the pointer, or what was clicked.
    const int shownFlow = m_hover.shownFlow(m_panel.showArcs);
    m_panel.detailFlow = shownFlow;
    m_panel.detailPlace =
        markerPlace(m_picker.timeline(), m_hover.shownMarker(m_panel.showMarkers));
    const double px = pixelScale();
    ui::PanelActions actions;
    if (!m_modes.presenting) {
        int winW = 0, winH = 0;
        SDL_GetWindowSize(m_window->window(), &winW, &winH);
        bool timelineChanged = false;
        actions = drawSidePanel(m_panel, m_session.dataset, kPanelWidthPt * m_ui.scale / float(px),
                                static_cast<float>(winH), &timelineChanged);
        if (timelineChanged) m_camera.stopFlight();  // a user's change stops a step's flight
    }
    if (m_modes.help) drawHelpOverlay(&m_modes.help);
    if (m_modes.presenting && !m_cursor.hidden()) drawPresentationHint(m_panel);
    // The card of what is pinned (beside its point), or hovered (not while dragging the map).
    const bool pinned = m_hover.pinnedFlow >= 0 || m_hover.pinnedMarker >= 0;
    const CardAnchor at{m_camera.current().pxOf(m_pinnedWorld, viewportPx()) / px,
                        static_cast<float>(panelCoverPx() / px)};
    const std::string url =
        drawMapCard(m_session.dataset, m_panel, shownFlow, pinned, m_pointer.dragging(), at);
    if (!url.empty()) actions.openUrl = url;
    if (m_modes.blackout) drawBlackout();
    m_imgui->end(m_canvas.width(), m_canvas.height());
    return actions;
}

void WindowApp::drawPresenter() {
    if (!m_presenter.isOpen()) return;
    const PresenterContent content =
        presenterContent(m_story.story(), m_panel, scene::paletteFor(m_panel.themes, "dark"),
                         m_presenter.elapsedSec());
    const scene::FrameBuilder frames(m_session.map, m_session.dataset, m_placeWorld);
    const auto thumbnail = [&](int step) {
        return thumbnailSpec(m_canvas.drawnSpec(), frames, m_story.story(), step, windowTextSize());
    };
    if (m_presenter.draw(content, *m_renderer, m_window->window(), thumbnail))
        m_canvas.invalidate();  // the renderer drew another view: redraw the screen's frame
}

ExportSource WindowApp::exportSource() {
    // Between tiles: the last map frame and the progress box; Esc cancels.
    return {*m_renderer,
            m_session,
            m_canvas.drawnSpec(),
            m_story.story(),
            m_placeWorld,
            windowTextSize(),
            [this](float fraction) {
                return exportProgressFrame(*m_imgui, m_canvas, m_window->window(),
                                           m_panel.exportSettings.fileName, fraction, &m_quit);
            }};
}

}  // namespace app
