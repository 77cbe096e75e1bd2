// The window's export dialog at work: the current view at any size through the tiled exporter,
// the same composition as the window (the map area beside the panel, line widths and text by
// the output's pixel density), with a progress bar drawn between tiles.
#include "app/window_app.h"

#include "app/export_frames.h"
#include "app/export_vector.h"
#include "render/export_tiles.h"
#include "scene/frame_builder.h"

#include <backends/imgui_impl_opengl3.h>
#include <backends/imgui_impl_sdl.h>
#include <imgui.h>

#include <chrono>
#include <cmath>
#include <cstdio>
#include <filesystem>

namespace app {

namespace {
// Smaller tiles than the GL limit: the progress bar moves more often, at no cost in quality.
constexpr int kWindowExportTilePx = 2048;
}  // namespace

scene::ExportRequest WindowApp::exportRequest(const ui::ExportSettings& e) const {
    scene::ExportRequest r;
    r.widthPx = e.widthPx;
    r.heightPx = e.heightPx;
    r.dpi = static_cast<double>(e.dpi);
    r.choices.transparent = e.transparent;
    r.choices.titleAndCaption = e.titleAndCaption;
    r.choices.legend = e.legend;
    r.choices.scaleBar = e.scaleBar;
    r.choices.attribution = e.attribution;
    r.choices.inset = e.inset;
    r.textSize = windowTextSize();
    return r;
}

bool WindowApp::presentProgress(float fraction) {
    // Between two tiles: the last map frame, the panel's progress bar, nothing else; Esc (or
    // closing the window) cancels.
    bool cancel = false;
    SDL_Event e;
    while (SDL_PollEvent(&e)) {
        if ((e.type == SDL_KEYDOWN && e.key.keysym.sym == SDLK_ESCAPE) || e.type == SDL_QUIT)
            cancel = true;
        if (e.type == SDL_QUIT) m_quit = true;
    }
    glBindFramebuffer(GL_FRAMEBUFFER, 0);
    glViewport(0, 0, m_drawableW, m_drawableH);
    glClearColor(0.f, 0.f, 0.f, 1.f);
    glClear(GL_COLOR_BUFFER_BIT);
    // The screen's own target is untouched by the exporter: show the map under the bar.
    if (m_shown) blitShownToScreen();
    ImGui_ImplOpenGL3_NewFrame();
    ImGui_ImplSDL2_NewFrame();
    ImGui::NewFrame();
    const ImGuiIO& io = ImGui::GetIO();
    ImGui::SetNextWindowPos(ImVec2(io.DisplaySize.x * 0.5f, io.DisplaySize.y * 0.5f),
                            ImGuiCond_Always, ImVec2(0.5f, 0.5f));
    ImGui::SetNextWindowSize(ImVec2(io.DisplaySize.x * 0.35f, 0.f));
    if (ImGui::Begin("Exporting", nullptr,
                     ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoCollapse |
                         ImGuiWindowFlags_NoMove | ImGuiWindowFlags_AlwaysAutoResize)) {
        ImGui::TextUnformatted(m_panel.exportSettings.fileName.c_str());
        ImGui::ProgressBar(fraction, ImVec2(-1.f, 0.f));
        ImGui::TextDisabled("Esc cancels");
    }
    ImGui::End();
    ImGui::Render();
    ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());
    SDL_GL_SwapWindow(m_window->window());
    return !cancel;
}

