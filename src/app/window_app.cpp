#include "app/window_app.h"

#include "app/fonts.h"
#include "app/load_messages.h"
#include "app/renderer_setup.h"
#include "app/window_overlays.h"
#include "app/window_start.h"
#include "render/gl.h"

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <future>

namespace app {

namespace {
double nowSec() {
    return static_cast<double>(SDL_GetPerformanceCounter()) /
           static_cast<double>(SDL_GetPerformanceFrequency());
}
}  // namespace

int WindowApp::start() {
    // The map loads on another thread while the window opens and the renderer compiles its
    // programs and rasterises its fonts (none of which needs the map): about 0.1 s each on a
    // 2-core llvmpipe machine, side by side.
    std::future<MapSession> loading =
        std::async(std::launch::async, [this] { return loadMapSession(m_options, m_argv0); });
    std::string err;
    m_window = GlWindow::create("Corridor", 1600, 900, false, &err);
    if (!m_window) {
        std::fprintf(stderr, "error: %s\n", err.c_str());
        return kExitRender;
    }
    // There is no saved window size: the window fills the display it opens on (sized to the
    // display's usable area, then maximised for window managers that add decorations), and
    // --present makes it fullscreen there.
    SDL_Window* window = m_window->window();
    SDL_Rect usable{};
    const int display = SDL_GetWindowDisplayIndex(window);
    if (display >= 0 && SDL_GetDisplayUsableBounds(display, &usable) == 0 && usable.w > 0 &&
        usable.h > 0) {
        SDL_SetWindowSize(window, usable.w, usable.h);
        SDL_SetWindowPosition(window, usable.x, usable.y);
    }
    SDL_MaximizeWindow(window);
    m_fullscreen = m_presenting = m_options.present;
    if (m_fullscreen) SDL_SetWindowFullscreen(window, SDL_WINDOW_FULLSCREEN_DESKTOP);
    m_renderer = render::MapRenderer::create(&err);
    if (!m_renderer) {
        std::fprintf(stderr, "error: %s\n", err.c_str());
        return kExitRender;
    }
    std::vector<std::string> fontWarnings;
    prepareFonts(*m_renderer, &fontWarnings);
    m_session = loading.get();
    printMessages(stderr, "error", m_session.errors);
    if (!m_session.manifest) return kExitInput;
    checkViewOption(m_options, m_session);
    printMessages(stderr, "warning", m_session.warnings);
    prepareMap(*m_renderer, m_session);
    m_session.errors.insert(m_session.errors.end(), fontWarnings.begin(), fontWarnings.end());

    m_imgui = std::make_unique<ImGuiFrame>(window, m_window->context());
    int w = 0, h = 0;
    bool resized = false;
    SDL_GL_GetDrawableSize(window, &w, &h);
    if (!m_canvas.resize(w, h, &resized, &err)) {
        std::fprintf(stderr, "error: %s\n", err.c_str());
        return kExitRender;
    }
    m_camera.setViewport(viewportPx());
    m_camera.setBounds(m_session.map.boundsMin, m_session.map.boundsMax);
    m_ui.scale = autoUiScale(w, h, pixelScale());
    m_rendererName = m_window->rendererName();
    m_software = isSoftwareRenderer(m_rendererName);
    initPanel(m_panel, m_options, m_session, m_rendererName);
    rebuildFonts();
    m_story.overview() = {m_panel.layerOn, !m_options.noLabels};
    m_placeWorld = scene::placePositions(m_session.map, m_session.dataset);
    // The export folder starts as the working folder, written out in full in the dialog.
    m_panel.exportSettings.folder = std::filesystem::current_path().string();
    m_panel.countryNames = m_picker.loadCountries(m_session);
    if (m_options.presenterView) togglePresenterView();
    resetView();
    m_camera.snap();
    m_layoutSize = viewportPx();
    if (!m_options.scene.empty()) {
        m_story.load(m_options.scene, m_panel, !m_options.textSize.empty());
        if (m_options.step > m_story.stepCount())
            m_panel.messages.push_back(m_options.scene + ": no step " +
                                       std::to_string(m_options.step) + " (the story has " +
                                       std::to_string(m_story.stepCount()) + ")");
        else if (m_options.step > 0)
            goToStep(m_options.step - 1, false);
    }
    m_cursor.pointerMoved(nowSec());
    return kExitOk;
}

int WindowApp::run() {
    const int started = start();
    if (started != kExitOk) return started;
    double last = nowSec();
    m_stats.start(last);
    while (!m_quit) {
        // Sleep until input arrives while nothing is moving; poll at frame rate while it is.
        const bool moving = m_dragging || m_camera.easing() || m_camera.flying() ||
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
        const double elapsed = now - last;
        last = now;
        advance(now, elapsed);
        drawFrame(now, std::min(0.1, elapsed));
        if (++m_frame == 1 && m_options.frames > 0) {
            glFinish();
            m_firstFrameSec =
                std::chrono::duration<double>(std::chrono::steady_clock::now() - m_processStart)
                    .count();
            std::fprintf(stderr, "first frame presented %.0f ms after start\n",
                         1000.0 * m_firstFrameSec);
        }
        if (m_options.frames > 0 && m_frame >= m_options.frames) m_quit = true;
    }
    if (m_options.frames > 0) {
        const double totalSec =
            std::chrono::duration<double>(std::chrono::steady_clock::now() - m_processStart)
                .count();
        std::fputs(m_stats.report(m_frame, m_firstFrameSec, totalSec, m_rendererName).c_str(),
                   stderr);
    }
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
        relayoutView();
        m_layoutSize = viewportPx();
    }
    rebuildFonts();  // between frames: never while ImGui is building one
    return true;
}

