#include "app/window_app.h"

#include "app/fonts.h"
#include "app/load_messages.h"
#include "app/renderer_setup.h"
#include "render/export_png.h"
#include "render/image.h"
#include "render/readback.h"
#include "ui/flow_card.h"

#include <backends/imgui_impl_opengl3.h>
#include <backends/imgui_impl_sdl.h>
#include <imgui.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <ctime>
#include <future>

namespace app {

bool WindowApp::resizeTargets(std::string* err) {
    int w = 0, h = 0;
    SDL_GL_GetDrawableSize(m_window->window(), &w, &h);
    w = std::max(w, 1);
    h = std::max(h, 1);
    if (m_target && w == m_drawableW && h == m_drawableH) return true;
    m_drawableW = w;
    m_drawableH = h;
    m_shown = nullptr;
    m_target = std::make_unique<render::RenderTarget>(w, h, 0, err);
    if (!m_target->valid()) return false;
    clampTarget();  // keeps the scale; re-fits if the window grew past the map
    return true;
}

void WindowApp::blitShownToScreen() {
    glBindFramebuffer(GL_READ_FRAMEBUFFER, m_shown->resolvedFramebuffer());
    glBindFramebuffer(GL_DRAW_FRAMEBUFFER, 0);
    glBlitFramebuffer(0, 0, m_drawableW, m_drawableH, 0, 0, m_drawableW, m_drawableH,
                      GL_COLOR_BUFFER_BIT, GL_NEAREST);
    glBindFramebuffer(GL_FRAMEBUFFER, 0);
}

void WindowApp::drawMap(const scene::FrameSpec& spec) {
    // Redraw only when the picture changes. On a software renderer a redraw of the base map
    // takes ~175 ms at 1920x1080, so while the camera moves (and kSettleSec after) frames show
    // the cached base map moved and scaled, with the timeline, labels and overlays drawn live;
    // the map is drawn at full quality once the camera rests, and the cache's margin after.
    const Uint64 now = SDL_GetPerformanceCounter();
    const double stillSec = static_cast<double>(now - m_lastTargetMove) /
                            static_cast<double>(SDL_GetPerformanceFrequency());
    const bool settling = m_software && (m_dragging || m_flight.active() || stillSec < kSettleSec ||
                                         m_view.current.centerWorld != m_view.target.centerWorld ||
                                         m_view.current.metresPerPx != m_view.target.metresPerPx);
    const bool changed = !m_shown || !scene::sameFrame(spec, m_drawnSpec) || m_labels.fading();
    if (!changed && !(m_draft && !settling)) {
        extendBaseCache(spec, settling);
        return;
    }
    const Uint64 t0 = SDL_GetPerformanceCounter();
    const scene::LabelPlacement& labels = m_labels.update(*m_renderer, spec, m_labelDt);
    const render::FrameStats stats = settling ? m_renderer->drawMoving(spec, *m_target, &labels)
                                              : m_renderer->draw(spec, *m_target, &labels);
    glFinish();  // so the readout is the real cost of a map frame
    m_drawMs = 1000.0 * static_cast<double>(SDL_GetPerformanceCounter() - t0) /
               static_cast<double>(SDL_GetPerformanceFrequency());
    m_drawTimes.push_back(m_drawMs);
    if (stats.baseFromCache > 0) m_movingTimes.push_back(m_drawMs);
    if (m_draft && stats.baseFromCache == 0) {
        // The sharp frame after moving ones: how long after the last input it is ready.
        m_sharpAfterMs.push_back(
            1000.0 * static_cast<double>(SDL_GetPerformanceCounter() - m_lastTargetMove) /
            static_cast<double>(SDL_GetPerformanceFrequency()));
    }
    m_draft = stats.baseFromCache > 0;
    m_shown = m_target.get();
    m_drawnSpec = spec;
    if (!m_draft && stats.baseRedraws > 0) {
        m_extendingCache = m_software;  // from the next frame: this one shows at once
        return;
    }
    extendBaseCache(spec, settling);  // also while flows animate at rest
}

void WindowApp::extendBaseCache(const scene::FrameSpec& spec, bool settling) {
    // At rest, a strip of the cached base map's margin per frame, so the next pan or zoom
    // finds the map round the view.
    if (m_extendingCache && !settling) m_extendingCache = m_renderer->extendBaseCache(spec);
}

void WindowApp::saveScreenshot(const scene::FrameSpec& spec) {
    char stamp[64];
    const std::time_t now = std::time(nullptr);
    std::strftime(stamp, sizeof stamp, "corridor-%Y%m%d-%H%M%S.png", std::localtime(&now));
    // In the export folder, and the full path said: never a silent file in the working folder.
    const std::string name = exportPath(stamp);
    // Always the multisampled target: on software GL the screen may show a quick draft.
    m_renderer->draw(spec, *m_target);
    const render::Image image = render::readResolved(*m_target);
    std::string err;
    // The export writer, so the screenshot follows the same output rules (no file left on
    // failure; a link or device of that name is never replaced).
    render::PngStreamWriter png;
    if (png.open(name, image.width, image.height, 72.0 * spec.pixelsPerPoint, &err) &&
        png.writeRows(image.rgba.data(), image.height, &err) && png.finish(&err)) {
        m_panel.exportMessage = "screenshot saved " + name;
    } else {
        m_panel.exportMessage = "screenshot failed: " + err;
    }
    m_panel.messages.push_back(m_panel.exportMessage);
    m_shown = nullptr;  // the next frame redraws what the screen should show
}

int WindowApp::run() {
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
    SDL_Rect usable{};
    const int display = SDL_GetWindowDisplayIndex(m_window->window());
    if (display >= 0 && SDL_GetDisplayUsableBounds(display, &usable) == 0 && usable.w > 0 &&
        usable.h > 0) {
        SDL_SetWindowSize(m_window->window(), usable.w, usable.h);
        SDL_SetWindowPosition(m_window->window(), usable.x, usable.y);
    }
    SDL_MaximizeWindow(m_window->window());
    if (m_options.present) {
        m_fullscreen = true;
        SDL_SetWindowFullscreen(m_window->window(), SDL_WINDOW_FULLSCREEN_DESKTOP);
    }
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
    if (m_options.view) {
        // As in render, but the window opens anyway: on the home view when nothing is left.
        bool clamped = false;
        const auto inside = viewInsideArea(*m_options.view, m_session.map.clip, &clamped);
        const std::string what = "--view " + formatBox(*m_options.view);
        const std::string area =
            formatBox(m_session.map.clip) + " (the clip of " + m_session.manifestPath + ")";
        if (!inside)
            m_session.warnings.push_back(what + " is outside the map's area " + area +
                                         ": showing the home view");
        else if (clamped)
            m_session.warnings.push_back(what + " reaches outside the map's area " + area +
                                         "; showing " + formatBox(*inside));
        m_options.view = inside;
    }
    printMessages(stderr, "warning", m_session.warnings);
    prepareMap(*m_renderer, m_session);
    m_session.errors.insert(m_session.errors.end(), fontWarnings.begin(), fontWarnings.end());

    IMGUI_CHECKVERSION();
    ImGui::CreateContext();
    ImGui::GetIO().IniFilename = nullptr;
    ImGui_ImplSDL2_InitForOpenGL(m_window->window(), m_window->context());
    ImGui_ImplOpenGL3_Init("#version 330 core");

    SDL_GL_GetDrawableSize(m_window->window(), &m_drawableW, &m_drawableH);
    m_uiScale = autoUiScale();
    m_fontsDirty = true;
    m_panel.theme = scene::canonicalThemeName(m_options.theme);
    if (m_session.manifest) m_panel.themes = m_session.manifest->themes;
    rebuildFonts();
    const std::string rendererName = m_window->rendererName();
    m_software = rendererName.find("llvmpipe") != std::string::npos ||
                 rendererName.find("softpipe") != std::string::npos ||
                 rendererName.find("SWR") != std::string::npos;

    for (const auto& l : m_session.map.layers) {
        m_panel.layerTitles.push_back(l.title);
        m_panel.layerOn.push_back(l.visible);
    }
    m_overview = {m_panel.layerOn, !m_options.noLabels};
    m_panel.arrowsStepStory = m_options.arrowsStepStory;
    ui::setPanelData(m_panel, m_session.dataset);
    m_placeWorld = scene::placePositions(m_session.map, m_session.dataset);
    m_panel.year = std::min(m_options.year, m_panel.yearMax);
    m_panel.labels = {!m_options.noLabels, m_options.labelLanguage, m_options.labelDensity};
    if (m_options.play) {
        m_panel.playing = true;
        m_panel.year = m_panel.yearMin;
    }
    m_panel.projection = m_options.projection;
    m_panel.renderer = rendererName;
    m_panel.messages = panelMessages(m_session.errors, m_session.warnings);
    m_presenting = m_options.present;
    loadCountryNames();
    if (m_options.presenterView) togglePresenterView();
    resetView();
    m_view.current = m_view.target;
    m_layoutSize = viewportPx();
    if (!m_options.scene.empty()) {
        loadStory(m_options.scene);
        if (m_options.step > static_cast<int>(m_story.steps.size()))
            m_panel.messages.push_back(m_options.scene + ": no step " +
                                       std::to_string(m_options.step) + " (the story has " +
                                       std::to_string(m_story.steps.size()) + ")");
        else if (m_options.step > 0)
            goToStep(m_options.step - 1, false);
    }
    m_lastPointerMove = SDL_GetPerformanceCounter();

    const Uint64 freq = SDL_GetPerformanceFrequency();
    Uint64 last = SDL_GetPerformanceCounter();
    Uint64 fpsWindowStart = last;
    int fpsFrames = 0;
    int frame = 0;
    while (!m_quit) {
        // Sleep until input arrives while nothing is moving; poll at frame rate while it is.
        const bool moving = m_dragging || m_view.current.centerWorld != m_view.target.centerWorld ||
                            m_view.current.metresPerPx != m_view.target.metresPerPx || m_draft ||
                            m_extendingCache || animating() || m_flight.active() ||
                            m_labels.fading() || m_callouts.active();
        SDL_Event e;
        if (!moving && SDL_WaitEventTimeout(&e, 250)) handleEvent(e);
        while (SDL_PollEvent(&e)) handleEvent(e);
        if (!resizeTargets(&err)) {
            std::fprintf(stderr, "error: %s\n", err.c_str());
            return kExitRender;
        }
        if (m_uiScaleAuto) setUiScale(autoUiScale());
        if (viewportPx() != m_layoutSize) {
            relayoutView();
            m_layoutSize = viewportPx();
        }
        rebuildFonts();  // between frames: never while ImGui is building one
        const Uint64 now = SDL_GetPerformanceCounter();
        const double elapsed = static_cast<double>(now - last) / static_cast<double>(freq);
        const double dt = std::min(0.1, elapsed);
        last = now;
        // Ease toward the target: about 90% of the way in 0.15 s whatever the frame rate; snap
        // when the rest is under a tenth of a pixel.
        m_view.current =
            scene::lerpCamera(m_view.current, m_view.target, 1.0 - std::exp(-dt * 15.0));
        const glm::dvec2 rest =
            (m_view.target.centerWorld - m_view.current.centerWorld) / m_view.current.metresPerPx;
        if (glm::length(rest) < 0.1 &&
            std::abs(std::log(m_view.target.metresPerPx / m_view.current.metresPerPx)) < 1e-4) {
            m_view.current = m_view.target;
        }
        if (m_view.target.centerWorld != m_settleTarget.centerWorld ||
            m_view.target.metresPerPx != m_settleTarget.metresPerPx) {
            m_settleTarget = m_view.target;
            m_lastTargetMove = now;
        }
        // On software GL the ease ends kSettleSec after the last input, so the full-quality
        // redraw (drawMap) follows the input within 300 ms instead of after the ease's tail.
        if (m_software && !m_dragging &&
            static_cast<double>(now - m_lastTargetMove) / static_cast<double>(freq) >= kSettleSec)
            m_view.current = m_view.target;

        // A step's flight keeps its duration even at a few frames per second (software GL at
        // 4K): it may jump, but the presenter is not kept waiting.
        updateFlight(std::min(0.5, elapsed));
        updateCursor(now);
        if (m_panel.playing) {
            m_panel.year += dt * m_panel.yearsPerSecond;
            if (m_panel.year >= m_panel.yearMax) {
                m_panel.year = m_panel.loop ? m_panel.yearMin : m_panel.yearMax;
                m_panel.playing = m_panel.loop;
            }
        }
        if (animating()) m_animSec += dt;
        // Hot reload: look at the data folder about once a second (a content hash, no parsing
        // unless it changed); broken files keep the last good data on screen with the errors.
        if (static_cast<double>(now - m_lastDataCheck) / static_cast<double>(freq) > 1.0) {
            m_lastDataCheck = now;
            std::vector<std::string> messages;
            const ReloadResult r = reloadDataIfChanged(m_session, &messages);
            if (r == ReloadResult::Reloaded) {
                uploadTimeline(*m_renderer, m_session);
                dataChanged(m_hover);
                m_callouts.clear();
                ui::setPanelData(m_panel, m_session.dataset);
                m_placeWorld = scene::placePositions(m_session.map, m_session.dataset);
                m_panel.messages.push_back("reloaded " + m_session.dataDir);
            } else if (r == ReloadResult::Rejected) {
                for (auto& msg : messages) m_panel.messages.push_back(std::move(msg));
            }
        }

        const scene::FrameSpec spec =
            buildSpec(static_cast<double>(now) / static_cast<double>(freq));
        // Hover picking sees what is drawn: filtered-out flows can't be hovered.
        m_picks.get(
            m_session.dataset, m_session.timeline,
            scene::pickKey(spec.timeline.view, m_session.map.projection, m_session.dataset));
        m_labelDt = dt;
        drawMap(spec);
        if (m_screenshotRequested) {
            m_screenshotRequested = false;
            saveScreenshot(spec);
        }

        blitShownToScreen();

        ImGui_ImplOpenGL3_NewFrame();
        ImGui_ImplSDL2_NewFrame();
        ImGui::NewFrame();
        m_panel.zoom = spec.camera.zoom(spec.pixelsPerPoint);
        m_panel.frameMs = m_drawMs;
        // Details follow the pointer, or what was clicked.
        const auto& markerList = m_picks.timeline().markers;
        const int shownMarker = m_hover.shownMarker(m_panel.showMarkers);
        const int shownFlow = m_hover.shownFlow(m_panel.showArcs);
        m_panel.detailFlow = shownFlow;
        m_panel.detailPlace =
            shownMarker >= 0 && static_cast<size_t>(shownMarker) < markerList.size()
                ? static_cast<int>(markerList[static_cast<size_t>(shownMarker)].placeIndex)
                : -1;
        ui::PanelActions actions;
        if (!m_presenting) {
            ui::PanelModel edited = m_panel;
            int winW = 0, winH = 0;
            SDL_GetWindowSize(m_window->window(), &winW, &winH);
            const float panelW = kPanelWidthPt * m_uiScale / static_cast<float>(pixelScale());
            actions = ui::drawPanel(edited, m_session.dataset, panelW, static_cast<float>(winH));
            // A user's change to the timeline stops a step's flight.
            if (edited.year != m_panel.year || edited.playing != m_panel.playing) m_flight = {};
            m_panel = edited;
        }
        drawHelpOverlay();
        drawPresentationHint();
        // The card of what is pinned, or hovered (not while dragging the map).
        const bool pinned = m_hover.pinnedFlow >= 0 || m_hover.pinnedMarker >= 0;
        drawCards(shownFlow, pinned);
        drawBlackout();
        ImGui::Render();
        glViewport(0, 0, m_drawableW, m_drawableH);
        ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());
        SDL_GL_SwapWindow(m_window->window());
        drawPresenterView();
        applyPanel(actions);

        ++frame;
        ++fpsFrames;
        const double fpsWindow = static_cast<double>(SDL_GetPerformanceCounter() - fpsWindowStart) /
                                 static_cast<double>(freq);
        if (fpsWindow >= 0.5) {
            m_panel.fps = fpsFrames / fpsWindow;
            fpsFrames = 0;
            fpsWindowStart = SDL_GetPerformanceCounter();
        }
        if (frame == 1 && m_options.frames > 0) {
            glFinish();
            m_firstFrameSec =
                std::chrono::duration<double>(std::chrono::steady_clock::now() - m_processStart)
                    .count();
            std::fprintf(stderr, "first frame presented %.0f ms after start\n",
                         std::chrono::duration<double, std::milli>(
                             std::chrono::steady_clock::now() - m_processStart)
                             .count());
        }
        if (m_options.frames > 0 && frame >= m_options.frames) m_quit = true;
    }
    if (m_options.frames > 0 && !m_drawTimes.empty()) {
        std::vector<double> t = m_drawTimes;
        std::sort(t.begin(), t.end());
        const double totalSec =
            std::chrono::duration<double>(std::chrono::steady_clock::now() - m_processStart)
                .count();
        std::fprintf(stderr,
                     "%d frames, %zu map redraws, median map redraw %.1f ms, %.1f fps after the "
                     "first (%s)\n",
                     frame, t.size(), t[t.size() / 2],
                     (frame - 1) / std::max(1e-9, totalSec - m_firstFrameSec),
                     rendererName.c_str());
        if (!m_movingTimes.empty()) {
            std::sort(m_movingTimes.begin(), m_movingTimes.end());
            std::sort(m_sharpAfterMs.begin(), m_sharpAfterMs.end());
            std::fprintf(stderr,
                         "%zu moving frames from the cached base map, median %.1f ms; full "
                         "quality %.0f ms after the last input (median of %zu)\n",
                         m_movingTimes.size(), m_movingTimes[m_movingTimes.size() / 2],
                         m_sharpAfterMs.empty() ? NAN : m_sharpAfterMs[m_sharpAfterMs.size() / 2],
                         m_sharpAfterMs.size());
        }
    }

    m_presenter.reset();  // its ImGui context and window, before the main one's
    m_thumbnail.reset();
    ImGui_ImplOpenGL3_Shutdown();
    ImGui_ImplSDL2_Shutdown();
    ImGui::DestroyContext();
    m_target.reset();
    m_renderer.reset();
    return kExitOk;
}

}  // namespace app