void WindowApp::exportFromPanel() {
    // Into the export folder; the message names the absolute path.
    ui::ExportSettings e = m_panel.exportSettings;
    e.fileName = exportPath(e.fileName);
    const scene::FrameSpec spec = scene::FrameBuilder::exportFrame(m_drawnSpec, exportRequest(e));
    const double dpi = 72.0 * spec.pixelsPerPoint;
    render::TiledExporter exporter(*m_renderer, kWindowExportTilePx);
    const auto t0 = std::chrono::steady_clock::now();
    std::string err;
    m_panel.exportProgress = 0.f;
    // A .pdf or .svg name (the dialog's format choice): the vector back end, same composition.
    const std::string ext = std::filesystem::path(e.fileName).extension().string();
    const auto vector = render::parseVectorFormat(ext.empty() ? ext : ext.substr(1));
    const bool ok =
        vector ? writeVectorFrame(*m_renderer, m_session, spec, *vector, e.fileName, &err)
               : exportPng(exporter, spec, e.fileName, dpi, false, &err, nullptr,
                           [&](int done, int total) {
                               return presentProgress(static_cast<float>(done) /
                                                      static_cast<float>(std::max(total, 1)));
                           });
    m_panel.exportProgress = -1.f;
    m_shown = nullptr;  // the exporter drew into the renderer's cache: redraw the screen's frame
    const double sec = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
    char text[256];
    if (ok) {
        std::snprintf(text, sizeof text, "saved %s (%dx%d, %.0f dpi) in %.1f s", e.fileName.c_str(),
                      spec.widthPx, spec.heightPx, dpi, sec);
    } else {
        std::snprintf(text, sizeof text, "not exported: %s", err.c_str());
    }
    m_panel.exportMessage = text;
}

std::string WindowApp::exportPath(const std::string& name) const {
    std::filesystem::path p(name);
    const std::string& folder = m_panel.exportSettings.folder;
    if (p.is_relative() && !folder.empty()) p = std::filesystem::path(folder) / p;
    std::error_code ec;
    const std::filesystem::path full = std::filesystem::absolute(p, ec);
    return (ec ? p : full).lexically_normal().string();
}

void WindowApp::exportAllSteps() {
    // Each step at rest, as `corridor render --scene FILE --all-steps` draws it, at the dialog's
    // size and with its furniture choices: step_01.png, step_02.png ... in the export folder.
    const int count = static_cast<int>(m_story.steps.size());
    if (count == 0) return;
    const ui::ExportSettings& e = m_panel.exportSettings;
    const std::string folder = exportPath(".");
    std::error_code ec;
    std::filesystem::create_directories(folder, ec);
    render::TiledExporter exporter(*m_renderer, kWindowExportTilePx);
    const auto t0 = std::chrono::steady_clock::now();
    std::string err;
    int written = 0;
    m_panel.exportProgress = 0.f;
    const scene::ExportRequest request = exportRequest(e);
    const scene::FrameBuilder frames(m_session.map, m_session.dataset, m_placeWorld);
    for (int i = 0; i < count && err.empty(); ++i) {
        // As `render --scene FILE --step N` at this size: framed clear of the furniture.
        scene::StepRequest step;
        step.step = i;
        step.textSize = request.textSize;
        step.exportChoices = request.choices;
        const scene::FrameSpec spec =
            frames
                .step(scene::FrameBuilder::exportFrame(m_drawnSpec, request), m_story, step,
                      [&](const scene::FrameSpec& f) { return m_renderer->furnitureCoverPx(f); })
                .spec;
        char name[32];
        std::snprintf(name, sizeof name, "step_%02d.png", i + 1);
        const std::string path = (std::filesystem::path(folder) / name).string();
        if (exportPng(exporter, spec, path, 72.0 * spec.pixelsPerPoint, false, &err, nullptr,
                      [&](int done, int total) {
                          const float f =
                              static_cast<float>(done) / static_cast<float>(std::max(total, 1));
                          return presentProgress((static_cast<float>(i) + f) /
                                                 static_cast<float>(count));
                      }))
            ++written;
    }
    m_panel.exportProgress = -1.f;
    m_shown = nullptr;  // the exporter drew other views: redraw the screen's frame
    const double sec = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
    char text[160];
    std::snprintf(text, sizeof text, " in %.1f s", sec);
    m_panel.exportMessage = "saved " + std::to_string(written) + " of " + std::to_string(count) +
                            " steps as step_01.png ... in " + folder + text +
                            (err.empty() ? "" : "; stopped: " + err);
}

}  // namespace app
