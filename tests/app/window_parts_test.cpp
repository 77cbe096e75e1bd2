// The window's smaller parts, each without a window: export paths and requests, the interface
// scale and the cursor's hiding, frame timing, when the map is drawn again, the presenter's
// text, the frame spec from the panel, and the panel and --view at start.
#include "app/export_dialog.h"
#include "app/frame_stats.h"
#include "app/key_effects.h"
#include "app/map_canvas.h"
#include "app/presenter_screen.h"
#include "app/story_editor.h"
#include "app/ui_scale.h"
#include "app/window_frame.h"
#include "app/window_start.h"

#include <gtest/gtest.h>

#include <filesystem>

namespace {

TEST(ExportDialog, PathsGoToTheExportFolderInFull) {
    EXPECT_EQ(app::exportPath("/tmp/maps", "a.png"), "/tmp/maps/a.png");
    EXPECT_EQ(app::exportPath("/tmp/maps", "/srv/b.png"), "/srv/b.png");
    EXPECT_EQ(app::exportPath("/tmp/maps/", "../c.png"), "/tmp/c.png");
    const std::string here = app::exportPath("", "d.png");
    EXPECT_TRUE(std::filesystem::path(here).is_absolute());
    EXPECT_EQ(std::filesystem::path(here).filename(), "d.png");
}

TEST(ExportDialog, RequestCarriesTheDialogsChoices) {
    ui::ExportSettings e;
    e.widthPx = 7016;
    e.heightPx = 4961;
    e.dpi = 300.f;
    e.legend = false;
    e.inset = true;
    const scene::ExportRequest r = app::exportRequest(e, scene::TextSize::Projector);
    EXPECT_EQ(r.widthPx, 7016);
    EXPECT_EQ(r.heightPx, 4961);
    EXPECT_DOUBLE_EQ(r.dpi, 300.0);
    EXPECT_FALSE(r.choices.legend);
    EXPECT_TRUE(r.choices.inset);
    EXPECT_TRUE(r.choices.scaleBar);
    EXPECT_EQ(r.textSize, scene::TextSize::Projector);
}

TEST(UiScale, FollowsTheScreenAndStaysInRange) {
    EXPECT_FLOAT_EQ(app::autoUiScale(1920, 1080, 1.0), 1.f);
    EXPECT_FLOAT_EQ(app::autoUiScale(3840, 2160, 1.0), 2.f);  // a 4K projector: same layout
    EXPECT_FLOAT_EQ(app::autoUiScale(1280, 720, 1.0), 1.f);   // never under 1
    EXPECT_FLOAT_EQ(app::autoUiScale(1280, 720, 2.0), 2.f);   // a dense display
    EXPECT_FLOAT_EQ(app::autoUiScale(15360, 8640, 1.0), app::kMaxUiScale);
    app::UiScale s;
    s.fontsDirty = false;
    EXPECT_FALSE(s.set(1.0004f));
    EXPECT_FALSE(s.fontsDirty);
    EXPECT_TRUE(s.set(0.1f));
    EXPECT_FLOAT_EQ(s.scale, app::kMinUiScale);
    EXPECT_TRUE(s.fontsDirty);
    EXPECT_DOUBLE_EQ(s.panelCoverPx(true), app::kPanelWidthPt * app::kMinUiScale);
    EXPECT_DOUBLE_EQ(s.panelCoverPx(false), 0.0);
}

TEST(CursorHider, HidesOnlyWhenPresentingAndStill) {
    app::CursorHider c;
    c.pointerMoved(10.0);
    EXPECT_FALSE(c.update(20.0, false, false));  // not presenting
    EXPECT_FALSE(c.update(11.0, true, false));   // moved a second ago
    EXPECT_FALSE(c.update(20.0, true, true));    // dragging
    EXPECT_TRUE(c.update(10.0 + app::kCursorHideSec + 0.1, true, false));
    EXPECT_TRUE(c.hidden());
    EXPECT_FALSE(c.update(30.0, true, false));  // no change, nothing to do
    c.pointerMoved(30.0);
    EXPECT_TRUE(c.update(30.1, true, false));
    EXPECT_FALSE(c.hidden());
}

TEST(FrameStats, FrameRateOverHalfSecondWindowsAndReport) {
    app::FrameStats s;
    s.start(0.0);
    std::optional<double> fps;
    for (int i = 1; i <= 30 && !fps; ++i) fps = s.framePresented(i / 50.0);
    ASSERT_TRUE(fps.has_value());
    EXPECT_NEAR(*fps, 50.0, 1e-9);
    EXPECT_EQ(s.report(1, 1.0, "x"), "");  // no redraw, no report
    s.mapDrawn(10.0, false, std::nullopt);
    s.mapDrawn(30.0, false, std::nullopt);
    s.mapDrawn(20.0, true, std::nullopt);
    s.mapDrawn(40.0, false, 250.0);
    EXPECT_DOUBLE_EQ(s.lastDrawMs(), 40.0);
    EXPECT_EQ(s.firstFrame(1.0), "first frame presented 1000 ms after start\n");
    const std::string r = s.report(11, 2.0, "llvmpipe");
    EXPECT_NE(r.find("11 frames, 4 map redraws, median map redraw 30.0 ms, 10.0 fps after the "
                     "first (llvmpipe)"),
              std::string::npos)
        << r;
    EXPECT_NE(r.find("1 moving frames from the cached base map, median 20.0 ms; full quality 250 "
                     "ms after the last input (median of 1)"),
              std::string::npos)
        << r;
}

TEST(MapCanvas, RedrawsOnlyWhenThePictureChanges) {
    EXPECT_TRUE(app::mapNeedsRedraw(false, true, false, false, false));  // nothing shown yet
    EXPECT_FALSE(app::mapNeedsRedraw(true, true, false, false, false));  // same frame at rest
    EXPECT_TRUE(app::mapNeedsRedraw(true, false, false, false, false));  // another frame
    EXPECT_TRUE(app::mapNeedsRedraw(true, true, true, false, false));    // labels fading
    EXPECT_FALSE(app::mapNeedsRedraw(true, true, false, true, true));    // a draft, still moving
    EXPECT_TRUE(app::mapNeedsRedraw(true, true, false, true, false));    // a draft, now at rest
}

TEST(PresenterScreen, ContentFollowsTheCurrentStep) {
    scene::Story story;
    story.title = "Corridor";
    story.steps.resize(2);
    story.steps[0].title = "Khorgos";
    story.steps[0].notes = "Say the dry port opened in 2015.";
    story.steps[1].title = "Baku";
    ui::PanelModel p;
    p.year = 2016.5;
    scene::Palette dark;
    p.currentStep = 0;
    app::PresenterContent c = app::presenterContent(story, p, dark, 65.0);
    EXPECT_EQ(c.step, 0);
    EXPECT_EQ(c.stepCount, 2);
    EXPECT_EQ(c.title, "Khorgos");
    EXPECT_EQ(c.notes, "Say the dry port opened in 2015.");
    EXPECT_EQ(c.nextTitle, "Baku");
    EXPECT_DOUBLE_EQ(c.year, 2016.5);
    EXPECT_DOUBLE_EQ(c.elapsedSec, 65.0);
    p.currentStep = 1;
    EXPECT_EQ(app::presenterContent(story, p, dark, 0.0).nextTitle, "");
    p.currentStep = -1;  // Home
    c = app::presenterContent(story, p, dark, 0.0);
    EXPECT_EQ(c.step, -1);
    EXPECT_EQ(c.title, "Corridor: overview");
    EXPECT_EQ(c.nextTitle, "Khorgos");
}

TEST(WindowFrame, SpecFollowsThePanelAndTheHover) {
    ui::PanelModel p;
    p.year = 2019.25;
    p.theme = "light";
    p.showArcs = true;
    p.showMarkers = false;
    p.layerOn = {true, false};
    app::WindowView v;
    v.widthPx = 1920;
    v.heightPx = 1080;
    v.uiScale = 2.f;
    v.coverPx = 600.0;
    v.animSec = 3.5;
    app::HoverState hover;
    app::pointerMoved(hover, 5, 2);  // a marker over a flow, but totals are hidden
    app::StoryShown shown;
    shown.highlightFlows = {1, 4};
    scene::Story story;
    story.title = "Title";
    const scene::FrameSpec s = app::windowFrameSpec(p, v, hover, shown, story);
    EXPECT_EQ(s.widthPx, 1920);
    EXPECT_DOUBLE_EQ(s.pixelsPerPoint, scene::kScreenPixelsPerPoint * 2.0);
    EXPECT_DOUBLE_EQ(s.year, 2019.25);
    EXPECT_EQ(s.theme, "light");
    EXPECT_EQ(s.layerOn, (std::vector<bool>{true, false}));
    EXPECT_DOUBLE_EQ(s.animPhase, 3.5);
    EXPECT_FLOAT_EQ(s.overlays.leftInsetPx, 600.f);
    EXPECT_EQ(s.timeline.highlightMarker, -1);
    EXPECT_EQ(s.timeline.highlightFlow, -1);  // the marker won the hover
    EXPECT_EQ(s.timeline.view.highlightFlows, shown.highlightFlows);
    EXPECT_EQ(s.overlays.title, "Title");
    const scene::StepRequest r = app::windowStepRequest(p, v, 3);
    EXPECT_EQ(r.step, 3);
    EXPECT_DOUBLE_EQ(r.leftCoverPx, 600.0);
    EXPECT_FALSE(r.restCards);
}

TEST(WindowFrame, HomeViewIsCentredRightOfThePanel) {
    scene::MapData map;
    map.projection = geo::ProjectionKind::Lcc;
    map.home = geo::LonLatBox{50.0, 35.0, 80.0, 50.0};
    const glm::dvec2 vp(1920, 1080);
    const scene::Camera full = app::homeCamera(map, map.home, vp, 0.0);
    const scene::Camera beside = app::homeCamera(map, map.home, vp, 600.0);
    // The box's centre is in the middle of the 1320 px right of the panel: 300 px right of the
    // window's centre, and the box fits in the narrower area at a larger scale.
    const glm::dvec2 centrePx = beside.pxOf(full.centerWorld, vp);
    EXPECT_NEAR(centrePx.x, 600.0 + 0.5 * 1320.0, 1.0);
    EXPECT_NEAR(centrePx.y, 540.0, 1.0);
    EXPECT_GT(beside.metresPerPx, full.metresPerPx);
    // A panel wider than half the window: the map keeps half of it.
    const scene::Camera wide = app::homeCamera(map, map.home, vp, 1500.0);
    EXPECT_NEAR(wide.pxOf(full.centerWorld, vp).x, 960.0 + 480.0, 1.0);
}

TEST(WindowStart, PanelFromTheOptions) {
    app::Options o;
    o.play = true;
    o.theme = "light";
    app::MapSession session;
    scene::LayerDef land;
    land.title = "Land";
    session.map.layers.push_back(land);
    session.warnings.push_back("w.csv: a warning");
    ui::PanelModel p;
    app::initPanel(p, o, session, "llvmpipe (LLVM 15)");
    EXPECT_TRUE(p.playing);
    EXPECT_DOUBLE_EQ(p.year, p.yearMin);  // --play starts at the beginning
    EXPECT_EQ(p.layerTitles, std::vector<std::string>{"Land"});
    EXPECT_EQ(p.renderer, "llvmpipe (LLVM 15)");
    EXPECT_FALSE(p.messages.empty());
    EXPECT_TRUE(app::isSoftwareRenderer(p.renderer));
    EXPECT_FALSE(app::isSoftwareRenderer("NVIDIA H200/PCIe/SSE2"));
}

TEST(WindowStart, ViewOutsideTheMapShowsHomeWithAWarning) {
    app::Options o;
    app::MapSession session;
    session.map.clip = geo::LonLatBox{40.0, 30.0, 90.0, 55.0};
    o.view = geo::LonLatBox{-80.0, 10.0, -70.0, 20.0};
    app::checkViewOption(o, session);
    EXPECT_FALSE(o.view.has_value());
    ASSERT_EQ(session.warnings.size(), 1u);
    EXPECT_NE(session.warnings[0].find("outside the map's area"), std::string::npos);
    o.view = geo::LonLatBox{50.0, 35.0, 60.0, 45.0};  // inside: kept, no warning
    app::checkViewOption(o, session);
    EXPECT_TRUE(o.view.has_value());
    EXPECT_EQ(session.warnings.size(), 1u);
}

}  // namespace

