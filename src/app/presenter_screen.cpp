#include "app/presenter_screen.h"

namespace app {

PresenterContent presenterContent(const scene::Story& story, const ui::PanelModel& panel,
                                  const scene::Palette& dark, double elapsedSec) {
    PresenterContent c;
    // The speaker's window is dark whatever the audience sees (read beside a dark room).
    c.accent = dark.uiCheckMark;
    c.background = dark.uiWindowBg;
    const int count = static_cast<int>(story.steps.size());
    const int step = panel.currentStep;
    const std::string& lang = panel.labels.language;
    c.step = step >= 0 && step < count ? step : -1;
    c.stepCount = count;
    if (c.step >= 0) {
        const scene::StoryStep& s = story.steps[static_cast<size_t>(step)];
        c.title = scene::stepTitle(s, lang);
        c.notes = s.notes;
    } else {
        c.title = story.title.empty() ? "Overview" : story.title + ": overview";
    }
    const int next = c.step + 1;
    if (next < count) c.nextTitle = scene::stepTitle(story.steps[static_cast<size_t>(next)], lang);
    c.elapsedSec = elapsedSec;
    c.year = panel.year;
    return c;
}

scene::FrameSpec thumbnailSpec(const scene::FrameSpec& drawn, const scene::FrameBuilder& frames,
                               const scene::Story& story, int step, scene::TextSize textSize) {
    scene::FrameSpec spec = drawn;
    spec.widthPx = kThumbnailW;
    spec.heightPx = kThumbnailH;
    spec.pixelsPerPoint = scene::pixelsPerPointForSize(kThumbnailW, kThumbnailH);
    spec.overlays.leftInsetPx = 0.f;
    spec.timeline.highlightFlow = spec.timeline.highlightMarker = -1;
    spec.tile = {};
    scene::StepRequest request;
    request.step = step;
    request.furniture = false;
    request.textSize = textSize;
    spec = frames.step(spec, story, request, {}).spec;
    spec.timeline.legend = false;
    return spec;
}

std::string PresenterScreen::toggle(SDL_Window* main, SDL_GLContext context, float uiScale) {
    if (m_view) {
        m_view.reset();
        return {};
    }
    std::string err;
    m_view = PresenterView::open(main, context, uiScale, &err);
    if (!m_view) return err;
    m_start = std::chrono::steady_clock::now();
    m_thumbnailStep = -2;
    return {};
}

bool PresenterScreen::takeEvent(const SDL_Event& e, bool* quit) {
    if (e.type == SDL_WINDOWEVENT && e.window.event == SDL_WINDOWEVENT_CLOSE) {
        if (ownsWindow(e.window.windowID))
            close();
        else
            *quit = true;
        return true;
    }
    // (Mouse and window events keep their window id where SDL_WindowEvent has it.)
    const bool pointer = e.type == SDL_MOUSEMOTION || e.type == SDL_MOUSEBUTTONDOWN ||
                         e.type == SDL_MOUSEBUTTONUP || e.type == SDL_MOUSEWHEEL ||
                         e.type == SDL_WINDOWEVENT;
    return pointer && ownsWindow(e.window.windowID);
}

double PresenterScreen::elapsedSec() const {
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - m_start).count();
}

bool PresenterScreen::draw(PresenterContent c, render::MapRenderer& renderer, SDL_Window* main,
                           const std::function<scene::FrameSpec(int step)>& thumbnailSpec) {
    if (!m_view) return false;
    const int next = c.step + 1;
    bool drew = false;
    if (next < c.stepCount && m_thumbnailStep != next) {
        // The next step at rest, drawn once per step by the same renderer.
        std::string err;
        if (!m_thumbnail)
            m_thumbnail = std::make_unique<render::RenderTarget>(kThumbnailW, kThumbnailH, 4, &err);
        if (m_thumbnail->valid()) {
            renderer.draw(thumbnailSpec(next), *m_thumbnail);
            drew = true;
        }
        m_thumbnailStep = next;
    }
    if (next < c.stepCount && m_thumbnail && m_thumbnail->valid()) {
        c.thumbnailFramebuffer = m_thumbnail->resolvedFramebuffer();
        c.thumbnailW = kThumbnailW;
        c.thumbnailH = kThumbnailH;
    }
    m_view->draw(c, main);
    return drew;
}

}  // namespace app
