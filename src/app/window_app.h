// The interactive window's app object: owns the SDL window, the GL context, the renderer and
// the loop's state (view, timeline playback, hover). Split over window_app.cpp (the loop) and
// window_input.cpp (events, panel actions).
#pragma once

#include "app/callout_clock.h"
#include "app/cli.h"
#include "app/gl_window.h"
#include "app/hover_state.h"
#include "app/key_map.h"
#include "app/map_session.h"
#include "app/presenter_view.h"
#include "app/story_nav.h"
#include "app/window_labels.h"
#include "render/map_renderer.h"
#include "scene/country_pick.h"
#include "scene/frame_builder.h"
#include "scene/pick_cache.h"
#include "scene/picking.h"
#include "scene/story.h"
#include "ui/panel.h"

#include <algorithm>
#include <chrono>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace app {

// The smallest map-plane metres per device pixel the camera may reach (about web zoom 12).
inline constexpr double kMinMetresPerPx = 25.0;
// The side panel's width in window coordinates; the home view is framed in the space beside it.
inline constexpr float kPanelWidthPt = 300.f;

struct ViewState {
    scene::Camera current;  // what is drawn
    scene::Camera target;   // where wheel and keys are taking it (smooth zoom)
};

// A story step being entered: the camera flies, the year runs to the step's year.
struct Flight {
    scene::Camera from, to;
    double elapsedSec = 0.0;
    double durationSec = 0.0;  // 0 = no flight
    double yearFrom = 0.0, yearTo = 0.0;
    double yearSec = 0.0;  // how long the year takes (may outlast the camera)
    bool active() const { return elapsedSec < std::max(durationSec, yearSec); }
};

// Seconds a step's camera flight takes, and the fastest its year runs while entering a step.
inline constexpr double kFlightSec = 1.5;
inline constexpr double kStepYearsPerSec = 2.5;
// On software GL: how long the camera's target must be still (no drag, wheel, key or flight)
// before the map is drawn at full quality. With the ~175 ms redraw at 1920x1080 on llvmpipe and a
// frame's wait, the sharp frame is up within 300 ms of the last input.
inline constexpr double kSettleSec = 0.08;

// The whole interactive app: owns the window, the renderer and the loop's state.
class WindowApp {
public:
    WindowApp(const Options& options, const std::string& argv0,
              std::chrono::steady_clock::time_point start)
        : m_options(options), m_argv0(argv0), m_processStart(start) {}
    int run();

private:
    void handleEvent(const SDL_Event& e);
    void handleKey(const KeyResult& key);
    void resetView();
    void relayoutView();  // after the window or the interface scale changed size
    void clampTarget();
    void applyPanel(const ui::PanelActions& a);
    bool resizeTargets(std::string* err);
    void drawMap(const scene::FrameSpec& spec);
    void extendBaseCache(const scene::FrameSpec& spec, bool settling);
    void blitShownToScreen();  // the last map frame (m_shown) onto the window
    // F12: the current view at window size, full quality, without the panel, as a PNG in the
    // working folder; the panel says where it went (or why it failed).
    void saveScreenshot(const scene::FrameSpec& spec);
    scene::PickView pickView() const;
    bool animating() const;
    // window_story.cpp: the story and its steps.
    void loadStory(const std::string& path);
    void goToStep(int step, bool fly = true);
    // The step resolved for the window: its camera framed where the panel and the step's
    // furniture (legend, caption, scale bar) leave the map free.
    scene::StepTarget resolveWindowStep(int step);
    scene::TextSize windowTextSize() const;  // the panel's text size: projector or not
    float windowTextScale() const;           // windowTextSize() on the window as a scale
    void goToOverview();  // Home: the overview with everything shown; PgDn resumes the story
    void addStepFromView();
    void deleteCurrentStep();
    void saveStoryFile();
    void updateFlight(double dt);
    void syncStoryPanel();
    // window_ui.cpp: interface scale, fonts, presentation mode, overlays.
    void setUiScale(float scale);
    float autoUiScale() const;
    void rebuildFonts();
    void drawHelpOverlay();
    void drawPresentationHint();
    void drawBlackout();
    void updateCursor(Uint64 now);
    double panelCoverPx() const;  // device pixels of map the panel covers (0 when presenting)
    scene::FrameSpec buildSpec(double nowSec);
    // window_export.cpp: the panel's export dialog.
    scene::ExportRequest exportRequest(const ui::ExportSettings& settings) const;
    void exportFromPanel();
    void exportAllSteps();  // every story step at rest, as step_NN.png in the export folder
    // The export folder's path for `name` ("" folder: the working folder), absolute.
    std::string exportPath(const std::string& name) const;
    bool presentProgress(float fraction);  // false: the user cancelled
    // window_present.cpp: pinned cards beside their point, country clicks, source links, the
    // presenter view.
    void onMapClick();
    void drawCards(int shownFlow, bool pinned);
    void openUrl(const std::string& url);
    void loadCountryNames();
    void togglePresenterView();
    void drawPresenterView();
    glm::dvec2 viewportPx() const { return {m_drawableW, m_drawableH}; }
    double pixelScale() const;

