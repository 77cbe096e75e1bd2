// Dear ImGui in the map's window, owned: the context and its SDL and OpenGL 3 back ends made
// on construction and shut down on destruction, on every way out of the window's loop. Also
// the frame's begin and end and the fonts, rasterised at the interface scale's device size.
// The GL context must outlive it.
#pragma once

#include "scene/palette.h"

#include <SDL.h>

namespace app {

class ImGuiFrame {
public:
    ImGuiFrame(SDL_Window* window, SDL_GLContext context);
    ~ImGuiFrame();
    ImGuiFrame(const ImGuiFrame&) = delete;
    ImGuiFrame& operator=(const ImGuiFrame&) = delete;

    void begin();
    // Renders the frame's draw data over the whole drawable (device pixels).
    void end(int drawableW, int drawableH);
    // The panel's style and fonts at `uiScale` (device pixels per point against a 1080p
    // screen) on a window of `pixelScale` device pixels per window unit. Between frames only.
    void rebuildFonts(const scene::Palette& palette, float uiScale, float pixelScale);
};

}  // namespace app
