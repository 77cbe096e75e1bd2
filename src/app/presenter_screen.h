// The presenter view as the window drives it: opening and closing its window (P,
// --presenter-view), the clock since it opened, and the next step's picture, drawn once per step
// by the map renderer. What it shows is a pure function of the story and the panel
// (presenterContent). The GL context must outlive it.
#pragma once

#include "app/presenter_view.h"
#include "render/map_renderer.h"
#include "scene/frame_builder.h"
#include "scene/frame_spec.h"
#include "scene/palette.h"
#include "scene/story.h"
#include "ui/panel.h"

#include <chrono>
#include <functional>
#include <memory>
#include <string>

namespace app {

// The presenter's text for the panel's current step (the overview when none): its title and
// notes, the next step's title, the year, `elapsedSec`, in the dark palette `dark`.
PresenterContent presenterContent(const scene::Story& story, const ui::PanelModel& panel,
                                  const scene::Palette& dark, double elapsedSec);

// The next step's picture, in device pixels.
inline constexpr int kThumbnailW = 480, kThumbnailH = 270;

// Step `step` at rest at thumbnail size from the window's last frame `drawn`: no caption (too
// small to read; the title is beside it), no cards, no legend, no hover, no panel cover.
scene::FrameSpec thumbnailSpec(const scene::FrameSpec& drawn, const scene::FrameBuilder& frames,
                               const scene::Story& story, int step, scene::TextSize textSize);

class PresenterScreen {
public:
    bool isOpen() const { return m_view != nullptr; }
    bool ownsWindow(Uint32 windowId) const { return m_view && m_view->windowId() == windowId; }
    void close() { m_view.reset(); }
    // The presenter's window's own events: closing it closes it, its mouse is its own (its
    // keys drive the map). True when `e` was taken; closing the map's window (SDL sends no
    // quit event while another is open) sets *quit and is taken too.
    bool takeEvent(const SDL_Event& e, bool* quit);
    // Opens the window (the clock starts, the picture is drawn again) or closes it; "" or why
    // it could not open.
    std::string toggle(SDL_Window* main, SDL_GLContext context, float uiScale);
    // One frame of the presenter's window for `content`. `thumbnailSpec(step)`: the frame of
    // that step at rest at thumbnail size, drawn when the next step changed. True when the
    // renderer drew the picture (the main window's frame must be drawn again).
    bool draw(PresenterContent content, render::MapRenderer& renderer, SDL_Window* main,
              const std::function<scene::FrameSpec(int step)>& thumbnailSpec);
    double elapsedSec() const;

private:
    std::unique_ptr<PresenterView> m_view;
    std::unique_ptr<render::RenderTarget> m_thumbnail;
    int m_thumbnailStep = -2;  // the step the picture shows (-2: none drawn)
    std::chrono::steady_clock::time_point m_start = std::chrono::steady_clock::now();
};

}  // namespace app