    Options m_options;
    std::string m_argv0;
    std::chrono::steady_clock::time_point m_processStart;
    std::vector<double> m_drawTimes;
    // Moving frames' times, and how long after the last input each sharp frame was ready.
    std::vector<double> m_movingTimes, m_sharpAfterMs;
    double m_firstFrameSec = 0.0;  // every map redraw, for the --frames report
    std::unique_ptr<GlWindow> m_window;
    MapSession m_session;
    std::unique_ptr<render::MapRenderer> m_renderer;  // destroyed before m_window's context
    std::unique_ptr<render::RenderTarget> m_target;
    const render::RenderTarget* m_shown = nullptr;
    // On software renderers, while the camera moves, frames show the cached base map moved and
    // scaled (MapRenderer::drawMoving): m_draft says the shown frame is one. Once the camera has
    // been still for kSettleSec it is drawn at full quality, then the cache's margin is drawn
    // at rest, a strip per frame (m_extendingCache).
    bool m_draft = false;
    bool m_extendingCache = false;
    Uint64 m_lastTargetMove = 0;   // when the camera's target last changed
    scene::Camera m_settleTarget;  // the target as last seen
    scene::FrameSpec m_drawnSpec;
    WindowLabels m_labels;   // label placement with hysteresis and fades across frames
    double m_labelDt = 0.0;  // seconds since the last frame, for the label fades
    bool m_software = false;
    double m_drawMs = 0.0;
    ui::PanelModel m_panel;
    ViewState m_view;
    int m_drawableW = 0, m_drawableH = 0;
    bool m_dragging = false;
    double m_dragMoved = 0.0;  // window pixels moved since the button went down
    bool m_screenshotRequested = false;
    Uint64 m_lastDataCheck = 0;  // performance counter of the last data-folder check
    double m_animSec = 0.0;      // animation time: advances while the window shows moving flows
    HoverState m_hover;          // what the pointer points at, and what a click pinned
    glm::dvec2 m_mousePx{-1.0};  // device pixels
    bool m_quit = false;
    bool m_fullscreen = false;
    // Story and presentation
    scene::Story m_story;
    Flight m_flight;
    std::vector<glm::dvec2> m_placeWorld;  // per dataset place, for callouts
    // The timeline as the current view shows it (filters, mode), for hover picking; built
    // again for a new view, projection or data.
    scene::PickCache m_picks;
    StoryShown m_storyShown;      // the step's highlights and cards; the last step shown
    OverviewDefaults m_overview;  // what Home returns to
    CalloutClock m_callouts;      // event cards held for wall time while the year moves
    bool m_blackout = false;      // B or '.': a black screen until any key or click
    bool m_presenting = false;
    bool m_showHelp = false;
    float m_uiScale = 1.f;  // device pixels per ImGui/map point unit relative to a 1080p screen
    bool m_uiScaleAuto = true;
    bool m_fontsDirty = true;
    Uint64 m_lastPointerMove = 0;
    bool m_cursorHidden = false;
    bool m_viewFramed = true;      // the view is home or a step's, not moved by hand since
    glm::dvec2 m_layoutSize{0.0};  // drawable size the view was last laid out for
    // What a framed view was last framed for: interface scale, text scale, panel width.
    double m_framedUiScale = 0.0, m_framedTextScale = 0.0, m_framedCoverPx = -1.0;
    // Pinned cards and country clicks (window_present.cpp).
    glm::dvec2 m_pinnedWorld{0.0};                       // map point the card was pinned at
    std::vector<scene::CountryRecord> m_countryRecords;  // admin-0 record -> code and name
    // The presenter view: its window, when the next step's thumbnail was drawn, and the clock.
    std::unique_ptr<PresenterView> m_presenter;
    std::unique_ptr<render::RenderTarget> m_thumbnail;
    int m_thumbnailStep = -2;  // the step the thumbnail shows (-2: none drawn)
    std::chrono::steady_clock::time_point m_presentStart = std::chrono::steady_clock::now();
};

}  // namespace app
