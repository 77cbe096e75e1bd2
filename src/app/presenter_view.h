// The presenter's own window: the current step's speaker notes, the next step's title and a
// small picture of it, the time since the presentation started and the year on the map; the
// audience window keeps only the map. A second SDL window drawn with the main window's GL
// context (same pixel format) and an ImGui context of its own.
#pragma once

#include "render/gl.h"
#include "scene/color.h"

#include <SDL.h>

#include <memory>
#include <string>

struct ImGuiContext;

namespace app {

// What the presenter window shows, as plain data (filled by the window app each frame).
struct PresenterContent {
    int step = -1;  // 0-based; -1 = no step (the overview)
    int stepCount = 0;
    std::string title;      // the current step's title
    std::string notes;      // its speaker notes ("" = none)
    std::string nextTitle;  // the next step's title ("" = this is the last step)
    double elapsedSec = 0.0;
    double year = 0.0;
    // The next step at rest, drawn by the map renderer into a framebuffer of the shared context
    // (0 = none): blitted into the window under the text.
    GLuint thumbnailFramebuffer = 0;
    int thumbnailW = 0, thumbnailH = 0;
    scene::Rgba accent;      // the elapsed time (the dark palette's accent)
    scene::Rgba background;  // behind everything (the dark palette's panel, drawn opaque)
};

// "12:05" (minutes:seconds), "1:02:05" past an hour.
std::string formatElapsed(double seconds);

class PresenterView {
public:
    // Opens the window on the display that does not show `main` when there are two or more,
    // else beside it. nullptr with *error when SDL cannot. The GL context must outlive the view.
    static std::unique_ptr<PresenterView> open(SDL_Window* main, SDL_GLContext context,
                                               float uiScale, std::string* error);
    ~PresenterView();
    PresenterView(const PresenterView&) = delete;
    PresenterView& operator=(const PresenterView&) = delete;

    Uint32 windowId() const { return SDL_GetWindowID(m_window); }
    // Draws one frame into the presenter window and makes `main` current again. The caller's
    // ImGui context stays current.
    void draw(const PresenterContent& content, SDL_Window* main);

private:
    PresenterView() = default;
    SDL_Window* m_window = nullptr;
    SDL_GLContext m_context = nullptr;
    ImGuiContext* m_imgui = nullptr;
};

}  // namespace app
