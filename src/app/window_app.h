// The interactive window: wiring between its parts, each with one job and testable without a
// window (camera_animator, playback_clock, reload_watcher, map_picker, story_editor,
// window_frame, key_effects, export_dialog, presenter_screen, ui_scale, frame_stats,
// map_canvas, imgui_frame, window_session). window_app.cpp: start and the loop;
// window_input.cpp: events, keys, panel actions; window_view.cpp: framing, story steps, scale.
#pragma once

#include "app/callout_clock.h"
#include "app/camera_animator.h"
#include "app/cli.h"
#include "app/export_dialog.h"
#include "app/frame_stats.h"
#include "app/gl_window.h"
#include "app/hover_state.h"
#include "app/imgui_frame.h"
#include "app/key_effects.h"
#include "app/map_canvas.h"
#include "app/map_picker.h"
#include "app/map_session.h"
#include "app/playback_clock.h"
#include "app/presenter_screen.h"
#include "app/reload_watcher.h"
#include "app/story_editor.h"
#include "app/ui_scale.h"
#include "app/window_frame.h"
#include "render/map_renderer.h"
#include "ui/panel.h"

#include <chrono>
#include <memory>
#include <string>
#include <vector>

namespace app {

class WindowApp {
public:
    WindowApp(const Options& options, const std::string& argv0,
              std::chrono::steady_clock::time_point start)
        : m_options(options), m_argv0(argv0), m_processStart(start) {}
    int run();

private:
    // window_app.cpp
    int start();                      // kExitOk, or the exit code when the window cannot open
    bool layout(std::string* error);  // target, scale, fonts and view for the window's size
    void advance(double nowSec, double elapsedSec);  // camera, playback, cursor, hot reload
    void drawFrame(double nowSec, double dtSec);
    ui::PanelActions drawUi(const scene::FrameSpec& spec);
    void drawPresenter();
    ExportSource exportSource();
    void onDataReloaded();
    static double nowSec();
    // window_input.cpp
    void handleEvent(const SDL_Event& e);
    void handleKey(const KeyResult& key);
    void applyPanel(const ui::PanelActions& a);
    void onMapClick();
    void togglePresenterView();
    // window_view.cpp
    void resetView();
    void relayoutView();  // after the window or the interface scale changed size
    scene::FrameSpec buildSpec(double nowSec);
    void goToStep(int step, bool fly = true);
    void goToOverview();  // Home: the overview with everything shown; PgDn resumes the story
    void addStepFromView();
    scene::StepTarget resolveWindowStep(int step);  // framed beside the panel and furniture
    void setUiScale(float scale);
    void rebuildFonts();
    WindowView windowView() const;
    scene::TextSize windowTextSize() const;
    double panelCoverPx() const { return m_ui.panelCoverPx(!m_modes.presenting); }
    double pixelScale() const;  // device pixels per window unit
    glm::dvec2 viewportPx() const { return {m_canvas.width(), m_canvas.height()}; }

    Options m_options;
    std::string m_argv0;
    std::chrono::steady_clock::time_point m_processStart;
    // GL owners after the window: they go before its context; the presenter before ImGui.
    std::unique_ptr<GlWindow> m_window;
    std::unique_ptr<render::MapRenderer> m_renderer;
    std::unique_ptr<ImGuiFrame> m_imgui;
    MapCanvas m_canvas;
    PresenterScreen m_presenter;
    MapSession m_session;
    std::vector<glm::dvec2> m_placeWorld;  // per dataset place, for callouts
    ui::PanelModel m_panel;
    CameraAnimator m_camera;
    PlaybackClock m_playback;
    ReloadWatcher m_reload;
    MapPicker m_picker;
    MapPointer m_pointer;
    StoryEditor m_story;
    HoverState m_hover;       // what the pointer points at, and what a click pinned
    CalloutClock m_callouts;  // event cards held for wall time while the year moves
    UiScale m_ui;
    CursorHider m_cursor;
    FrameStats m_stats;
    FramedFor m_framedFor;
    std::string m_rendererName;
    bool m_software = false;
    WindowModes m_modes;
    bool m_quit = false;
    glm::dvec2 m_mousePx{-1.0};     // device pixels
    glm::dvec2 m_pinnedWorld{0.0};  // map point a card was pinned at
    glm::dvec2 m_layoutSize{0.0};   // drawable size the view was last laid out for
    int m_frame = 0;
};

}  // namespace app
