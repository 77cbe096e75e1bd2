#include "app/imgui_frame.h"

#include "app/fonts.h"
#include "render/gl.h"
#include "ui/panel.h"

#include <backends/imgui_impl_opengl3.h>
#include <backends/imgui_impl_sdl.h>
#include <imgui.h>

#include <string>

namespace app {

ImGuiFrame::ImGuiFrame(SDL_Window* window, SDL_GLContext context) {
    IMGUI_CHECKVERSION();
    ImGui::CreateContext();
    ImGui::GetIO().IniFilename = nullptr;
    ImGui_ImplSDL2_InitForOpenGL(window, context);
    ImGui_ImplOpenGL3_Init("#version 330 core");
}

ImGuiFrame::~ImGuiFrame() {
    ImGui_ImplOpenGL3_Shutdown();
    ImGui_ImplSDL2_Shutdown();
    ImGui::DestroyContext();
}

void ImGuiFrame::begin() {
    ImGui_ImplOpenGL3_NewFrame();
    ImGui_ImplSDL2_NewFrame();
    ImGui::NewFrame();
}

void ImGuiFrame::end(int drawableW, int drawableH) {
    ImGui::Render();
    glViewport(0, 0, drawableW, drawableH);
    ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());
}

void ImGuiFrame::rebuildFonts(const scene::Palette& palette, float uiScale, float pixelScale) {
    ImGuiIO& io = ImGui::GetIO();
    ui::applyPanelStyle(palette, uiScale / pixelScale);
    std::string fontFile = findFontFile("Noto Sans");
    if (fontFile.empty()) fontFile = findFontFile("DejaVu Sans");
    // Latin, Cyrillic (Russian names), punctuation (en dashes, bullets) and arrows.
    static const ImWchar kExtraRanges[] = {0x2000, 0x206F, 0x2190, 0x21FF, 0};
    ImFontGlyphRangesBuilder ranges;
    ranges.AddRanges(io.Fonts->GetGlyphRangesCyrillic());
    ranges.AddRanges(kExtraRanges);
    ImVector<ImWchar> glyphRanges;  // must outlive the atlas build below
    ranges.BuildRanges(&glyphRanges);
    io.Fonts->Clear();
    // Rasterised at the device size of the text, so it is crisp at every scale.
    if (fontFile.empty() || !io.Fonts->AddFontFromFileTTF(fontFile.c_str(), 16.f * uiScale, nullptr,
                                                          glyphRanges.Data)) {
        ImFontConfig config;
        config.SizePixels = 13.f * uiScale;
        io.Fonts->AddFontDefault(&config);
    }
    io.Fonts->Build();
    io.FontGlobalScale = 1.f / pixelScale;
    ImGui_ImplOpenGL3_DestroyFontsTexture();
    ImGui_ImplOpenGL3_CreateFontsTexture();
}

}  // namespace app