namespace {

TEST(KeyEffects, PlaybackCameraAndScaleKeysGoToTheirParts) {
    ui::PanelModel p;
    p.year = 2010.5;
    p.playing = true;
    EXPECT_TRUE(app::playbackKey(app::KeyAction::YearForward, p));
    EXPECT_DOUBLE_EQ(p.year, 2011.0);
    EXPECT_FALSE(p.playing);
    EXPECT_FALSE(app::playbackKey(app::KeyAction::ZoomIn, p));

    app::CameraAnimator camera;
    camera.setBounds({-1e6, -1e6}, {1e6, 1e6});
    camera.setViewport({800, 600});
    camera.frame(scene::fitCamera({-5e5, -5e5}, {5e5, 5e5}, {800, 600}));
    const double mpp = camera.target().metresPerPx;
    EXPECT_TRUE(app::cameraKey(app::KeyAction::ZoomIn, camera));
    EXPECT_NEAR(camera.target().metresPerPx, mpp / 1.5, 1e-6);
    EXPECT_FALSE(camera.framed());
    const double x = camera.target().centerWorld.x;
    EXPECT_TRUE(app::cameraKey(app::KeyAction::PanRight, camera));
    EXPECT_GT(camera.target().centerWorld.x, x);  // the view moves right over the map
    EXPECT_FALSE(app::cameraKey(app::KeyAction::PlayPause, camera));

    app::UiScale ui;
    ui.scale = 2.f;
    EXPECT_FLOAT_EQ(*app::uiScaleKey(app::KeyAction::UiScaleUp, ui, 1.f), 2.3f);
    EXPECT_FALSE(ui.automatic);
    EXPECT_FLOAT_EQ(*app::uiScaleKey(app::KeyAction::UiScaleReset, ui, 1.5f), 1.5f);
    EXPECT_TRUE(ui.automatic);
    EXPECT_FALSE(app::uiScaleKey(app::KeyAction::Blackout, ui, 1.f).has_value());
}

TEST(MapPointer, ClickIsAPressAndReleaseThatBarelyMoved) {
    app::MapPointer p;
    p.press(false);
    p.moved(1, 2);
    EXPECT_TRUE(p.release());  // 3 px: a click
    p.press(false);
    p.moved(3, 2);
    EXPECT_TRUE(p.dragging());
    EXPECT_FALSE(p.release());  // 5 px: a drag
    EXPECT_FALSE(p.dragging());
    p.press(true);  // the panel has the pointer
    EXPECT_FALSE(p.dragging());
    EXPECT_FALSE(p.release());
}

TEST(WindowFrame, FramedAgainOnlyWhenTheFurnitureChangedSize) {
    app::FramedFor f;
    EXPECT_TRUE(f.never());
    EXPECT_FALSE(f.update(1.0, 1.0, 300.0));  // the first frame
    EXPECT_FALSE(f.never());
    EXPECT_FALSE(f.update(1.0, 1.0, 300.0));
    EXPECT_TRUE(f.update(1.0, 1.0, 0.0));   // the panel hidden
    EXPECT_TRUE(f.update(1.15, 1.0, 0.0));  // Ctrl +
    EXPECT_FALSE(f.update(1.15, 1.0, 0.0));
}

TEST(StoryEditor, StartStepSaysWhenThereIsNoSuchStep) {
    app::StoryEditor editor;
    ui::PanelModel p;
    p.storyPath = "story.toml";
    editor.addStep(p, scene::StoryStep{});
    editor.addStep(p, scene::StoryStep{});
    p.messages.clear();
    EXPECT_EQ(editor.startStep(0, p), -1);
    EXPECT_EQ(editor.startStep(2, p), 1);
    EXPECT_TRUE(p.messages.empty());
    EXPECT_EQ(editor.startStep(5, p), -1);
    ASSERT_EQ(p.messages.size(), 1u);
    EXPECT_EQ(p.messages[0], "story.toml: no step 5 (the story has 2)");
}

}  // namespace