void WindowApp::advance(double now, double elapsed) {
    const double dt = std::min(0.1, elapsed);
    // A flight gets the real time step (at most 0.5 s): at a few frames per second it jumps
    // rather than keep the presenter waiting.
    if (const auto year =
            m_camera.update(dt, std::min(0.5, elapsed), now, m_software && !m_dragging))
        m_panel.year = *year;
    if (m_cursor.update(now, m_presenting, m_dragging)) {
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
    const bool settling = m_software && m_camera.settling(nowSec(), m_dragging);
    const MapCanvas::Drawn drawn = m_canvas.draw(*m_renderer, spec, settling, m_software, dt);
    if (drawn.redrawn)
        m_stats.mapDrawn(drawn.ms, drawn.fromCache,
                         drawn.sharpAfterDraft
                             ? std::optional<double>(1000.0 * m_camera.stillSec(nowSec()))
                             : std::nullopt);
    if (m_screenshotRequested) {
        m_screenshotRequested = false;
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
    if (!m_presenting) {
        ui::PanelModel edited = m_panel;
        int winW = 0, winH = 0;
        SDL_GetWindowSize(m_window->window(), &winW, &winH);
        const float panelW = kPanelWidthPt * m_ui.scale / static_cast<float>(px);
        actions = ui::drawPanel(edited, m_session.dataset, panelW, static_cast<float>(winH));
        // A user's change to the timeline stops a step's flight.
        if (edited.year != m_panel.year || edited.playing != m_panel.playing) m_camera.stopFlight();
        m_panel = edited;
    }
    if (m_showHelp) drawHelpOverlay(&m_showHelp);
    if (m_presenting && !m_cursor.hidden()) drawPresentationHint(m_panel);
    // The card of what is pinned (beside its point), or hovered (not while dragging the map).
    const bool pinned = m_hover.pinnedFlow >= 0 || m_hover.pinnedMarker >= 0;
    const CardAnchor at{m_camera.current().pxOf(m_pinnedWorld, viewportPx()) / px,
                        static_cast<float>(panelCoverPx()) / static_cast<float>(px)};
    const std::string url =
        drawMapCard(m_session.dataset, m_panel, shownFlow, pinned, m_dragging, at);
    if (!url.empty() && SDL_OpenURL(url.c_str()) != 0)
        m_panel.messages.push_back("cannot open " + url + ": " + SDL_GetError());
    if (m_blackout) drawBlackout();
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
    return {*m_renderer,
            m_session,
            m_canvas.drawnSpec(),
            m_story.story(),
            m_placeWorld,
            windowTextSize(),
            [this](float fraction) { return showExportProgress(fraction); }};
}

bool WindowApp::showExportProgress(float fraction) {
    // Between two tiles: the last map frame, the progress box, nothing else; Esc (or closing
    // the window) cancels.
    bool cancel = false;
    SDL_Event e;
    while (SDL_PollEvent(&e)) {
        if ((e.type == SDL_KEYDOWN && e.key.keysym.sym == SDLK_ESCAPE) || e.type == SDL_QUIT)
            cancel = true;
        if (e.type == SDL_QUIT) m_quit = true;
    }
    glBindFramebuffer(GL_FRAMEBUFFER, 0);
    glViewport(0, 0, m_canvas.width(), m_canvas.height());
    glClearColor(0.f, 0.f, 0.f, 1.f);
    glClear(GL_COLOR_BUFFER_BIT);
    // The screen's own target is untouched by the exporter: show the map under the box.
    if (m_canvas.hasPicture()) m_canvas.blitToScreen();
    m_imgui->begin();
    drawExportProgress(m_panel.exportSettings.fileName, fraction);
    m_imgui->end(m_canvas.width(), m_canvas.height());
    SDL_GL_SwapWindow(m_window->window());
    return !cancel;
}

}  // namespace app
