// FrameBuilder: the one place frames are built for the command line, the window, its export
// dialog and stories. The DPI and text-size rules, a story step on a frame (cards, place tags,
// framing clear of the furniture), and the export dialog's frame.
#include "scene/frame_builder.h"

#include "story_frame_fixture.h"

#include <gtest/gtest.h>

#include <algorithm>

namespace {

bool hasCard(const std::vector<scene::FrameSpec::Callout>& cards, const std::string& title) {
    return std::any_of(cards.begin(), cards.end(), [&](const auto& c) { return c.title == title; });
}

struct Fixture {
    scene::MapData map = story_fixture::map();
    data::Dataset data = story_fixture::dataset();
    std::vector<glm::dvec2> where = scene::placePositions(map, data);
    scene::FrameBuilder frames{map, data, where};
    scene::Story story = story_fixture::story();
};

TEST(FrameBuilder, TheDpiRule) {
    EXPECT_DOUBLE_EQ(scene::outputPixelsPerPoint(1000, 1000, 300.0), 300.0 / 72.0);
    EXPECT_DOUBLE_EQ(scene::outputPixelsPerPoint(1920, 1080, 0.0), scene::kScreenPixelsPerPoint);
    EXPECT_DOUBLE_EQ(scene::outputPixelsPerPoint(3840, 2160, 0.0),
                     2.0 * scene::kScreenPixelsPerPoint);
}

TEST(FrameBuilder, TheTextSizeIsTheChosenOneElseTheStorysElseTheDefault) {
    scene::Story story;
    EXPECT_EQ(scene::chosenTextSize(std::nullopt, &story), scene::TextSize::Default);
    story.text = scene::TextSize::Projector;
    EXPECT_EQ(scene::chosenTextSize(std::nullopt, &story), scene::TextSize::Projector);
    EXPECT_EQ(scene::chosenTextSize(scene::TextSize::Default, &story), scene::TextSize::Default);
    EXPECT_EQ(scene::chosenTextSize(std::nullopt, nullptr), scene::TextSize::Default);
}

TEST(FrameBuilder, TheCommandLinesFrame) {
    Fixture f;
    scene::OutputRequest r;
    r.widthPx = 3840;
    r.heightPx = 2160;
    r.theme = "light";
    r.year = 2017.5;
    r.inset = true;
    r.textSize = scene::TextSize::Projector;
    scene::FrameSpec spec = f.frames.output(r, f.map.home);
    EXPECT_EQ(spec.widthPx, 3840);
    EXPECT_DOUBLE_EQ(spec.pixelsPerPoint, 2.0 * scene::kScreenPixelsPerPoint);
    EXPECT_EQ(spec.theme, "light");
    EXPECT_DOUBLE_EQ(spec.year, 2017.5);
    EXPECT_TRUE(spec.overlays.inset && spec.overlays.scaleBar && spec.timeline.legend);
    EXPECT_FLOAT_EQ(spec.overlays.textScale,
                    scene::textScaleFor(scene::TextSize::Projector, 2160, spec.pixelsPerPoint));
    EXPECT_GT(spec.overlays.textScale, 1.f);
    r.furniture = false;
    spec = f.frames.output(r, f.map.home);
    EXPECT_FALSE(spec.overlays.inset || spec.overlays.scaleBar || spec.overlays.attribution ||
                 spec.overlays.edgeIndicators || spec.timeline.legend);
}

TEST(FrameBuilder, AStepAtRestShowsItsCardsAndTagsItsPlacesWhenLabelsAreOff) {
    Fixture f;
    scene::FrameSpec base;
    scene::StepRequest request;
    scene::StepFrame out = f.frames.step(base, f.story, request, {});
    EXPECT_EQ(out.spec.overlays.captionTitle, "The Caspian");
    // The step shows the corridor, not the flows: the opening at Aktau (a segment's end) and
    // the summit (both layers) are its events of the last quarter year.
    EXPECT_TRUE(hasCard(out.spec.overlays.callouts, "Aktau ferry terminal opens"));
    EXPECT_TRUE(hasCard(out.spec.overlays.callouts, "Summit in Astana"));
    EXPECT_TRUE(out.placeTags.empty());  // the map labels name Aktau
    base.labels.enabled = false;
    out = f.frames.step(base, f.story, request, {});
    ASSERT_EQ(out.placeTags.size(), 1u);
    EXPECT_EQ(out.placeTags[0].title, "Aktau");
    EXPECT_TRUE(hasCard(out.spec.overlays.callouts, "Aktau"));
    // A sequence adds its own cards: only the tags stay.
    request.restCards = false;
    out = f.frames.step(base, f.story, request, {});
    EXPECT_EQ(out.spec.overlays.callouts.size(), 1u);
    // Without furniture: no caption, no cards.
    request.furniture = false;
    out = f.frames.step(base, f.story, request, {});
    EXPECT_TRUE(out.spec.overlays.captionTitle.empty());
    EXPECT_TRUE(out.spec.overlays.callouts.empty());
}

TEST(FrameBuilder, AStepIsFramedClearOfTheFurniture) {
    Fixture f;
    scene::FrameSpec base;
    scene::StepRequest request;
    const scene::StepFrame open = f.frames.step(base, f.story, request, {});
    // A caption card over the bottom third: the step's box is framed above it.
    int calls = 0;
    const scene::StepFrame framed =
        f.frames.step(base, f.story, request, [&](const scene::FrameSpec& spec) {
            ++calls;
            EXPECT_EQ(spec.overlays.captionTitle, "The Caspian");  // laid out with its caption
            return std::vector<scene::ScreenRect>{{0.0, 720.0, 1920.0, 1080.0}};
        });
    EXPECT_EQ(calls, 1);
    EXPECT_GT(framed.spec.camera.metresPerPx, open.spec.camera.metresPerPx);
    EXPECT_EQ(framed.target.camera->centerWorld, framed.spec.camera.centerWorld);
    // The export dialog's choices apply before the framing: no caption to frame around.
    request.exportChoices = scene::ExportChoices{};
    request.exportChoices->titleAndCaption = false;
    f.frames.step(base, f.story, request, [&](const scene::FrameSpec& spec) {
        EXPECT_TRUE(spec.overlays.captionTitle.empty());
        return std::vector<scene::ScreenRect>{};
    });
}

TEST(FrameBuilder, TheStorysTextSizeUnlessOneIsChosen) {
    Fixture f;
    f.story.text = scene::TextSize::Projector;
    scene::StepRequest request;
    EXPECT_GT(f.frames.step({}, f.story, request, {}).spec.overlays.textScale, 1.f);
    request.textSize = scene::TextSize::Default;
    EXPECT_FLOAT_EQ(f.frames.step({}, f.story, request, {}).spec.overlays.textScale, 1.f);
}

TEST(FrameBuilder, MovingCardsFadeAndKeepTheStepsTags) {
    Fixture f;
    scene::FrameSpec::Callout tag;
    tag.title = "Aktau";
    const auto cards = f.frames.movingCallouts(2018.05, 1.0, nullptr, {tag});
    ASSERT_FALSE(cards.empty());
    EXPECT_EQ(cards.back().title, "Aktau");
    EXPECT_TRUE(hasCard(cards, "Aktau ferry terminal opens"));
}

TEST(FrameBuilder, TheExportDialogsFrame) {
    scene::FrameSpec shown;
    shown.widthPx = 2000;
    shown.heightPx = 1000;
    shown.pixelsPerPoint = 2.0;
    shown.overlays.leftInsetPx = 400.f;  // the panel
    shown.timeline.highlightFlow = 3;
    shown.overlays.captionTitle = "A step";
    shown.tile = {4000, 2000, 0, 0};
    scene::ExportRequest r;  // the window's size
    scene::FrameSpec out = scene::FrameBuilder::exportFrame(shown, r);
    EXPECT_EQ(out.widthPx, 1600);  // the map beside the panel
    EXPECT_EQ(out.heightPx, 1000);
    EXPECT_DOUBLE_EQ(out.pixelsPerPoint, 2.0);
    EXPECT_DOUBLE_EQ(out.camera.metresPerPx, shown.camera.metresPerPx);
    EXPECT_EQ(out.timeline.highlightFlow, -1);
    EXPECT_EQ(out.overlays.leftInsetPx, 0.f);
    EXPECT_EQ(out.tile.frameWidthPx, 0);
    EXPECT_EQ(out.overlays.captionTitle, "A step");
    // 8K at 300 dpi, no caption, no scale bar, transparent, projector text for its height.
    r.widthPx = 7680;
    r.heightPx = 4320;
    r.dpi = 300.0;
    r.choices.titleAndCaption = false;
    r.choices.scaleBar = false;
    r.choices.transparent = true;
    r.textSize = scene::TextSize::Projector;
    out = scene::FrameBuilder::exportFrame(shown, r);
    EXPECT_EQ(out.widthPx, 7680);
    EXPECT_DOUBLE_EQ(out.pixelsPerPoint, 300.0 / 72.0);
    EXPECT_TRUE(out.overlays.captionTitle.empty());
    EXPECT_FALSE(out.overlays.scaleBar);
    EXPECT_TRUE(out.transparent);
    EXPECT_FLOAT_EQ(out.overlays.textScale,
                    scene::textScaleFor(scene::TextSize::Projector, 4320, 300.0 / 72.0));
    // By size when no dpi is given.
    r.dpi = 0.0;
    EXPECT_DOUBLE_EQ(scene::FrameBuilder::exportFrame(shown, r).pixelsPerPoint,
                     scene::pixelsPerPointForSize(7680, 4320));
}

}  // namespace