namespace {

TEST(KeyEffects, EscClosesTheOverlayBeforeLeavingFullscreen) {
    app::WindowModes m;
    EXPECT_TRUE(app::modeKey(app::KeyAction::Fullscreen, m));
    EXPECT_TRUE(app::modeKey(app::KeyAction::ToggleHelp, m));
    EXPECT_TRUE(m.fullscreen && m.help);
    app::modeKey(app::KeyAction::LeaveFullscreen, m);
    EXPECT_FALSE(m.help);
    EXPECT_TRUE(m.fullscreen);
    app::modeKey(app::KeyAction::LeaveFullscreen, m);
    EXPECT_FALSE(m.fullscreen);
    app::modeKey(app::KeyAction::LeaveFullscreen, m);  // already windowed: stays so
    EXPECT_FALSE(m.fullscreen);
    EXPECT_TRUE(app::modeKey(app::KeyAction::TogglePanel, m));
    EXPECT_TRUE(m.presenting);
    EXPECT_TRUE(app::modeKey(app::KeyAction::Blackout, m));
    EXPECT_TRUE(app::modeKey(app::KeyAction::Screenshot, m));
    EXPECT_TRUE(m.blackout && m.screenshot);
    EXPECT_FALSE(app::modeKey(app::KeyAction::NextStep, m));
}

}  // namespace
