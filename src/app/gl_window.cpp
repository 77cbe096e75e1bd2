#include "app/gl_window.h"

#include "render/gl.h"

#include <cstdlib>

namespace app {

std::unique_ptr<GlWindow> GlWindow::create(const char* title, int widthPt, int heightPt,
                                           bool headless, std::string* error) {
    if (headless && !std::getenv("SDL_VIDEODRIVER")) SDL_SetHint(SDL_HINT_VIDEODRIVER, "offscreen");
    // Headless, SDL's own SIGINT/SIGTERM handlers would turn Ctrl-C into a quit event that no
    // one reads: the render keeps its signals (app/interrupt.h, or the default handling). The
    // window keeps SDL's, which make closing by Ctrl-C a quit event its loop handles.
    if (headless) SDL_SetHint(SDL_HINT_NO_SIGNAL_HANDLERS, "1");
    if (SDL_Init(SDL_INIT_VIDEO) != 0) {
        if (error) *error = std::string("cannot start SDL video: ") + SDL_GetError();
        return nullptr;
    }
    SDL_GL_SetAttribute(SDL_GL_CONTEXT_MAJOR_VERSION, 3);
    SDL_GL_SetAttribute(SDL_GL_CONTEXT_MINOR_VERSION, 3);
    SDL_GL_SetAttribute(SDL_GL_CONTEXT_PROFILE_MASK, SDL_GL_CONTEXT_PROFILE_CORE);
    SDL_GL_SetAttribute(SDL_GL_CONTEXT_FLAGS, SDL_GL_CONTEXT_FORWARD_COMPATIBLE_FLAG);
    SDL_GL_SetAttribute(SDL_GL_DOUBLEBUFFER, 1);
    SDL_GL_SetAttribute(SDL_GL_DEPTH_SIZE, 0);
    SDL_GL_SetAttribute(SDL_GL_STENCIL_SIZE, 0);

    std::unique_ptr<GlWindow> w(new GlWindow());
    Uint32 flags = SDL_WINDOW_OPENGL;
    flags |= headless ? SDL_WINDOW_HIDDEN : (SDL_WINDOW_RESIZABLE | SDL_WINDOW_ALLOW_HIGHDPI);
    w->m_window = SDL_CreateWindow(title, SDL_WINDOWPOS_CENTERED, SDL_WINDOWPOS_CENTERED, widthPt,
                                   heightPt, flags);
    if (!w->m_window) {
        if (error) *error = std::string("cannot open a window: ") + SDL_GetError();
        return nullptr;
    }
    w->m_context = SDL_GL_CreateContext(w->m_window);
    if (!w->m_context) {
        if (error)
            *error = std::string("cannot create an OpenGL 3.3 core context: ") + SDL_GetError();
        return nullptr;
    }
    SDL_GL_MakeCurrent(w->m_window, w->m_context);
    if (!gladLoadGL(reinterpret_cast<GLADloadfunc>(SDL_GL_GetProcAddress))) {
        if (error) *error = "cannot load the OpenGL 3.3 functions";
        return nullptr;
    }
    if (!headless && SDL_GL_SetSwapInterval(-1) != 0)
        SDL_GL_SetSwapInterval(1);  // adaptive vsync, else vsync
    return w;
}

GlWindow::~GlWindow() {
    if (m_context) SDL_GL_DeleteContext(m_context);
    if (m_window) SDL_DestroyWindow(m_window);
    SDL_Quit();
}

std::string GlWindow::rendererName() const {
    const auto* r = reinterpret_cast<const char*>(glGetString(GL_RENDERER));
    const auto* v = reinterpret_cast<const char*>(glGetString(GL_VERSION));
    return std::string(r ? r : "?") + " / OpenGL " + (v ? v : "?");
}

}  // namespace app
