#include "app/presenter_view.h"

#include "app/fonts.h"

#include <backends/imgui_impl_opengl3.h>
#include <backends/imgui_impl_sdl.h>
#include <imgui.h>

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace app {

namespace {
constexpr int kWidth = 900, kHeight = 640;  // the presenter window's first size
}  // namespace

std::string formatElapsed(double seconds) {
    const long s = seconds > 0.0 && std::isfinite(seconds) ? static_cast<long>(seconds) : 0;
    char text[32];
    if (s >= 3600)
        std::snprintf(text, sizeof text, "%ld:%02ld:%02ld", s / 3600, s / 60 % 60, s % 60);
    else
        std::snprintf(text, sizeof text, "%ld:%02ld", s / 60, s % 60);
    return text;
}

std::unique_ptr<PresenterView> PresenterView::open(SDL_Window* main, SDL_GLContext context,
                                                   float uiScale, std::string* error) {
    // The display the audience window is not on, when there is one; else beside it.
    const int mainDisplay = SDL_GetWindowDisplayIndex(main);
    int x = SDL_WINDOWPOS_CENTERED, y = SDL_WINDOWPOS_CENTERED;
    for (int d = 0; d < SDL_GetNumVideoDisplays(); ++d) {
        if (d == mainDisplay) continue;
        x = static_cast<int>(SDL_WINDOWPOS_CENTERED_DISPLAY(d));
        y = static_cast<int>(SDL_WINDOWPOS_CENTERED_DISPLAY(d));
        break;
    }
    if (SDL_GetNumVideoDisplays() < 2) {
        // Beside the map's window, as far as the display reaches (else over its right side).
        int mx = 0, my = 0, mw = 0, mh = 0;
        SDL_GetWindowPosition(main, &mx, &my);
        SDL_GetWindowSize(main, &mw, &mh);
        SDL_Rect usable{0, 0, 0, 0};
        SDL_GetDisplayUsableBounds(std::max(mainDisplay, 0), &usable);
        x = mx + mw + 16;
        y = my;
        if (usable.w > 0) {
            x = std::max(usable.x, std::min(x, usable.x + usable.w - kWidth));
            y = std::max(usable.y, std::min(y, usable.y + usable.h - kHeight));
        }
    }
    std::unique_ptr<PresenterView> v(new PresenterView());
    v->m_window =
        SDL_CreateWindow("Corridor - presenter", x, y, 900, 640,
                         SDL_WINDOW_OPENGL | SDL_WINDOW_RESIZABLE | SDL_WINDOW_ALLOW_HIGHDPI);
    if (!v->m_window) {
        if (error) *error = std::string("cannot open the presenter window: ") + SDL_GetError();
        return nullptr;
    }
    v->m_context = context;
    // Its own ImGui context (fonts, input, backends); the caller's is restored after.
    ImGuiContext* previous = ImGui::GetCurrentContext();
    SDL_GL_MakeCurrent(v->m_window, context);
    // A font atlas of its own: the main window rebuilds its atlas when its scale changes.
    v->m_imgui = ImGui::CreateContext();
    ImGui::SetCurrentContext(v->m_imgui);
    ImGuiIO& io = ImGui::GetIO();
    io.IniFilename = nullptr;
    ImGui::StyleColorsDark();
    ImGui::GetStyle().ScaleAllSizes(uiScale);
    std::string fontFile = findFontFile("Noto Sans");
    if (fontFile.empty()) fontFile = findFontFile("DejaVu Sans");
    if (fontFile.empty() || !io.Fonts->AddFontFromFileTTF(fontFile.c_str(), 18.f * uiScale, nullptr,
                                                          io.Fonts->GetGlyphRangesCyrillic())) {
        ImFontConfig config;
        config.SizePixels = 15.f * uiScale;
        io.Fonts->AddFontDefault(&config);
    }
    ImGui_ImplSDL2_InitForOpenGL(v->m_window, context);
    ImGui_ImplOpenGL3_Init("#version 330 core");
    ImGui::SetCurrentContext(previous);
    SDL_GL_MakeCurrent(main, context);
    return v;
}

PresenterView::~PresenterView() {
    if (m_imgui) {
        ImGuiContext* previous = ImGui::GetCurrentContext();
        SDL_Window* current = SDL_GL_GetCurrentWindow();
        SDL_GL_MakeCurrent(m_window, m_context);
        ImGui::SetCurrentContext(m_imgui);
        ImGui_ImplOpenGL3_Shutdown();
        ImGui_ImplSDL2_Shutdown();
        ImGui::DestroyContext(m_imgui);
        ImGui::SetCurrentContext(previous == m_imgui ? nullptr : previous);
        if (current && current != m_window) SDL_GL_MakeCurrent(current, m_context);
    }
    if (m_window) SDL_DestroyWindow(m_window);
}

void PresenterView::draw(const PresenterContent& c, SDL_Window* main) {
    ImGuiContext* previous = ImGui::GetCurrentContext();
    SDL_GL_MakeCurrent(m_window, m_context);
    ImGui::SetCurrentContext(m_imgui);
    ImGui_ImplOpenGL3_NewFrame();
    ImGui_ImplSDL2_NewFrame();
    ImGui::NewFrame();
    const ImGuiIO& io = ImGui::GetIO();
    ImGui::SetNextWindowPos(ImVec2(0, 0));
    ImGui::SetNextWindowSize(io.DisplaySize);
    ImVec2 thumbAt(0, 0), thumbSize(0, 0);
    const ImGuiWindowFlags flags = ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove |
                                   ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoBackground;
    if (ImGui::Begin("##presenter", nullptr, flags)) {
        const ImVec4 accent(c.accent.r, c.accent.g, c.accent.b, c.accent.a);
        ImGui::SetWindowFontScale(1.6f);
        ImGui::TextColored(accent, "%s", formatElapsed(c.elapsedSec).c_str());
        ImGui::SameLine();
        ImGui::TextDisabled("  year %d", static_cast<int>(std::floor(c.year)));
        ImGui::SameLine();
        if (c.step >= 0)
            ImGui::TextDisabled("  step %d of %d", c.step + 1, c.stepCount);
        else
            ImGui::TextDisabled("  overview");
        ImGui::SetWindowFontScale(1.35f);
        ImGui::Separator();
        ImGui::TextWrapped("%s", c.title.c_str());
        ImGui::SetWindowFontScale(1.2f);
        ImGui::Spacing();
        if (c.notes.empty())
            ImGui::TextDisabled("(no notes for this step)");
        else
            ImGui::TextWrapped("%s", c.notes.c_str());
        ImGui::Spacing();
        ImGui::Separator();
        ImGui::SetWindowFontScale(1.f);
        if (c.nextTitle.empty()) {
            ImGui::TextDisabled("Last step");
        } else {
            ImGui::TextDisabled("Next:");
            ImGui::SameLine();
            ImGui::TextWrapped("%s", c.nextTitle.c_str());
            if (c.thumbnailFramebuffer != 0 && c.thumbnailW > 0) {
                thumbAt = ImGui::GetCursorScreenPos();
                thumbSize = ImVec2(static_cast<float>(c.thumbnailW) / io.DisplayFramebufferScale.x,
                                   static_cast<float>(c.thumbnailH) / io.DisplayFramebufferScale.y);
                ImGui::Dummy(thumbSize);
            }
        }
    }
    ImGui::End();
    ImGui::Render();
    int w = 0, h = 0;
    SDL_GL_GetDrawableSize(m_window, &w, &h);
    glBindFramebuffer(GL_FRAMEBUFFER, 0);
    glViewport(0, 0, w, h);
    glClearColor(c.background.r, c.background.g, c.background.b, 1.f);
    glClear(GL_COLOR_BUFFER_BIT);
    if (thumbSize.x > 0.f) {
        // The thumbnail under the text, at its own pixel size (GL's rows run bottom up).
        const int x0 = static_cast<int>(thumbAt.x * io.DisplayFramebufferScale.x);
        const int top = static_cast<int>(thumbAt.y * io.DisplayFramebufferScale.y);
        glBindFramebuffer(GL_READ_FRAMEBUFFER, c.thumbnailFramebuffer);
        glBindFramebuffer(GL_DRAW_FRAMEBUFFER, 0);
        glBlitFramebuffer(0, 0, c.thumbnailW, c.thumbnailH, x0, h - top - c.thumbnailH,
                          x0 + c.thumbnailW, h - top, GL_COLOR_BUFFER_BIT, GL_NEAREST);
        glBindFramebuffer(GL_FRAMEBUFFER, 0);
    }
    ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());
    SDL_GL_SwapWindow(m_window);
    ImGui::SetCurrentContext(previous);
    SDL_GL_MakeCurrent(main, m_context);
}

}  // namespace app
