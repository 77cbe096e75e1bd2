// An SDL window with an OpenGL 3.3 core context and the glad loader, visible for the interactive
// map or hidden on SDL's offscreen (EGL) driver for headless rendering. The only place the GL
// context is created; it outlives every renderer object (owners destroy those first).
#pragma once

#include <SDL.h>

#include <memory>
#include <string>

namespace app {

class GlWindow {
public:
    // headless: uses SDL's offscreen video driver (EGL, no X server) unless SDL_VIDEODRIVER is set.
    static std::unique_ptr<GlWindow> create(const char* title, int widthPt, int heightPt,
                                            bool headless, std::string* error);
    ~GlWindow();
    GlWindow(const GlWindow&) = delete;
    GlWindow& operator=(const GlWindow&) = delete;

    SDL_Window* window() const { return m_window; }
    SDL_GLContext context() const { return m_context; }
    std::string rendererName() const;  // GL_RENDERER, e.g. "llvmpipe (LLVM 15.0.6, 256 bits)"

private:
    GlWindow() = default;
    SDL_Window* m_window = nullptr;
    SDL_GLContext m_context = nullptr;
};

}  // namespace app
