// A hidden SDL window with an OpenGL 3.3 core context for render tests (SDL's offscreen EGL
// driver: no display needed). Fails loudly when no context can be made: CI always has llvmpipe.
#pragma once

#include "render/gl.h"

#include <SDL.h>

#include <string>

namespace testing_gl {

class Context {
public:
    Context() {
        if (!std::getenv("SDL_VIDEODRIVER")) SDL_SetHint(SDL_HINT_VIDEODRIVER, "offscreen");
        if (SDL_Init(SDL_INIT_VIDEO) != 0) {
            m_error = std::string("SDL_Init: ") + SDL_GetError();
            return;
        }
        SDL_GL_SetAttribute(SDL_GL_CONTEXT_MAJOR_VERSION, 3);
        SDL_GL_SetAttribute(SDL_GL_CONTEXT_MINOR_VERSION, 3);
        SDL_GL_SetAttribute(SDL_GL_CONTEXT_PROFILE_MASK, SDL_GL_CONTEXT_PROFILE_CORE);
        m_window = SDL_CreateWindow("test", 0, 0, 16, 16, SDL_WINDOW_OPENGL | SDL_WINDOW_HIDDEN);
        if (!m_window) {
            m_error = std::string("SDL_CreateWindow: ") + SDL_GetError();
            return;
        }
        m_context = SDL_GL_CreateContext(m_window);
        if (!m_context) {
            m_error = std::string("SDL_GL_CreateContext: ") + SDL_GetError();
            return;
        }
        if (!gladLoadGL(reinterpret_cast<GLADloadfunc>(SDL_GL_GetProcAddress)))
            m_error = "gladLoadGL failed";
    }
    ~Context() {
        if (m_context) SDL_GL_DeleteContext(m_context);
        if (m_window) SDL_DestroyWindow(m_window);
        SDL_Quit();
    }
    Context(const Context&) = delete;
    Context& operator=(const Context&) = delete;

    bool ok() const { return m_error.empty(); }
    const std::string& error() const { return m_error; }

private:
    SDL_Window* m_window = nullptr;
    SDL_GLContext m_context = nullptr;
    std::string m_error;
};

}  // namespace testing_gl
